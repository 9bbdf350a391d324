// Editing the design on the flow canvas: nodes come from the palette, change in the
// inspector, go with Delete and come back with copy and paste; every change is one undoable
// step, and one the flow could not draw is refused with its reason.
#include "flow/flow_edit.h"
#include "sample_window.h"
#include "screenshots.h"
#include "test_support.h"
#include "ui/catalog/catalog_view.h"
#include "ui/document/project_document.h"
#include "ui/flow/flow_canvas.h"
#include "ui/flow/flow_inspector.h"
#include "ui/flow/flow_palette.h"
#include "ui/flow/flow_view.h"
#include "ui/mainwindow/main_window.h"
#include "ui/simulation/simulation_panel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace causeway;
using namespace causeway::ui;
using nlohmann::json;

class TestFlowEditing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    ProjectDocument *document() const { return m_window->document(); }
    FlowCanvas *canvas() const { return m_window->flowCanvas(); }
    const project::Project &project() const { return document()->snapshot()->project; }
    json spec(const char *id) const { return flow::nodeSpec(project(), id); }
    int steps() const { return document()->undoStack()->count(); }

    // Types @p text into the inspector's field @p label and leaves it, as a user does.
    void enter(const char *label, const QString &text)
    {
        QWidget *field = canvas()->inspector()->field(QString::fromLatin1(label));
        QVERIFY2(field, label);
        auto *line = qobject_cast<QLineEdit *>(field);
        if (!line)
            line = field->findChild<QLineEdit *>(); // a spin box's text
        line->setFocus(); // as a click into it would
        line->selectAll();
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CausewayTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_flow_editing"));
        QSettings().clear();
    }

    // Each test edits a fresh copy of the loan sample on the Flow tab.
    void init()
    {
        m_window = testsupport::openSampleCopy(QDir(m_dir.path()), "loan-application");
        QVERIFY(m_window);
        m_window->designPage()->setCurrentWidget(canvas());
    }

    void cleanup() { m_window.reset(); }

    void aNodeDroppedFromThePaletteJoinsTheProjectThere()
    {
        const std::size_t actors = project().actors.size();
        QWidget *viewport = canvas()->view()->viewport();
        const QPoint drop = viewport->rect().center();
        const QPointF scenePos = canvas()->view()->mapToScene(drop);
        QMimeData data;
        data.setData(FlowPalette::mimeType(), QByteArray("actor"));
        QDragEnterEvent enter(drop, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(QPointF(drop), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &dropped);

        QCOMPARE(project().actors.size(), actors + 1);
        QCOMPARE(spec("actor:actor")["capacity"], json(1));
        QCOMPARE(project().layout["nodes"]["actor:actor"],
                 json({{"x", std::lround(scenePos.x())}, {"y", std::lround(scenePos.y())}}));
        QCOMPARE(canvas()->selectedNodeIds(), QStringList{QStringLiteral("actor:actor")});
        QCOMPARE(canvas()->inspector()->nodeId(), QStringLiteral("actor:actor"));

        // From the keyboard: Enter on an entry adds it in the middle of the view.
        FlowPalette *palette = canvas()->palette();
        palette->setFocus();
        palette->setCurrentRow(2); // Rule
        QTest::keyClick(palette, Qt::Key_Return);
        QVERIFY(spec("rule:rule")["match"].contains("type"));
        QCOMPARE(steps(), 2);
        document()->undoStack()->undo();
        document()->undoStack()->undo();
        QCOMPARE(project().actors.size(), actors);
        QVERIFY(!document()->isModified());
    }

    void theInspectorChangesTheSelectedNode()
    {
        canvas()->selectNodes({QStringLiteral("actor:credit-check")});
        FlowInspector *inspector = canvas()->inspector();
        QCOMPARE(inspector->nodeId(), QStringLiteral("actor:credit-check"));
        QCOMPARE(qobject_cast<QSpinBox *>(inspector->field(QStringLiteral("Capacity:")))->value(),
                 20);
        QTest::qWait(50); // the inspector's layout settles
        const QImage shown = canvas()->grab().toImage();
        QVERIFY(shown.save(testsupport::screenshotPath(QStringLiteral("flow-inspector.png"))));
        QVERIFY(testsupport::nonBackgroundShare(shown) > 0.02);

        enter("Capacity:", QStringLiteral("7"));
        QCOMPARE(spec("actor:credit-check")["capacity"], json(7));
        QCOMPARE(document()->undoStack()->undoText(), QStringLiteral("Edit credit-check"));
        QCOMPARE(inspector->nodeId(), QStringLiteral("actor:credit-check")); // still selected
        QWidget *capacity = inspector->field(QStringLiteral("Capacity:"));
        const QWidget *focused = capacity->window()->focusWidget();
        QVERIFY2(focused == capacity || capacity->isAncestorOf(focused),
                 "the focus stays in the field the user typed in");

        // A new name carries over to the rules that route to the actor.
        enter("Name:", QStringLiteral("credit-bureau"));
        QVERIFY(spec("actor:credit-check").is_null());
        QCOMPARE(spec("rule:request credit check")["targets"],
                 json::array({{{"actor", "credit-bureau"}}}));
        QCOMPARE(inspector->nodeId(), QStringLiteral("actor:credit-bureau"));

        // A processing time the simulation could not read is refused, with where it is.
        const int before = steps();
        enter("Processing time:", QStringLiteral("soon"));
        QCOMPARE(steps(), before);
        QVERIFY2(inspector->errorText().contains(QStringLiteral("/actors/0/processing")),
                 qPrintable(inspector->errorText()));
        QVERIFY(spec("actor:credit-bureau")["processing"].is_object()); // as it was
    }

    void deleteCopyPasteAndDuplicate()
    {
        const project::Project original = project();
        canvas()->selectNodes(
            {QStringLiteral("actor:fraud-detection"), QStringLiteral("rule:request fraud check")});
        QCOMPARE(canvas()->inspector()->nodeId(), QString()); // two nodes: a hint, no form

        canvas()->copyAction()->trigger();
        QVERIFY(QApplication::clipboard()->mimeData()->text().contains(
            QStringLiteral("fraud-detection")));
        canvas()->deleteAction()->trigger();
        QVERIFY(spec("actor:fraud-detection").is_null());
        QVERIFY(spec("rule:request fraud check").is_null());
        QCOMPARE(steps(), 1);

        // Pasted back, under names of their own; the rule follows its actor's copy.
        canvas()->pasteAction()->trigger();
        QCOMPARE(spec("rule:request fraud check copy")["targets"],
                 json::array({{{"actor", "fraud-detection copy"}}}));
        QCOMPARE(canvas()->selectedNodeIds().size(), 2);
        canvas()->duplicateAction()->trigger();
        QVERIFY(!spec("actor:fraud-detection copy 2").is_null());
        QCOMPARE(steps(), 3);

        // Text that is not a piece of a flow pastes nothing.
        QApplication::clipboard()->setText(QStringLiteral("{\"name\": \"x\"}"));
        canvas()->pasteAction()->trigger();
        QCOMPARE(steps(), 3);

        for (int i = 0; i < 3; ++i)
            document()->undoStack()->undo();
        QCOMPARE(project(), original);
    }

    void theCanvasKeysOnlyWorkOnTheCanvas()
    {
        canvas()->selectNodes({QStringLiteral("actor:credit-check")});
        // Delete in another view (the catalog's tree) is that view's business.
        QWidget *tree = m_window->catalogView()->tree();
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Delete);
        QCOMPARE(steps(), 0);
        canvas()->view()->setFocus();
        QTest::keyClick(canvas()->view(), Qt::Key_Delete);
        QVERIFY(spec("actor:credit-check").is_null());
        // The menu has the canvas's actions too, so Ctrl+K finds them.
        QVERIFY(canvas()->duplicateAction()->associatedObjects().size() > 1);
    }

    void aTypeStillPublishedIsNotDeleted()
    {
        canvas()->selectNodes(
            {QStringLiteral("type:com.acmefinance.loan.application.submitted")});
        canvas()->deleteAction()->trigger();
        QCOMPARE(steps(), 0);
        QVERIFY(canvas()->inspector()->errorText().contains(QStringLiteral("web applications")));
    }

    void theSimulateCanvasOnlyShows()
    {
        FlowCanvas *shown = m_window->simulationPanel()->flowCanvas();
        QVERIFY(shown->palette()->isHidden() || !shown->palette()->isVisibleTo(shown));
        QVERIFY(!shown->inspector()->isVisibleTo(shown));
        shown->selectNodes({QStringLiteral("actor:credit-check")});
        QVERIFY(!shown->deleteAction()->isEnabled());
        QVERIFY(!shown->pasteAction()->isEnabled());
    }
};

QTEST_MAIN(TestFlowEditing)
#include "test_flow_editing.moc"
