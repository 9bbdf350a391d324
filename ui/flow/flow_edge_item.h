#pragma once

#include "flow/flow_graph.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QVector>
#include <optional>

namespace causeway::ui {

class FlowNodeItem;

/**
 * @brief An edge of the flow: a curve from one node's output port to another's input port,
 * through the layout's bends, with an arrow head; dashed when conditional or dangling, and
 * labelled with its traffic while a simulation runs.
 */
class FlowEdgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    FlowEdgeItem(FlowNodeItem *from, FlowNodeItem *to, const flow::FlowEdge &edge,
                 QVector<QPointF> bends);

    int type() const override { return Type; }
    FlowNodeItem *from() const { return m_from; }
    FlowNodeItem *to() const { return m_to; }
    flow::EdgeKind kind() const { return m_kind; }
    const QPainterPath &path() const { return m_path; }

    /** @brief Marks the edge as going to something that does not exist. */
    void setDangling(bool dangling);
    /** @brief Follows a node that moved: the layout's bends no longer apply. */
    void endpointMoved();
    /** @brief Labels the edge with @p count; @p weight (0..1) sets its thickness. */
    void setTraffic(std::optional<quint64> count, double weight);
    std::optional<quint64> count() const { return m_count; }
    /** @brief Dots run along the edge while events flow on it, closer together the larger
     * @p share (0..1) of the busiest edge's recent traffic it carries; 0 shows none. */
    void setFlow(double share);
    double flow() const { return m_flow; }
    /** @brief Moves the dots on to @p phase (0..1) of the gap between two of them. */
    void setDotPhase(double phase);
    /** @brief Where the dots are now, in scene coordinates (none without flow). */
    QVector<QPointF> dotPositions() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void adjust();
    QRectF labelRect() const;

    FlowNodeItem *m_from;
    FlowNodeItem *m_to;
    flow::EdgeKind m_kind;
    bool m_conditional;
    bool m_dangling = false;
    QVector<QPointF> m_bends;
    QPainterPath m_path;
    QPointF m_labelAt;
    std::optional<quint64> m_count;
    double m_weight = 0;
    double m_flow = 0;
    double m_phase = 0;
    double m_length = 0;
};

} // namespace causeway::ui
