#pragma once

#include "routing/condition_shape.h"

#include <QList>
#include <QWidget>
#include <nlohmann/json.hpp>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace causeway::ui {

class ConditionRow;

/**
 * @brief A routing rule's condition ("match") as a form: all or any of a list of field tests,
 * written back in the compact shape ({"type": "x", "$.data.amount": {"gt": 1000}}). A
 * condition the form cannot show faithfully (nested, CloudEvents SQL, a filter dialect...)
 * is kept as it is: the form says why and disables itself.
 */
class ConditionForm final : public QWidget
{
    Q_OBJECT

public:
    using Mode = routing::ConditionShape::Mode;
    using Unshown = routing::ConditionShape::Unshown;

    explicit ConditionForm(QWidget *parent = nullptr);
    ~ConditionForm() override;

    /** @brief Shows @p match (null or {} is an empty form) without signalling an edit. */
    void setCondition(const nlohmann::json &match);
    /** @brief The condition as the form says it; when it cannot show it, the one it was given. */
    nlohmann::json condition() const;
    bool isRepresentable() const { return m_unshown == Unshown::Nothing; }
    Unshown unshown() const { return m_unshown; }
    /** @brief Why the form cannot show the condition, for people; empty when it can. */
    QString message() const;
    /** @brief The fields offered besides the CloudEvents attributes ("$.data.amount"...). */
    void setFieldSuggestions(const QStringList &fields);

    /** @brief Adds an empty test and moves the focus to its field. */
    void addTest();

    Mode mode() const;
    QComboBox *modeBox() const { return m_mode; }
    QPushButton *addButton() const { return m_add; }
    const QList<ConditionRow *> &rows() const { return m_rows; }

Q_SIGNALS:
    /** @brief The user changed the condition to @p match. */
    void conditionEdited(const nlohmann::json &match);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    ConditionRow *appendRow();
    void removeRow(ConditionRow *row);
    void clearRows();
    void onEdited();
    void updateTabOrder();

    QLabel *m_message;
    QWidget *m_editor; // all but the message, disabled when the condition is not shown
    QLabel *m_matchLabel;
    QComboBox *m_mode;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QList<ConditionRow *> m_rows;
    QStringList m_suggestions;
    Unshown m_unshown = Unshown::Nothing;
    nlohmann::json m_given = nlohmann::json::object();   // as last set or signalled
    nlohmann::json m_written = nlohmann::json::object(); // as the form wrote it then
};

} // namespace causeway::ui
