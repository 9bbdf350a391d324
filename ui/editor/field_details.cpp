#include "ui/editor/field_details.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <cmath>
#include <optional>

namespace causeway::ui {

namespace {

using nlohmann::json;

/** @brief @p text as a JSON number (an integer when it is one); nullopt when it is none. */
std::optional<json> parseNumber(const QString &text, bool count)
{
    bool ok = false;
    const qlonglong integer = text.toLongLong(&ok);
    if (ok)
        return count && integer < 0 ? std::nullopt : std::optional<json>(json(integer));
    if (count)
        return std::nullopt;
    const double number = text.toDouble(&ok);
    return ok && std::isfinite(number) ? std::optional<json>(json(number)) : std::nullopt;
}

QString display(const json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>())
                             : QString::fromStdString(value.dump());
}

const json *field(const json &schema, const QString &pointer)
{
    try {
        const json::json_pointer at(pointer.toStdString());
        return schema.contains(at) ? &schema.at(at) : nullptr;
    } catch (const json::exception &) {
        return nullptr;
    }
}

} // namespace

FieldDetails::FieldDetails(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout(this)), m_enumLabel(new QLabel(this)),
      m_enum(new QLineEdit(this)), m_formatLabel(new QLabel(this)), m_format(new QComboBox(this)),
      m_message(new QLabel(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_enumLabel->setBuddy(m_enum);
    m_form->addRow(m_enumLabel, m_enum);
    connect(m_enum, &QLineEdit::editingFinished, this, &FieldDetails::commitEnum);
    const char *keywords[BoundCount] = {"minimum",   "maximum",  "minLength",
                                        "maxLength", "minItems", "maxItems"};
    for (int i = 0; i < BoundCount; ++i) {
        BoundRow &row = m_bounds[i];
        row.label = new QLabel(this);
        row.edit = new QLineEdit(this);
        row.keyword = keywords[i];
        row.count = i >= MinLength;
        row.label->setBuddy(row.edit);
        m_form->addRow(row.label, row.edit);
        connect(row.edit, &QLineEdit::editingFinished, this,
                [this, i] { commitBound(static_cast<Bound>(i)); });
        if (i == MaxLength) { // strings: lengths, then the format
            m_formatLabel->setBuddy(m_format);
            m_form->addRow(m_formatLabel, m_format);
        }
    }
    m_format->setEditable(true);
    m_format->setInsertPolicy(QComboBox::NoInsert);
    m_format->addItems({QString(), QStringLiteral("date-time"), QStringLiteral("date"),
                        QStringLiteral("time"), QStringLiteral("email"), QStringLiteral("uri"),
                        QStringLiteral("uuid"), QStringLiteral("hostname"), QStringLiteral("ipv4"),
                        QStringLiteral("ipv6")});
    connect(m_format, &QComboBox::activated, this, &FieldDetails::commitFormat);
    connect(m_format->lineEdit(), &QLineEdit::editingFinished, this, &FieldDetails::commitFormat);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_form->addRow(m_message);
    retranslate();
    showField(json::object(), QString());
}

FieldDetails::~FieldDetails()
{
    // Closing takes the focus from an edit, which then finishes editing: not a change.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->disconnect(this);
    m_format->disconnect(this);
}

void FieldDetails::showField(const json &schema, const QString &pointer)
{
    if (pointer != m_pointer)
        refuse(QString());
    m_schema = schema;
    m_pointer = pointer;
    m_type.clear();
    const json *at = pointer.isEmpty() ? nullptr : field(m_schema, pointer);
    if (!at || !at->is_object())
        m_pointer.clear();
    else if (at->contains("type")) {
        const json &type = at->at("type");
        if (type.is_string())
            m_type = type.get<std::string>();
        else if (type.is_array()) // e.g. ["number", "null"]: the one that is not null
            for (const json &each : type)
                if (each.is_string() && each != "null" && m_type.empty())
                    m_type = each.get<std::string>();
    }
    setEnabled(!m_pointer.isEmpty());
    const bool number = m_type == "number" || m_type == "integer";
    const bool string = m_type == "string";
    const bool array = m_type == "array";
    const bool shown[BoundCount] = {number, number, string, string, array, array};
    for (int i = 0; i < BoundCount; ++i)
        m_form->setRowVisible(m_bounds[i].edit, shown[i]);
    m_form->setRowVisible(m_format, string);
    fill();
}

void FieldDetails::fill()
{
    QStringList values;
    const json allowed = fieldValue("enum");
    if (allowed.is_array())
        for (const json &value : allowed)
            values << display(value);
    m_enum->setText(values.join(QStringLiteral(", ")));
    for (const BoundRow &row : m_bounds) {
        const json value = fieldValue(row.keyword);
        row.edit->setText(value.is_null() ? QString() : display(value));
    }
    const json format = fieldValue("format");
    m_format->setCurrentText(format.is_null() ? QString() : display(format));
}

json FieldDetails::fieldValue(const std::string &keyword) const
{
    const json *at = m_pointer.isEmpty() ? nullptr : field(m_schema, m_pointer);
    return at && at->is_object() && at->contains(keyword) ? at->at(keyword) : json();
}

QString FieldDetails::fieldName() const
{
    QString name = m_pointer.section(u'/', -1);
    return name.replace(QStringLiteral("~1"), QStringLiteral("/"))
        .replace(QStringLiteral("~0"), QStringLiteral("~"));
}

void FieldDetails::commitEnum()
{
    if (m_pointer.isEmpty())
        return;
    const bool numbers = m_type == "number" || m_type == "integer";
    json values = json::array();
    for (const QString &part : m_enum->text().split(u',')) {
        const QString text = part.trimmed();
        if (text.isEmpty())
            continue;
        if (!numbers) {
            values.push_back(text.toStdString());
        } else if (const auto number = parseNumber(text, false)) {
            values.push_back(*number);
        } else {
            refuse(tr("“%1” is not a number; the allowed values of %2 are numbers.")
                       .arg(text, fieldName()));
            fill();
            return;
        }
    }
    commit("enum", values.empty() ? json() : values,
           tr("Set the allowed values of %1").arg(fieldName()));
}

void FieldDetails::commitBound(Bound bound)
{
    const BoundRow &row = m_bounds[bound];
    if (m_pointer.isEmpty())
        return;
    const QString text = row.edit->text().trimmed();
    json value;
    if (!text.isEmpty()) {
        const auto number = parseNumber(text, row.count);
        if (!number) {
            refuse(row.count ? tr("“%1” is not a whole number of zero or more.").arg(text)
                             : tr("“%1” is not a number.").arg(text));
            fill();
            return;
        }
        value = *number;
    }
    commit(row.keyword, value, tr("Set the bounds of %1").arg(fieldName()));
}

void FieldDetails::commitFormat()
{
    if (m_pointer.isEmpty())
        return;
    const QString text = m_format->currentText().trimmed();
    commit("format", text.isEmpty() ? json() : json(text.toStdString()),
           tr("Set the format of %1").arg(fieldName()));
}

void FieldDetails::commit(const std::string &keyword, const json &value, const QString &what)
{
    refuse(QString());
    if (value == fieldValue(keyword))
        return;
    // Kept here too, so that a second editingFinished before the owner shows the edited
    // schema is no second change.
    json &at = m_schema.at(json::json_pointer(m_pointer.toStdString()));
    if (value.is_null())
        at.erase(keyword);
    else
        at[keyword] = value;
    Q_EMIT keywordEdited(m_pointer, keyword, value, what);
}

void FieldDetails::refuse(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString FieldDetails::messageText() const
{
    return m_message->text();
}

void FieldDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FieldDetails::retranslate()
{
    m_enumLabel->setText(tr("&Allowed values:"));
    m_enum->setPlaceholderText(tr("Any value; or list them, separated by commas"));
    const QString labels[BoundCount] = {tr("M&inimum:"),        tr("Ma&ximum:"),
                                        tr("Minimum &length:"), tr("Maximum le&ngth:"),
                                        tr("Minimum i&tems:"),  tr("Maximum ite&ms:")};
    for (int i = 0; i < BoundCount; ++i) {
        m_bounds[i].label->setText(labels[i]);
        m_bounds[i].edit->setPlaceholderText(tr("No bound"));
    }
    m_formatLabel->setText(tr("&Format:"));
    m_format->lineEdit()->setPlaceholderText(tr("Any text"));
    m_format->setToolTip(tr("What kind of text the field holds, such as a date or an email "
                            "address."));
}

} // namespace causeway::ui
