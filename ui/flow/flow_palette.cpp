#include "ui/flow/flow_palette.h"

#include "ui/flow/flow_colors.h"

#include <QEvent>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace causeway::ui {

namespace {

constexpr flow::NodeKind kKinds[] = {flow::NodeKind::Source, flow::NodeKind::Type,
                                     flow::NodeKind::Rule, flow::NodeKind::Actor};
constexpr int kKindRole = Qt::UserRole;

} // namespace

const QString &FlowPalette::mimeType()
{
    static const QString type = QStringLiteral("application/x-causeway-flow-node");
    return type;
}

std::optional<flow::NodeKind> FlowPalette::kindOf(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    const QByteArray name = data->data(mimeType());
    for (const flow::NodeKind kind : kKinds)
        if (name == QByteArray(flow::toString(kind).data()))
            return kind;
    return std::nullopt;
}

FlowPalette::FlowPalette(QWidget *parent) : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    for (const flow::NodeKind kind : kKinds) {
        auto *item = new QListWidgetItem(this);
        item->setData(kKindRole, static_cast<int>(kind));
    }
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT addRequested(static_cast<flow::NodeKind>(item->data(kKindRole).toInt()));
    });
    setCurrentRow(0, QItemSelectionModel::NoUpdate); // Enter works at once; nothing looks picked
    retranslate();
    paintSwatches();
}

QStringList FlowPalette::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *FlowPalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    const auto kind = static_cast<flow::NodeKind>(items.front()->data(kKindRole).toInt());
    data->setData(mimeType(), QByteArray(flow::toString(kind).data()));
    return data;
}

// A swatch of each kind's colour on the canvas, so the entry looks like what it makes.
void FlowPalette::paintSwatches()
{
    const int side = fontMetrics().height();
    for (int row = 0; row < count(); ++row) {
        QPixmap swatch(side, side);
        swatch.fill(Qt::transparent);
        QPainter painter(&swatch);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(flowcolors::accent(kKinds[row], palette()));
        painter.drawRoundedRect(QRectF(1, 1, side - 2, side - 2), 3, 3);
        item(row)->setIcon(QIcon(swatch));
    }
}

void FlowPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        paintSwatches();
    QListWidget::changeEvent(event);
}

void FlowPalette::retranslate()
{
    const QString names[] = {tr("Source"), tr("Event type"), tr("Rule"), tr("Actor")};
    const QString tips[] = {
        tr("Publishes events of a type at a rate"),
        tr("A new definition in the catalog"),
        tr("Routes the events that match its condition to its targets"),
        tr("Takes events, spends time on them and emits others"),
    };
    for (int row = 0; row < count(); ++row) {
        item(row)->setText(names[row]);
        item(row)->setToolTip(tips[row] + QStringLiteral("\n") +
                              tr("Drag onto the canvas, or press Enter to add"));
    }
}

} // namespace causeway::ui
