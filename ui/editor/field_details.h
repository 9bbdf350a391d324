#pragma once

#include <QString>
#include <QWidget>
#include <array>
#include <nlohmann/json.hpp>
#include <string>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace causeway::ui {

/**
 * @brief The constraints of the field selected in the schema tree as a form: its allowed
 * values, its bounds (numbers), lengths and format (strings) or item counts (arrays). Rows
 * that do not fit the field's type are hidden; each real change comes out as one keyword.
 */
class FieldDetails final : public QWidget
{
    Q_OBJECT

public:
    explicit FieldDetails(QWidget *parent = nullptr);
    ~FieldDetails() override;

    /** @brief Shows the field at @p pointer of @p schema; an empty pointer shows nothing. */
    void showField(const nlohmann::json &schema, const QString &pointer);
    const QString &pointer() const { return m_pointer; }

    QLineEdit *allowedValuesEdit() const { return m_enum; }
    QLineEdit *minimumEdit() const { return m_bounds[Minimum].edit; }
    QLineEdit *maximumEdit() const { return m_bounds[Maximum].edit; }
    QLineEdit *minLengthEdit() const { return m_bounds[MinLength].edit; }
    QLineEdit *maxLengthEdit() const { return m_bounds[MaxLength].edit; }
    QLineEdit *minItemsEdit() const { return m_bounds[MinItems].edit; }
    QLineEdit *maxItemsEdit() const { return m_bounds[MaxItems].edit; }
    QComboBox *formatCombo() const { return m_format; }
    /** @brief Why the last typed value was refused; empty when it was not. */
    QString messageText() const;

Q_SIGNALS:
    /** @brief The user set @p keyword of the field at @p pointer (null removes it). */
    void keywordEdited(const QString &pointer, const std::string &keyword,
                       const nlohmann::json &value, const QString &what);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Bound { Minimum, Maximum, MinLength, MaxLength, MinItems, MaxItems, BoundCount };
    struct BoundRow
    {
        QLabel *label = nullptr;
        QLineEdit *edit = nullptr;
        const char *keyword = "";
        bool count = false; // a non-negative integer rather than any number
    };

    void retranslate();
    void fill();
    nlohmann::json fieldValue(const std::string &keyword) const;
    QString fieldName() const;
    void commitEnum();
    void commitBound(Bound bound);
    void commitFormat();
    void commit(const std::string &keyword, const nlohmann::json &value, const QString &what);
    void refuse(const QString &message);

    nlohmann::json m_schema;
    QString m_pointer;
    std::string m_type;
    QFormLayout *m_form;
    QLabel *m_enumLabel;
    QLineEdit *m_enum;
    std::array<BoundRow, BoundCount> m_bounds;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QLabel *m_message;
};

} // namespace causeway::ui
