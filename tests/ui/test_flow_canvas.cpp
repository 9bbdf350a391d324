// The flow canvas: the loan sample's nodes as items, connecting by dragging between ports,
// moving nodes, zooming and panning, runtime tints, and a screenshot.
#include "runtime/project_snapshot.h"
#include "screenshots.h"
#include "test_support.h"
#include "ui/flow/flow_canvas.h"
#include "ui/flow/flow_edge_item.h"
#include "ui/flow/flow_minimap.h"
#include "ui/flow/flow_node_item.h"
#include "ui/flow/flow_view.h"

#include <QAction>
#include <QSignalSpy>

using namespace causeway;
using namespace causeway::ui;
using testsupport::nonBackgroundShare;

namespace {

const std::string kLoan = "samples/loan-application/loan-application.causeway.json";

runtime::SnapshotPtr loanSnapshot()
{
    auto snapshot = runtime::loadSnapshot(testsupport::sourcePath(kLoan));
    if (!snapshot)
        qFatal("%s", snapshot.error().toString().c_str());
    return *snapshot;
}

// The loan sample with its project edited by @p edit.
template <typename Edit> runtime::SnapshotPtr editedLoan(Edit edit)
{
    project::Project project = loanSnapshot()->project;
    edit(project);
    auto snapshot = runtime::makeSnapshot(std::move(project), testsupport::sourcePath(kLoan));
    if (!snapshot)
        qFatal("%s", snapshot.error().toString().c_str());
    return *snapshot;
}

QString typeId(const char *name)
{
    return QStringLiteral("type:com.acmefinance.") + QLatin1String(name);
}

// A canvas on screen at the size of the screenshots, showing the loan sample.
struct ShownCanvas
{
    FlowCanvas canvas;

    ShownCanvas()
    {
        canvas.resize(1600, 1000);
        canvas.setSnapshot(loanSnapshot());
        canvas.show();
        if (!QTest::qWaitForWindowExposed(&canvas))
            qFatal("the canvas was not shown");
    }

    QWidget *viewport() const { return canvas.view()->viewport(); }
    QPoint at(const QPointF &scenePos) const { return canvas.view()->mapFromScene(scenePos); }
    FlowNodeItem *node(const QString &id) const { return canvas.scene()->nodeItem(id); }
    QRectF visibleScene() const
    {
        return canvas.view()->mapToScene(viewport()->rect()).boundingRect();
    }
};

// Drags with the left button from @p from to @p to in steps, as a hand would.
void drag(QWidget *widget, const QPoint &from, const QPoint &to,
          Qt::KeyboardModifiers modifiers = {})
{
    QTest::mousePress(widget, Qt::LeftButton, modifiers, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(widget, from + (to - from) * step / 4);
    QTest::mouseRelease(widget, Qt::LeftButton, modifiers, to);
}

} // namespace

class TestFlowCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheSamplesActorsAndTypes()
    {
        FlowCanvas canvas;
        const runtime::SnapshotPtr snapshot = loanSnapshot();
        canvas.setSnapshot(snapshot);
        const auto &project = snapshot->project;
        for (const auto &actor : project.actors) {
            const QString id =
                QStringLiteral("actor:") + QString::fromStdString(actor["name"].get<std::string>());
            QVERIFY2(canvas.itemForNode(id), qPrintable(id));
        }
        for (const char *type : {"loan.application.submitted", "risk.creditcheck.completed",
                                 "risk.fraudcheck.completed", "loan.application.approved",
                                 "loan.application.rejected", "loan.documents.requested"})
            QVERIFY2(canvas.itemForNode(typeId(type)), type);
        QVERIFY(canvas.itemForNode(QStringLiteral("source:web applications")));
        QVERIFY(canvas.itemForNode(QStringLiteral("rule:request credit check")));
        QVERIFY(canvas.itemForNode(QStringLiteral("sink:audit-log")));
        QCOMPARE(canvas.scene()->nodeItems().size(), 31);
        QCOMPARE(canvas.scene()->edgeItems().size(), 38);
        QVERIFY(!canvas.itemForNode(QStringLiteral("actor:nobody")));
        // Three types nothing consumes, each with a badge on its node.
        QCOMPARE(canvas.problemCount(), 3);
        const QGraphicsItem *unconsumed = canvas.itemForNode(typeId("customer.notification.sent"));
        QCOMPARE(unconsumed->childItems().size(), 1);
        QVERIFY(unconsumed->childItems().front()->toolTip().contains(
            QStringLiteral("Nothing consumes")));
        QVERIFY(canvas.itemForNode(typeId("loan.application.submitted"))->childItems().isEmpty());
    }

