#include "ui/flow/flow_markers.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>
#include <algorithm>
#include <cmath>

namespace causeway::ui {

namespace {

QPolygonF regularPolygon(const QPointF &centre, double radius, int corners, double startDegrees)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const double angle = qDegreesToRadians(startDegrees + 360.0 * i / corners);
        polygon << centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return polygon;
}

} // namespace

void paintKindMarker(QPainter &painter, const QRectF &box, flow::NodeKind kind,
                     const QColor &colour)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double w = box.width();
    const QPointF c = box.center();
    QPen pen(colour, std::max(1.2, w / 12));
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    switch (kind) {
    case flow::NodeKind::Source: {
        painter.setBrush(colour);
        painter.drawEllipse(c - QPointF(w * 0.18, 0), w * 0.16, w * 0.16);
        painter.setBrush(Qt::NoBrush);
        for (const double r : {0.34, 0.5}) {
            const QRectF arc(c.x() - w * 0.18 - w * r, c.y() - w * r, 2 * w * r, 2 * w * r);
            painter.drawArc(arc, -45 * 16, 90 * 16);
        }
        break;
    }
    case flow::NodeKind::Type: {
        const QRectF envelope = box.adjusted(w * 0.08, w * 0.2, -w * 0.08, -w * 0.2);
        painter.drawRoundedRect(envelope, w * 0.06, w * 0.06);
        painter.drawPolyline(
            QPolygonF{envelope.topLeft(), QPointF(c.x(), c.y() + w * 0.04), envelope.topRight()});
        break;
    }
    case flow::NodeKind::Rule:
        painter.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 60));
        painter.drawPolygon(regularPolygon(c, w * 0.42, 4, 0));
        break;
    case flow::NodeKind::Actor:
        painter.drawPolygon(regularPolygon(c, w * 0.42, 6, 30));
        painter.setBrush(colour);
        painter.drawEllipse(c, w * 0.12, w * 0.12);
        break;
    case flow::NodeKind::Sink: {
        const double rx = w * 0.34;
        const double ry = w * 0.12;
        const double top = c.y() - w * 0.28;
        const double bottom = c.y() + w * 0.28;
        painter.drawEllipse(QPointF(c.x(), top), rx, ry);
        QPainterPath side;
        side.moveTo(c.x() - rx, top);
        side.lineTo(c.x() - rx, bottom);
        side.arcTo(QRectF(c.x() - rx, bottom - ry, 2 * rx, 2 * ry), 180, 180);
        side.lineTo(c.x() + rx, top);
        painter.drawPath(side);
        break;
    }
    case flow::NodeKind::Topic:
        for (const double r : {0.16, 0.32, 0.48}) {
            const QRectF arc(c.x() - w * r, c.y() - w * r + w * 0.24, 2 * w * r, 2 * w * r);
            painter.drawArc(arc, 45 * 16, 90 * 16);
        }
        painter.setBrush(colour);
        painter.drawEllipse(QPointF(c.x(), c.y() + w * 0.24), w * 0.06, w * 0.06);
        break;
    case flow::NodeKind::Webhook:
        painter.drawEllipse(c, w * 0.4, w * 0.4);
        painter.drawEllipse(c, w * 0.16, w * 0.4);
        painter.drawLine(QPointF(c.x() - w * 0.4, c.y()), QPointF(c.x() + w * 0.4, c.y()));
        break;
    case flow::NodeKind::DeadLetter: {
        const QRectF tray = box.adjusted(w * 0.12, w * 0.12, -w * 0.12, -w * 0.12);
        painter.drawRoundedRect(tray, w * 0.08, w * 0.08);
        const QRectF cross = tray.adjusted(w * 0.2, w * 0.2, -w * 0.2, -w * 0.2);
        painter.drawLine(cross.topLeft(), cross.bottomRight());
        painter.drawLine(cross.topRight(), cross.bottomLeft());
        break;
    }
    }
    painter.restore();
}

void paintWarningMarker(QPainter &painter, const QRectF &box, const QColor &fill,
                        const QColor &mark)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double w = box.width();
    QPolygonF triangle{QPointF(box.center().x(), box.top() + w * 0.06),
                       QPointF(box.right() - w * 0.04, box.bottom() - w * 0.1),
                       QPointF(box.left() + w * 0.04, box.bottom() - w * 0.1)};
    QPen outline(fill.darker(130), std::max(1.0, w / 16));
    outline.setJoinStyle(Qt::RoundJoin);
    painter.setPen(outline);
    painter.setBrush(fill);
    painter.drawPolygon(triangle);
    QPen pen(mark, std::max(1.2, w / 9));
    pen.setCapStyle(Qt::RoundCap);
    painter.setPen(pen);
    const double x = box.center().x();
    painter.drawLine(QPointF(x, box.top() + w * 0.36), QPointF(x, box.top() + w * 0.6));
    painter.drawPoint(QPointF(x, box.top() + w * 0.74));
    painter.restore();
}

} // namespace causeway::ui
