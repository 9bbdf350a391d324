#include "ui/trace/timeline_widget.h"

#include "sim/duration.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace causeway::ui {

namespace {

constexpr int kGutter = 84;     // the time column on the left
constexpr int kLaneWidth = 170; // between two lifelines
constexpr int kHeader = 40;     // the source names on top
constexpr int kRow = 30;        // one event
constexpr int kDot = 5;

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void TimelineWidget::setTrace(runtime::TracePtr trace)
{
    m_trace = std::move(trace);
    m_selected.reset();
    updateGeometry();
    resize(sizeHint());
    update();
}

void TimelineWidget::setSelectedNode(std::optional<std::size_t> node)
{
    if (node == m_selected)
        return;
    m_selected = node;
    update();
}

QSize TimelineWidget::sizeHint() const
{
    const std::size_t lanes = m_trace ? m_trace->lanes.size() : 0;
    const std::size_t rows = m_trace ? m_trace->events.size() : 0;
    return {kGutter + static_cast<int>(std::max<std::size_t>(lanes, 1)) * kLaneWidth,
            kHeader + static_cast<int>(rows + 1) * kRow};
}

int TimelineWidget::laneX(std::size_t lane) const
{
    return kGutter + static_cast<int>(lane) * kLaneWidth + kLaneWidth / 2;
}

int TimelineWidget::rowY(std::size_t row) const
{
    return kHeader + static_cast<int>(row) * kRow + kRow / 2 + kRow / 4;
}

std::optional<std::size_t> TimelineWidget::nodeAt(const QPoint &point) const
{
    if (!m_trace || point.y() < kHeader)
        return std::nullopt;
    const auto row = static_cast<std::size_t>((point.y() - kHeader) / kRow);
    return row < m_trace->events.size() ? std::optional(row) : std::nullopt;
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (const auto node = nodeAt(event->position().toPoint())) {
        setSelectedNode(node);
        Q_EMIT nodeClicked(*node);
    }
    QWidget::mousePressEvent(event);
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto node = nodeAt(help->pos());
        if (!node) {
            QToolTip::hideText();
            return true;
        }
        const auto &stored = m_trace->events[*node];
        QToolTip::showText(help->globalPos(),
                           tr("%1\nfrom %2\nat %3")
                               .arg(QString::fromStdString(stored.event.type),
                                    QString::fromStdString(stored.event.source),
                                    QString::fromStdString(stored.event.time.value_or(""))),
                           this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colours = palette();
    if (!m_trace || m_trace->events.empty()) {
        painter.setPen(colours.color(QPalette::PlaceholderText));
        painter.drawText(
            rect(), Qt::AlignCenter,
            tr("Choose an event with a correlation id and trace its workflow (Ctrl+T)."));
        return;
    }
    const trace::Trace &trace = *m_trace;
    const QColor line = colours.color(QPalette::Mid);
    const QColor text = colours.color(QPalette::Text);
    const QColor accent = colours.color(QPalette::Highlight);
    const QFontMetrics metrics = fontMetrics();

    // Lifelines and their names.
    for (std::size_t lane = 0; lane < trace.lanes.size(); ++lane) {
        const int x = laneX(lane);
        painter.setPen(QPen(line, 1, Qt::DashLine));
        painter.drawLine(x, kHeader, x, height());
        painter.setPen(text);
        const QString name = metrics.elidedText(QString::fromStdString(trace.lanes[lane]),
                                                Qt::ElideMiddle, kLaneWidth - 12);
        painter.drawText(QRect(x - kLaneWidth / 2, 4, kLaneWidth, kHeader - 8), Qt::AlignCenter,
                         name);
    }

    const QRect visible = event->rect();
    for (std::size_t row = 0; row < trace.events.size(); ++row) {
        const int y = rowY(row);
        if (y + kRow < visible.top() || y - kRow > visible.bottom())
            continue;
        const auto &node = trace.nodes[row];
        const bool selected = m_selected == row;
        if (selected)
            painter.fillRect(QRect(0, y - kRow + kRow / 4, width(), kRow),
                             colours.color(QPalette::AlternateBase));
        painter.setPen(colours.color(QPalette::PlaceholderText));
        painter.drawText(QRect(4, y - kRow / 2, kGutter - 8, kRow / 2), Qt::AlignRight,
                         QStringLiteral("+") +
                             QString::fromStdString(sim::formatDuration(node.offsetNanos)));

        const int to = laneX(node.lane);
        const int from = node.parent ? laneX(trace.nodes[*node.parent].lane) : to;
        const QColor ink = selected ? accent : text;
        painter.setPen(QPen(ink, selected ? 2 : 1.2));
        painter.setBrush(ink);
        // The last two parts of a type name tell events of one workflow apart.
        QString label = QString::fromStdString(trace.events[row].event.type).section(u'.', -2);
        if (node.latencyNanos)
            label += QStringLiteral("  (") +
                     QString::fromStdString(sim::formatDuration(*node.latencyNanos)) +
                     QStringLiteral(")");
        if (from == to) {
            painter.drawEllipse(QPoint(to, y), kDot, kDot);
            painter.drawText(QPoint(to + kDot + 4, y - 4), label);
        } else {
            painter.drawLine(from, y, to, y);
            const int direction = to > from ? 1 : -1;
            QPainterPath head;
            head.moveTo(to, y);
            head.lineTo(to - direction * 8, y - 4);
            head.lineTo(to - direction * 8, y + 4);
            head.closeSubpath();
            painter.drawPath(head);
            const int left = std::min(from, to);
            painter.drawText(QPoint(left + 6, y - 4), label);
        }
    }
}

} // namespace causeway::ui
