#pragma once

#include "flow/flow_graph.h"
#include "flow/flow_layout.h"

#include <QGraphicsScene>
#include <QHash>
#include <map>
#include <utility>

class QGraphicsPathItem;

namespace causeway::ui {

class FlowEdgeItem;
class FlowNodeItem;
struct NodeText;

/** @brief Events counted per edge, by (from node id, to node id). */
using EdgeCounts = std::map<std::pair<QString, QString>, quint64>;

/**
 * @brief The flow as graphics items: one per node, one per edge. Dragging a node moves it
 * (nodeMoved when let go); dragging from an output port to another node asks for a
 * connection (connectRequested). Colours come from the scene's palette.
 */
class FlowScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit FlowScene(QObject *parent = nullptr);
    ~FlowScene() override;

    /** @brief Replaces every item with those of @p graph, where @p layout puts them. */
    void setGraph(const flow::FlowGraph &graph, const flow::FlowLayout &layout);
    /** @brief What a node of @p kind is called, in the user's language ("Actor"). */
    static QString kindName(flow::NodeKind kind);
    /** @brief Removes every item. */
    void clearGraph();

    /** @brief The item of node @p id, or nullptr. */
    FlowNodeItem *nodeItem(const QString &id) const;
    /** @brief Every node item, in the graph's order. */
    const QList<FlowNodeItem *> &nodeItems() const { return m_nodes; }
    const QList<FlowEdgeItem *> &edgeItems() const { return m_edges; }
    /** @brief The ids of the selected nodes, in the graph's order. */
    QStringList selectedNodeIds() const;
    /** @brief Selects the nodes of @p ids that exist, and nothing else. */
    void selectNodes(const QStringList &ids);
    /** @brief The node at @p scenePos (its body or a port), or nullptr. */
    FlowNodeItem *nodeAt(const QPointF &scenePos) const;
    /** @brief The rectangle around every node and edge. */
    QRectF contentRect() const;

    /** @brief Labels edges with their counts; the busiest is drawn thickest. */
    void setEdgeCounts(const EdgeCounts &counts);
    /** @brief Tints the node of actor @p actorName by @p utilisation (0..1). */
    void setActorLoad(const QString &actorName, double utilisation);
    /** @brief Removes counts and tints. */
    void clearRuntime();
    /** @brief Moves the dots of edges with flow to @p phase (0..1). */
    void advanceDots(double phase);
    /** @brief Stops every edge's dots; counts stay. */
    void stopFlow();

Q_SIGNALS:
    /** @brief Which nodes are selected changed (not sent while the scene is torn down). */
    void nodeSelectionChanged();
    /** @brief The selection became node @p nodeId alone; empty when no node is selected. */
    void nodeSelected(const QString &nodeId);
    /** @brief The user let go of node @p nodeId at @p position (its top-left corner). */
    void nodeMoved(const QString &nodeId, const QPointF &position);
    /** @brief The user dragged from @p fromNodeId's output port onto @p toNodeId. */
    void connectRequested(const QString &fromNodeId, const QString &toNodeId);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    NodeText textOf(const flow::FlowNode &node) const;
    void onSelectionChanged();
    FlowNodeItem *connectionTarget(const QPointF &scenePos) const;
    void finishConnecting(const QPointF &scenePos);

    QList<FlowNodeItem *> m_nodes;
    QList<FlowEdgeItem *> m_edges;
    QHash<QString, FlowNodeItem *> m_byId;
    FlowNodeItem *m_connectFrom = nullptr;
    QGraphicsPathItem *m_connectLine = nullptr;
    QString m_selected;
    EdgeCounts m_lastCounts; // the previous counts: flow is what changed since
    bool m_batching = false; // several selection changes that are reported as one
};

} // namespace causeway::ui
