#pragma once

#include "routing/condition_shape.h"

#include <QWidget>
#include <nlohmann/json.hpp>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace causeway::ui {

/**
 * @brief A row of the condition form: the field, the operator by a readable name, the value
 * as text (JSON when it parses, a string otherwise) and a button that removes the row.
 * edited() follows the user's changes once they are finished, never setTest().
 */
class ConditionRow final : public QWidget
{
    Q_OBJECT

public:
    explicit ConditionRow(QWidget *parent = nullptr);

    /** @brief Shows @p test without signalling an edit. */
    void setTest(const routing::FieldTest &test);
    /** @brief The test as the row says it. */
    routing::FieldTest test() const;
    /** @brief The fields the field box offers besides the CloudEvents attributes. */
    void setFieldSuggestions(const QStringList &fields);

    QComboBox *fieldBox() const { return m_field; }
    QComboBox *operatorBox() const { return m_operator; }
    QLineEdit *valueEdit() const { return m_value; }
    QToolButton *removeButton() const { return m_remove; }

    /** @brief The value text typed: JSON when it parses ("1000", "true", "[1,2]"), otherwise
     * the text as a string. */
    static nlohmann::json valueFromText(const QString &text);
    /** @brief The text that valueFromText() reads back as @p value (a string that would read
     * as something else is quoted). */
    static QString textOfValue(const nlohmann::json &value);

Q_SIGNALS:
    void edited();
    void removeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFields(const QStringList &suggestions);
    void updateValueBox();

    QComboBox *m_field;
    QComboBox *m_operator;
    QLineEdit *m_value;
    QToolButton *m_remove;
};

} // namespace causeway::ui
