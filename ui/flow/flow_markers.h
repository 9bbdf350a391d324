#pragma once

#include "flow/flow_graph.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace causeway::ui {

/**
 * @brief Paints the marker of a node kind in @p box: a broadcasting dot for sources, an
 * envelope for event types, a diamond for rules, a hexagon for actors, a cylinder for sinks,
 * waves for MQTT topics, a globe for webhooks, a crossed tray for the dead-letter queue.
 */
void paintKindMarker(QPainter &painter, const QRectF &box, flow::NodeKind kind,
                     const QColor &colour);

/** @brief Paints a warning triangle with an exclamation mark in @p box. */
void paintWarningMarker(QPainter &painter, const QRectF &box, const QColor &fill,
                        const QColor &mark);

} // namespace causeway::ui
