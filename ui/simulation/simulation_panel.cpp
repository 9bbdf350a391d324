#include "ui/simulation/simulation_panel.h"

#include "flow/flow_traffic.h"
#include "sim/duration.h"
#include "ui/common/icons.h"
#include "ui/flow/flow_canvas.h"
#include "ui/simulation/actor_table_model.h"
#include "ui/simulation/run_charts.h"
#include "ui/simulation/run_settings_form.h"
#include "ui/simulation/throughput_chart.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace causeway::ui {

namespace {

constexpr int kProgressSteps = 1000; // the progress bar's resolution

} // namespace

QString SimulationPanel::stopReasonText(const QString &reason) const
{
    if (reason == QLatin1String("count"))
        return tr("the event count was reached");
    if (reason == QLatin1String("duration"))
        return tr("the duration was reached");
    if (reason == QLatin1String("condition"))
        return tr("the stop condition was met");
    if (reason == QLatin1String("quiet"))
        return tr("nothing was left to happen");
    if (reason == QLatin1String("invalid"))
        return tr("a thousand events in a row failed validation");
    if (reason == QLatin1String("stopped"))
        return tr("stopped");
    return reason;
}

SimulationPanel::SimulationPanel(QWidget *parent)
    : QWidget(parent), m_runner(new runtime::SimulationRunner(this)),
      m_actors(new ActorTableModel(this)), m_toolBar(new QToolBar(this)),
      m_runAction(new QAction(actionIcon(QStringLiteral("media-playback-start")), {}, this)),
      m_pauseAction(new QAction(actionIcon(QStringLiteral("media-playback-pause")), {}, this)),
      m_stepAction(new QAction(actionIcon(QStringLiteral("go-next")), {}, this)),
      m_stopAction(new QAction(actionIcon(QStringLiteral("media-playback-stop")), {}, this)),
      m_settings(new RunSettingsForm(this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_outcomes(new QLabel(this)), m_actorView(new QTableView(this)),
      m_chart(new ThroughputChart(this)), m_chartTabs(new QTabWidget(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_flow(new FlowCanvas(this))
{
    m_charts = {m_chart, new LatencyChart(this), new QueueChart(this), new OutcomeChart(this)};
    for (ProgressChart *chart : m_charts)
        m_chartTabs->addTab(chart, QString());
    m_chartTabs->addTab(m_flow, QString());
    m_flow->setEditable(false); // the run's traffic on the design; editing is in Design
    connect(m_chartTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_last && index < m_charts.size())
            m_charts.at(index)->setProgress(m_last);
        else if (m_last)
            showTraffic(*m_last);
    });
    m_runAction->setShortcut(Qt::Key_F5);
    m_pauseAction->setShortcut(Qt::Key_F6);
    m_pauseAction->setCheckable(true);
    m_stepAction->setShortcut(Qt::Key_F10);
    m_stopAction->setShortcut(Qt::SHIFT | Qt::Key_F5);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions(controlActions());
    connect(m_runAction, &QAction::triggered, this, &SimulationPanel::run);
    connect(m_pauseAction, &QAction::triggered, this, &SimulationPanel::togglePause);
    connect(m_stepAction, &QAction::triggered, m_runner, &runtime::SimulationRunner::step);
    connect(m_stopAction, &QAction::triggered, m_runner, &runtime::SimulationRunner::stop);

    connect(m_settings, &RunSettingsForm::speedChanged, this, [this](double speed) {
        if (m_state != State::Idle)
            m_runner->setSpeed(speed);
    });
    connect(m_settings, &RunSettingsForm::validityChanged, this, [this] { setState(m_state); });
    m_status->setWordWrap(true);
    m_outcomes->setWordWrap(true);
    m_outcomes->setTextFormat(Qt::PlainText);
    m_actorView->setModel(m_actors);
    m_actorView->verticalHeader()->hide();
    m_actorView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Every column as wide as its contents, names first: when the panel is narrow the last
    // figures scroll out of view rather than the names being cut to "c…".
    m_actorView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_actorView->horizontalHeader()->setStretchLastSection(true);
    m_actorView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // Controls and the actor table on the left, the chart beside them.
    auto *controls = new QWidget(this);
    auto *left = new QVBoxLayout(controls);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_settings);
    left->addWidget(m_progress);
    left->addWidget(m_status);
    left->addWidget(m_outcomes);
    left->addWidget(m_actorView, 1);
    m_splitter->addWidget(controls);
    m_splitter->addWidget(m_chartTabs);
    m_splitter->setChildrenCollapsible(false);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_userSplit = true; });
    m_splitter->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);

    connect(m_runner, &runtime::SimulationRunner::progressed, this, &SimulationPanel::showProgress);
    connect(m_runner, &runtime::SimulationRunner::finished, this,
            [this](const runtime::ProgressPtr &progress) {
                showProgress(progress);
                setState(State::Idle);
            });
    connect(m_runner, &runtime::SimulationRunner::progressed, this,
            [this](const runtime::ProgressPtr &progress) {
                if (progress->recordComplete) // paused with everything committed
                    Q_EMIT recordingReady(progress->recordedTo);
            });
    connect(m_runner, &runtime::SimulationRunner::finished, this,
            [this](const runtime::ProgressPtr &progress) {
                if (progress->recordComplete)
                    Q_EMIT recordingReady(progress->recordedTo);
            });
    connect(m_runner, &runtime::SimulationRunner::failed, this, [this](const QString &message) {
        setState(State::Idle);
        m_status->setText(tr("The simulation cannot run: %1").arg(message));
    });
    setState(State::Idle);
    retranslate();
}

