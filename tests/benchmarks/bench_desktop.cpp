// The desktop's performance targets, measured in one run:
//  - start to first paint with the loan sample (target 500 ms), against an empty window;
//  - opening the event log over a store of a million events (target 300 ms) and jumping
//    around in it, against SQLite counting the same store;
//  - the process's memory after that (target under 300 MB).
// Usage: bench_desktop [STORE]; without STORE, a million-event store is written to a
// temporary folder first (about half a minute), and removed afterwards.
#include "store/event_store.h"
#include "ui/eventlog/event_log_model.h"
#include "ui/eventlog/event_log_view.h"
#include "ui/mainwindow/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <cstdio>
#include <cstdlib>

using namespace causeway;

namespace {

constexpr int kEvents = 1'000'000;

long residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toLong() / 1024;
    return -1;
}

// Loan-like events of about 700 bytes: eight types, four sources, workflows of eight.
bool writeStore(const QString &path)
{
    auto store = store::EventStore::open(path.toStdString());
    if (!store)
        return false;
    const char *types[] = {"submitted", "creditcheck.completed", "fraudcheck.completed",
                           "approved", "notification.sent", "disbursed", "repayment.received",
                           "documents.requested"};
    const std::string filler(420, 'x');
    std::vector<model::CloudEvent> batch;
    for (int n = 0; n < kEvents; ++n) {
        model::CloudEvent event;
        event.id = "evt-" + std::to_string(n);
        event.type = std::string("com.acmefinance.loan.") + types[n % 8];
        event.source = "/loans/" + std::to_string(n % 4);
        event.time = "2025-03-03T10:00:00Z";
        event.extensions.emplace("correlationid",
                                 model::AttributeValue::string("wf-" + std::to_string(n / 8)));
        event.extensions.emplace("synthetic", model::AttributeValue::boolean(true));
        event.data = model::JsonData{nlohmann::json{
            {"applicationId", n / 8}, {"amount", 1000 + n % 50'000}, {"notes", filler}}};
        batch.push_back(std::move(event));
        if (batch.size() == 8192 || n + 1 == kEvents) {
            if (!(*store)->appendNow(std::move(batch)).ok())
                return false;
            batch.clear();
        }
    }
    return true;
}

// Waits for @p done; a benchmark whose step never happens stops with the step named.
template <typename Done> void waitFor(Done done, int timeoutMs, const char *what)
{
    if (!QTest::qWaitFor(done, timeoutMs)) {
        std::fprintf(stderr, "timed out waiting for %s\n", what);
        std::exit(1);
    }
}

// Waits for the first paint of @p widget and returns the milliseconds since @p since.
double firstPaintMs(QWidget *widget, const QElapsedTimer &since)
{
    struct Watch : QObject
    {
        bool painted = false;
        bool eventFilter(QObject *, QEvent *event) override
        {
            painted = painted || event->type() == QEvent::Paint;
            return false;
        }
    } watch;
    widget->installEventFilter(&watch);
    waitFor([&] { return watch.painted; }, 10'000, "the first paint");
    widget->removeEventFilter(&watch);
    return static_cast<double>(since.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CausewayBench"));

    // Start to first paint: an empty window (baseline), then the main window with the loan
    // sample, timed from construction to the first paint of the opened catalog.
    QElapsedTimer clock;
    clock.start();
    QWidget empty;
    empty.resize(1600, 1000);
    empty.show();
    const double emptyMs = firstPaintMs(&empty, clock);
    empty.hide();

    clock.restart();
    ui::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.openProject(QStringLiteral(CAUSEWAY_SOURCE_DIR
                                      "/samples/loan-application/loan-application.causeway.json"));
    waitFor([&] { return window.snapshot() != nullptr; }, 10'000, "the loan sample to open");
    const double loanMs = firstPaintMs(window.centralWidget(), clock);

    QTemporaryDir dir;
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("1m.db"));
    if (argc <= 1) {
        std::printf("writing %d events to %s…\n", kEvents, qPrintable(path));
        std::fflush(stdout);
        if (!writeStore(path))
            return 2;
    }
    auto counter = store::EventStore::open(path.toStdString());
    if (!counter)
        return 2;
    clock.restart();
    const auto total = (*counter)->count(store::Query{});
    const double countMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    counter->reset();

    // Opening: from the call to the first rows on screen.
    ui::EventLogView *log = window.eventLog();
    ui::EventLogModel *model = log->model();
    QSignalSpy indexed(model, &ui::EventLogModel::indexed);
    QSignalSpy opened(log, &ui::EventLogView::storeOpened);
    clock.restart();
    window.openStore(path);
    waitFor([&] { return !opened.isEmpty(); }, 60'000, "the store to open");
    const double storeOpenMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    waitFor([&] { return model->rowCount() > 0 && model->isLoaded(0); }, 60'000, "the first rows");
    const double openMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    const qint64 indexMs = indexed.isEmpty() ? -1 : indexed.front().at(1).toLongLong();

    // Jumps: to the middle and to the end, as dragging the scroll bar does.
    double jumpMs = 0;
    for (const int row : {model->rowCount() / 2, model->rowCount() - 1}) {
        clock.restart();
        log->table()->scrollTo(model->index(row, 0));
        waitFor([&] { return model->isLoaded(row); }, 10'000, "the rows jumped to");
        jumpMs = std::max(jumpMs, static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    // A filter over the whole store: the type of the newest event.
    const QString type = model->index(0, ui::EventLogModel::TypeColumn).data().toString();
    QSignalSpy filtered(model, &ui::EventLogModel::indexed);
    clock.restart();
    log->typeFilter()->setText(type);
    waitFor([&] { return !filtered.isEmpty() && model->isLoaded(0); }, 60'000, "the filtered rows");
    const double filterMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    const long memory = residentMegabytes();

    std::printf("%-52s %10s %10s\n", "", "ms", "ratio");
    std::printf("%-52s %10.1f %10.2f\n", "empty window, first paint (baseline)", emptyMs, 1.0);
    std::printf("%-52s %10.1f %10.2f\n", "loan sample, start to first paint (target 500)", loanMs,
                loanMs / emptyMs);
    std::printf("%-52s %10.1f %10.2f\n", "SQLite count(*) of the store (baseline)", countMs, 1.0);
    std::printf("%-52s %10.1f %10.2f\n", "event log open, first rows shown (target 300)", openMs,
                openMs / countMs);
    std::printf("%-52s %10.1f %10.2f\n", "  of which opening the file", storeOpenMs,
                storeOpenMs / countMs);
    std::printf("%-52s %10lld %10.2f\n", "  of which reading the row index", indexMs,
                static_cast<double>(indexMs) / countMs);
    std::printf("%-52s %10.1f %10.2f\n", "jump to the middle or the end, rows shown", jumpMs,
                jumpMs / countMs);
    std::printf("%-52s %10.1f %10.2f\n", "filter by type, rows shown (incl. 250 ms typing pause)",
                filterMs, filterMs / countMs);
    std::printf("%lld events in the store, %d rows after filtering; resident memory %ld MB "
                "(target under 300)\n",
                static_cast<long long>(total ? *total : -1), model->rowCount(), memory);
    return total && *total >= kEvents && model->rowCount() > 0 ? 0 : 1;
}
