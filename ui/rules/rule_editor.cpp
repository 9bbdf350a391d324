#include "ui/rules/rule_editor.h"

#include "docs/field_table.h"
#include "model/json_format.h"
#include "routing/rule_index.h"
#include "sim/payload_generator.h"
#include "ui/common/icons.h"
#include "ui/common/string_lists.h"
#include "ui/document/project_document.h"
#include "ui/editor/json_text_edit.h"
#include "ui/rules/condition_form.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace causeway::ui {

namespace {

using nlohmann::json;

// The type a rule's match names plainly ({"type": "x"}), to generate a test event for.
std::string plainTypeOf(const json &rule)
{
    if (!rule.is_object())
        return {};
    const json match = rule.value("match", json());
    return match.is_object() && match.contains("type") && match["type"].is_string()
               ? match["type"].get<std::string>()
               : std::string();
}

// A text member of a rule, or empty when it is missing or not text.
QString textOf(const json &rule, const char *member)
{
    const auto found = rule.find(member);
    return found != rule.end() && found->is_string()
               ? QString::fromStdString(found->get<std::string>())
               : QString();
}

// The member that holds a rule's condition: "match", or seed 004's "pattern" or "filter".
const char *conditionKey(const json &rule)
{
    for (const char *key : {"match", "pattern", "filter"}) {
        if (rule.contains(key))
            return key;
    }
    return "match";
}

} // namespace

RuleEditor::RuleEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_list(new QListWidget(this)),
      m_ruleTabs(new QTabWidget(this)), m_form(new ConditionForm(this)),
      m_ruleText(new JsonTextEdit(this)), m_eventText(new JsonTextEdit(this)),
      m_verdicts(new QListWidget(this)), m_status(new QLabel(this)), m_testLabel(new QLabel(this)),
      m_add(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_generate(new QPushButton(this))
{
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_verdicts->setWordWrap(true);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    auto *test = new QWidget(this);
    auto *testLayout = new QVBoxLayout(test);
    testLayout->setContentsMargins(0, 0, 0, 0);
    auto *testHeader = new QHBoxLayout;
    testHeader->addWidget(m_testLabel, 1);
    testHeader->addWidget(m_generate);
    testLayout->addLayout(testHeader);
    auto *testSplit = new QSplitter(Qt::Horizontal, test);
    testSplit->addWidget(m_eventText);
    testSplit->addWidget(m_verdicts);
    testLayout->addWidget(testSplit, 1);

    m_ruleTabs->addTab(m_form, QString());
    m_ruleTabs->addTab(m_ruleText, QString());
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_ruleTabs);
    right->addWidget(test);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_document, &ProjectDocument::snapshotChanged, this, &RuleEditor::refresh);
    connect(m_list, &QListWidget::currentRowChanged, this, &RuleEditor::showRule);
    connect(m_ruleText, &JsonTextEdit::errorChanged, this, &RuleEditor::report);
    connect(m_ruleText, &JsonTextEdit::valueEdited, this, &RuleEditor::showCondition);
    connect(m_ruleText, &JsonTextEdit::valueEdited, this, &RuleEditor::applyRule);
    connect(m_form, &ConditionForm::conditionEdited, this, &RuleEditor::applyCondition);
    connect(m_eventText, &JsonTextEdit::valueEdited, this, &RuleEditor::updateVerdicts);
    connect(m_add, &QPushButton::clicked, this, &RuleEditor::addRule);
    connect(m_remove, &QPushButton::clicked, this, &RuleEditor::removeRule);
    connect(m_generate, &QPushButton::clicked, this, &RuleEditor::generateEvent);
    retranslate();
    refresh();
}

int RuleEditor::currentRule() const
{
    return m_list->currentRow();
}

void RuleEditor::selectRule(int index)
{
    m_list->setCurrentRow(index);
}

QString RuleEditor::statusText() const
{
    return m_status->text();
}

