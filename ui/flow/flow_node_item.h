#pragma once

#include "flow/flow_graph.h"

#include <QGraphicsItem>
#include <QString>
#include <optional>
#include <vector>

namespace causeway::ui {

class FlowEdgeItem;

/** @brief The text a node shows, already translated by the scene. */
struct NodeText
{
    QString title;
    QString subtitle;
    QString toolTip;
};

/**
 * @brief A node of the flow: a rounded rectangle with the kind's marker, a title and a
 * subtitle, an input port on the left and an output port on the right; tinted by load while
 * a simulation runs. Its position is its top-left corner, as the layout gives it.
 */
class FlowNodeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr double kPortRadius = 5;
    static constexpr double kPortReach = 11; // how far from its centre a port can be grabbed

    FlowNodeItem(const flow::FlowNode &node, const NodeText &text, const QSizeF &size);

    int type() const override { return Type; }
    const QString &id() const { return m_id; }
    flow::NodeKind kind() const { return m_kind; }
    QRectF rect() const { return QRectF(QPointF(0, 0), m_size); }

    bool hasInPort() const;
    bool hasOutPort() const;
    /** @brief The centre of the input port, in scene coordinates. */
    QPointF inPortScenePos() const;
    /** @brief The centre of the output port, in scene coordinates. */
    QPointF outPortScenePos() const;
    /** @brief Whether @p scenePos is on the output port (within kPortReach). */
    bool isOnOutPort(const QPointF &scenePos) const;

    /** @brief Shows a badge with the problems' messages as its tooltip; none hides it. */
    void setProblems(flow::Severity worst, const QStringList &messages);
    /** @brief Tints the node by utilisation (0..1); nullopt clears the tint. */
    void setLoad(std::optional<double> utilisation);
    std::optional<double> load() const { return m_load; }

    void addEdge(FlowEdgeItem *edge) { m_edges.push_back(edge); }
    /** @brief Whether the node moved since the last call (the scene asks after a drag). */
    bool takeMoved();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void paintText(QPainter &painter, const QRectF &area, double detail) const;

    QString m_id;
    flow::NodeKind m_kind;
    NodeText m_text;
    QSizeF m_size;
    bool m_enabled;
    bool m_missing;
    std::optional<double> m_load;
    std::vector<FlowEdgeItem *> m_edges;
    QGraphicsItem *m_badge = nullptr;
    bool m_moved = false;
};

} // namespace causeway::ui