    void draggingFromAnOutputPortToAnInputPortAsksForAConnection()
    {
        ShownCanvas shown;
        QSignalSpy connect(&shown.canvas, &FlowCanvas::connectRequested);
        QSignalSpy moved(&shown.canvas, &FlowCanvas::nodeMoved);
        const FlowNodeItem *type = shown.node(typeId("risk.fraudcheck.completed"));
        const FlowNodeItem *actor = shown.node(QStringLiteral("actor:customer-notifier"));
        const QPointF typeAt = type->pos();
        drag(shown.viewport(), shown.at(type->outPortScenePos()),
             shown.at(actor->inPortScenePos()));
        QCOMPARE(connect.count(), 1);
        QCOMPARE(connect.front().at(0).toString(), type->id());
        QCOMPARE(connect.front().at(1).toString(), QStringLiteral("actor:customer-notifier"));
        QCOMPARE(type->pos(), typeAt); // a drag from the port connects, it does not move
        QCOMPARE(moved.count(), 0);
        QCOMPARE(shown.canvas.scene()->items().size(),
                 31 + 38 + 3); // the dragged line is gone (3 badges)

        // Let go over nothing, or over a source (which takes no input): no request.
        const QPointF empty = type->outPortScenePos() + QPointF(0, 2000);
        drag(shown.viewport(), shown.at(type->outPortScenePos()), shown.at(empty));
        const FlowNodeItem *source = shown.node(QStringLiteral("source:app applications"));
        drag(shown.viewport(), shown.at(type->outPortScenePos()),
             shown.at(source->sceneBoundingRect().center()));
        QCOMPARE(connect.count(), 1);
    }

