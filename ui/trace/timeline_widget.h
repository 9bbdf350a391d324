#pragma once

#include "runtime/store_browser.h"

#include <QWidget>
#include <optional>

namespace causeway::ui {

/**
 * @brief A workflow as a sequence diagram: one lifeline per source, one row per event in
 * time order, an arrow from the cause's source to the event's with the latency between.
 */
class TimelineWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setTrace(runtime::TracePtr trace);
    void setSelectedNode(std::optional<std::size_t> node);
    std::optional<std::size_t> selectedNode() const { return m_selected; }
    /** @brief The node drawn at @p point, if any. */
    std::optional<std::size_t> nodeAt(const QPoint &point) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void nodeClicked(std::size_t node);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int laneX(std::size_t lane) const;
    int rowY(std::size_t row) const;

    runtime::TracePtr m_trace;
    std::optional<std::size_t> m_selected;
};

} // namespace causeway::ui
