#include "ui/flow/flow_view.h"

#include "ui/flow/flow_colors.h"
#include "ui/flow/flow_minimap.h"
#include "ui/flow/flow_palette.h"
#include "ui/flow/flow_scene.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace causeway::ui {

namespace {

constexpr double kStep = 1.25; // one zoom step
constexpr double kGrid = 24;   // background dots, in scene units
constexpr int kMinimapWidth = 200;

// @p keys and the platform's standard keys for the same thing, each once: a key bound twice
// is ambiguous and does nothing.
QList<QKeySequence> withStandard(const QKeySequence &keys, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> all{keys};
    for (const QKeySequence &more : QKeySequence::keyBindings(standard)) {
        if (!all.contains(more))
            all << more;
    }
    return all;
}

} // namespace

FlowView::FlowView(QWidget *parent)
    : QGraphicsView(parent), m_minimap(new FlowMinimap(this)), m_zoomIn(new QAction(this)),
      m_zoomOut(new QAction(this)), m_zoomToFit(new QAction(this))
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // Panning and the minimap replace scroll bars; without them the viewport keeps its size,
    // which makes fitting exact.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setDragMode(QGraphicsView::NoDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setFrameShape(QFrame::NoFrame);

    m_zoomIn->setShortcuts(
        withStandard(QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn));
    m_zoomOut->setShortcuts(
        withStandard(QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut));
    m_zoomToFit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction *action : {m_zoomIn, m_zoomOut, m_zoomToFit}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_zoomIn, &QAction::triggered, this, &FlowView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &FlowView::zoomOut);
    connect(m_zoomToFit, &QAction::triggered, this, &FlowView::zoomToFit);
    connect(this, &FlowView::viewChanged, m_minimap, qOverload<>(&QWidget::update));
    retranslate();
}

void FlowView::retranslate()
{
    m_zoomIn->setText(tr("Zoom In"));
    m_zoomOut->setText(tr("Zoom Out"));
    m_zoomToFit->setText(tr("Zoom to Fit"));
    m_zoomToFit->setToolTip(tr("Show the whole flow (%1)")
                                .arg(m_zoomToFit->shortcut().toString(QKeySequence::NativeText)));
    m_minimap->setToolTip(tr("The whole flow: click to look there"));
}

QPalette FlowView::completePalette() const
{
    // A palette inherited from a parent marks none of its colours as set, and the scene would
    // resolve such a palette against the application's: mark them all.
    QPalette colours = palette();
    colours.setResolveMask(~QPalette::ResolveMask(0));
    return colours;
}

void FlowView::setFlowScene(FlowScene *scene)
{
    m_scene = scene;
    setScene(scene);
    scene->setPalette(completePalette());
    scene->setFont(font());
    connect(scene, &QGraphicsScene::changed, m_minimap, qOverload<>(&QWidget::update));
    connect(scene, &FlowScene::nodeMoved, this, &FlowView::updateSceneRect);
}

double FlowView::zoom() const
{
    return transform().m11();
}

void FlowView::setZoom(double factor)
{
    m_keepFitted = false;
    const double clamped = std::clamp(factor, kMinZoom, kMaxZoom);
    const QPointF centre = mapToScene(viewport()->rect().center());
    setTransform(QTransform::fromScale(clamped, clamped));
    centerOn(centre);
    Q_EMIT viewChanged();
}

void FlowView::scaleBy(double factor)
{
    m_keepFitted = false;
    const double clamped = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    scale(clamped / zoom(), clamped / zoom());
    Q_EMIT viewChanged();
}

void FlowView::zoomIn()
{
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(kStep);
}

void FlowView::zoomOut()
{
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(1 / kStep);
}

void FlowView::zoomToFit()
{
    m_keepFitted = true;
    if (!m_scene)
        return;
    const QRectF content = m_scene->contentRect().adjusted(-24, -24, 24, 24);
    if (content.isEmpty())
        return;
    const QSizeF room = viewport()->size();
    const double factor =
        std::min({room.width() / content.width(), room.height() / content.height(), 1.0});
    setTransform(QTransform::fromScale(std::max(factor, kMinZoom), std::max(factor, kMinZoom)));
    centerOn(content.center());
    Q_EMIT viewChanged();
}

void FlowView::requestFit()
{
    m_keepFitted = true;
    if (isVisible() && viewport()->width() > 0)
        zoomToFit();
}

