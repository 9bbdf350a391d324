#include "ui/rules/condition_form.h"

#include "ui/common/icons.h"
#include "ui/rules/condition_row.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>
#include <array>

namespace causeway::ui {

using nlohmann::json;

ConditionForm::ConditionForm(QWidget *parent)
    : QWidget(parent), m_message(new QLabel(this)), m_editor(new QWidget(this)),
      m_matchLabel(new QLabel(m_editor)), m_mode(new QComboBox(m_editor)),
      m_rowsLayout(new QVBoxLayout), m_add(new QPushButton(m_editor))
{
    m_message->setWordWrap(true);
    m_message->hide();
    m_mode->addItem(QString());
    m_mode->addItem(QString());
    m_matchLabel->setBuddy(m_mode);
    m_add->setIcon(actionIcon(QStringLiteral("list-add")));

    auto *header = new QHBoxLayout;
    header->addWidget(m_matchLabel);
    header->addWidget(m_mode);
    header->addStretch(1);
    auto *rows = new QWidget;
    auto *rowsOuter = new QVBoxLayout(rows);
    rowsOuter->setContentsMargins(0, 0, 0, 0);
    rowsOuter->addLayout(m_rowsLayout);
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_add);
    addLine->addStretch(1);
    rowsOuter->addLayout(addLine);
    rowsOuter->addStretch(1);
    auto *scroll = new QScrollArea(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(rows);
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(header);
    editorLayout->addWidget(scroll, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_editor, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &ConditionForm::onEdited);
    connect(m_add, &QPushButton::clicked, this, &ConditionForm::addTest);
    auto *addShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    addShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(addShortcut, &QShortcut::activated, this, &ConditionForm::addTest);
    retranslate();
}

ConditionForm::~ConditionForm()
{
    // Closing moves the focus out of a row, which finishes its editing: not for this form.
    for (ConditionRow *row : findChildren<ConditionRow *>())
        row->disconnect(this);
}

void ConditionForm::setCondition(const json &match)
{
    // The same condition again (the rule editor echoing an edit) keeps rows being typed in.
    const bool same = match == m_given || (isRepresentable() && match == m_written);
    m_given = match;
    if (same)
        return;
    const routing::ConditionShape shape = routing::readConditionShape(match);
    m_unshown = shape.unshown;
    clearRows();
    {
        const QSignalBlocker blocker(m_mode);
        m_mode->setCurrentIndex(shape.mode == Mode::Any ? 1 : 0);
    }
    if (isRepresentable()) {
        for (const routing::FieldTest &test : shape.tests)
            appendRow()->setTest(test);
    }
    m_editor->setEnabled(isRepresentable());
    m_message->setText(message());
    m_message->setVisible(!isRepresentable());
    m_written = condition();
    updateTabOrder();
}

json ConditionForm::condition() const
{
    if (!isRepresentable())
        return m_given;
    std::vector<routing::FieldTest> tests;
    for (const ConditionRow *row : m_rows) {
        routing::FieldTest test = row->test();
        if (!test.field.empty()) // a row still being filled in
            tests.push_back(std::move(test));
    }
    return routing::writeConditionShape(mode(), tests);
}

ConditionForm::Mode ConditionForm::mode() const
{
    return m_mode->currentIndex() == 1 ? Mode::Any : Mode::All;
}

QString ConditionForm::message() const
{
    switch (m_unshown) {
    case Unshown::Nothing:
        break;
    case Unshown::Nested:
        return tr("This condition is nested deeper than the form shows; edit it as text.");
    case Unshown::Sql:
        return tr("This condition is a CloudEvents SQL expression; edit it as text.");
    case Unshown::Dialect:
        return tr("This condition is written as a filter dialect (exact, prefix, suffix) or a "
                  "pattern that the form does not show; edit it as text.");
    case Unshown::SeveralOperators:
        return tr("A field of this condition has several operators, and the form shows one per "
                  "test; edit it as text.");
    case Unshown::Unreadable:
        return tr("The form cannot read this condition; edit it as text.");
    }
    return QString();
}

void ConditionForm::setFieldSuggestions(const QStringList &fields)
{
    if (fields == m_suggestions)
        return;
    m_suggestions = fields;
    for (ConditionRow *row : std::as_const(m_rows))
        row->setFieldSuggestions(fields);
}

void ConditionForm::addTest()
{
    if (!isRepresentable())
        return;
    ConditionRow *row = appendRow();
    updateTabOrder();
    row->fieldBox()->setFocus(Qt::ShortcutFocusReason); // says nothing until it names a field
}

ConditionRow *ConditionForm::appendRow()
{
    auto *row = new ConditionRow(m_editor);
    row->setFieldSuggestions(m_suggestions);
    m_rowsLayout->addWidget(row);
    m_rows.append(row);
    connect(row, &ConditionRow::edited, this, &ConditionForm::onEdited);
    connect(row, &ConditionRow::removeRequested, this, [this, row] { removeRow(row); });
    return row;
}

void ConditionForm::removeRow(ConditionRow *row)
{
    // Later: the row's own button is still delivering the click.
    m_rows.removeOne(row);
    row->hide();
    row->deleteLater();
    updateTabOrder();
    onEdited();
}

void ConditionForm::clearRows()
{
    for (ConditionRow *row : std::as_const(m_rows)) {
        row->hide();
        row->deleteLater();
    }
    m_rows.clear();
}

void ConditionForm::onEdited()
{
    const json now = condition();
    if (now == m_written)
        return;
    m_written = now;
    m_given = now;
    Q_EMIT conditionEdited(now);
}

void ConditionForm::updateTabOrder()
{
    QWidget *previous = m_mode;
    for (ConditionRow *row : std::as_const(m_rows)) {
        const std::array<QWidget *, 4> chain = {row->fieldBox(), row->operatorBox(),
                                                row->valueEdit(), row->removeButton()};
        for (QWidget *next : chain) {
            setTabOrder(previous, next);
            previous = next;
        }
    }
    setTabOrder(previous, m_add);
}

void ConditionForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConditionForm::retranslate()
{
    m_matchLabel->setText(tr("&Match"));
    m_mode->setItemText(0, tr("all of these tests"));
    m_mode->setItemText(1, tr("any of these tests"));
    m_add->setText(tr("Add Test"));
    m_add->setToolTip(tr("Add a test of one field (Ctrl+Return)"));
    m_message->setText(message());
}

} // namespace causeway::ui
