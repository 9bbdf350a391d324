#include "ui/editor/definition_editor.h"

#include "schema/schema_edit.h"
#include "sim/payload_generator.h"
#include "ui/common/icons.h"
#include "ui/document/project_document.h"
#include "ui/editor/field_details.h"
#include "ui/editor/json_text_edit.h"
#include "ui/editor/schema_tree.h"
#include "ui/editor/version_compare.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace causeway::ui {

namespace {

using nlohmann::json;

std::optional<std::size_t> newestVersionOf(const project::Project &project, const std::string &type)
{
    std::optional<std::size_t> newest;
    for (std::size_t i = 0; i < project.definitions.size(); ++i) {
        const auto &definition = project.definitions[i];
        if (definition.type == type &&
            (!newest || project.definitions[*newest].version < definition.version))
            newest = i;
    }
    return newest;
}

void setTextQuietly(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

DefinitionEditor::DefinitionEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLabel(this)), m_status(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_name(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_owner(new QLineEdit(this)),
      m_domain(new QLineEdit(this)), m_tags(new QLineEdit(this)), m_deprecated(new QCheckBox(this)),
      m_nameLabel(new QLabel(this)), m_descriptionLabel(new QLabel(this)),
      m_ownerLabel(new QLabel(this)), m_domainLabel(new QLabel(this)),
      m_tagsLabel(new QLabel(this)), m_schemaBar(new QToolBar(this)), m_tree(new SchemaTree(this)),
      m_details(new FieldDetails(this)), m_schemaText(new JsonTextEdit(this)),
      m_examplesText(new JsonTextEdit(this)), m_exampleFindings(new QListWidget(this)),
      m_lint(new QListWidget(this)), m_versions(new VersionCompare(this)),
      m_generate(new QPushButton(this))
{
    m_title->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #d32f2f;"));

    auto *details = new QWidget(this);
    auto *form = new QFormLayout(details);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_descriptionLabel, m_description);
    form->addRow(m_ownerLabel, m_owner);
    form->addRow(m_domainLabel, m_domain);
    form->addRow(m_tagsLabel, m_tags);
    form->addRow(QString(), m_deprecated);
    m_description->setTabChangesFocus(true);
    m_description->installEventFilter(this); // commits when it loses focus
    for (QLineEdit *edit : {m_name, m_owner, m_domain, m_tags})
        connect(edit, &QLineEdit::editingFinished, this, &DefinitionEditor::commitDetails);
    connect(m_deprecated, &QCheckBox::toggled, this, &DefinitionEditor::commitDetails);

    m_addField = m_schemaBar->addAction(actionIcon(QStringLiteral("list-add")), QString(), this,
                                        [this] { m_tree->addField(false); });
    m_addField->setShortcut(Qt::Key_Insert);
    m_addNested = m_schemaBar->addAction(QString(), this, [this] { m_tree->addField(true); });
    m_addNested->setShortcut(Qt::SHIFT | Qt::Key_Insert);
    m_removeField = m_schemaBar->addAction(actionIcon(QStringLiteral("list-remove")), QString(),
                                           m_tree, &SchemaTree::removeCurrent);
    m_removeField->setShortcut(QKeySequence::Delete);
    m_moveUp = m_schemaBar->addAction(actionIcon(QStringLiteral("go-up")), QString(), this,
                                      [this] { m_tree->moveCurrent(-1); });
    m_moveUp->setShortcut(Qt::ALT | Qt::Key_Up);
    m_moveDown = m_schemaBar->addAction(actionIcon(QStringLiteral("go-down")), QString(), this,
                                        [this] { m_tree->moveCurrent(1); });
    m_moveDown->setShortcut(Qt::ALT | Qt::Key_Down);
    for (QAction *action : m_schemaBar->actions())
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addActions(m_schemaBar->actions());
    m_schemaBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *schemaPage = new QWidget(this);
    auto *schemaLayout = new QVBoxLayout(schemaPage);
    auto *schemaSplit = new QSplitter(Qt::Vertical, schemaPage);
    schemaSplit->addWidget(m_tree);
    schemaSplit->addWidget(m_details);
    schemaSplit->addWidget(m_schemaText);
    schemaLayout->addWidget(m_schemaBar);
    schemaLayout->addWidget(schemaSplit, 1);

    auto *examplesPage = new QWidget(this);
    auto *examplesLayout = new QVBoxLayout(examplesPage);
    auto *examplesSplit = new QSplitter(Qt::Vertical, examplesPage);
    examplesSplit->addWidget(m_examplesText);
    examplesSplit->addWidget(m_exampleFindings);
    examplesSplit->setStretchFactor(0, 3);
    examplesLayout->addWidget(m_generate, 0, Qt::AlignLeft);
    examplesLayout->addWidget(examplesSplit, 1);
    connect(m_generate, &QPushButton::clicked, this, &DefinitionEditor::generateExample);

    m_tabs->addTab(details, QString());
    m_tabs->addTab(schemaPage, QString());
    m_tabs->addTab(examplesPage, QString());
    m_lint->setWordWrap(true);
    m_tabs->addTab(m_lint, QString());
    m_tabs->addTab(m_versions, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_document, &ProjectDocument::snapshotChanged, this, &DefinitionEditor::refresh);
    connect(m_versions, &VersionCompare::newVersionRequested, this, [this] {
        const Status added = m_document->addVersion(m_type);
        report(added ? QString() : QString::fromStdString(added.error().toString()));
    });
    connect(m_tree, &SchemaTree::schemaEdited, this,
            [this](const json &schema, const schema::PropertyOrder &order, const QString &what) {
                change(
                    [&](catalog::Definition &definition) {
                        definition.payloadSchema = schema;
                        definition.propertyOrder = order;
                    },
                    what);
            });
    connect(m_tree, &SchemaTree::editRefused, this, &DefinitionEditor::report);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this] { m_details->showField(m_tree->schema(), m_tree->currentPointer()); });
    connect(m_details, &FieldDetails::keywordEdited, this,
            [this](const QString &pointer, const std::string &keyword, const json &value,
                   const QString &what) {
                auto edited = schema::setFieldKeyword(m_tree->schema(), pointer.toStdString(),
                                                      keyword, value);
                if (!edited) {
                    report(QString::fromStdString(edited.error().toString()));
                    m_details->showField(m_tree->schema(), m_tree->currentPointer());
                    return;
                }
                change(
                    [&](catalog::Definition &definition) {
                        definition.payloadSchema = *edited;
                        definition.propertyOrder = m_tree->order();
                    },
                    what);
            });
    connect(m_schemaText, &JsonTextEdit::errorChanged, this, &DefinitionEditor::report);
    connect(m_schemaText, &JsonTextEdit::valueEdited, this, [this](const json &schema) {
        if (!schema.is_object()) {
            report(tr("A payload schema is a JSON object."));
            return;
        }
        // The text says in which order the fields go, too.
        const auto written = nlohmann::ordered_json::parse(
            m_schemaText->toPlainText().toStdString(), nullptr, false);
        change(
            [&](catalog::Definition &definition) {
                definition.payloadSchema = schema;
                if (!written.is_discarded())
                    definition.propertyOrder = schema::readPropertyOrder(written);
            },
            tr("Edit the schema of %1 as text").arg(m_type));
    });
    connect(m_examplesText, &JsonTextEdit::errorChanged, this, &DefinitionEditor::report);
    connect(m_examplesText, &JsonTextEdit::valueEdited, this, [this](const json &examples) {
        checkExamples(examples);
        if (examples.is_array())
            change(
                [&](catalog::Definition &definition) {
                    definition.examples.assign(examples.begin(), examples.end());
                },
                tr("Edit the examples of %1").arg(m_type));
    });
    retranslate();
    refresh();
}

