#include "ui/rules/condition_row.h"

#include "ui/common/icons.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <array>

namespace causeway::ui {

namespace {

using nlohmann::json;
using routing::Operator;

// The operator box's entries, in order: every operator once, and "does not exist", which is
// exists with the value false. Their context is the class's name as lupdate sees it;
// scripts/update-translations.sh files it under the full name that tr() looks up.
struct Choice
{
    Operator op;
    bool absent;
    const char *label;
};

constexpr std::array kChoices = {
    Choice{Operator::Equals, false, QT_TRANSLATE_NOOP("ConditionRow", "equals")},
    Choice{Operator::NotEquals, false,
           QT_TRANSLATE_NOOP("ConditionRow", "does not equal")},
    Choice{Operator::EqualsIgnoreCase, false,
           QT_TRANSLATE_NOOP("ConditionRow", "equals, ignoring case")},
    Choice{Operator::Contains, false, QT_TRANSLATE_NOOP("ConditionRow", "contains")},
    Choice{Operator::In, false, QT_TRANSLATE_NOOP("ConditionRow", "is one of")},
    Choice{Operator::AnythingBut, false,
           QT_TRANSLATE_NOOP("ConditionRow", "is none of")},
    Choice{Operator::Gt, false, QT_TRANSLATE_NOOP("ConditionRow", "greater than")},
    Choice{Operator::Gte, false,
           QT_TRANSLATE_NOOP("ConditionRow", "greater than or equal to")},
    Choice{Operator::Lt, false, QT_TRANSLATE_NOOP("ConditionRow", "less than")},
    Choice{Operator::Lte, false,
           QT_TRANSLATE_NOOP("ConditionRow", "less than or equal to")},
    Choice{Operator::Range, false,
           QT_TRANSLATE_NOOP("ConditionRow", "between (inclusive)")},
    Choice{Operator::Exists, false, QT_TRANSLATE_NOOP("ConditionRow", "exists")},
    Choice{Operator::Exists, true,
           QT_TRANSLATE_NOOP("ConditionRow", "does not exist")},
    Choice{Operator::Prefix, false, QT_TRANSLATE_NOOP("ConditionRow", "starts with")},
    Choice{Operator::Suffix, false, QT_TRANSLATE_NOOP("ConditionRow", "ends with")},
    Choice{Operator::Wildcard, false,
           QT_TRANSLATE_NOOP("ConditionRow", "matches wildcard")},
    Choice{Operator::Regex, false,
           QT_TRANSLATE_NOOP("ConditionRow", "matches regex")},
};

// The context attributes of CloudEvents 1.0.2 a rule can test ("specversion" says nothing).
const QStringList &attributes()
{
    static const QStringList names = {
        QStringLiteral("type"),       QStringLiteral("source"), QStringLiteral("subject"),
        QStringLiteral("id"),         QStringLiteral("time"),   QStringLiteral("datacontenttype"),
        QStringLiteral("dataschema"),
    };
    return names;
}

bool hasValue(const Choice &choice)
{
    return choice.op != Operator::Exists;
}

} // namespace

ConditionRow::ConditionRow(QWidget *parent)
    : QWidget(parent), m_field(new QComboBox(this)), m_operator(new QComboBox(this)),
      m_value(new QLineEdit(this)), m_remove(new QToolButton(this))
{
    m_field->setEditable(true);
    m_field->setInsertPolicy(QComboBox::NoInsert);
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_field->setMinimumContentsLength(14);
    fillFields({});
    m_field->setCurrentIndex(-1); // a new row names no field yet
    for (const Choice &choice : kChoices) {
        m_operator->addItem(QString(), QString::fromLatin1(routing::toString(choice.op)));
        m_operator->setItemData(m_operator->count() - 1,
                                QString::fromLatin1(routing::toString(choice.op)), Qt::ToolTipRole);
    }
    m_remove->setIcon(actionIcon(QStringLiteral("list-remove")));
    m_remove->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 2);
    layout->addWidget(m_operator, 1);
    layout->addWidget(m_value, 2);
    layout->addWidget(m_remove);

    connect(m_field, &QComboBox::activated, this, &ConditionRow::edited);
    connect(m_field->lineEdit(), &QLineEdit::editingFinished, this, &ConditionRow::edited);
    connect(m_operator, &QComboBox::currentIndexChanged, this, [this] {
        updateValueBox();
        Q_EMIT edited();
    });
    connect(m_value, &QLineEdit::editingFinished, this, &ConditionRow::edited);
    connect(m_remove, &QToolButton::clicked, this, &ConditionRow::removeRequested);
    retranslate();
}

