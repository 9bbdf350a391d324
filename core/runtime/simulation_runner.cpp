#include "runtime/simulation_runner.h"

#include "store/event_store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QTimer>
#include <deque>

namespace causeway::runtime {

namespace {

constexpr qint64 kSliceMs = 15;          // work between two looks at the event queue
constexpr qint64 kProgressEveryMs = 100; // reports to the views, at most
constexpr int kPacedTickMs = 16;         // a paced run looks at the clock this often

} // namespace

// Owns the simulation on the worker thread; everything here runs there.
class SimulationRunner::Worker : public QObject
{
public:
    explicit Worker(SimulationRunner *owner) : m_owner(owner), m_timer(new QTimer(this))
    {
        QObject::connect(m_timer, &QTimer::timeout, this, [this] { tick(); });
    }

    void begin(SnapshotPtr snapshot, sim::SimulationOptions options, double speed,
               const QString &recordTo)
    {
        m_timer->stop();
        m_simulation.reset();
        m_store.reset();
        m_recordTo = recordTo;
        m_snapshot = std::move(snapshot);
        if (!recordTo.isEmpty()) {
            QDir().mkpath(QFileInfo(recordTo).absolutePath());
            auto opened = store::EventStore::open(recordTo.toStdString());
            if (!opened) {
                fail(QString::fromStdString(opened.error().toString()));
                return;
            }
            m_store = std::move(*opened);
            options.store = m_store.get();
        }
        auto created = sim::Simulation::create(m_snapshot->project, m_snapshot->registry, options);
        if (!created) {
            m_store.reset();
            fail(QString::fromStdString(created.error().toString()));
            return;
        }
        m_simulation = std::move(*created);
        m_paused = false;
        setSpeed(speed);
        m_sinceProgress.start();
    }

    void setSpeed(double speed)
    {
        m_speed = std::max(speed, 0.0);
        anchor();
        if (m_simulation && !m_paused && !m_simulation->finished())
            m_timer->start(m_speed > 0 ? kPacedTickMs : 0);
    }

    void pause()
    {
        m_paused = true;
        m_timer->stop();
        flush(); // a paused run can be browsed in full
        report(false);
    }

    void resume()
    {
        m_paused = false;
        m_flushed = false;
        setSpeed(m_speed);
    }

    void step()
    {
        if (!m_simulation || !m_paused)
            return;
        m_simulation->step();
        if (m_simulation->finished())
            flush();
        report(m_simulation->finished());
    }

    void stop()
    {
        if (!m_simulation || m_simulation->finished())
            return;
        m_simulation->stop();
        m_timer->stop();
        flush();
        report(true);
    }

private:
    // Virtual time now and the wall clock start together, for paced runs.
    void anchor()
    {
        m_virtualAtAnchor = m_simulation ? m_simulation->elapsed() : 0;
        m_wall.start();
    }

    void tick()
    {
        if (!m_simulation || m_paused)
            return;
        QElapsedTimer slice;
        slice.start();
        if (m_speed <= 0) {
            while (slice.elapsed() < kSliceMs && m_simulation->step()) {
            }
        } else {
            const auto target =
                m_virtualAtAnchor +
                static_cast<bus::Nanos>(static_cast<double>(m_wall.nsecsElapsed()) * m_speed);
            m_simulation->runUntil(target);
        }
        const bool done = m_simulation->finished();
        if (done) {
            m_timer->stop();
            flush();
        }
        if (done || m_sinceProgress.elapsed() >= kProgressEveryMs)
            report(done);
    }

    void report(bool done)
    {
        if (!m_simulation)
            return;
        m_sinceProgress.restart();
        auto progress = std::make_shared<SimulationProgress>();
        progress->metrics = m_simulation->metrics();
        progress->elapsed = m_simulation->elapsed();
        progress->published = m_simulation->publishedCount();
        progress->paused = m_paused;
        progress->finished = m_simulation->finished();
        progress->stopReason = QString::fromStdString(m_simulation->stopReason());
        progress->recordedTo = m_store ? m_recordTo : QString();
        progress->recordComplete = m_store && m_flushed;
        // Held here for two more reports: by then the views have moved on to newer ones, so
        // the metrics are usually freed on this thread, not in the middle of the GUI's work.
        m_recent.push_back(progress);
        if (m_recent.size() > 3)
            m_recent.pop_front();
        QMetaObject::invokeMethod(m_owner,
                                  [owner = m_owner, progress = ProgressPtr(progress), done] {
                                      if (done)
                                          Q_EMIT owner->finished(progress);
                                      else
                                          Q_EMIT owner->progressed(progress);
                                  });
    }

    // Waits until the store has committed every event published so far.
    void flush()
    {
        m_flushed = false;
        if (!m_store || !m_simulation)
            return;
        const Status flushed = m_simulation->flush();
        if (!flushed)
            fail(QString::fromStdString(flushed.error().toString()));
        m_flushed = flushed.ok();
    }

    void fail(const QString &message)
    {
        QMetaObject::invokeMethod(m_owner,
                                  [owner = m_owner, message] { Q_EMIT owner->failed(message); });
    }

    SimulationRunner *m_owner;
    QTimer *m_timer;
    std::unique_ptr<store::EventStore> m_store; // outlives the simulation that appends to it
    QString m_recordTo;
    bool m_flushed = false;
    SnapshotPtr m_snapshot; // the registry must outlive the simulation
    std::unique_ptr<sim::Simulation> m_simulation; // declared after the store: destroyed first
    bool m_paused = false;
    double m_speed = 0;
    bus::Nanos m_virtualAtAnchor = 0;
    QElapsedTimer m_wall;
    QElapsedTimer m_sinceProgress;
    std::deque<ProgressPtr> m_recent; // the last reports sent (see report())
};

SimulationRunner::SimulationRunner(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new Worker(this))
{
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SimulationRunner::~SimulationRunner()
{
    m_thread->quit();
    m_thread->wait();
}

void SimulationRunner::start(SnapshotPtr snapshot, sim::SimulationOptions options, double speed,
                             const QString &recordTo)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, snapshot, options, speed, recordTo] {
        worker->begin(snapshot, options, speed, recordTo);
    });
}

void SimulationRunner::pause()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->pause(); });
}

void SimulationRunner::resume()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->resume(); });
}

void SimulationRunner::step()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->step(); });
}

void SimulationRunner::stop()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->stop(); });
}

void SimulationRunner::setSpeed(double speed)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, speed] { worker->setSpeed(speed); });
}

} // namespace causeway::runtime
