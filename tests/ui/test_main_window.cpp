// The main window: opening a project off the GUI thread, translations, screenshots.
#include "runtime/project_snapshot.h"
#include "screenshots.h"
#include "test_support.h"
#include "ui/catalog/catalog_view.h"
#include "ui/catalog/problems_model.h"
#include "ui/eventlog/event_detail_view.h"
#include "ui/eventlog/event_log_model.h"
#include "ui/eventlog/event_log_view.h"
#include "ui/flow/flow_canvas.h"
#include "ui/mainwindow/main_window.h"
#include "ui/mainwindow/workspaces.h"
#include "ui/palette/command_palette.h"
#include "ui/settings/language.h"
#include "ui/simulation/actor_table_model.h"
#include "ui/simulation/progress_chart.h"
#include "ui/simulation/simulation_panel.h"
#include "ui/simulation/throughput_chart.h"
#include "ui/trace/trace_model.h"
#include "ui/trace/trace_view.h"

#include <QBarCategoryAxis>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QPieSeries>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QValueAxis>
#include <cmath>

using namespace causeway;
using testsupport::nonBackgroundShare;
using testsupport::screenshotPath;
using namespace causeway::ui;

namespace {

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CausewayTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_main_window"));
        QStandardPaths::setTestModeEnabled(true); // recordings go to a test folder
        QSettings().clear();
        applyLanguage(QStringLiteral("en"));
    }

    void welcomePageBeforeAProjectIsOpen()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.snapshot());
        const QImage image = window.grab().toImage();
        QVERIFY(image.save(screenshotPath(QStringLiteral("welcome.png"))));
        QVERIFY(nonBackgroundShare(image) > 0.01);
    }

    void opensTheLoanSampleAndListsItsCatalog()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QSignalSpy loaded(window.loader(), &runtime::ProjectLoader::loaded);
        window.openProject(QString::fromStdString(
            testsupport::sourcePath("samples/loan-application/loan-application.causeway.json")));
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.snapshot());
        QVERIFY(
            window.windowTitle().contains(QString::fromStdString(window.snapshot()->project.name)));
        QTreeView *tree = window.catalogView()->tree();
        QVERIFY(tree->model()->rowCount() > 0);
        QVERIFY(tree->currentIndex().isValid()); // a definition is selected and documented
        QVERIFY(!window.catalogView()->details()->toPlainText().isEmpty());
        QTest::qWait(50);
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), QSize(1600, 1000) * window.devicePixelRatio());
        QVERIFY(image.save(screenshotPath(QStringLiteral("catalog.png"))));
        QVERIFY(nonBackgroundShare(image) > 0.05);
    }

    void runsTheLoanSimulationThenBrowsesAndTracesWhatItRecorded()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QSignalSpy loaded(window.loader(), &runtime::ProjectLoader::loaded);
        window.openProject(QString::fromStdString(
            testsupport::sourcePath("samples/loan-application/loan-application.causeway.json")));
        QVERIFY(loaded.wait(10000));
        SimulationPanel *panel = window.simulationPanel();
        QAction *run = panel->controlActions().front();
        QVERIFY(run->isEnabled());
        QCOMPARE(run->shortcut(), QKeySequence(Qt::Key_F5));
        QSignalSpy finished(panel->runner(), &runtime::SimulationRunner::finished);
        EventLogModel *log = window.eventLog()->model();
        QSignalSpy indexed(log, &EventLogModel::indexed);
        run->trigger();
        QCOMPARE(window.workspaces()->current(), Workspaces::Simulate);
        QVERIFY(panel->isVisible());
        QVERIFY(window.eventLogDock()->isVisible());
        QVERIFY(!run->isEnabled()); // one run at a time
        QVERIFY(finished.wait(60000));
        QCOMPARE(panel->actorModel()->rowCount(), 6);         // the sample's six actors
        QCOMPARE(panel->throughputChart()->seriesCount(), 6); // five busiest types and the rest
        const auto charts = panel->charts();
        QCOMPARE(charts.size(), 4);
        QCOMPARE(charts[1]->seriesCount(), 3); // p50, p95, p99 of every actor
        // A long actor name breaks after its hyphen rather than being cut short.
        auto *actorAxis =
            qobject_cast<QBarCategoryAxis *>(charts[1]->chart()->axes(Qt::Horizontal).front());
        QVERIFY(actorAxis->categories().contains(QStringLiteral("customer-<br>notifier")));
        QVERIFY(actorAxis->categories().contains(QStringLiteral("underwriter")));
        QCOMPARE(charts[2]->seriesCount(), 6); // a queue line per actor
        auto *depthAxis =
            qobject_cast<QValueAxis *>(charts[2]->chart()->axes(Qt::Vertical).front());
        QCOMPARE(depthAxis->tickType(), QValueAxis::TicksDynamic); // whole deliveries
        QVERIFY(depthAxis->tickInterval() >= 1);
        QCOMPARE(std::fmod(depthAxis->max(), depthAxis->tickInterval()), 0.0);
        QCOMPARE(charts[3]->seriesCount(), 1); // one pie of the outcomes
        QCOMPARE(static_cast<QPieSeries *>(charts[3]->chart()->series().front())->count(), 3);
        QVERIFY(run->isEnabled());

        // The run was recorded, and the event log opened the recording.
        const auto progress = finished.front().at(0).value<runtime::ProgressPtr>();
        QVERIFY(progress->recordComplete);
        QVERIFY(QFileInfo::exists(progress->recordedTo));
        QVERIFY(indexed.wait(10000));
        QCOMPARE(window.eventLog()->storePath(), progress->recordedTo);
        QCOMPARE(log->rowCount(), static_cast<int>(progress->published));
        QTableView *table = window.eventLog()->table();
        table->setCurrentIndex(log->index(0, EventLogModel::TypeColumn));
        QTRY_VERIFY_WITH_TIMEOUT(window.eventLog()->detail()->event() != nullptr, 5000);
        QVERIFY(window.eventLog()->detail()->payloadText().startsWith(u'{'));
        QVERIFY(window.eventLog()->detail()->validationLines().front().startsWith(
            QStringLiteral("Valid")));
        QTRY_VERIFY_WITH_TIMEOUT(log->isLoaded(0), 5000);
        QCOMPARE(log->index(0, EventLogModel::StatusColumn).data().toString(),
                 QStringLiteral("simulated"));
        QTest::qWait(50);
        QImage image = window.grab().toImage();
        QVERIFY(image.save(screenshotPath(QStringLiteral("simulation.png"))));
        QVERIFY(nonBackgroundShare(image) > 0.05);

        for (int tab : {1, 2, 3}) { // every chart, as the user sees it
            qobject_cast<QTabWidget *>(charts[tab]->parentWidget()->parentWidget())
                ->setCurrentIndex(tab);
            QTest::qWait(20);
            QVERIFY(nonBackgroundShare(charts[tab]->grab().toImage()) > 0.02);
            QVERIFY(charts[tab]->grab().save(
                screenshotPath(QStringLiteral("simulation-chart-%1.png").arg(tab))));
        }

        // The flow tab shows the run on the project's graph.
        auto *tabs = qobject_cast<QTabWidget *>(charts[0]->parentWidget()->parentWidget());
        tabs->setCurrentWidget(panel->flowCanvas());
        QTest::qWait(50);
        QVERIFY(panel->flowCanvas()->itemForNode(QStringLiteral("actor:credit-check")));
        QVERIFY(panel->flowCanvas()->grab().save(screenshotPath(QStringLiteral("simulation-flow.png"))));
        tabs->setCurrentIndex(0);

        // The first application's workflow, traced: its tree starts at the submission.
        QSignalSpy traced(window.traceView(), &TraceView::traceShown);
        const int oldest = log->rowCount() - 1;
        table->setCurrentIndex(log->index(oldest, EventLogModel::TypeColumn));
        QTRY_VERIFY_WITH_TIMEOUT(log->isLoaded(oldest), 5000);
        const QString correlation =
            log->index(oldest, 0).data(EventLogModel::CorrelationRole).toString();
        QVERIFY(!correlation.isEmpty());
        window.eventLog()->traceAction()->trigger(); // Trace Workflow, Ctrl+T
        QVERIFY(traced.wait(5000));
        QCOMPARE(traced.front().at(0).toString(), correlation);
        QVERIFY(window.traceDock()->isVisible());
        TraceModel *trace = window.traceView()->model();
        QVERIFY(trace->rowCount() >= 1);
        QCOMPARE(trace->index(0, TraceModel::TypeColumn).data().toString(),
                 QStringLiteral("com.acmefinance.loan.application.submitted"));
        QVERIFY(trace->rowCount(trace->index(0, 0)) >= 2); // credit and fraud checks

        window.workspaces()->switchTo(Workspaces::Monitor);
        QVERIFY(window.traceDock()->isVisible() && window.eventLogDock()->isVisible());
        QTest::qWait(50);
        image = window.grab().toImage();
        QVERIFY(image.save(screenshotPath(QStringLiteral("monitor.png"))));
        QVERIFY(nonBackgroundShare(image) > 0.05);
        window.workspaces()->switchTo(Workspaces::Design);
        QVERIFY(!window.eventLogDock()->isVisible()); // each workspace keeps its own docks
        window.designPage()->setCurrentWidget(window.flowCanvas());
        QTest::qWait(50);
        image = window.grab().toImage();
        QVERIFY(image.save(screenshotPath(QStringLiteral("design-flow.png"))));
        QVERIFY(nonBackgroundShare(image) > 0.05);
        window.designPage()->setCurrentIndex(0);
        window.workspaces()->switchTo(Workspaces::Simulate);

        window.statusBar()->showMessage(QStringLiteral("Opened a.events.db"), 60000);
        applyLanguage(QStringLiteral("de")); // the workspace follows a language switch
        QCoreApplication::processEvents();
        QCOMPARE(run->text(), QStringLiteral("&Starten"));
        QVERIFY(window.statusBar()->currentMessage().isEmpty()); // not left in English
        QCOMPARE(window.eventLogDock()->windowTitle(), QStringLiteral("Ereignisprotokoll"));
        QTest::qWait(50);
        const bool saved =
            window.grab().toImage().save(screenshotPath(QStringLiteral("simulation-de.png")));
        applyLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QVERIFY(saved);
        QFile::remove(progress->recordedTo);
    }

    void theCommandPaletteFindsAndRunsActions()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QSignalSpy loaded(window.loader(), &runtime::ProjectLoader::loaded);
        window.openProject(QString::fromStdString(
            testsupport::sourcePath("samples/order-saga/order-saga.causeway.json")));
        QVERIFY(loaded.wait(10000));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        CommandPalette *palette = window.commandPalette();
        QVERIFY(palette && palette->isVisible());
        const int all = palette->results()->rowCount();
        QTest::keyClicks(palette->searchField(), QStringLiteral("monitor"));
        QVERIFY(palette->results()->rowCount() >= 1);
        QVERIFY(palette->results()->rowCount() < all);
        QVERIFY(palette->results()->index(0, 0).data().toString().contains(
            QStringLiteral("Monitor Workspace")));
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QCOMPARE(window.workspaces()->current(), Workspaces::Monitor);
    }

    void aBrokenProjectIsReportedNotOpened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.causeway.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"causeway-project\", \"formatVersion\": 1}");
        file.close();
        runtime::ProjectLoader loader;
        QSignalSpy failed(&loader, &runtime::ProjectLoader::failed);
        loader.load(path);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.front().at(1).toString().contains(QStringLiteral("name")));
    }

    void aNewerLoadSupersedesOneStillRunning()
    {
        runtime::ProjectLoader loader;
        QSignalSpy loaded(&loader, &runtime::ProjectLoader::loaded);
        QSignalSpy failed(&loader, &runtime::ProjectLoader::failed);
        loader.load(QStringLiteral("/nonexistent/first.causeway.json"));
        const QString loan = QString::fromStdString(
            testsupport::sourcePath("samples/loan-application/loan-application.causeway.json"));
        loader.load(loan);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(failed.size(), 0);
        const auto snapshot = loaded.front().at(0).value<runtime::SnapshotPtr>();
        QCOMPARE(QString::fromStdString(snapshot->path), loan);
    }

    void switchingToGermanRetranslatesTheWindow()
    {
        MainWindow window;
        window.show();
        const QString english = window.menuBar()->actions().front()->text();
        applyLanguage(QStringLiteral("de"));
        QCoreApplication::processEvents();
        const QString german = window.menuBar()->actions().front()->text();
        QCOMPARE(german, QStringLiteral("&Datei"));
        QVERIFY(english != german);
        applyLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(window.menuBar()->actions().front()->text(), english);
    }

    void germanCatalogueIsComplete()
    {
        const std::string ts =
            testsupport::readText(testsupport::sourcePath("translations/causeway_de.ts"));
        QVERIFY(ts.find("<message") != std::string::npos);
        QCOMPARE(QString::fromStdString(ts).count(QStringLiteral("type=\"unfinished\"")), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
