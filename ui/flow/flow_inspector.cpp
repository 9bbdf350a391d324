#include "ui/flow/flow_inspector.h"

#include "flow/flow_edit.h"
#include "ui/editor/json_text_edit.h"
#include "ui/flow/flow_scene.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <climits>
#include <type_traits>

namespace causeway::ui {

namespace {

using nlohmann::json;

// A member as one line: text as it is, anything else as compact JSON.
QString oneLine(const json &value)
{
    if (value.is_null())
        return {};
    return QString::fromStdString(value.is_string() ? value.get<std::string>() : value.dump());
}

// One line back: JSON when it reads as an object or array, text otherwise.
json fromOneLine(const QString &text)
{
    const std::string trimmed = text.trimmed().toStdString();
    if (!trimmed.empty() && (trimmed.front() == '{' || trimmed.front() == '['))
        if (json parsed = json::parse(trimmed, nullptr, false); !parsed.is_discarded())
            return parsed;
    return trimmed.empty() ? json() : json(trimmed);
}

// A member of @p spec of JSON type T (number, Boolean), or @p fallback when it is not one.
template <typename T> T memberOr(const json &spec, const char *member, T fallback)
{
    const auto found = spec.find(member);
    if (found == spec.end())
        return fallback;
    if constexpr (std::is_same_v<T, bool>)
        return found->is_boolean() ? found->get<bool>() : fallback;
    else
        return found->is_number() ? found->get<T>() : fallback;
}

} // namespace

FlowInspector::FlowInspector(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_text(new QLabel(this)),
      m_formHost(new QWidget(this)), m_form(new QFormLayout(m_formHost)),
      m_spec(new JsonTextEdit(this)), m_error(new QLabel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_formHost);
    layout->addWidget(m_spec, 1);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_spec, &JsonTextEdit::valueEdited, this, [this](const json &spec) {
        Q_EMIT specEdited(m_nodeId, spec);
    });
    connect(m_spec, &JsonTextEdit::errorChanged, m_error, &QLabel::setText);
    rebuild();
}

void FlowInspector::showNode(const runtime::SnapshotPtr &snapshot, const flow::FlowGraph *graph,
                             const QString &nodeId, int selectedCount)
{
    m_snapshot = snapshot;
    m_graph = graph;
    m_nodeId = nodeId;
    m_selectedCount = selectedCount;
    rebuild();
}

void FlowInspector::refuse(const QString &reason)
{
    rebuild();
    m_error->setText(reason);
}

QString FlowInspector::errorText() const
{
    return m_error->text();
}

QWidget *FlowInspector::field(const QString &label) const
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        const auto *name =
            qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        if (name && name->text() == label)
            return m_form->itemAt(row, QFormLayout::FieldRole)->widget();
    }
    return nullptr;
}

QString FlowInspector::focusedFieldLabel() const
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QWidget *field = m_form->itemAt(row, QFormLayout::FieldRole)->widget();
        const auto *name =
            qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        QWidget *focused = window()->focusWidget();
        if (field && name && focused && (field == focused || field->isAncestorOf(focused)))
            return name->text();
    }
    return {};
}

void FlowInspector::clearForm()
{
    // An edit rebuilds the form from inside the edited field's own key or focus event, so the
    // old widgets are only let go of here and deleted once that event has returned.
    while (m_form->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = m_form->takeRow(0);
        for (QLayoutItem *item : {row.labelItem, row.fieldItem}) {
            if (!item)
                continue;
            if (QWidget *widget = item->widget()) {
                disconnect(widget, nullptr, this, nullptr);
                widget->hide();
                widget->deleteLater();
            }
            delete item;
        }
    }
}

void FlowInspector::rebuild()
{
    const QString focusedLabel = focusedFieldLabel();
    clearForm();
    m_error->clear();
    const flow::FlowNode *node =
        m_graph && !m_nodeId.isEmpty() ? m_graph->node(m_nodeId.toStdString()) : nullptr;
    m_specValue = node && m_snapshot ? flow::nodeSpec(m_snapshot->project, node->id) : json();
    m_spec->setVisible(!m_specValue.is_null());
    m_formHost->setVisible(!m_specValue.is_null());
    if (!node) {
        m_title->setText(m_selectedCount > 1 ? tr("%n nodes selected", nullptr, m_selectedCount)
                                             : tr("Nothing selected"));
        m_text->setText(m_selectedCount > 1
                            ? tr("Delete removes them; Ctrl+C copies them, Ctrl+D duplicates "
                                 "them.")
                            : tr("Select a node to see and change it here. Drag a source, "
                                 "rule or actor from the palette to add one."));
        return;
    }
    m_title->setText(tr("%1: %2").arg(FlowScene::kindName(node->kind),
                                      QString::fromStdString(node->label)));
    m_text->setText(describe(*node));
    if (m_specValue.is_null())
        return;
    addNameField();
    if (node->kind == flow::NodeKind::Actor)
        addActorFields();
    else if (node->kind == flow::NodeKind::Source)
        addSourceFields();
    else if (node->kind == flow::NodeKind::Rule)
        addRuleFields();
    m_spec->setValue(m_specValue);
    // Typing goes on where it was, as if the form had stayed. A new field is hidden until the
    // layout shows it, and a hidden widget takes no focus, so it is shown here first.
    if (QWidget *again = focusedLabel.isEmpty() ? nullptr : field(focusedLabel)) {
        again->show();
        again->setFocus();
    }
}

