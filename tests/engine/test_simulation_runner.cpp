// The simulation runner: a run on a worker thread, reported to the thread of its owner;
// paced runs never run ahead of the wall clock; pause, step, resume and stop.
#include "runtime/simulation_runner.h"
#include "test_support.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace causeway;
using runtime::ProgressPtr;

Q_DECLARE_METATYPE(causeway::runtime::ProgressPtr)

namespace {

runtime::SnapshotPtr loanSample()
{
    auto snapshot = runtime::loadSnapshot(
        testsupport::sourcePath("samples/loan-application/loan-application.causeway.json"));
    if (!snapshot)
        qFatal("%s", snapshot.error().toString().c_str());
    return *snapshot;
}

sim::SimulationOptions counting(std::uint64_t events)
{
    sim::SimulationOptions options;
    options.maxEvents = events;
    return options;
}

ProgressPtr last(const QSignalSpy &spy)
{
    return spy.last().front().value<ProgressPtr>();
}

} // namespace

class TestSimulationRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ProgressPtr>(); }

    void runsToTheEndOnAWorkerThread()
    {
        runtime::SimulationRunner runner;
        QSignalSpy finished(&runner, &runtime::SimulationRunner::finished);
        QSignalSpy progressed(&runner, &runtime::SimulationRunner::progressed);
        bool onOwnerThread = true;
        QObject::connect(&runner, &runtime::SimulationRunner::finished, this,
                         [&] { onOwnerThread = QThread::currentThread() == thread(); });
        runner.start(loanSample(), counting(20'000));
        QVERIFY(finished.wait(60'000));
        const ProgressPtr result = last(finished);
        QCOMPARE(result->published, std::uint64_t(20'000));
        QVERIFY(result->finished);
        QCOMPARE(result->stopReason, QStringLiteral("count"));
        QVERIFY(onOwnerThread);
        for (const auto &signal : progressed) // reports only move forward
            QVERIFY(signal.front().value<ProgressPtr>()->published <= result->published);
    }

    void aPacedRunNeverRunsAheadOfTheWallClock()
    {
        runtime::SimulationRunner runner;
        QSignalSpy progressed(&runner, &runtime::SimulationRunner::progressed);
        const double speed = 600; // ten virtual minutes a second
        QElapsedTimer wall;
        wall.start();
        runner.start(loanSample(), counting(1'000'000), speed);
        QVERIFY(progressed.wait(5'000));
        QTRY_VERIFY_WITH_TIMEOUT(progressed.count() >= 3, 5'000);
        const ProgressPtr now = last(progressed);
        QVERIFY2(static_cast<double>(now->elapsed) <=
                     static_cast<double>(wall.nsecsElapsed()) * speed,
                 qPrintable(QString::number(now->elapsed)));
        QVERIFY(now->elapsed > 0);
        QVERIFY(!now->finished);
    }

    void pauseStepResumeAndStop()
    {
        runtime::SimulationRunner runner;
        QSignalSpy progressed(&runner, &runtime::SimulationRunner::progressed);
        QSignalSpy finished(&runner, &runtime::SimulationRunner::finished);
        runner.start(loanSample(), counting(1'000'000), 60);
        runner.pause();
        QVERIFY(progressed.wait(5'000));
        const ProgressPtr paused = last(progressed);
        QVERIFY(paused->paused);
        runner.step();
        QVERIFY(progressed.wait(5'000));
        const ProgressPtr stepped = last(progressed);
        QVERIFY(stepped->paused);
        QVERIFY(stepped->elapsed > paused->elapsed || stepped->published > paused->published);
        runner.resume();
        runner.stop();
        QVERIFY(finished.wait(5'000));
        QCOMPARE(last(finished)->stopReason, QStringLiteral("stopped"));
    }

    void aProjectThatCannotRunIsReported()
    {
        auto snapshot = std::make_shared<runtime::ProjectSnapshot>();
        snapshot->project =
            project::loadProject(testsupport::sourcePath("samples/loan-application/"
                                                         "loan-application.causeway.json"))
                ->project;
        snapshot->project.sources[0]["rate"] = "often";
        snapshot->registry = std::move(project::buildRegistry(snapshot->project).value());
        runtime::SimulationRunner runner;
        QSignalSpy failed(&runner, &runtime::SimulationRunner::failed);
        runner.start(snapshot, counting(10));
        QVERIFY(failed.wait(5'000));
        QVERIFY2(failed.front().front().toString().contains(QStringLiteral("/sources/0/rate")),
                 qPrintable(failed.front().front().toString()));
    }
};

QTEST_GUILESS_MAIN(TestSimulationRunner)
#include "test_simulation_runner.moc"
