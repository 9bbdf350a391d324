// How long the GUI thread's event loop is blocked while the simulation dock runs 200,000
// events of the loan sample: a 5 ms timer probe records the longest gap between its ticks,
// and every event the thread handles is timed, to tell work from waiting. The baseline is
// the same probe on an idle window, measured in the same run.
#include "runtime/project_snapshot.h"
#include "ui/simulation/run_settings_form.h"
#include "ui/simulation/simulation_panel.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QMetaEnum>
#include <QTimer>
#include <cstdio>

using namespace causeway;

namespace {

// Times every event the GUI thread handles (paints, timers, the runner's reports), outermost
// ones only: the longest is the longest the thread was busy at a stretch.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        // Read before: the event may delete its receiver.
        const char *receiverClass = receiver->metaObject()->className();
        const int type = static_cast<int>(event->type());
        QElapsedTimer timer;
        timer.start();
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        if (timer.nsecsElapsed() > longestNs) {
            longestNs = timer.nsecsElapsed();
            const char *name = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
            longestWhat = QStringLiteral("%1 to %2")
                              .arg(QString::fromLatin1(name ? name : "?"),
                                   QString::fromLatin1(receiverClass));
        }
        return handled;
    }

    qint64 longestNs = 0;
    QString longestWhat; // the event type and its receiver's class

private:
    int m_depth = 0;
};

struct Gaps
{
    double longestGapMs = 0;  // between two ticks of the probe
    double longestBusyMs = 0; // the longest single event the thread handled
    QString longestEvent;
};

// Runs the event loop until @p done says so. A gap much longer than the longest event means
// the thread was kept waiting (scheduling, the other thread), not working.
template <typename Done> Gaps measureGaps(Done done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    auto *app = static_cast<TimedApplication *>(QCoreApplication::instance());
    app->longestNs = 0;
    qint64 last = clock.nsecsElapsed();
    qint64 longest = 0;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    probe.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return {static_cast<double>(longest) / 1e6, static_cast<double>(app->longestNs) / 1e6,
            app->longestWhat};
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    auto snapshot = runtime::loadSnapshot(
        CAUSEWAY_SOURCE_DIR "/samples/loan-application/loan-application.causeway.json");
    if (!snapshot) {
        std::fprintf(stderr, "%s\n", snapshot.error().toString().c_str());
        return 2;
    }
    ui::SimulationPanel panel;
    panel.resize(600, 900);
    panel.show();
    panel.setSnapshot(*snapshot);

    QElapsedTimer idleFor;
    idleFor.start();
    const Gaps idle = measureGaps([&] { return idleFor.elapsed() > 1000; }, 2000);

    constexpr int kEvents = 200'000;
    bool finished = false;
    std::uint64_t published = 0;
    QObject::connect(panel.runner(), &runtime::SimulationRunner::finished, &panel,
                     [&](const runtime::ProgressPtr &progress) {
                         finished = true;
                         published = progress->published;
                     });
    // Started as the user starts it: the panel's own Run, with its stop set to the count.
    panel.settings()->setEventCount(kEvents);
    panel.settings()->setRecording(false);
    QElapsedTimer wall;
    wall.start();
    panel.controlActions().front()->trigger();
    const Gaps running = measureGaps([&] { return finished; }, 600'000);
    const double seconds = static_cast<double>(wall.elapsed()) / 1000;

    std::printf("%-40s %12s %8s %14s\n", "event loop", "longest gap", "vs idle",
                "longest work");
    std::printf("%-40s %9.1f ms %8.2f %11.1f ms\n", "idle window (baseline)", idle.longestGapMs,
                1.0, idle.longestBusyMs);
    std::printf("%-40s %9.1f ms %8.2f %11.1f ms\n", "while simulating 200,000 loan events",
                running.longestGapMs,
                idle.longestGapMs > 0 ? running.longestGapMs / idle.longestGapMs : 0.0,
                running.longestBusyMs);
    std::printf("longest event while simulating: %s\n", qPrintable(running.longestEvent));
    std::printf("(%llu events in %.1f s on the runner's thread; target: under 50 ms)\n",
                static_cast<unsigned long long>(published), seconds);
    return finished && published == kEvents ? 0 : 1;
}
