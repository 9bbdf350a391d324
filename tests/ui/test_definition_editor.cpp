// Editing the catalog in the Design workspace: a new definition, fields added through the
// schema editor, undone and redone; schema text and examples checked as they are typed.
#include "runtime/project_snapshot.h"
#include "sample_window.h"
#include "test_support.h"
#include "ui/catalog/catalog_view.h"
#include "ui/designtable/design_table_model.h"
#include "ui/designtable/design_table_view.h"
#include "ui/document/project_document.h"
#include "ui/editor/definition_editor.h"
#include "ui/editor/json_text_edit.h"
#include "ui/editor/schema_tree.h"
#include "ui/editor/version_compare.h"
#include "ui/flow/flow_canvas.h"
#include "ui/mainwindow/main_window.h"
#include "ui/rules/rule_editor.h"
#include "ui/settings/language.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace causeway;
using namespace causeway::ui;
using nlohmann::json;

namespace {

constexpr const char *kType = "com.example.widget.created";

QString screenshot(const char *name)
{
    const QString folder = QString::fromStdString(testsupport::binaryPath("screenshots"));
    QDir().mkpath(folder);
    return folder + u'/' + QLatin1String(name);
}

const catalog::Definition *definitionOf(const ProjectDocument &document, const std::string &type)
{
    for (const auto &definition : document.snapshot()->project.definitions)
        if (definition.type == type)
            return &definition;
    return nullptr;
}

json fieldsOf(const ProjectDocument &document)
{
    const auto *definition = definitionOf(document, kType);
    return definition ? definition->payloadSchema.value("properties", json::object()) : json();
}

} // namespace

class TestDefinitionEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A sample (the order saga unless named), copied so that saving cannot touch it.
    std::unique_ptr<MainWindow> openWindow(const char *sample = "order-saga")
    {
        return testsupport::openSampleCopy(QDir(m_dir.path()), sample);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CausewayTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_definition_editor"));
        QSettings().clear();
        applyLanguage(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
    }

    void addFieldsThroughTheSchemaEditorThenUndoThem()
    {
        auto window = openWindow();
        QVERIFY(window);
        ProjectDocument *document = window->document();
        QUndoStack *undo = document->undoStack();
        QVERIFY(!document->isModified());
        const std::size_t before = document->snapshot()->project.definitions.size();

        QVERIFY(document->addDefinition(QString::fromLatin1(kType)).ok());
        window->catalogView()->showType(QString::fromLatin1(kType));
        DefinitionEditor *editor = window->definitionEditor();
        QCOMPARE(editor->type(), QString::fromLatin1(kType));
        QVERIFY(window->isWindowModified());

        // A bare new definition is flagged: no description, owner or examples yet.
        QVERIFY(editor->lintFindings()->count() > 0);
        QVERIFY(editor->lintFindings()->item(0)->text().startsWith(QString::fromLatin1(kType) +
                                                                   QStringLiteral("@1.0.0")));

        SchemaTree *tree = editor->schemaTree();
        editor->addFieldAction()->trigger();
        editor->addFieldAction()->trigger();
        QCOMPARE(fieldsOf(*document).size(), std::size_t(2));
        QVERIFY(fieldsOf(*document).contains("newField2"));

        // Rename the selected field in place, make it an integer and required.
        QTreeWidgetItem *item = tree->currentItem();
        QVERIFY(item);
        QCOMPARE(item->text(SchemaTree::NameColumn), QStringLiteral("newField2"));
        item->setText(SchemaTree::NameColumn, QStringLiteral("quantity"));
        QTRY_VERIFY(fieldsOf(*document).contains("quantity"));
        tree->selectPointer(QStringLiteral("/properties/quantity"));
        tree->currentItem()->setText(SchemaTree::TypeColumn, QStringLiteral("integer"));
        QTRY_COMPARE(fieldsOf(*document)["quantity"], json({{"type", "integer"}}));
        tree->selectPointer(QStringLiteral("/properties/quantity"));
        tree->currentItem()->setCheckState(SchemaTree::RequiredColumn, Qt::Checked);
        QTRY_COMPARE(undo->count(), 6);
        const auto *definition = definitionOf(*document, kType);
        QCOMPARE(definition->payloadSchema["properties"]["quantity"], json({{"type", "integer"}}));
        QCOMPARE(definition->payloadSchema["required"], json::array({"quantity"}));
        QCOMPARE(undo->undoText(), QStringLiteral("Require field quantity"));

        // The JSON text view followed every step.
        QCOMPARE(json::parse(editor->schemaText()->toPlainText().toStdString()),
                 definition->payloadSchema);

        // Undo the five field edits: the definition is as it was added, and still there.
        for (int i = 0; i < 5; ++i)
            undo->undo();
        QCOMPARE(fieldsOf(*document), json::object());
        QCOMPARE(tree->topLevelItemCount(), 0);
        undo->undo(); // and the definition itself
        QVERIFY(!definitionOf(*document, kType));
        QCOMPARE(document->snapshot()->project.definitions.size(), before);
        QVERIFY(!document->isModified());
        QVERIFY(!window->isWindowModified());

        // Redo brings it all back, in order.
        for (int i = 0; i < 6; ++i)
            undo->redo();
        QCOMPARE(definitionOf(*document, kType)->payloadSchema["required"],
                 json::array({"quantity"}));
    }

    void badEditsAreRefusedAndSaid()
    {
        auto window = openWindow();
        QVERIFY(window);
        ProjectDocument *document = window->document();
        QVERIFY(document->addDefinition(QString::fromLatin1(kType)).ok());
        QVERIFY(!document->addDefinition(QString::fromLatin1(kType)).ok()); // no duplicates
        window->catalogView()->showType(QString::fromLatin1(kType));
        DefinitionEditor *editor = window->definitionEditor();
        editor->addFieldAction()->trigger();
        editor->addFieldAction()->trigger();
        const int steps = document->undoStack()->count();

        // Renaming onto a sibling is refused, said, and the tree shows the schema again.
        editor->schemaTree()->selectPointer(QStringLiteral("/properties/newField2"));
        editor->schemaTree()->currentItem()->setText(SchemaTree::NameColumn,
                                                     QStringLiteral("newField"));
        QVERIFY(editor->statusText().contains(QStringLiteral("already a field 'newField'")));
        QCOMPARE(document->undoStack()->count(), steps);
        QTRY_COMPARE(editor->schemaTree()->topLevelItemCount(), 2);

        // Broken JSON in the schema text: underlined, said with its line, nothing applied.
        editor->schemaText()->setPlainText(QStringLiteral("{\n  \"type\": \"object\",\n  oops\n}"));
        QTRY_VERIFY_WITH_TIMEOUT(editor->statusText().startsWith(QStringLiteral("line 3")), 3000);
        QCOMPARE(document->undoStack()->count(), steps);
        QVERIFY(!editor->schemaText()->extraSelections().isEmpty());

        // Valid text is applied as one step.
        editor->schemaText()->setPlainText(QStringLiteral(
            R"({"type": "object", "properties": {"sku": {"type": "string", "minLength": 3}}})"));
        QTRY_COMPARE_WITH_TIMEOUT(document->undoStack()->count(), steps + 1, 3000);
        QVERIFY(editor->statusText().isEmpty());
        QCOMPARE(editor->schemaTree()->topLevelItemCount(), 1);

        // Examples are checked against that schema as they are typed.
        editor->examplesText()->setPlainText(QStringLiteral(R"([{"sku": "A1"}, {"sku": "ABC"}])"));
        QTRY_COMPARE_WITH_TIMEOUT(document->undoStack()->count(), steps + 2, 3000);
        QListWidget *findings = editor->exampleFindings();
        QVERIFY(findings->count() >= 2);
        QVERIFY(findings->item(0)->text().startsWith(QStringLiteral("Example 1 at /sku")));
        QCOMPARE(findings->item(findings->count() - 1)->text(),
                 QStringLiteral("Example 2 is valid."));

        // A generated example is valid and one more undoable step.
        editor->generateButton()->click();
        QCOMPARE(document->undoStack()->count(), steps + 3);
        QCOMPARE(findings->item(findings->count() - 1)->text(),
                 QStringLiteral("Example 3 is valid."));
    }

    void editingARuleChangesTheTestEventVerdicts()
    {
        auto window = openWindow("loan-application");
        QVERIFY(window);
        RuleEditor *rules = window->ruleEditor();
        QUndoStack *undo = window->document()->undoStack();
        rules->selectRule(0);
        QCOMPARE(rules->ruleList()->currentItem()->text(), QStringLiteral("request credit check"));
        const auto verdictFor = [rules](const QString &start) {
            const auto found = rules->verdicts()->findItems(start, Qt::MatchStartsWith);
            return found.isEmpty() ? QString() : found.front()->text();
        };
        // The generated test event has the rule's type, so the rule matches it.
        QVERIFY(verdictFor(QStringLiteral("request credit check"))
                    .contains(QStringLiteral("matches → actor credit-check")));

        // Another type in the rule's text: the verdict follows, and the edit is one step.
        json rule = json::parse(rules->ruleText()->toPlainText().toStdString());
        rule["match"]["type"] = "com.acmefinance.loan.application.approved";
        rules->ruleText()->setPlainText(QString::fromStdString(rule.dump(2)));
        QTRY_VERIFY_WITH_TIMEOUT(verdictFor(QStringLiteral("request credit check"))
                                     .contains(QStringLiteral("does not match: type is")),
                                 3000);
        QTRY_COMPARE(undo->count(), 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Edit rule request credit check"));
        QCOMPARE(window->document()->snapshot()->project.rules[0]["match"]["type"],
                 json("com.acmefinance.loan.application.approved"));

        // Undo puts the rule back, and it matches again.
        undo->undo();
        QTRY_VERIFY(
            verdictFor(QStringLiteral("request credit check")).contains(QStringLiteral("matches")));
        QVERIFY(!verdictFor(QStringLiteral("request credit check"))
                     .contains(QStringLiteral("does not")));

        // A condition that cannot be read is refused, with where it is.
        rule["match"] = {{"$.data.amount", {{"between", 1}}}};
        rules->ruleText()->setPlainText(QString::fromStdString(rule.dump(2)));
        QTRY_VERIFY_WITH_TIMEOUT(rules->statusText().contains(QStringLiteral("/rules/0/match")),
                                 3000);
        QCOMPARE(undo->index(), 0);
    }

    void theDesignTableFollowsTheRulesAndExports()
    {
        auto window = openWindow("loan-application");
        QVERIFY(window);
        DesignTableView *table = window->designTable();
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(table->statusText().isEmpty());
        const auto rowOf = [table](const QString &service, const QString &input) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const auto cell = [&](int column) {
                    return table->model()->index(row, column).data().toString();
                };
                if (cell(DesignTableModel::ServiceColumn) == service &&
                    cell(DesignTableModel::InputColumn).contains(input))
                    return row;
            }
            return -1;
        };
        const QString submitted = QStringLiteral("com.acmefinance.loan.application.submitted");
        QVERIFY(rowOf(QStringLiteral("credit-check"), submitted) >= 0);

        // Without the rule that feeds it, the credit check has no row for submissions.
        window->ruleEditor()->selectRule(0);
        QCOMPARE(window->ruleEditor()->ruleList()->currentItem()->text(),
                 QStringLiteral("request credit check"));
        const int rows = table->model()->rowCount();
        auto project = window->document()->snapshot()->project;
        project.rules.erase(project.rules.begin());
        QVERIFY(window->document()->edit(project, QStringLiteral("Remove rule")).ok());
        QCOMPARE(rowOf(QStringLiteral("credit-check"), submitted), -1);
        QVERIFY(table->model()->rowCount() <= rows);
        window->document()->undoStack()->undo();
        QVERIFY(rowOf(QStringLiteral("credit-check"), submitted) >= 0);

        // Filtering and export.
        table->proxy()->setFilterFixedString(QStringLiteral("decision-aggregator"));
        QVERIFY(table->proxy()->rowCount() >= 1);
        QVERIFY(table->proxy()->rowCount() < table->model()->rowCount());
        const QString csv = m_dir.filePath(QStringLiteral("table.csv"));
        const QString markdown = m_dir.filePath(QStringLiteral("table.md"));
        QVERIFY(table->exportTo(csv).ok());
        QVERIFY(table->exportTo(markdown).ok());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readLine().startsWith("Input events,Service,Action,Output events,Notes"));
        QFile markdownFile(markdown);
        QVERIFY(markdownFile.open(QIODevice::ReadOnly));
        QVERIFY(markdownFile.readAll().contains("| credit-check |"));
        QVERIFY(!table->exportTo(m_dir.filePath(QStringLiteral("missing/dir/t.md"))).ok());
        table->proxy()->setFilterFixedString(QString());
        window->designTableDock()->raise();
        QTest::qWait(50);
        QVERIFY(window->grab().save(screenshot("design-table.png")));
    }

    void versionsAreComparedForCompatibility()
    {
        auto window = openWindow("loan-application");
        QVERIFY(window);
        window->catalogView()->showType(
            QStringLiteral("com.acmefinance.loan.application.submitted"));
        VersionCompare *versions = window->definitionEditor()->versions();
        QCOMPARE(versions->older()->count(), 2);
        QCOMPARE(versions->older()->currentText(), QStringLiteral("1.0.0"));
        QCOMPARE(versions->newer()->currentText(), QStringLiteral("1.1.0"));
        QVERIFY(versions->verdict()->text().startsWith(QStringLiteral("Backward compatible")));
        QVERIFY(versions->findings()->count() >= 1);
        // A new version is a copy of the newest: compatible both ways, and undoable.
        versions->newVersionButton()->click();
        QCOMPARE(versions->older()->count(), 3);
        QCOMPARE(versions->newer()->currentText(), QStringLiteral("1.2.0"));
        QCOMPARE(window->definitionEditor()->type(),
                 QStringLiteral("com.acmefinance.loan.application.submitted"));
        QCOMPARE(versions->findings()->item(0)->text(),
                 QStringLiteral("The payload schemas are the same."));
        window->document()->undoStack()->undo();
        QCOMPARE(versions->older()->count(), 2);

        auto *tabs = window->definitionEditor()->findChild<QTabWidget *>();
        tabs->setCurrentWidget(versions);
        QVERIFY(window->definitionEditor()->grab().save(screenshot("versions.png")));
        tabs->setCurrentIndex(1);
        QVERIFY(window->definitionEditor()->grab().save(screenshot("schema.png")));

        // A version against itself: nothing differs, both ways compatible.
        versions->newer()->setCurrentIndex(0);
        QCOMPARE(versions->findings()->item(0)->text(),
                 QStringLiteral("The payload schemas are the same."));
        QVERIFY(versions->verdict()->text().contains(QStringLiteral("new schema): yes")));
    }

    void theFlowCanvasEditsTheProjectUndoably()
    {
        auto window = openWindow("loan-application");
        QVERIFY(window);
        ProjectDocument *document = window->document();
        QUndoStack *undo = document->undoStack();
        FlowCanvas *canvas = window->flowCanvas();
        const std::size_t rules = document->snapshot()->project.rules.size();

        // Dragging a type onto an actor routes the type there through a new rule.
        Q_EMIT canvas->connectRequested(
            QStringLiteral("type:com.acmefinance.loan.application.approved"),
            QStringLiteral("actor:underwriter"));
        const json &added = document->snapshot()->project.rules.back();
        QCOMPARE(document->snapshot()->project.rules.size(), rules + 1);
        QCOMPARE(added["match"], json({{"type", "com.acmefinance.loan.application.approved"}}));
        QCOMPARE(added["targets"], json::array({{{"actor", "underwriter"}}}));
        // An actor is not a place events start from: refused, nothing changes.
        Q_EMIT canvas->connectRequested(QStringLiteral("actor:underwriter"),
                                        QStringLiteral("actor:credit-check"));
        QCOMPARE(undo->count(), 1);

        // A moved node keeps its place in the project's layout.
        Q_EMIT canvas->nodeMoved(QStringLiteral("actor:underwriter"), QPointF(412.4, 96.6));
        QCOMPARE(document->snapshot()->project.layout["nodes"]["actor:underwriter"],
                 json({{"x", 412}, {"y", 97}}));
        Q_EMIT canvas->autoLayoutRequested();
        QVERIFY(!document->snapshot()->project.layout.contains("nodes"));

        // Each was one step.
        undo->undo();
        undo->undo();
        undo->undo();
        QCOMPARE(document->snapshot()->project.rules.size(), rules);
        QVERIFY(!document->isModified());
    }

    void savingWritesTheEditsAndClearsTheMark()
    {
        auto window = openWindow();
        QVERIFY(window);
        ProjectDocument *document = window->document();
        QVERIFY(document->addDefinition(QString::fromLatin1(kType)).ok());
        QVERIFY(document->isModified());
        QVERIFY(document->save().ok());
        QVERIFY(!document->isModified());
        QVERIFY(!window->isWindowModified());
        const auto reread = runtime::loadSnapshot(document->path().toStdString());
        QVERIFY(reread.ok());
        QVERIFY((*reread)->registry.find(kType));
        // Undo after saving: modified again, since the file has the definition.
        document->undoStack()->undo();
        QVERIFY(document->isModified());
    }
};

QTEST_MAIN(TestDefinitionEditor)
#include "test_definition_editor.moc"