    void movingANodeReportsWhereItWasLetGo()
    {
        ShownCanvas shown;
        QSignalSpy moved(&shown.canvas, &FlowCanvas::nodeMoved);
        QSignalSpy selected(&shown.canvas, &FlowCanvas::nodeSelected);
        FlowNodeItem *node = shown.node(QStringLiteral("actor:credit-check"));
        const QPointF before = node->pos();
        const QPoint grab = shown.at(node->mapToScene(node->rect().center()));
        drag(shown.viewport(), grab, grab + QPoint(40, 60));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.front().at(0).toString(), QStringLiteral("actor:credit-check"));
        const QPointF after = moved.front().at(1).toPointF();
        QCOMPARE(after, node->pos());
        QVERIFY(after.x() > before.x() && after.y() > before.y());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.front().at(0).toString(), QStringLiteral("actor:credit-check"));
        // Its edges followed it.
        for (const FlowEdgeItem *edge : shown.canvas.scene()->edgeItems()) {
            if (edge->to() == node)
                QVERIFY(QLineF(edge->path().currentPosition(), node->inPortScenePos()).length() <
                        FlowNodeItem::kPortRadius + 1);
        }
        // A click (no drag) selects without moving.
        QTest::mouseClick(shown.viewport(), Qt::LeftButton, {},
                          shown.at(node->sceneBoundingRect().center()));
        QCOMPARE(moved.count(), 1);
    }

    void savedPositionsPlaceNodesAndZoomIsKept()
    {
        ShownCanvas shown;
        shown.canvas.view()->setZoom(0.8);
        shown.canvas.setSnapshot(editedLoan([](project::Project &project) {
            project.layout =
                flow::withNodePosition(project.layout, "actor:underwriter", flow::Point{-300, 640});
        }));
        QCOMPARE(shown.node(QStringLiteral("actor:underwriter"))->pos(), QPointF(-300, 640));
        QCOMPARE(shown.canvas.view()->zoom(), 0.8);
        // Auto-layout forgets it and says so.
        QSignalSpy relaid(&shown.canvas, &FlowCanvas::autoLayoutRequested);
        shown.canvas.autoLayoutAction()->trigger();
        QCOMPARE(relaid.count(), 1);
        QVERIFY(shown.node(QStringLiteral("actor:underwriter"))->pos() != QPointF(-300, 640));
    }

    void zoomToFitShowsEveryNode()
    {
        ShownCanvas shown;
        FlowView *view = shown.canvas.view();
        view->setZoom(2.5);
        view->centerOn(0, 0);
        QVERIFY(!shown.visibleScene().contains(
            shown.node(QStringLiteral("dlq:dead-letter-queue"))->sceneBoundingRect()));
        view->zoomToFitAction()->trigger();
        QVERIFY(view->zoom() < 1);
        for (const FlowNodeItem *node : shown.canvas.scene()->nodeItems())
            QVERIFY2(shown.visibleScene().contains(node->sceneBoundingRect()),
                     qPrintable(node->id()));
    }

    void keysAndWheelZoom_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::addColumn<int>("direction");
        QTest::addRow("Ctrl+=") << QKeySequence(Qt::CTRL | Qt::Key_Equal) << 1;
        QTest::addRow("Ctrl+-") << QKeySequence(Qt::CTRL | Qt::Key_Minus) << -1;
        QTest::addRow("Ctrl+0 fits the wide sample") << QKeySequence(Qt::CTRL | Qt::Key_0) << -1;
    }

    void keysAndWheelZoom()
    {
        QFETCH(QKeySequence, keys);
        QFETCH(int, direction);
        ShownCanvas shown;
        FlowView *view = shown.canvas.view();
        view->setZoom(1);
        view->setFocus();
        QTest::keySequence(view, keys);
        QCOMPARE(view->zoom() > 1 ? 1 : view->zoom() < 1 ? -1 : 0, direction);

        view->setZoom(1);
        QWheelEvent wheel(QPointF(400, 300), view->viewport()->mapToGlobal(QPointF(400, 300)), {},
                          QPoint(0, 120 * direction), Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QCOMPARE(view->zoom() > 1 ? 1 : view->zoom() < 1 ? -1 : 0, direction);
    }

    void draggingTheBackgroundPansAndShiftDraggingSelects()
    {
        ShownCanvas shown;
        FlowView *view = shown.canvas.view();
        view->setZoom(1);
        const FlowNodeItem *first = shown.node(QStringLiteral("rule:request credit check"));
        view->centerOn(first);
        // Empty canvas just above the node.
        const QPoint empty = shown.at(first->sceneBoundingRect().topLeft() - QPointF(0, 60));
        QVERIFY(!shown.canvas.scene()->nodeAt(view->mapToScene(empty)));
        const QPointF centre = shown.visibleScene().center();
        drag(shown.viewport(), empty, empty + QPoint(-120, -80));
        const QPointF panned = shown.visibleScene().center();
        QVERIFY(std::abs(panned.x() - centre.x() - 120) < 2);
        QVERIFY(std::abs(panned.y() - centre.y() - 80) < 2);

        // A band from above-left of the rules column to below its fourth rule.
        view->centerOn(first);
        const FlowNodeItem *fourth =
            shown.node(QStringLiteral("rule:applications open a decision"));
        const QPoint from = shown.at(first->sceneBoundingRect().topLeft() - QPointF(20, 20));
        const QPoint to = shown.at(fourth->sceneBoundingRect().bottomRight() + QPointF(20, 6));
        QSignalSpy moved(&shown.canvas, &FlowCanvas::nodeMoved);
        drag(shown.viewport(), from, to, Qt::ShiftModifier);
        const auto selected = shown.canvas.scene()->selectedItems();
        QVERIFY2(selected.size() >= 4, qPrintable(QString::number(selected.size())));
        QVERIFY(selected.contains(shown.node(QStringLiteral("rule:request fraud check"))));
        QCOMPARE(moved.count(), 0);
    }

    void theMinimapShowsTheViewAndRecentresOnAClick()
    {
        ShownCanvas shown;
        FlowView *view = shown.canvas.view();
        view->setZoom(1.5);
        FlowMinimap *minimap = view->minimap();
        QVERIFY(minimap->isVisible());
        QVERIFY(view->viewport()->geometry().contains(minimap->geometry()));
        const QPoint click(minimap->width() / 4, minimap->height() / 2);
        QTest::mouseClick(minimap, Qt::LeftButton, {}, click);
        const QPointF wanted = minimap->toScene(click);
        const QPointF centre = shown.visibleScene().center();
        QVERIFY(QLineF(wanted, centre).length() < 3);
    }

    void runtimeCountsAndLoads()
    {
        FlowCanvas canvas;
        canvas.setSnapshot(loanSnapshot());
        const QString submitted = typeId("loan.application.submitted");
        canvas.setEdgeCounts({{{submitted, QStringLiteral("rule:request credit check")}, 1200},
                              {{submitted, QStringLiteral("rule:request fraud check")}, 12}});
        canvas.setActorLoad(QStringLiteral("credit-check"), 0.9);
        const auto countOf = [&](const QString &to) -> std::optional<quint64> {
            for (const FlowEdgeItem *edge : canvas.scene()->edgeItems()) {
                if (edge->from()->id() == submitted && edge->to()->id() == to)
                    return edge->count();
            }
            return std::nullopt;
        };
        QCOMPARE(countOf(QStringLiteral("rule:request credit check")), quint64(1200));
        QCOMPARE(countOf(QStringLiteral("rule:request fraud check")), quint64(12));
        QCOMPARE(countOf(QStringLiteral("rule:applications open a decision")), std::nullopt);
        auto *actor = canvas.scene()->nodeItem(QStringLiteral("actor:credit-check"));
        QCOMPARE(actor->load(), 0.9);
        // A new snapshot mid-run keeps the runtime picture.
        canvas.setSnapshot(loanSnapshot());
        actor = canvas.scene()->nodeItem(QStringLiteral("actor:credit-check"));
        QCOMPARE(actor->load(), 0.9);
        QCOMPARE(countOf(QStringLiteral("rule:request credit check")), quint64(1200));
        canvas.clearRuntime();
        QCOMPARE(actor->load(), std::nullopt);
        QCOMPARE(countOf(QStringLiteral("rule:request credit check")), std::nullopt);
    }

    void dotsMoveAlongTheEdgesThatCarriedEventsSinceTheLastCounts()
    {
        ShownCanvas shown;
        const QString submitted = typeId("loan.application.submitted");
        const std::pair busy{submitted, QStringLiteral("rule:request credit check")};
        const std::pair quiet{submitted, QStringLiteral("rule:request fraud check")};
        const auto edge = [&](const std::pair<QString, QString> &ends) {
            for (FlowEdgeItem *each : shown.canvas.scene()->edgeItems())
                if (each->from()->id() == ends.first && each->to()->id() == ends.second)
                    return each;
            return static_cast<FlowEdgeItem *>(nullptr);
        };
        shown.canvas.setEdgeCounts({{busy, 1000}, {quiet, 10}});
        QCOMPARE(edge(busy)->flow(), 1.0);
        QVERIFY(edge(quiet)->flow() > 0 && edge(quiet)->flow() < 1);
        QVERIFY(edge(busy)->dotPositions().size() > edge(quiet)->dotPositions().size());
        for (const QPointF &dot : edge(busy)->dotPositions())
            QVERIFY(edge(busy)->shape().contains(dot)); // on the line

        shown.canvas.setAnimated(true);
        const QVector<QPointF> before = edge(busy)->dotPositions();
        QTest::qWait(150);
        QVERIFY(edge(busy)->dotPositions().front() != before.front());

        // Only the busy edge moved since: the quiet one stops, its count stays.
        shown.canvas.setEdgeCounts({{busy, 1500}, {quiet, 10}});
        QCOMPARE(edge(quiet)->flow(), 0.0);
        QCOMPARE(edge(quiet)->count(), quint64(10));
        QCOMPARE(edge(busy)->flow(), 1.0);
        shown.canvas.setAnimated(false); // paused or ended
        QCOMPARE(edge(busy)->flow(), 0.0);
        QVERIFY(edge(busy)->dotPositions().isEmpty());
    }

    void aProjectThatDoesNotReadShowsWhy()
    {
        FlowCanvas canvas;
        canvas.setSnapshot(
            editedLoan([](project::Project &project) { project.rules[0].erase("match"); }));
        QVERIFY(canvas.errorText().contains(QStringLiteral("/rules/0")));
        QVERIFY(canvas.scene()->items().isEmpty());
        QCOMPARE(canvas.problemCount(), 0);
        canvas.setSnapshot(loanSnapshot());
        QVERIFY(canvas.errorText().isEmpty());
        QCOMPARE(canvas.scene()->nodeItems().size(), 31);
    }

    void theOtherSamplesDrawToo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("order saga") << "order-saga";
        QTest::addRow("iot sensors") << "iot-sensors";
    }

    void theOtherSamplesDrawToo()
    {
        QFETCH(QString, name);
        auto snapshot = runtime::loadSnapshot(testsupport::sourcePath(
            "samples/" + name.toStdString() + "/" + name.toStdString() + ".causeway.json"));
        QVERIFY(snapshot);
        FlowCanvas canvas;
        canvas.resize(1600, 1000);
        canvas.setSnapshot(*snapshot);
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QVERIFY(canvas.errorText().isEmpty());
        QVERIFY(canvas.scene()->nodeItems().size() > 20);
        const QRectF visible =
            canvas.view()->mapToScene(canvas.view()->viewport()->rect()).boundingRect();
        for (const FlowNodeItem *node : canvas.scene()->nodeItems())
            QVERIFY2(visible.contains(node->sceneBoundingRect()), qPrintable(node->id()));
        const QString folder = QString::fromStdString(testsupport::binaryPath("screenshots"));
        QDir().mkpath(folder);
        QVERIFY(canvas.grab().toImage().save(folder + QStringLiteral("/flow-") + name +
                                             QStringLiteral(".png")));
    }

    void screenshot()
    {
        ShownCanvas shown;
        shown.canvas.view()->zoomToFitAction()->trigger();
        QTest::qWait(50);
        const QString folder = QString::fromStdString(testsupport::binaryPath("screenshots"));
        QDir().mkpath(folder);
        const QImage image = shown.canvas.grab().toImage();
        QCOMPARE(image.size(), QSize(1600, 1000) * shown.canvas.devicePixelRatio());
        QVERIFY(image.save(folder + QStringLiteral("/flow.png")));
        QVERIFY(nonBackgroundShare(image) > 0.02);

        // The same flow while a run goes: counts on edges, busy actors tinted.
        const QString submitted = typeId("loan.application.submitted");
        shown.canvas.setEdgeCounts(
            {{{QStringLiteral("source:web applications"), submitted}, 812},
             {{QStringLiteral("source:app applications"), submitted}, 304},
             {{submitted, QStringLiteral("rule:request credit check")}, 1116},
             {{QStringLiteral("rule:request credit check"), QStringLiteral("actor:credit-check")},
              1116},
             {{QStringLiteral("actor:credit-check"), QStringLiteral("dlq:dead-letter-queue")}, 3}});
        shown.canvas.setActorLoad(QStringLiteral("credit-check"), 0.92);
        shown.canvas.setActorLoad(QStringLiteral("fraud-detection"), 0.5);
        shown.canvas.setActorLoad(QStringLiteral("decision-aggregator"), 0.1);
        shown.canvas.view()->setZoom(1);
        shown.canvas.view()->centerOn(shown.node(QStringLiteral("actor:credit-check")));
        QTest::qWait(50);
        QVERIFY(shown.canvas.grab().toImage().save(folder + QStringLiteral("/flow-running.png")));

        // A dark theme: the nodes, text and edges take their colours from the palette.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        shown.canvas.setPalette(dark);
        QCOMPARE(shown.canvas.scene()->palette().color(QPalette::Base), QColor(0x1e, 0x1e, 0x1e));
        QTest::qWait(50);
        const QImage darkImage = shown.canvas.grab().toImage();
        QVERIFY(darkImage.save(folder + QStringLiteral("/flow-dark.png")));
        QVERIFY(nonBackgroundShare(darkImage) > 0.02);
    }
};

QTEST_MAIN(TestFlowCanvas)
#include "test_flow_canvas.moc"
