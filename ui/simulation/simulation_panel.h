#pragma once

#include "runtime/simulation_runner.h"

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolBar;

namespace causeway::ui {

class ActorTableModel;
class FlowCanvas;
class ProgressChart;
class RunSettingsForm;
class ThroughputChart;

/**
 * @brief Runs the open project's simulation: run, pause, step and stop, speed, seed and
 * length; shows progress, outcomes and the load of every actor while it runs. The run
 * itself happens on the runner's worker thread.
 */
class SimulationPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SimulationPanel(QWidget *parent = nullptr);

    void setSnapshot(const runtime::SnapshotPtr &snapshot);

    /** @brief Run, pause, step and stop, with their shortcuts, for the window's menus. */
    QList<QAction *> controlActions() const;

    runtime::SimulationRunner *runner() const { return m_runner; }
    /** @brief Speed, stop, seed and recording of the next run. */
    RunSettingsForm *settings() const { return m_settings; }
    /** @brief The store file of the current or last run; empty when it was not recorded. */
    const QString &recordingPath() const { return m_recordingPath; }
    ActorTableModel *actorModel() const { return m_actors; }
    ThroughputChart *throughputChart() const { return m_chart; }
    /** @brief Throughput, latency, queues and outcomes, in the order of their tabs. */
    QList<ProgressChart *> charts() const { return m_charts; }
    /** @brief The project's flow with the run's traffic on its edges and load on its actors. */
    FlowCanvas *flowCanvas() const { return m_flow; }

Q_SIGNALS:
    /** @brief The store file @p path holds every event of the run so far (paused or ended). */
    void recordingReady(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class State { Idle, Running, Paused };

    void retranslate();
    void updateStatus();
    QString stopReasonText(const QString &reason) const;
    void run();
    void togglePause();
    void showProgress(const runtime::ProgressPtr &progress);
    void setState(State state);
    void showCharts();
    void showTraffic(const runtime::SimulationProgress &progress);
    void showLength(const runtime::SimulationProgress &progress);

    runtime::SimulationRunner *m_runner;
    runtime::SnapshotPtr m_snapshot;
    runtime::ProgressPtr m_last;
    State m_state = State::Idle;
    ActorTableModel *m_actors;
    QToolBar *m_toolBar;
    QAction *m_runAction;
    QAction *m_pauseAction;
    QAction *m_stepAction;
    QAction *m_stopAction;
    RunSettingsForm *m_settings;
    QString m_recordingPath;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_outcomes;
    QTableView *m_actorView;
    ThroughputChart *m_chart;
    QList<ProgressChart *> m_charts;
    QTabWidget *m_chartTabs;
    QSplitter *m_splitter;
    bool m_userSplit = false; // the user placed the divider: leave it there
    FlowCanvas *m_flow;
    bool m_chartsPending = false;
};

} // namespace causeway::ui
