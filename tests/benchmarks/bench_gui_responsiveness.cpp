// How long the GUI thread's event loop is blocked while the simulation dock runs 200,000
// events of the loan sample: a 5 ms timer probe records the longest gap between its ticks.
// The baseline is the same probe on an idle window, measured in the same run.
#include "runtime/project_snapshot.h"
#include "ui/simulation/run_settings_form.h"
#include "ui/simulation/simulation_panel.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>

using namespace causeway;

namespace {

// Runs the event loop until @p done says so, and returns the longest gap between probes.
template <typename Done> double longestGapMs(Done done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
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
    return static_cast<double>(longest) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
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
    const double idle = longestGapMs([&] { return idleFor.elapsed() > 1000; }, 2000);

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
    const double running = longestGapMs([&] { return finished; }, 600'000);
    const double seconds = static_cast<double>(wall.elapsed()) / 1000;

    std::printf("%-48s %10s %12s\n", "event loop", "longest gap", "vs idle");
    std::printf("%-48s %8.1f ms %12.2f\n", "idle window (baseline)", idle, 1.0);
    std::printf("%-48s %8.1f ms %12.2f\n", "while simulating 200,000 loan events", running,
                idle > 0 ? running / idle : 0.0);
    std::printf("(%llu events in %.1f s on the runner's thread; target: under 50 ms)\n",
                static_cast<unsigned long long>(published), seconds);
    return finished && published == kEvents ? 0 : 1;
}
