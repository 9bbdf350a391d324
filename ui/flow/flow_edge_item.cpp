#include "ui/flow/flow_edge_item.h"

#include "ui/flow/flow_colors.h"
#include "ui/flow/flow_node_item.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace causeway::ui {

namespace {

constexpr double kArrow = 9;
constexpr double kWidestDotGap = 64;  // between the dots of the quietest edge with flow
constexpr double kClosestDotGap = 18; // of the busiest

// Horizontal tangents everywhere: out of a port to the right, into one from the left, and at
// each bend the way the edge is heading (edges that close a loop head left).
QPainterPath route(const QPointF &start, const QVector<QPointF> &bends, const QPointF &end)
{
    QVector<QPointF> points{start};
    points += bends;
    points << end;
    QPainterPath path(start);
    const auto heading = [&](int i) {
        if (i == 0 || i == points.size() - 1)
            return 1.0;
        return points[i + 1].x() >= points[i - 1].x() ? 1.0 : -1.0;
    };
    for (int i = 0; i + 1 < points.size(); ++i) {
        const QPointF a = points[i];
        const QPointF b = points[i + 1];
        const double ta = heading(i);
        const double tb = heading(i + 1);
        const double dx = std::abs(b.x() - a.x());
        const double pull =
            ta == tb && (b.x() - a.x()) * ta > 0 ? std::max(dx / 2, 24.0) : std::max(dx / 2, 60.0);
        path.cubicTo(a + QPointF(ta * pull, 0), b - QPointF(tb * pull, 0), b);
    }
    return path;
}

} // namespace

FlowEdgeItem::FlowEdgeItem(FlowNodeItem *from, FlowNodeItem *to, const flow::FlowEdge &edge,
                           QVector<QPointF> bends)
    : m_from(from), m_to(to), m_kind(edge.kind), m_conditional(edge.conditional),
      m_bends(std::move(bends))
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(0);
    from->addEdge(this);
    to->addEdge(this);
    adjust();
}

void FlowEdgeItem::setDangling(bool dangling)
{
    m_dangling = dangling;
    update();
}

void FlowEdgeItem::endpointMoved()
{
    m_bends.clear();
    adjust();
}

void FlowEdgeItem::setTraffic(std::optional<quint64> count, double weight)
{
    prepareGeometryChange();
    m_count = count;
    m_weight = std::clamp(weight, 0.0, 1.0);
    update();
}

void FlowEdgeItem::setFlow(double share)
{
    share = std::clamp(share, 0.0, 1.0);
    if (share == m_flow)
        return;
    m_flow = share;
    update();
}

void FlowEdgeItem::setDotPhase(double phase)
{
    m_phase = phase;
    if (m_flow > 0)
        update();
}

QVector<QPointF> FlowEdgeItem::dotPositions() const
{
    QVector<QPointF> dots;
    if (m_flow <= 0 || m_length <= 0)
        return dots;
    const double gap = kWidestDotGap - (kWidestDotGap - kClosestDotGap) * m_flow;
    for (double along = m_phase * gap; along < m_length; along += gap)
        dots << m_path.pointAtPercent(m_path.percentAtLength(along));
    return dots;
}

void FlowEdgeItem::adjust()
{
    prepareGeometryChange();
    const QPointF end = m_to->inPortScenePos() - QPointF(FlowNodeItem::kPortRadius, 0);
    m_path = route(m_from->outPortScenePos(), m_bends, end);
    m_labelAt = m_path.pointAtPercent(0.5);
    m_length = m_path.length();
}

QRectF FlowEdgeItem::labelRect() const
{
    if (!m_count)
        return {};
    QFont font = scene() ? scene()->font() : QFont();
    font.setPixelSize(11);
    const QString text = QLocale().toString(*m_count);
    const double width = QFontMetricsF(font).horizontalAdvance(text) + 10;
    return QRectF(m_labelAt - QPointF(width / 2, 9), QSizeF(width, 18));
}

QRectF FlowEdgeItem::boundingRect() const
{
    const double margin = kArrow + 4 + 6 * m_weight;
    return m_path.boundingRect().adjusted(-margin, -margin, margin, margin) | labelRect();
}

QPainterPath FlowEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(m_path);
}

void FlowEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor colour = flowcolors::edge(palette);
    if (m_dangling)
        colour = flowcolors::severity(flow::Severity::Error, palette);
    else if (m_kind == flow::EdgeKind::DeadLetters)
        colour = flowcolors::accent(flow::NodeKind::DeadLetter, palette);
    QPen pen(colour, 1.4 + 4.6 * m_weight);
    pen.setCapStyle(Qt::FlatCap);
    if (m_conditional || m_dangling || m_kind == flow::EdgeKind::DeadLetters)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    // Every edge arrives heading right, into the input port.
    const QPointF tip = m_path.currentPosition();
    const double size = kArrow + 2 * m_weight;
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(
        QPolygonF{tip, tip - QPointF(size, size / 2), tip - QPointF(size, -size / 2)});

    if (m_flow > 0) {
        painter->setBrush(palette.color(QPalette::Highlight));
        const double radius = 2.5 + 1.5 * m_weight;
        for (const QPointF &dot : dotPositions())
            painter->drawEllipse(dot, radius, radius);
    }

    if (m_count) {
        const QRectF box = labelRect();
        painter->setPen(QPen(colour, 1));
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawRoundedRect(box, 9, 9);
        QFont font = scene() ? scene()->font() : QFont();
        font.setPixelSize(11);
        painter->setFont(font);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(box, Qt::AlignCenter, QLocale().toString(*m_count));
    }
}

} // namespace causeway::ui
