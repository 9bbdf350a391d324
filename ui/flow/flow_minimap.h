#pragma once

#include <QWidget>

namespace causeway::ui {

class FlowView;

/**
 * @brief The whole flow in miniature, nodes in their kinds' colours, with the rectangle the
 * view shows; a click or drag recentres the view there.
 */
class FlowMinimap final : public QWidget
{
    Q_OBJECT

public:
    explicit FlowMinimap(FlowView *view);

    /** @brief The size that shows the scene's shape, at most @p room. */
    QSize sizeFor(const QSize &room) const;
    /** @brief The scene point drawn at @p point of the minimap. */
    QPointF toScene(const QPointF &point) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF sceneArea() const;
    QTransform toWidget() const;

    FlowView *m_view;
};

} // namespace causeway::ui
