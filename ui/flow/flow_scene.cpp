#include "ui/flow/flow_scene.h"

#include "ui/flow/flow_colors.h"
#include "ui/flow/flow_edge_item.h"
#include "ui/flow/flow_node_item.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>
#include <cmath>
#include <utility>

namespace causeway::ui {

FlowScene::FlowScene(QObject *parent) : QGraphicsScene(parent)
{
    connect(this, &QGraphicsScene::selectionChanged, this, &FlowScene::onSelectionChanged);
}

FlowScene::~FlowScene()
{
    // QGraphicsScene's destructor deselects the items it deletes; by then this part of the
    // scene is gone, so it must not hear about it.
    disconnect(this, &QGraphicsScene::selectionChanged, this, &FlowScene::onSelectionChanged);
}

QString FlowScene::kindName(flow::NodeKind kind)
{
    switch (kind) {
    case flow::NodeKind::Source:
        return tr("Source");
    case flow::NodeKind::Type:
        return tr("Event type");
    case flow::NodeKind::Rule:
        return tr("Rule");
    case flow::NodeKind::Actor:
        return tr("Actor");
    case flow::NodeKind::Sink:
        return tr("Sink");
    case flow::NodeKind::Topic:
        return tr("MQTT topic");
    case flow::NodeKind::Webhook:
        return tr("Webhook");
    case flow::NodeKind::DeadLetter:
        return tr("Dead-letter queue");
    }
    return {};
}

NodeText FlowScene::textOf(const flow::FlowNode &node) const
{
    const QString label = QString::fromStdString(node.label);
    const QString detail = QString::fromStdString(node.detail);
    NodeText text{label, kindName(node.kind), {}};
    switch (node.kind) {
    case flow::NodeKind::Type:
        // The catalog's name reads better than the reverse-DNS type, which goes below it.
        text.title = detail.isEmpty() ? label : detail;
        text.subtitle = label;
        break;
    case flow::NodeKind::Rule:
        if (!node.enabled)
            text.subtitle = tr("Rule, disabled");
        break;
    case flow::NodeKind::Actor:
        if (node.missing)
            text.subtitle = tr("Actor, not defined");
        break;
    case flow::NodeKind::DeadLetter:
        text.title = tr("Dead letters");
        break;
    default:
        break;
    }
    QStringList lines{QStringLiteral("<b>%1</b>").arg(text.title.toHtmlEscaped()),
                      kindName(node.kind).toHtmlEscaped()};
    if (node.kind == flow::NodeKind::Type)
        lines << label.toHtmlEscaped();
    else if (!detail.isEmpty() && node.kind != flow::NodeKind::DeadLetter)
        lines << detail.toHtmlEscaped();
    text.toolTip = QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br/>")));
    return text;
}

void FlowScene::setGraph(const flow::FlowGraph &graph, const flow::FlowLayout &layout)
{
    clearGraph();
    for (const flow::FlowNode &node : graph.nodes) {
        const flow::Size size = flow::defaultNodeSize(node.kind);
        auto *item = new FlowNodeItem(node, textOf(node), QSizeF(size.width, size.height));
        const auto at = layout.positions.find(node.id);
        if (at != layout.positions.end())
            item->setPos(at->second.x, at->second.y);
        addItem(item);
        m_nodes << item;
        m_byId.insert(item->id(), item);
    }
    for (std::size_t e = 0; e < graph.edges.size(); ++e) {
        const flow::FlowEdge &edge = graph.edges[e];
        QVector<QPointF> bends;
        if (e < layout.bends.size()) {
            for (const flow::Point &bend : layout.bends[e])
                bends << QPointF(bend.x, bend.y);
        }
        auto *item = new FlowEdgeItem(nodeItem(QString::fromStdString(edge.from)),
                                      nodeItem(QString::fromStdString(edge.to)), edge, bends);
        addItem(item);
        m_edges << item;
    }
    // One badge per node, as bad as its worst problem, listing them all.
    std::map<std::string, std::pair<flow::Severity, QStringList>> problems;
    for (const flow::FlowProblem &problem : graph.problems) {
        auto &[worst, messages] =
            problems.try_emplace(problem.nodeId, problem.severity, QStringList()).first->second;
        worst = std::max(worst, problem.severity);
        messages << QString::fromStdString(problem.message);
        if (problem.edge && *problem.edge < std::size_t(m_edges.size()))
            m_edges[static_cast<qsizetype>(*problem.edge)]->setDangling(true);
    }
    for (const auto &[id, problem] : problems) {
        if (FlowNodeItem *item = nodeItem(QString::fromStdString(id)))
            item->setProblems(problem.first, problem.second);
    }
    for (FlowNodeItem *item : std::as_const(m_nodes))
        item->takeMoved(); // placing them was no move of the user's
}

void FlowScene::clearGraph()
{
    m_batching = true;
    m_connectFrom = nullptr;
    m_connectLine = nullptr;
    m_nodes.clear();
    m_edges.clear();
    m_byId.clear();
    clear();
    m_batching = false;
    onSelectionChanged();
}

FlowNodeItem *FlowScene::nodeItem(const QString &id) const
{
    return m_byId.value(id);
}

QStringList FlowScene::selectedNodeIds() const
{
    QStringList ids;
    for (const FlowNodeItem *node : m_nodes)
        if (node->isSelected())
            ids << node->id();
    return ids;
}

void FlowScene::selectNodes(const QStringList &ids)
{
    const QStringList current = selectedNodeIds();
    if (QSet<QString>(ids.begin(), ids.end()) == QSet<QString>(current.begin(), current.end()))
        return;
    m_batching = true;
    clearSelection();
    for (const QString &id : ids)
        if (FlowNodeItem *node = nodeItem(id))
            node->setSelected(true);
    m_batching = false;
    onSelectionChanged();
}

FlowNodeItem *FlowScene::nodeAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        for (; item; item = item->parentItem()) {
            if (auto *node = qgraphicsitem_cast<FlowNodeItem *>(item))
                return node;
        }
    }
    return nullptr;
}