void ConditionRow::setTest(const routing::FieldTest &test)
{
    const QSignalBlocker blockField(m_field);
    const QSignalBlocker blockOperator(m_operator);
    const QString field = QString::fromStdString(test.field);
    const int known = m_field->findText(field);
    m_field->setCurrentIndex(known);
    if (known < 0)
        m_field->setEditText(field);
    const bool absent = test.op == Operator::Exists && test.value == json(false);
    for (std::size_t i = 0; i < kChoices.size(); ++i) {
        if (kChoices[i].op == test.op && kChoices[i].absent == absent) {
            m_operator->setCurrentIndex(static_cast<int>(i));
            break;
        }
    }
    if (test.op == Operator::Exists)
        m_value->clear();
    else if (routing::takesText(test.op) && test.value.is_string())
        m_value->setText(QString::fromStdString(test.value.get<std::string>()));
    else
        m_value->setText(textOfValue(test.value));
    updateValueBox();
}

routing::FieldTest ConditionRow::test() const
{
    routing::FieldTest test;
    test.field = m_field->currentText().trimmed().toStdString();
    const int index = std::max(m_operator->currentIndex(), 0);
    const Choice &choice = kChoices[static_cast<std::size_t>(index)];
    test.op = choice.op;
    if (!hasValue(choice))
        test.value = !choice.absent;
    else if (routing::takesText(choice.op))
        test.value = m_value->text().toStdString();
    else
        test.value = valueFromText(m_value->text());
    return test;
}

void ConditionRow::setFieldSuggestions(const QStringList &fields)
{
    const QSignalBlocker blocker(m_field);
    const QString current = m_field->currentText();
    fillFields(fields);
    const int known = m_field->findText(current);
    m_field->setCurrentIndex(known);
    if (known < 0)
        m_field->setEditText(current);
}

void ConditionRow::fillFields(const QStringList &suggestions)
{
    m_field->clear();
    m_field->addItems(attributes());
    for (const QString &field : suggestions) {
        if (!attributes().contains(field))
            m_field->addItem(field);
    }
}

void ConditionRow::updateValueBox()
{
    const int index = std::max(m_operator->currentIndex(), 0);
    const Choice &choice = kChoices[static_cast<std::size_t>(index)];
    m_value->setEnabled(hasValue(choice));
    if (!hasValue(choice))
        m_value->clear();
    switch (choice.op) {
    case Operator::In:
    case Operator::AnythingBut:
        m_value->setPlaceholderText(tr("a list, such as [\"high\", \"critical\"]"));
        break;
    case Operator::Range:
        m_value->setPlaceholderText(tr("[minimum, maximum]"));
        break;
    case Operator::Regex:
        m_value->setPlaceholderText(tr("a regular expression"));
        break;
    case Operator::Exists:
        m_value->setPlaceholderText(QString());
        break;
    case Operator::Prefix:
    case Operator::Suffix:
    case Operator::Wildcard:
    case Operator::EqualsIgnoreCase:
        m_value->setPlaceholderText(tr("text"));
        break;
    default:
        m_value->setPlaceholderText(tr("text, a number, true, false or JSON"));
        break;
    }
}

json ConditionRow::valueFromText(const QString &text)
{
    const std::string utf8 = text.toStdString();
    json value = json::parse(utf8, nullptr, false);
    return value.is_discarded() ? json(utf8) : value;
}

QString ConditionRow::textOfValue(const json &value)
{
    if (value.is_string()) {
        const auto &text = value.get_ref<const std::string &>();
        if (json::parse(text, nullptr, false).is_discarded())
            return QString::fromStdString(text);
    }
    return QString::fromStdString(value.dump(-1, ' ', false, json::error_handler_t::replace));
}

void ConditionRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConditionRow::retranslate()
{
    for (std::size_t i = 0; i < kChoices.size(); ++i)
        m_operator->setItemText(static_cast<int>(i), tr(kChoices[i].label));
    m_field->setToolTip(tr("A CloudEvents attribute, or a JSONPath into the payload such as "
                           "$.data.amount"));
    m_field->lineEdit()->setPlaceholderText(tr("field"));
    m_operator->setToolTip(tr("How the field is tested"));
    m_value->setToolTip(tr("The value to test against: JSON when it reads as JSON (1000, true, "
                           "[1, 2]), otherwise text"));
    m_remove->setToolTip(tr("Remove this test"));
    m_remove->setAccessibleName(tr("Remove this test"));
    updateValueBox();
}

} // namespace causeway::ui
