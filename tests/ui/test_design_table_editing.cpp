// Editing the event design table in place: a service's name and note, and an action that is one
// rule, change the project as one undoable step each; what the table only derives says where to
// change it instead, and a name already taken is refused.
#include "flow/flow_edit.h"
#include "sample_window.h"
#include "test_support.h"
#include "ui/designtable/design_table_model.h"
#include "ui/designtable/design_table_view.h"
#include "ui/document/project_document.h"
#include "ui/mainwindow/main_window.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace causeway;
using namespace causeway::ui;
using nlohmann::json;

namespace {

const QString kSubmitted = QStringLiteral("com.acmefinance.loan.application.submitted");

} // namespace

class TestDesignTableEditing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    ProjectDocument *document() const { return m_window->document(); }
    DesignTableView *view() const { return m_window->designTable(); }
    DesignTableModel *model() const { return view()->model(); }
    const project::Project &project() const { return document()->snapshot()->project; }
    json spec(const char *id) const { return flow::nodeSpec(project(), id); }
    int steps() const { return document()->undoStack()->count(); }

    // The cell of @p column in the row of @p service that takes @p input, in the model.
    QModelIndex cell(const QString &service, const QString &input, int column) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            const auto text = [&](int c) { return model()->index(row, c).data().toString(); };
            if (text(DesignTableModel::ServiceColumn) == service &&
                text(DesignTableModel::InputColumn).split(u'\n').contains(input))
                return model()->index(row, column);
        }
        return {};
    }

    // The text of the cell where @p at was, in the table as it is now (each edit makes it anew).
    static QString textAt(const QModelIndex &at, int role = Qt::DisplayRole)
    {
        return at.model()->index(at.row(), at.column()).data(role).toString();
    }

    // Types @p text into the open editor of the view and presses Return, as a user does; the
    // edit is made once the editor has closed.
    static void typeIntoEditor(QTableView *table, const QModelIndex &at, const QString &text)
    {
        auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(at));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!table->indexWidget(at));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CausewayTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_design_table_editing"));
        QSettings().clear();
    }

    // Each test edits a fresh copy of the loan sample in the Design Table dock.
    void init()
    {
        m_window = testsupport::openSampleCopy(QDir(m_dir.path()), "loan-application");
        QVERIFY(m_window);
        m_window->designTableDock()->show();
        m_window->designTableDock()->raise();
        QVERIFY(view()->statusText().isEmpty());
    }

    void cleanup() { m_window.reset(); }

    void renamingAServiceRenamesItsActorAndTheRulesFollow()
    {
        const project::Project original = project();
        QAbstractItemModelTester tester(view()->proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex at = view()->proxy()->mapFromSource(
            cell(QStringLiteral("credit-check"), kSubmitted, DesignTableModel::ServiceColumn));
        QVERIFY(at.isValid());
        QTableView *table = view()->table();
        table->scrollTo(at);
        const QPoint centre = table->visualRect(at).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
        typeIntoEditor(table, at, QStringLiteral("credit-bureau"));
        QTRY_COMPARE(steps(), 1);
        QVERIFY(spec("actor:credit-check").is_null());
        QCOMPARE(spec("actor:credit-bureau")["capacity"], json(20));
        QCOMPARE(spec("rule:request credit check")["targets"],
                 json::array({{{"actor", "credit-bureau"}}}));
        QCOMPARE(document()->undoStack()->undoText(), QStringLiteral("Edit credit-check"));
        // The table is made anew from the edited project, and the cell stays current.
        QCOMPARE(textAt(at), QStringLiteral("credit-bureau"));
        QCOMPARE(table->currentIndex().row(), at.row());
        QCOMPARE(table->currentIndex().column(), int(DesignTableModel::ServiceColumn));

        document()->undoStack()->undo();
        QCOMPARE(project(), original);
        QCOMPARE(textAt(at), QStringLiteral("credit-check"));
    }

    void renamingAOneRuleActionRenamesTheRule()
    {
        const QModelIndex at = view()->proxy()->mapFromSource(
            cell(QStringLiteral("credit-check"), kSubmitted, DesignTableModel::ActionColumn));
        QCOMPARE(textAt(at), QStringLiteral("request credit check"));
        QTableView *table = view()->table();
        table->setFocus();
        table->setCurrentIndex(at);
        QTest::keyClick(table, Qt::Key_F2);
        typeIntoEditor(table, at, QStringLiteral("ask the credit bureau"));
        QTRY_COMPARE(steps(), 1);
        QVERIFY(spec("rule:request credit check").is_null());
        QCOMPARE(spec("rule:ask the credit bureau")["targets"],
                 json::array({{{"actor", "credit-check"}}}));
        QCOMPARE(textAt(at), QStringLiteral("ask the credit bureau"));
    }

    void aNoteLeadsTheNotesAndIsExported()
    {
        const QModelIndex at =
            cell(QStringLiteral("credit-check"), kSubmitted, DesignTableModel::NotesColumn);
        QVERIFY(!textAt(at).contains(QStringLiteral("Experian")));
        QCOMPARE(textAt(at, Qt::EditRole), QString());
        // Typing on a cell starts its editor with what was typed.
        QTableView *table = view()->table();
        const QModelIndex shown = view()->proxy()->mapFromSource(at);
        table->setFocus();
        table->setCurrentIndex(shown);
        QTest::keyClick(table, Qt::Key_C);
        auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(shown));
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("c"));
        QTest::keyClicks(editor, QStringLiteral("alls Experian, slow on Mondays "));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(steps(), 1);
        QCOMPARE(spec("actor:credit-check")["notes"], json("calls Experian, slow on Mondays"));

        const QString notes = textAt(at);
        QVERIFY2(notes.startsWith(QStringLiteral("calls Experian, slow on Mondays; ")) &&
                     notes.contains(QStringLiteral("capacity 20")),
                 qPrintable(notes));
        QCOMPARE(textAt(at, Qt::EditRole), QStringLiteral("calls Experian, slow on Mondays"));
        const QString markdown = m_dir.filePath(QStringLiteral("table.md"));
        QVERIFY(view()->exportTo(markdown).ok());
        QFile file(markdown);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("| calls Experian, slow on Mondays; "));

        // The same note again changes nothing; an empty one takes the member away.
        QVERIFY(!model()->setData(at, QStringLiteral("calls Experian, slow on Mondays")));
        QCOMPARE(steps(), 1);
        QVERIFY(model()->setData(at, QString()));
        QTRY_COMPARE(steps(), 2);
        QVERIFY(!spec("actor:credit-check").contains("notes"));
        QVERIFY(!textAt(at).contains(QStringLiteral("Experian")));

        // A source has a note of its own too.
        const QModelIndex source = model()->index(0, DesignTableModel::NotesColumn);
        QVERIFY(model()->setData(source, QStringLiteral("peaks at lunch")));
        QTRY_COMPARE(steps(), 3);
        QCOMPARE(spec("source:web applications")["notes"], json("peaks at lunch"));
        QVERIFY(textAt(source).startsWith(QStringLiteral("peaks at lunch; ")));
    }

    void derivedCellsAreReadOnlyAndSayWhereToChangeThem()
    {
        const QString routes =
            QStringLiteral("Change what routes here in the Rules dock or on the Flow canvas");
        for (int row = 0; row < model()->rowCount(); ++row) {
            for (int column : {DesignTableModel::InputColumn, DesignTableModel::OutputColumn}) {
                const QModelIndex at = model()->index(row, column);
                QVERIFY(!(model()->flags(at) & Qt::ItemIsEditable));
                QVERIFY2(at.data(Qt::ToolTipRole).toString().endsWith(routes),
                         qPrintable(at.data(Qt::ToolTipRole).toString()));
            }
            for (int column : {DesignTableModel::ServiceColumn, DesignTableModel::NotesColumn})
                QVERIFY(model()->flags(model()->index(row, column)) & Qt::ItemIsEditable);
        }
        const auto action = [this](const QModelIndex &at) {
            return std::pair(bool(model()->flags(at) & Qt::ItemIsEditable),
                             at.data(Qt::ToolTipRole).toString());
        };
        // A source publishes; it has no rule to rename.
        const auto [publishes, publishesTip] =
            action(model()->index(0, DesignTableModel::ActionColumn));
        QVERIFY(!publishes);
        QVERIFY2(publishesTip.contains(QStringLiteral("Flow canvas")), qPrintable(publishesTip));
        // Two rules route submissions to the decision: which one the name means is not clear.
        const QModelIndex two =
            cell(QStringLiteral("decision-aggregator"), kSubmitted, DesignTableModel::ActionColumn);
        const auto [several, severalTip] = action(two);
        QVERIFY(!several);
        QVERIFY2(severalTip.contains(QStringLiteral("Several rules")), qPrintable(severalTip));
        QVERIFY(!model()->setData(two, QStringLiteral("one rule")));
        QVERIFY(
            action(cell(QStringLiteral("credit-check"), kSubmitted, DesignTableModel::ActionColumn))
                .first);

        // The view opens no editor on them either.
        QTableView *table = view()->table();
        const QModelIndex input = view()->proxy()->mapFromSource(
            cell(QStringLiteral("credit-check"), kSubmitted, DesignTableModel::InputColumn));
        QTest::ignoreMessage(QtWarningMsg, "edit: editing failed");
        table->edit(input);
        QVERIFY(!table->indexWidget(input));
        QVERIFY(!model()->setData(view()->proxy()->mapToSource(input), QStringLiteral("t.x")));
        QCOMPARE(steps(), 0);
    }

    void aTakenOrEmptyNameIsRefused()
    {
        const project::Project original = project();
        const QModelIndex service =
            cell(QStringLiteral("credit-check"), kSubmitted, DesignTableModel::ServiceColumn);
        QVERIFY(!model()->setData(service, QStringLiteral("fraud-detection")));
        QVERIFY2(view()->statusText().contains(QStringLiteral("fraud-detection")),
                 qPrintable(view()->statusText()));
        QVERIFY(!model()->setData(service, QStringLiteral("   ")));
        QVERIFY(!model()->setData(service, QStringLiteral("credit-check")));
        const QModelIndex rule =
            cell(QStringLiteral("credit-check"), kSubmitted, DesignTableModel::ActionColumn);
        QVERIFY(!model()->setData(rule, QStringLiteral("request fraud check")));
        QCOMPARE(steps(), 0);
        QCOMPARE(project(), original);
        QCOMPARE(textAt(service), QStringLiteral("credit-check"));
    }

    void theModelHoldsUpThroughEditsAndUndo()
    {
        QAbstractItemModelTester tester(model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            view()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model()->rowCount() > 5);
        QVERIFY(model()->setData(
            cell(QStringLiteral("underwriter"), kSubmitted, DesignTableModel::ServiceColumn),
            QStringLiteral("reviewer")));
        QTRY_COMPARE(steps(), 1);
        QVERIFY(cell(QStringLiteral("reviewer"), kSubmitted, DesignTableModel::ServiceColumn)
                    .isValid());
        document()->undoStack()->undo();
        document()->undoStack()->redo();
        view()->proxy()->setFilterFixedString(QStringLiteral("reviewer"));
        QVERIFY(view()->proxy()->rowCount() >= 1);
        QVERIFY(view()->proxy()->rowCount() < model()->rowCount());
    }
};

QTEST_MAIN(TestDesignTableEditing)
#include "test_design_table_editing.moc"
