#pragma once

#include "runtime/project_snapshot.h"
#include "sim/simulation.h"

#include <QObject>
#include <QString>
#include <memory>

class QThread;

namespace causeway::runtime {

/** @brief Where a running simulation stands: a copy, safe to keep and to draw from. */
struct SimulationProgress
{
    sim::SimMetrics metrics;
    bus::Nanos elapsed = 0; // virtual time since the start
    std::uint64_t published = 0;
    bool paused = false;
    bool finished = false;
    QString stopReason;
    QString recordedTo; // the store file the run appends to; empty when not recording
    bool recordComplete = false; // every event so far is committed there (paused or finished)
};
using ProgressPtr = std::shared_ptr<const SimulationProgress>;

/**
 * @brief Runs a simulation on a worker thread and reports on the thread it lives in, at
 * most ten times a second, so views stay responsive. As fast as possible (speed 0) or paced:
 * virtual time follows the wall clock times the speed and never runs ahead of it. Pause,
 * single steps, speed changes and stop take effect between instants.
 */
class SimulationRunner : public QObject
{
    Q_OBJECT

public:
    explicit SimulationRunner(QObject *parent = nullptr);
    ~SimulationRunner() override;

    /**
     * @brief Starts a run of @p snapshot's project, replacing a running one. With
     * @p recordTo, the run's events are appended to that store file (created if needed).
     */
    void start(SnapshotPtr snapshot, sim::SimulationOptions options, double speed = 0,
               const QString &recordTo = {});
    void pause();
    void resume();
    /** @brief While paused: runs the next instant. */
    void step();
    void stop();
    /** @brief 0 runs as fast as possible; 2 runs two virtual seconds per wall second. */
    void setSpeed(double speed);

Q_SIGNALS:
    void progressed(const causeway::runtime::ProgressPtr &progress);
    void finished(const causeway::runtime::ProgressPtr &progress);
    void failed(const QString &message);

private:
    class Worker;
    QThread *m_thread;
    Worker *m_worker; // lives in m_thread
};

} // namespace causeway::runtime
