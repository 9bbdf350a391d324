#include "ui/flow/flow_minimap.h"

#include "ui/flow/flow_colors.h"
#include "ui/flow/flow_node_item.h"
#include "ui/flow/flow_scene.h"
#include "ui/flow/flow_view.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace causeway::ui {

namespace {

constexpr int kInset = 6;

} // namespace

FlowMinimap::FlowMinimap(FlowView *view) : QWidget(view), m_view(view)
{
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

QRectF FlowMinimap::sceneArea() const
{
    const FlowScene *scene = m_view->flowScene();
    const QRectF content = scene ? scene->contentRect() : QRectF();
    return content.isEmpty() ? QRectF(0, 0, 100, 60) : content.adjusted(-20, -20, 20, 20);
}

QSize FlowMinimap::sizeFor(const QSize &room) const
{
    const QRectF area = sceneArea();
    const double width = room.width() - 2 * kInset;
    const double height =
        std::clamp(width * area.height() / area.width(), 36.0, double(room.height() - 2 * kInset));
    return QSize(room.width(), static_cast<int>(height) + 2 * kInset);
}

QTransform FlowMinimap::toWidget() const
{
    const QRectF area = sceneArea();
    const QRectF inner = QRectF(rect()).adjusted(kInset, kInset, -kInset, -kInset);
    const double scale = std::min(inner.width() / area.width(), inner.height() / area.height());
    // Centred in the widget, whichever way the scene is longer.
    const QPointF offset = inner.center() - area.center() * scale;
    return QTransform(scale, 0, 0, scale, offset.x(), offset.y());
}

QPointF FlowMinimap::toScene(const QPointF &point) const
{
    return toWidget().inverted().map(point);
}

void FlowMinimap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette colours = palette();
    QColor background = colours.color(QPalette::Window);
    background.setAlpha(235);
    painter.setPen(QPen(colours.color(QPalette::Mid), 1));
    painter.setBrush(background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);

    const FlowScene *scene = m_view->flowScene();
    if (!scene)
        return;
    const QTransform map = toWidget();
    painter.setClipRect(rect().adjusted(2, 2, -2, -2));
    painter.setPen(Qt::NoPen);
    for (const FlowNodeItem *node : scene->nodeItems()) {
        painter.setBrush(flowcolors::accent(node->kind(), colours));
        const QRectF box = map.mapRect(node->sceneBoundingRect());
        painter.drawRect(box.adjusted(0, 0, 0, std::max(0.0, 2 - box.height())));
    }
    const QRectF visible =
        map.mapRect(m_view->mapToScene(m_view->viewport()->rect()).boundingRect());
    QColor highlight = colours.color(QPalette::Highlight);
    painter.setPen(QPen(highlight, 1.5));
    highlight.setAlpha(40);
    painter.setBrush(highlight);
    painter.drawRect(visible);
}

void FlowMinimap::mousePressEvent(QMouseEvent *event)
{
    m_view->centerOn(toScene(event->position()));
    event->accept();
}

void FlowMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_view->centerOn(toScene(event->position()));
    event->accept();
}

} // namespace causeway::ui
