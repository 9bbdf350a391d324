#pragma once

#include "flow/flow_graph.h"

#include <QGraphicsView>
#include <QPointer>

class QAction;

namespace causeway::ui {

class FlowMinimap;
class FlowScene;

/**
 * @brief Looks at a FlowScene: Ctrl+wheel, Ctrl+=, Ctrl+- zoom, Ctrl+0 fits; dragging the
 * background (or anything with the middle button) pans, Shift+dragging it selects with a
 * rubber band; a minimap in the corner shows where the view is and recentres on a click.
 */
class FlowView final : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr double kMinZoom = 0.1;
    static constexpr double kMaxZoom = 3.0;

    explicit FlowView(QWidget *parent = nullptr);

    void setFlowScene(FlowScene *scene);
    FlowScene *flowScene() const { return m_scene; }

    double zoom() const;
    /** @brief Zooms to @p factor (clamped), keeping the view's centre where it is. */
    void setZoom(double factor);
    void zoomIn();
    void zoomOut();
    /** @brief Shows every node, magnifying no further than 100%, and keeps doing so as the
     * view is resized until the user zooms or pans. */
    void zoomToFit();
    /** @brief Fits as soon as the view has its size (a first graph, before it is shown). */
    void requestFit();
    /** @brief Whether the view keeps the whole flow in sight (no zoom or pan since a fit). */
    bool keepsFitted() const { return m_keepFitted; }
    /** @brief Lets the view pan a margin beyond the nodes; call when they changed. */
    void updateSceneRect();

    FlowMinimap *minimap() const { return m_minimap; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *zoomToFitAction() const { return m_zoomToFit; }

Q_SIGNALS:
    /** @brief The view was zoomed, panned or resized. */
    void viewChanged();
    /** @brief An entry of the flow palette was dropped at @p scenePos. */
    void nodeDropped(flow::NodeKind kind, const QPointF &scenePos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    QPalette completePalette() const;
    void placeMinimap();
    void scaleBy(double factor);

    enum class Drag { None, Pan, RubberBand };

    QPointer<FlowScene> m_scene;
    FlowMinimap *m_minimap;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomToFit;
    Drag m_drag = Drag::None;
    QPoint m_lastPan;
    bool m_panned = false;
    // Fitted until the user zooms or pans: the whole flow stays in sight as the view is
    // resized (docks settling, the window growing) and as the flow changes.
    bool m_keepFitted = false;
};

} // namespace causeway::ui