const catalog::Definition *DefinitionEditor::current() const
{
    const auto &snapshot = m_document->snapshot();
    if (!snapshot || m_type.isEmpty())
        return nullptr;
    const auto index = newestVersionOf(snapshot->project, m_type.toStdString());
    return index ? &snapshot->project.definitions[*index] : nullptr;
}

void DefinitionEditor::showType(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    report({});
    refresh();
}

void DefinitionEditor::refresh()
{
    const catalog::Definition *definition = current();
    setEnabled(definition != nullptr);
    if (!definition) {
        m_title->setText(tr("Select a definition in the catalog to edit it."));
        m_tree->setSchema(json::object());
        m_details->showField(json::object(), QString());
        m_schemaText->setValue(json::object());
        m_examplesText->setValue(json::array());
        m_exampleFindings->clear();
        m_lint->clear();
        return;
    }
    m_title->setText(tr("<b>%1</b> · version %2")
                         .arg(QString::fromStdString(definition->type).toHtmlEscaped(),
                              QString::fromStdString(definition->version.toString())));
    setTextQuietly(m_name, QString::fromStdString(definition->name));
    if (m_description->toPlainText() != QString::fromStdString(definition->description))
        m_description->setPlainText(QString::fromStdString(definition->description));
    setTextQuietly(m_owner, QString::fromStdString(definition->owner));
    setTextQuietly(m_domain, QString::fromStdString(definition->domain));
    QStringList tags;
    for (const std::string &tag : definition->tags)
        tags << QString::fromStdString(tag);
    setTextQuietly(m_tags, tags.join(QStringLiteral(", ")));
    {
        const QSignalBlocker blocker(m_deprecated);
        m_deprecated->setChecked(definition->deprecated);
    }
    m_tree->setSchema(definition->payloadSchema, definition->propertyOrder);
    m_details->showField(m_tree->schema(), m_tree->currentPointer());
    m_schemaText->setValue(
        schema::orderedSchema(definition->payloadSchema, definition->propertyOrder));
    const json examples(definition->examples);
    nlohmann::ordered_json shown = nlohmann::ordered_json::array();
    for (const json &example : definition->examples)
        shown.push_back(
            schema::orderedInstance(example, definition->payloadSchema, definition->propertyOrder));
    m_examplesText->setValue(shown); // fields as the schema lists them
    checkExamples(examples);
    showLint();
    m_versions->showVersions(m_document->snapshot(), m_type);
}