void RuleEditor::refresh()
{
    const auto &snapshot = m_document->snapshot();
    const int current = std::max(m_list->currentRow(), 0);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (snapshot) {
        for (const json &rule : snapshot->project.rules) {
            auto *item = new QListWidgetItem(textOf(rule, "name"), m_list);
            item->setToolTip(textOf(rule, "description"));
            if (rule.value("enabled", json(true)) == json(false))
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    m_list->setCurrentRow(std::min(current, m_list->count() - 1));
    setEnabled(snapshot != nullptr);
    m_remove->setEnabled(m_list->count() > 0);
    showRule();
}

void RuleEditor::showRule()
{
    const auto &snapshot = m_document->snapshot();
    const int index = m_list->currentRow();
    if (!snapshot || index < 0 || index >= static_cast<int>(snapshot->project.rules.size())) {
        m_ruleText->setValue(json::object());
        showCondition(json::object());
        updateVerdicts();
        return;
    }
    m_ruleText->setValue(snapshot->project.rules[static_cast<std::size_t>(index)]);
    showCondition(snapshot->project.rules[static_cast<std::size_t>(index)]);
    if (m_eventText->toPlainText().trimmed().isEmpty())
        generateEvent();
    updateVerdicts();
}

void RuleEditor::applyRule(const json &rule)
{
    const auto &snapshot = m_document->snapshot();
    const int index = m_list->currentRow();
    updateVerdicts(); // the verdicts follow the text even when it cannot be applied
    if (!snapshot || index < 0)
        return;
    project::Project project = snapshot->project;
    project.rules[static_cast<std::size_t>(index)] = rule;
    if (auto parsed = routing::parseRules(project.rules); !parsed) {
        report(QString::fromStdString(parsed.error().toString()));
        return;
    }
    const Status edited =
        m_document->edit(std::move(project), tr("Edit rule %1").arg(textOf(rule, "name")));
    report(edited ? QString() : QString::fromStdString(edited.error().toString()));
}

// The form follows the rule as the text says it and offers the payload fields of its type.
void RuleEditor::showCondition(const json &rule)
{
    const auto &snapshot = m_document->snapshot();
    const auto *definition = snapshot ? snapshot->registry.find(plainTypeOf(rule)) : nullptr;
    m_form->setFieldSuggestions(
        definition ? toQStringList(docs::payloadFieldPaths(definition->definition.payloadSchema))
                   : QStringList());
    m_form->setCondition(rule.is_object() ? rule.value(conditionKey(rule), json()) : json());
}

// A form edit is a rule edit: the rule as the text says it, with its condition replaced.
void RuleEditor::applyCondition(const json &match)
{
    const auto &snapshot = m_document->snapshot();
    const int index = m_list->currentRow();
    if (!snapshot || index < 0 || index >= static_cast<int>(snapshot->project.rules.size()))
        return;
    const json &stored = snapshot->project.rules[static_cast<std::size_t>(index)];
    json rule = m_ruleText->parse().value_or(stored);
    if (!rule.is_object())
        rule = stored;
    rule[conditionKey(rule)] = match;
    m_ruleText->setValue(rule);
    applyRule(rule);
}

void RuleEditor::addRule()
{
    const auto &snapshot = m_document->snapshot();
    if (!snapshot)
        return;
    project::Project project = snapshot->project;
    const std::string type = snapshot->registry.types().empty()
                                 ? std::string("com.example.thing.happened")
                                 : snapshot->registry.types().front();
    project.rules.push_back({{"name", "new rule " + std::to_string(project.rules.size() + 1)},
                             {"match", {{"type", type}}},
                             {"targets", json::array({{{"sink", "audit"}}})}});
    const Status added = m_document->edit(std::move(project), tr("Add a rule"));
    report(added ? QString() : QString::fromStdString(added.error().toString()));
    selectRule(m_list->count() - 1);
}

void RuleEditor::removeRule()
{
    const auto &snapshot = m_document->snapshot();
    const int index = m_list->currentRow();
    if (!snapshot || index < 0)
        return;
    project::Project project = snapshot->project;
    const QString name = m_list->currentItem()->text();
    project.rules.erase(project.rules.begin() + index);
    const Status removed = m_document->edit(std::move(project), tr("Remove rule %1").arg(name));
    report(removed ? QString() : QString::fromStdString(removed.error().toString()));
}

void RuleEditor::generateEvent()
{
    const auto &snapshot = m_document->snapshot();
    const int index = m_list->currentRow();
    if (!snapshot || index < 0)
        return;
    const auto rule =
        m_ruleText->parse().value_or(snapshot->project.rules[static_cast<std::size_t>(index)]);
    std::string type = plainTypeOf(rule);
    if (type.empty() && !snapshot->registry.types().empty())
        type = snapshot->registry.types().front();
    json event = {{"specversion", "1.0"},
                  {"id", "test-" + std::to_string(++m_generated)},
                  {"source", "/causeway/rule-test"},
                  {"type", type},
                  {"datacontenttype", "application/json"}};
    if (const auto *definition = snapshot->registry.find(type)) {
        if (auto generator = sim::PayloadGenerator::compile(definition->definition.payloadSchema)) {
            sim::Random random(m_generated);
            event["data"] = generator->generate(random);
        }
    }
    m_eventText->setValue(event);
    updateVerdicts();
}

void RuleEditor::updateVerdicts()
{
    m_verdicts->clear();
    const auto &snapshot = m_document->snapshot();
    const auto eventJson = m_eventText->parse();
    if (!snapshot || !eventJson) {
        m_verdicts->addItem(tr("Paste a CloudEvent in JSON, or generate one."));
        return;
    }
    auto event = model::readJsonEvent(*eventJson);
    if (!event) {
        m_verdicts->addItem(
            tr("Not a CloudEvent: %1").arg(QString::fromStdString(event.error().toString())));
        return;
    }
    // The rules as the text says, so a rule can be tried before it is applied.
    json rules = snapshot->project.rules;
    const int index = m_list->currentRow();
    if (const auto edited = m_ruleText->parse();
        edited && index >= 0 && index < static_cast<int>(rules.size()))
        rules[static_cast<std::size_t>(index)] = *edited;
    auto parsed = routing::parseRules(rules);
    if (!parsed) {
        m_verdicts->addItem(tr("The rules cannot be read: %1")
                                .arg(QString::fromStdString(parsed.error().toString())));
        return;
    }
    const routing::RuleIndex rulesIndex(std::move(*parsed));
    const QIcon yes = actionIcon(QStringLiteral("dialog-ok"));
    const QIcon no = actionIcon(QStringLiteral("dialog-cancel"));
    for (const auto &verdict : rulesIndex.explain(*event)) {
        QString targets;
        for (const auto &target : verdict.rule->targets)
            targets += (targets.isEmpty() ? QString() : QStringLiteral(", ")) +
                       QString::fromStdString(routing::targetLabel(target));
        const QString name = QString::fromStdString(verdict.rule->name);
        auto *item = new QListWidgetItem(
            verdict.matched ? yes : no,
            verdict.matched
                ? tr("%1 matches → %2").arg(name, targets)
                : tr("%1 does not match: %2").arg(name, QString::fromStdString(verdict.reason)));
        QFont font = item->font();
        font.setBold(verdict.rule->pointer == "/rules/" + std::to_string(index));
        item->setFont(font);
        m_verdicts->addItem(item);
    }
}

void RuleEditor::report(const QString &problem)
{
    m_status->setText(problem);
    m_status->setVisible(!problem.isEmpty());
}

void RuleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateVerdicts();
    }
    QWidget::changeEvent(event);
}

void RuleEditor::retranslate()
{
    m_ruleTabs->setTabText(0, tr("Form"));
    m_ruleTabs->setTabToolTip(0, tr("The rule's condition as a list of tests"));
    m_ruleTabs->setTabText(1, tr("Text"));
    m_ruleTabs->setTabToolTip(1, tr("The whole rule as JSON"));
    m_add->setText(tr("New Rule"));
    m_remove->setText(tr("Remove Rule"));
    m_generate->setText(tr("Generate Event"));
    m_generate->setToolTip(tr("A test event of the rule's type with a payload from its schema"));
    m_testLabel->setText(tr("Test event: which rules match it, and why the others do not"));
}

} // namespace causeway::ui