void FlowView::updateSceneRect()
{
    if (!m_scene)
        return;
    // A viewport's worth of room around the nodes, so that any node can be panned to the
    // middle of the view.
    const QRectF content = m_scene->contentRect();
    const double margin = std::max(viewport()->width(), viewport()->height()) / kMinZoom;
    setSceneRect(content.adjusted(-margin, -margin, margin, margin));
    placeMinimap();
    Q_EMIT viewChanged();
}

void FlowView::placeMinimap()
{
    const QRect area = viewport()->geometry();
    const int width = std::min(kMinimapWidth, area.width() / 3);
    const QSize size = m_minimap->sizeFor(QSize(width, area.height() / 3));
    m_minimap->setGeometry(
        QRect(area.bottomRight() - QPoint(size.width() + 11, size.height() + 11), size));
    m_minimap->raise();
}

void FlowView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    setTransformationAnchor(AnchorUnderMouse);
    scaleBy(std::pow(kStep, event->angleDelta().y() / 120.0));
    event->accept();
}

void FlowView::mousePressEvent(QMouseEvent *event)
{
    const bool onNode = m_scene && m_scene->nodeAt(mapToScene(event->position().toPoint()));
    const bool pan =
        event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && !onNode && !(event->modifiers() & Qt::ShiftModifier));
    if (pan) {
        m_drag = Drag::Pan;
        m_lastPan = event->position().toPoint();
        m_panned = false;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && !onNode) {
        m_drag = Drag::RubberBand;
        setDragMode(RubberBandDrag);
    }
    QGraphicsView::mousePressEvent(event);
}

void FlowView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag != Drag::Pan) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint delta = event->position().toPoint() - m_lastPan;
    m_lastPan = event->position().toPoint();
    m_panned = m_panned || !delta.isNull();
    m_keepFitted = m_keepFitted && delta.isNull();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    event->accept();
}

void FlowView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::Pan) {
        // A click on the background, not a drag: it deselects, as anywhere else.
        if (!m_panned && event->button() == Qt::LeftButton && m_scene)
            m_scene->clearSelection();
        m_drag = Drag::None;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    if (m_drag == Drag::RubberBand) {
        setDragMode(NoDrag);
        m_drag = Drag::None;
    }
}

void FlowView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeMinimap();
    // A hidden view (another tab) is resized too, to sizes it will not be shown at.
    if (m_keepFitted && isVisible() && viewport()->width() > 0)
        zoomToFit();
    Q_EMIT viewChanged();
}

void FlowView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_keepFitted && viewport()->width() > 0)
        zoomToFit();
}

void FlowView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    Q_EMIT viewChanged();
}

void FlowView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette colours = palette();
    painter->fillRect(rect, colours.color(QPalette::Base));
    if (kGrid * zoom() < 10)
        return; // dots closer than that are noise
    painter->setPen(
        QPen(flowcolors::mix(colours.color(QPalette::Base), colours.color(QPalette::Text), 0.18),
             2 / zoom()));
    QVector<QPointF> dots;
    for (double x = std::floor(rect.left() / kGrid) * kGrid; x < rect.right(); x += kGrid) {
        for (double y = std::floor(rect.top() / kGrid) * kGrid; y < rect.bottom(); y += kGrid)
            dots << QPointF(x, y);
    }
    painter->drawPoints(dots.constData(), static_cast<int>(dots.size()));
}

void FlowView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (m_scene && event->type() == QEvent::PaletteChange)
        m_scene->setPalette(completePalette());
    if (m_scene && event->type() == QEvent::FontChange)
        m_scene->setFont(font());
    QGraphicsView::changeEvent(event);
}

// Palette entries are taken here, before the scene, which has no use for them.
void FlowView::dragEnterEvent(QDragEnterEvent *event)
{
    if (FlowPalette::kindOf(event->mimeData()))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void FlowView::dragMoveEvent(QDragMoveEvent *event)
{
    if (FlowPalette::kindOf(event->mimeData()))
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void FlowView::dropEvent(QDropEvent *event)
{
    const auto kind = FlowPalette::kindOf(event->mimeData());
    if (!kind) {
        QGraphicsView::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    Q_EMIT nodeDropped(*kind, mapToScene(event->position().toPoint()));
}

} // namespace causeway::ui