void DefinitionEditor::showLint()
{
    m_lint->clear();
    const std::string prefix = m_type.toStdString() + '@';
    int found = 0;
    for (const auto &finding : m_document->snapshot()->lint) {
        if (finding.subject.rfind(prefix, 0) != 0)
            continue;
        ++found;
        const auto &issue = finding.issue;
        m_lint->addItem(new QListWidgetItem(actionIcon(issue.severity == catalog::Severity::Error
                                                           ? QStringLiteral("dialog-error")
                                                           : QStringLiteral("dialog-warning")),
                                            QStringLiteral("%1 %2: %3")
                                                .arg(QString::fromStdString(finding.subject),
                                                     QString::fromStdString(issue.pointer),
                                                     QString::fromStdString(issue.message))));
    }
    if (found == 0)
        m_lint->addItem(new QListWidgetItem(actionIcon(QStringLiteral("dialog-ok")),
                                            tr("No problems: naming, documentation and "
                                               "examples are as the catalog asks.")));
    m_tabs->setTabText(3, found > 0 ? tr("Problems (%1)").arg(found) : tr("Problems"));
}

void DefinitionEditor::change(const std::function<void(catalog::Definition &)> &change,
                              const QString &what)
{
    const auto &snapshot = m_document->snapshot();
    if (!snapshot)
        return;
    project::Project project = snapshot->project;
    const auto index = newestVersionOf(project, m_type.toStdString());
    if (!index)
        return;
    change(project.definitions[*index]);
    const Status edited = m_document->edit(std::move(project), what);
    report(edited ? QString() : QString::fromStdString(edited.error().toString()));
}

void DefinitionEditor::commitDetails()
{
    if (!current())
        return;
    change(
        [this](catalog::Definition &definition) {
            definition.name = m_name->text().trimmed().toStdString();
            definition.description = m_description->toPlainText().trimmed().toStdString();
            definition.owner = m_owner->text().trimmed().toStdString();
            definition.domain = m_domain->text().trimmed().toStdString();
            definition.tags.clear();
            for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts))
                if (!tag.trimmed().isEmpty())
                    definition.tags.push_back(tag.trimmed().toStdString());
            definition.deprecated = m_deprecated->isChecked();
        },
        tr("Edit the details of %1").arg(m_type));
}