QRectF FlowScene::contentRect() const
{
    QRectF rect;
    for (const FlowNodeItem *node : m_nodes)
        rect |= node->sceneBoundingRect();
    for (const FlowEdgeItem *edge : m_edges)
        rect |= edge->sceneBoundingRect();
    return rect;
}

void FlowScene::setEdgeCounts(const EdgeCounts &counts)
{
    quint64 most = 0;
    for (const auto &[edge, count] : counts)
        most = std::max(most, count);
    for (FlowEdgeItem *edge : std::as_const(m_edges)) {
        const auto found = counts.find({edge->from()->id(), edge->to()->id()});
        if (found == counts.end()) {
            edge->setTraffic(std::nullopt, 0);
            continue;
        }
        // Logarithmic, so that a quiet edge next to a busy one still shows it carries some.
        const double weight =
            most == 0 ? 0 : std::log1p(double(found->second)) / std::log1p(double(most));
        edge->setTraffic(found->second, weight);
    }
    // Dots show what moved since the last counts, on the same logarithmic scale.
    std::map<FlowEdgeItem *, quint64> recent;
    quint64 busiest = 0;
    for (FlowEdgeItem *edge : std::as_const(m_edges)) {
        const std::pair key{edge->from()->id(), edge->to()->id()};
        const auto now = counts.find(key);
        const auto before = m_lastCounts.find(key);
        const quint64 count = now == counts.end() ? 0 : now->second;
        const quint64 last = before == m_lastCounts.end() || before->second > count
                                 ? 0
                                 : before->second;
        recent[edge] = count - last;
        busiest = std::max(busiest, count - last);
    }
    for (const auto &[edge, moved] : recent)
        edge->setFlow(busiest == 0 ? 0 : std::log1p(double(moved)) / std::log1p(double(busiest)));
    m_lastCounts = counts;
}

void FlowScene::advanceDots(double phase)
{
    for (FlowEdgeItem *edge : std::as_const(m_edges))
        edge->setDotPhase(phase);
}

void FlowScene::stopFlow()
{
    for (FlowEdgeItem *edge : std::as_const(m_edges))
        edge->setFlow(0);
}

void FlowScene::setActorLoad(const QString &actorName, double utilisation)
{
    const std::string id = flow::nodeId(flow::NodeKind::Actor, actorName.toStdString());
    if (FlowNodeItem *node = nodeItem(QString::fromStdString(id)))
        node->setLoad(utilisation);
}

void FlowScene::clearRuntime()
{
    m_lastCounts.clear();
    stopFlow();
    for (FlowEdgeItem *edge : std::as_const(m_edges))
        edge->setTraffic(std::nullopt, 0);
    for (FlowNodeItem *node : std::as_const(m_nodes))
        node->setLoad(std::nullopt);
}

void FlowScene::onSelectionChanged()
{
    if (m_batching)
        return;
    Q_EMIT nodeSelectionChanged();
    QString id;
    const auto selected = selectedItems();
    if (selected.size() == 1) {
        if (auto *node = qgraphicsitem_cast<FlowNodeItem *>(selected.front()))
            id = node->id();
    }
    if (id == m_selected)
        return;
    m_selected = id;
    Q_EMIT nodeSelected(id);
}

// ---- Mouse: connecting and moving ----

void FlowScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    for (FlowNodeItem *node : std::as_const(m_nodes))
        node->takeMoved();
    FlowNodeItem *node = event->button() == Qt::LeftButton ? nodeAt(event->scenePos()) : nullptr;
    if (!node || !node->isOnOutPort(event->scenePos())) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    m_connectFrom = node;
    m_connectLine = new QGraphicsPathItem;
    QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine);
    m_connectLine->setPen(pen);
    m_connectLine->setZValue(3);
    addItem(m_connectLine);
    mouseMoveEvent(event);
    event->accept();
}

void FlowScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_connectFrom) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    const QPointF start = m_connectFrom->outPortScenePos();
    const QPointF end = event->scenePos();
    const double pull = std::max(std::abs(end.x() - start.x()) / 2, 30.0);
    QPainterPath path(start);
    path.cubicTo(start + QPointF(pull, 0), end - QPointF(pull, 0), end);
    m_connectLine->setPath(path);
    event->accept();
}

void FlowScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectFrom) {
        finishConnecting(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    for (FlowNodeItem *node : std::as_const(m_nodes)) {
        if (node->takeMoved())
            Q_EMIT nodeMoved(node->id(), node->pos());
    }
}

FlowNodeItem *FlowScene::connectionTarget(const QPointF &scenePos) const
{
    FlowNodeItem *target = nodeAt(scenePos);
    return target && target != m_connectFrom && target->hasInPort() ? target : nullptr;
}

void FlowScene::finishConnecting(const QPointF &scenePos)
{
    FlowNodeItem *to = connectionTarget(scenePos);
    FlowNodeItem *from = std::exchange(m_connectFrom, nullptr);
    delete std::exchange(m_connectLine, nullptr);
    if (to)
        Q_EMIT connectRequested(from->id(), to->id());
}

} // namespace causeway::ui