QList<QAction *> SimulationPanel::controlActions() const
{
    return {m_runAction, m_pauseAction, m_stepAction, m_stopAction};
}

void SimulationPanel::setSnapshot(const runtime::SnapshotPtr &snapshot)
{
    if (m_state != State::Idle)
        m_runner->stop();
    m_snapshot = snapshot;
    m_last.reset();
    m_actors->setProgress(nullptr);
    for (ProgressChart *chart : m_charts)
        chart->setProgress(nullptr);
    m_flow->setSnapshot(snapshot);
    m_flow->clearRuntime();
    if (snapshot) // the project's own seed and stop are the defaults
        m_settings->setDefaults(snapshot->project.simulation);
    setState(State::Idle);
    retranslate();
}

void SimulationPanel::run()
{
    auto options = m_settings->options();
    if (!m_snapshot || !options)
        return;
    options->digest = false;
    options->projectDirectory =
        QFileInfo(QString::fromStdString(m_snapshot->path)).absolutePath().toStdString();
    m_recordingPath.clear();
    if (m_settings->recording()) {
        // A new file per run, named after the project and the moment: nothing is overwritten.
        const QString runs =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
            QStringLiteral("/runs");
        const QString project = QFileInfo(QString::fromStdString(m_snapshot->path))
                                    .fileName()
                                    .section(QLatin1Char('.'), 0, 0);
        m_recordingPath = QDir(runs).filePath(
            QStringLiteral("%1-%2.events.db")
                .arg(project,
                     QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    }
    m_runner->start(m_snapshot, std::move(*options), m_settings->speed(), m_recordingPath);
    // A count or a time is a known length; a condition is met when it is met.
    const bool known = m_settings->stop() != RunSettingsForm::Stop::OnCondition;
    m_progress->setRange(0, known ? kProgressSteps : 0);
    m_progress->setValue(0);
    setState(State::Running);
}

void SimulationPanel::togglePause()
{
    if (m_state == State::Running) {
        m_runner->pause();
        setState(State::Paused);
    } else if (m_state == State::Paused) {
        m_runner->resume();
        setState(State::Running);
    }
}

void SimulationPanel::setState(State state)
{
    m_state = state;
    const bool active = state != State::Idle;
    m_runAction->setEnabled(!active && m_snapshot && !m_snapshot->project.sources.empty() &&
                            m_settings->problem().isEmpty());
    m_pauseAction->setEnabled(active);
    m_pauseAction->setChecked(state == State::Paused);
    m_stepAction->setEnabled(state == State::Paused);
    m_stopAction->setEnabled(active);
    m_settings->setRunning(active);
    m_flow->setAnimated(state == State::Running);
}

void SimulationPanel::showProgress(const runtime::ProgressPtr &progress)
{
    m_last = progress;
    m_actors->setProgress(progress);
    showLength(*progress);
    updateStatus();
    // The charts are the slow part: while the run goes, drawn a moment later, so that input
    // and painting get a turn in between, and once however many reports arrived meanwhile.
    if (progress->finished || progress->paused) {
        showCharts();
    } else if (!m_chartsPending) {
        m_chartsPending = true;
        QTimer::singleShot(0, this, [this] {
            if (m_chartsPending) // not drawn since
                showCharts();
        });
    }
}

void SimulationPanel::showCharts()
{
    m_chartsPending = false;
    if (!m_last)
        return;
    const bool settled = m_last->finished || m_last->paused;
    // Only the chart in view is drawn now; the others catch up when their tab is shown.
    for (ProgressChart *chart : m_charts)
        if (chart == m_chartTabs->currentWidget() || settled)
            chart->setProgress(m_last);
    if (m_flow == m_chartTabs->currentWidget() || settled)
        showTraffic(*m_last);
}

void SimulationPanel::showTraffic(const runtime::SimulationProgress &progress)
{
    const auto &graph = m_flow->graph();
    if (!graph)
        return;
    EdgeCounts counts;
    for (const auto &[edge, count] : flow::edgeTraffic(*graph, progress.metrics))
        counts[{QString::fromStdString(edge.first), QString::fromStdString(edge.second)}] = count;
    m_flow->setEdgeCounts(counts);
    for (const auto &[name, actor] : progress.metrics.actors)
        m_flow->setActorLoad(QString::fromStdString(name), actor.utilisation(progress.elapsed));
}

void SimulationPanel::showLength(const runtime::SimulationProgress &progress)
{
    if (progress.finished) {
        m_progress->setRange(0, kProgressSteps);
        m_progress->setValue(kProgressSteps);
        return;
    }
    double share = 0;
    if (const auto length = m_settings->duration())
        share = static_cast<double>(progress.elapsed) / static_cast<double>(*length);
    else if (m_settings->stop() == RunSettingsForm::Stop::AfterCount)
        share =
            static_cast<double>(progress.published) / static_cast<double>(m_settings->eventCount());
    if (m_progress->maximum() > 0)
        m_progress->setValue(static_cast<int>(std::clamp(share, 0.0, 1.0) * kProgressSteps));
}

bool SimulationPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Until the user drags the divider, the controls and the charts share whatever width the
    // splitter has as docks beside the panel come and go. Set once the splitter has its new
    // width, or it would hand the change out by the sides' size hints (the table's is wide).
    if (watched == m_splitter && event->type() == QEvent::Resize && !m_userSplit) {
        const int width = m_splitter->width() - m_splitter->handleWidth();
        m_splitter->setSizes({width / 2, width - width / 2});
    }
    return QWidget::eventFilter(watched, event);
}

void SimulationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SimulationPanel::retranslate()
{
    m_runAction->setText(tr("&Run"));
    m_runAction->setToolTip(tr("Run the simulation (F5)"));
    m_pauseAction->setText(tr("&Pause"));
    m_pauseAction->setToolTip(tr("Pause or resume (F6)"));
    m_stepAction->setText(tr("&Step"));
    m_stepAction->setToolTip(tr("While paused, run the next instant (F10)"));
    m_stopAction->setText(tr("S&top"));
    m_stopAction->setToolTip(tr("Stop the run (Shift+F5)"));
    m_actors->retranslate();
    m_chartTabs->setTabText(0, tr("Throughput"));
    m_chartTabs->setTabText(1, tr("Latency"));
    m_chartTabs->setTabText(2, tr("Queues"));
    m_chartTabs->setTabText(3, tr("Outcomes"));
    m_chartTabs->setTabText(4, tr("Flow"));
    updateStatus();
}

// The texts that change with every progress report; the others only with the language.
void SimulationPanel::updateStatus()
{
    const QLocale locale;
    if (!m_snapshot) {
        m_status->setText(tr("Open a project to simulate it."));
        m_outcomes->clear();
        return;
    }
    if (m_snapshot->project.sources.empty()) {
        m_status->setText(tr("This project has no sources, so nothing would happen. Add sources "
                             "and actors to its file (see docs/simulation.md)."));
        m_outcomes->clear();
        return;
    }
    if (!m_last) {
        m_status->setText(tr("Ready: %1 and %2.")
                              .arg(tr("%n source(s)", nullptr,
                                      static_cast<int>(m_snapshot->project.sources.size())),
                                   tr("%n actor(s)", nullptr,
                                      static_cast<int>(m_snapshot->project.actors.size()))));
        m_outcomes->clear();
        return;
    }
    const QString state = m_last->finished
                              ? tr("finished (%1)").arg(stopReasonText(m_last->stopReason))
                          : m_last->paused ? tr("paused")
                                           : tr("running");
    m_status->setText(tr("%1 events in %2 of virtual time, %3")
                          .arg(locale.toString(static_cast<qulonglong>(m_last->published)),
                               QString::fromStdString(sim::formatDuration(m_last->elapsed)),
                               state));
    std::uint64_t ended = 0;
    for (const auto &[type, count] : m_last->metrics.outcomes)
        ended += count;
    QStringList outcomes;
    for (const auto &[type, count] : m_last->metrics.outcomes)
        outcomes << tr("%1: %2%").arg(QString::fromStdString(type).section(QLatin1Char('.'), -2),
                                      locale.toString(100.0 * count / ended, 'f', 1));
    m_outcomes->setText(outcomes.isEmpty()
                            ? tr("No workflow has ended yet.")
                            : tr("Outcomes — %1").arg(outcomes.join(QStringLiteral(" · "))));
}

} // namespace causeway::ui
