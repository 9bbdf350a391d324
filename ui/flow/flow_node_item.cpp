#include "ui/flow/flow_node_item.h"

#include "ui/flow/flow_colors.h"
#include "ui/flow/flow_edge_item.h"
#include "ui/flow/flow_markers.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>
#include <algorithm>
#include <utility>

namespace causeway::ui {

namespace {

constexpr double kCorner = 8;
constexpr double kMarker = 22;

QPalette paletteOf(const QGraphicsItem &item)
{
    return item.scene() ? item.scene()->palette() : QPalette();
}

// A warning triangle at the node's top-right corner; hovering it tells what is wrong.
class BadgeItem final : public QGraphicsItem
{
public:
    static constexpr double kSize = 20;

    explicit BadgeItem(QGraphicsItem *node) : QGraphicsItem(node) {}

    void setSeverity(flow::Severity severity)
    {
        m_severity = severity;
        update();
    }

    QRectF boundingRect() const override { return QRectF(0, 0, kSize, kSize); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QPalette palette = paletteOf(*this);
        paintWarningMarker(*painter, boundingRect(), flowcolors::severity(m_severity, palette),
                           flowcolors::isDark(palette) ? QColor(Qt::black) : QColor(Qt::white));
    }

private:
    flow::Severity m_severity = flow::Severity::Warning;
};

// @p text in at most @p maxLines lines of @p width, broken between words (or after a hyphen);
// a word too long for a line, and the last line when the text goes on, are elided.
QStringList wrapped(const QString &text, const QFont &font, double width, int maxLines)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines << QFontMetricsF(font).elidedText(text.mid(line.textStart()).trimmed(),
                                                    Qt::ElideRight, width);
            break;
        }
        lines << QFontMetricsF(font).elidedText(
            text.mid(line.textStart(), line.textLength()).trimmed(), Qt::ElideRight, width);
    }
    layout.endLayout();
    return lines.isEmpty() ? QStringList{QString()} : lines;
}

} // namespace

FlowNodeItem::FlowNodeItem(const flow::FlowNode &node, const NodeText &text, const QSizeF &size)
    : m_id(QString::fromStdString(node.id)), m_kind(node.kind), m_text(text), m_size(size),
      m_enabled(node.enabled), m_missing(node.missing)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setToolTip(text.toolTip);
    setZValue(1);
}

bool FlowNodeItem::hasInPort() const
{
    return m_kind != flow::NodeKind::Source;
}

bool FlowNodeItem::hasOutPort() const
{
    switch (m_kind) {
    case flow::NodeKind::Source:
    case flow::NodeKind::Type:
    case flow::NodeKind::Rule:
    case flow::NodeKind::Actor:
        return true;
    default:
        return false;
    }
}

QPointF FlowNodeItem::inPortScenePos() const
{
    return mapToScene(QPointF(0, m_size.height() / 2));
}

QPointF FlowNodeItem::outPortScenePos() const
{
    return mapToScene(QPointF(m_size.width(), m_size.height() / 2));
}

bool FlowNodeItem::isOnOutPort(const QPointF &scenePos) const
{
    return hasOutPort() && QLineF(scenePos, outPortScenePos()).length() <= kPortReach;
}

void FlowNodeItem::setProblems(flow::Severity worst, const QStringList &messages)
{
    if (messages.isEmpty()) {
        delete m_badge;
        m_badge = nullptr;
        return;
    }
    auto *badge = m_badge ? static_cast<BadgeItem *>(m_badge) : new BadgeItem(this);
    badge->setSeverity(worst);
    badge->setToolTip(messages.join(u'\n'));
    badge->setPos(m_size.width() - BadgeItem::kSize * 0.6, -BadgeItem::kSize * 0.4);
    m_badge = badge;
}

void FlowNodeItem::setLoad(std::optional<double> utilisation)
{
    if (m_load == utilisation)
        return;
    m_load = utilisation;
    update();
}

bool FlowNodeItem::takeMoved()
{
    return std::exchange(m_moved, false);
}

QRectF FlowNodeItem::boundingRect() const
{
    // Room for the ports (and their grab area) and for the selection outline.
    return rect().adjusted(-kPortReach, -2, kPortReach, 2);
}

QPainterPath FlowNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(rect(), kCorner, kCorner);
    const double middle = m_size.height() / 2;
    if (hasInPort())
        path.addEllipse(QPointF(0, middle), kPortReach, kPortReach);
    if (hasOutPort())
        path.addEllipse(QPointF(m_size.width(), middle), kPortReach, kPortReach);
    path.setFillRule(Qt::WindingFill);
    return path;
}

void FlowNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = paletteOf(*this);
    const bool dark = flowcolors::isDark(palette);
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor base = palette.color(QPalette::Base);
    const QColor accent = flowcolors::accent(m_kind, palette);
    painter->setRenderHint(QPainter::Antialiasing);

    QColor fill = flowcolors::mix(base, accent, dark ? 0.2 : 0.1);
    if (m_load)
        fill = flowcolors::mix(base, flowcolors::load(*m_load, palette), dark ? 0.42 : 0.32);
    QPen border(m_missing ? flowcolors::severity(flow::Severity::Error, palette) : accent, 1.4);
    if (!m_enabled || m_missing)
        border.setStyle(Qt::DashLine);
    if (isSelected()) {
        border.setColor(palette.color(QPalette::Highlight));
        border.setWidthF(2.6);
    }
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect(), kCorner, kCorner);

    if (m_load) {
        // A bar along the bottom: how busy the actor is.
        const QRectF track(kCorner, m_size.height() - 6, m_size.width() - 2 * kCorner, 3);
        painter->setPen(Qt::NoPen);
        painter->setBrush(flowcolors::mix(base, palette.color(QPalette::Text), 0.15));
        painter->drawRoundedRect(track, 1.5, 1.5);
        painter->setBrush(flowcolors::load(*m_load, palette));
        painter->drawRoundedRect(QRectF(track.topLeft(), QSizeF(track.width() * *m_load, 3)), 1.5,
                                 1.5);
    }

    const QRectF marker(10, (m_size.height() - kMarker) / 2, kMarker, kMarker);
    paintKindMarker(*painter, marker, m_kind, m_enabled ? accent : accent.lighter(130));
    paintText(*painter, rect().adjusted(marker.right() + 8, 0, -12, 0), detail);

    // Ports: hollow where events come in, filled where they go out.
    const double middle = m_size.height() / 2;
    painter->setPen(QPen(accent, 1.6));
    if (hasInPort()) {
        painter->setBrush(base);
        painter->drawEllipse(QPointF(0, middle), kPortRadius, kPortRadius);
    }
    if (hasOutPort()) {
        painter->setBrush(accent);
        painter->drawEllipse(QPointF(m_size.width(), middle), kPortRadius, kPortRadius);
    }
}

void FlowNodeItem::paintText(QPainter &painter, const QRectF &area, double detail) const
{
    const QPalette palette = paletteOf(*this);
    QColor text = palette.color(QPalette::Text);
    if (!m_enabled)
        text = palette.color(QPalette::PlaceholderText);
    QFont title = scene() ? scene()->font() : QFont();
    title.setBold(true);
    // Zoomed out, the title grows to stay readable on screen and the subtitle goes: the
    // marker and colour say the kind, the tooltip says the rest.
    const bool zoomedOut = detail < 0.75;
    title.setPixelSize(zoomedOut ? static_cast<int>(std::clamp(8.5 / detail, 13.0, 17.0)) : 13);
    QStringList lines = wrapped(m_text.title, title, area.width(), 2);
    // A type keeps its reverse-DNS name under a one-line title; others use both lines if
    // their title needs them.
    const bool withSubtitle = !zoomedOut && (m_kind == flow::NodeKind::Type || lines.size() == 1);
    if (withSubtitle)
        lines = wrapped(m_text.title, title, area.width(), 1);
    const QFontMetricsF metrics(title);
    const int rows = static_cast<int>(lines.size()) + (withSubtitle ? 1 : 0);
    double y = area.center().y() - rows * metrics.height() / 2;
    painter.setPen(text);
    painter.setFont(title);
    for (const QString &line : std::as_const(lines)) {
        painter.drawText(QRectF(area.left(), y, area.width(), metrics.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, line);
        y += metrics.height();
    }
    if (!withSubtitle)
        return;
    QFont subtitle = title;
    subtitle.setBold(false);
    subtitle.setPixelSize(11);
    painter.setFont(subtitle);
    painter.setPen(flowcolors::mix(palette.color(QPalette::Base), text, 0.7));
    // Types differ at their end ("...application.approved"): elide their start.
    const auto elide = m_kind == flow::NodeKind::Type ? Qt::ElideLeft : Qt::ElideRight;
    painter.drawText(QRectF(area.left(), y, area.width(), metrics.height()),
                     Qt::AlignVCenter | Qt::AlignLeft,
                     QFontMetricsF(subtitle).elidedText(m_text.subtitle, elide, area.width()));
}

QVariant FlowNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        m_moved = true;
        for (FlowEdgeItem *edge : m_edges)
            edge->endpointMoved();
    }
    return QGraphicsItem::itemChange(change, value);
}

void FlowNodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    // A cross over the output port says a drag from there connects rather than moves.
    setCursor(isOnOutPort(event->scenePos()) ? Qt::CrossCursor : Qt::ArrowCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

} // namespace causeway::ui