void DefinitionEditor::checkExamples(const json &examples)
{
    m_exampleFindings->clear();
    const catalog::Definition *definition = current();
    if (!definition)
        return;
    if (!examples.is_array()) {
        m_exampleFindings->addItem(tr("The examples are a JSON array of payloads: [ {…}, {…} ]."));
        return;
    }
    const auto *registered =
        m_document->snapshot()->registry.find(definition->type, definition->version.toString());
    if (!registered || !registered->schema) {
        m_exampleFindings->addItem(
            tr("The schema does not compile, so examples cannot be checked."));
        return;
    }
    for (std::size_t i = 0; i < examples.size(); ++i) {
        const auto issues = registered->schema->validate(examples[i]);
        const QString which = tr("Example %1").arg(i + 1);
        if (issues.empty())
            m_exampleFindings->addItem(new QListWidgetItem(actionIcon(QStringLiteral("dialog-ok")),
                                                           tr("%1 is valid.").arg(which)));
        for (const auto &issue : issues)
            m_exampleFindings->addItem(new QListWidgetItem(
                actionIcon(QStringLiteral("dialog-error")),
                tr("%1 at %2: %3")
                    .arg(which,
                         issue.pointer.empty() ? QStringLiteral("/")
                                               : QString::fromStdString(issue.pointer),
                         QString::fromStdString(issue.message))));
    }
    if (examples.empty())
        m_exampleFindings->addItem(
            tr("No examples yet: write one, or generate one from the schema."));
}

void DefinitionEditor::generateExample()
{
    const catalog::Definition *definition = current();
    if (!definition)
        return;
    auto generator = sim::PayloadGenerator::compile(definition->payloadSchema);
    if (!generator) {
        report(QString::fromStdString(generator.error().toString()));
        return;
    }
    sim::Random random(++m_generated);
    const json example = generator->generate(random);
    change([&](catalog::Definition &edited) { edited.examples.push_back(example); },
           tr("Generate an example of %1").arg(m_type));
    m_tabs->setCurrentIndex(2);
}

void DefinitionEditor::report(const QString &problem)
{
    m_status->setText(problem);
    m_status->setVisible(!problem.isEmpty());
}

QString DefinitionEditor::statusText() const
{
    return m_status->text();
}

bool DefinitionEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commitDetails();
    return QWidget::eventFilter(watched, event);
}

void DefinitionEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void DefinitionEditor::retranslate()
{
    m_tabs->setTabText(0, tr("Details"));
    m_tabs->setTabText(1, tr("Schema"));
    m_tabs->setTabText(2, tr("Examples"));
    m_tabs->setTabText(3, tr("Problems"));
    m_tabs->setTabText(4, tr("Versions"));
    m_nameLabel->setText(tr("Name:"));
    m_descriptionLabel->setText(tr("Description:"));
    m_ownerLabel->setText(tr("Owner:"));
    m_domainLabel->setText(tr("Domain:"));
    m_tagsLabel->setText(tr("Tags:"));
    m_tags->setPlaceholderText(tr("comma, separated"));
    m_deprecated->setText(tr("Deprecated"));
    m_addField->setText(tr("Add Field"));
    m_addField->setToolTip(tr("Add a field beside the selected one (Insert)"));
    m_addNested->setText(tr("Add Nested Field"));
    m_addNested->setToolTip(tr("Add a field inside the selected object (Shift+Insert)"));
    m_removeField->setText(tr("Remove Field"));
    m_removeField->setToolTip(tr("Remove the selected field (Delete)"));
    m_moveUp->setText(tr("Move Up"));
    m_moveUp->setToolTip(tr("Move the selected field before the one above it (Alt+Up); "
                            "fields can be dragged too"));
    m_moveDown->setText(tr("Move Down"));
    m_moveDown->setToolTip(tr("Move the selected field after the one below it (Alt+Down)"));
    m_generate->setText(tr("Generate Example"));
    m_generate->setToolTip(tr("Add an example generated from the schema"));
}

} // namespace causeway::ui
