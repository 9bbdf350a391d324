#include "ui/flow/flow_canvas.h"

#include "flow/flow_layout.h"
#include "ui/flow/flow_node_item.h"
#include "ui/flow/flow_view.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

namespace causeway::ui {

FlowCanvas::FlowCanvas(QWidget *parent)
    : QWidget(parent), m_scene(new FlowScene(this)), m_view(new FlowView(this)),
      m_toolBar(new QToolBar(this)), m_autoLayout(new QAction(this)), m_problems(new QLabel(this))
{
    m_view->setFlowScene(m_scene);
    setFocusProxy(m_view); // the zoom keys work as soon as the canvas has the focus
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_autoLayout);
    m_toolBar->addAction(m_view->zoomToFitAction());
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_problems->setContentsMargins(8, 0, 8, 0);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toolBar->addWidget(m_problems);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);

    connect(m_scene, &FlowScene::nodeSelected, this, &FlowCanvas::nodeSelected);
    connect(m_scene, &FlowScene::nodeMoved, this, &FlowCanvas::nodeMoved);
    connect(m_scene, &FlowScene::connectRequested, this, &FlowCanvas::connectRequested);
    connect(m_autoLayout, &QAction::triggered, this, [this] {
        rebuild(true);
        Q_EMIT autoLayoutRequested();
    });
    retranslate();
}

void FlowCanvas::retranslate()
{
    m_autoLayout->setText(tr("Auto-layout"));
    m_autoLayout->setToolTip(tr("Lay the flow out again, left to right, forgetting moved nodes"));
    showProblems();
}

void FlowCanvas::setSnapshot(const runtime::SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    rebuild(false);
}

void FlowCanvas::rebuild(bool automatic)
{
    const bool first = m_scene->nodeItems().isEmpty();
    const QTransform zoom = m_view->transform();
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    m_graph.reset();
    m_error.clear();
    if (!m_snapshot) {
        m_scene->clearGraph();
        showProblems();
        return;
    }
    auto graph = flow::buildFlowGraph(m_snapshot->project);
    if (!graph) {
        m_scene->clearGraph();
        m_error = QString::fromStdString(graph.error().toString());
        showProblems();
        return;
    }
    m_graph = std::move(*graph);
    const auto layout = flow::layoutFlow(*m_graph, automatic ? nlohmann::json::object()
                                                             : m_snapshot->project.layout);
    m_scene->setGraph(*m_graph, layout);
    m_view->updateSceneRect();
    if (first) {
        m_view->requestFit();
    } else {
        m_view->setTransform(zoom);
        m_view->centerOn(centre);
    }
    m_scene->setEdgeCounts(m_counts);
    for (const auto &[actor, load] : m_loads)
        m_scene->setActorLoad(actor, load);
    showProblems();
}

void FlowCanvas::showProblems()
{
    if (!m_error.isEmpty()) {
        m_problems->setText(tr("The flow cannot be drawn: %1").arg(m_error));
        m_problems->setToolTip(QString());
        return;
    }
    const int count = problemCount();
    m_problems->setText(count == 0 ? tr("No problems") : tr("%n problem(s)", nullptr, count));
    QStringList lines;
    if (m_graph) {
        for (const flow::FlowProblem &problem : m_graph->problems)
            lines << QString::fromStdString(problem.message);
    }
    m_problems->setToolTip(lines.join(u'\n'));
}

void FlowCanvas::setEdgeCounts(const EdgeCounts &counts)
{
    m_counts = counts;
    m_scene->setEdgeCounts(counts);
}

void FlowCanvas::setActorLoad(const QString &actorName, double utilisation0to1)
{
    m_loads[actorName] = utilisation0to1;
    m_scene->setActorLoad(actorName, utilisation0to1);
}

void FlowCanvas::clearRuntime()
{
    m_counts.clear();
    m_loads.clear();
    m_scene->clearRuntime();
}

int FlowCanvas::problemCount() const
{
    return m_graph ? static_cast<int>(m_graph->problems.size()) : 0;
}

QGraphicsItem *FlowCanvas::itemForNode(const QString &id) const
{
    return m_scene->nodeItem(id);
}

void FlowCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace causeway::ui
