#pragma once

#include "flow/flow_graph.h"

#include <QColor>
#include <QPalette>

namespace causeway::ui::flowcolors {

/** @brief Whether @p palette is a dark theme (its base darker than its text). */
bool isDark(const QPalette &palette);

/** @brief @p from moved @p amount (0..1) of the way to @p to. */
QColor mix(const QColor &from, const QColor &to, double amount);

/** @brief The colour of a node kind, readable against the palette's base. */
QColor accent(flow::NodeKind kind, const QPalette &palette);

/** @brief Green, amber, red as @p utilisation goes from 0 to 1. */
QColor load(double utilisation, const QPalette &palette);

/** @brief The colour of a problem of @p severity. */
QColor severity(flow::Severity severity, const QPalette &palette);

/** @brief Edges: the line colour, quieter than text. */
QColor edge(const QPalette &palette);

} // namespace causeway::ui::flowcolors