QString FlowInspector::describe(const flow::FlowNode &node) const
{
    switch (node.kind) {
    case flow::NodeKind::Type:
        return tr("%1\nIts definition is open in the Definition dock.")
            .arg(QString::fromStdString(node.detail));
    case flow::NodeKind::Actor:
        if (node.missing)
            return tr("A rule routes here, but the project has no actor of this name.");
        return QString::fromStdString(node.detail);
    case flow::NodeKind::Sink:
        return tr("Events routed here are counted, not processed.");
    case flow::NodeKind::DeadLetter:
        return tr("Deliveries that failed every retry end here.");
    default:
        return QString::fromStdString(node.detail);
    }
}

void FlowInspector::editMember(const char *member, const json &value)
{
    json spec = m_specValue;
    if (value.is_null())
        spec.erase(member);
    else
        spec[member] = value;
    if (spec != m_specValue)
        Q_EMIT specEdited(m_nodeId, spec);
}

void FlowInspector::addNameField()
{
    auto *name = new QLineEdit(oneLine(m_specValue.value("name", json())), m_formHost);
    connect(name, &QLineEdit::editingFinished, this, [this, name] {
        if (!name->text().trimmed().isEmpty())
            editMember("name", name->text().trimmed().toStdString());
    });
    name->setCursorPosition(0); // the start of a long value shows, not its end
    m_form->addRow(tr("Name:"), name);
}

void FlowInspector::addActorFields()
{
    auto *capacity = new QSpinBox(m_formHost);
    capacity->setRange(1, INT_MAX);
    capacity->setValue(memberOr(m_specValue, "capacity", 1));
    capacity->setToolTip(tr("How many events it works on at once"));
    connect(capacity, &QSpinBox::editingFinished, this,
            [this, capacity] { editMember("capacity", capacity->value()); });
    m_form->addRow(tr("Capacity:"), capacity);

    auto *processing = new QLineEdit(oneLine(m_specValue.value("processing", json())), m_formHost);
    processing->setPlaceholderText(tr("e.g. 250ms, or {\"exponential\": {\"mean\": \"2s\"}}"));
    connect(processing, &QLineEdit::editingFinished, this,
            [this, processing] { editMember("processing", fromOneLine(processing->text())); });
    processing->setCursorPosition(0);
    m_form->addRow(tr("Processing time:"), processing);

    auto *failures = new QDoubleSpinBox(m_formHost);
    failures->setRange(0, 1);
    failures->setDecimals(3);
    failures->setSingleStep(0.01);
    failures->setValue(memberOr(m_specValue, "failureProbability", 0.0));
    connect(failures, &QDoubleSpinBox::editingFinished, this, [this, failures] {
        editMember("failureProbability", failures->value() > 0 ? json(failures->value()) : json());
    });
    m_form->addRow(tr("Failure probability:"), failures);
}

void FlowInspector::addSourceFields()
{
    auto *type = new QComboBox(m_formHost);
    if (m_snapshot)
        for (const std::string &each : m_snapshot->registry.types())
            type->addItem(QString::fromStdString(each));
    type->setCurrentText(oneLine(m_specValue.value("type", json())));
    connect(type, &QComboBox::activated, this,
            [this, type] { editMember("type", type->currentText().toStdString()); });
    m_form->addRow(tr("Event type:"), type);

    auto *rate = new QLineEdit(oneLine(m_specValue.value("rate", json())), m_formHost);
    rate->setPlaceholderText(tr("e.g. {\"poisson\": \"30/min\"}"));
    connect(rate, &QLineEdit::editingFinished, this,
            [this, rate] { editMember("rate", fromOneLine(rate->text())); });
    rate->setCursorPosition(0);
    m_form->addRow(tr("Rate:"), rate);
}

void FlowInspector::addRuleFields()
{
    auto *enabled = new QCheckBox(tr("Routes events"), m_formHost);
    enabled->setChecked(memberOr(m_specValue, "enabled", true));
    connect(enabled, &QCheckBox::toggled, this, [this](bool on) {
        editMember("enabled", on ? json() : json(false)); // enabled unless it says otherwise
    });
    m_form->addRow(tr("Enabled:"), enabled);

    auto *description =
        new QLineEdit(oneLine(m_specValue.value("description", json())), m_formHost);
    connect(description, &QLineEdit::editingFinished, this, [this, description] {
        editMember("description", fromOneLine(description->text()));
    });
    description->setCursorPosition(0);
    m_form->addRow(tr("Description:"), description);
}

void FlowInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace causeway::ui
