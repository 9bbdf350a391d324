#pragma once

#include "flow/flow_graph.h"

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace causeway::flow {

/** @brief A point on the canvas, in its units (pixels at 100%). */
struct Point
{
    double x = 0;
    double y = 0;

    bool operator==(const Point &) const = default;
};

/** @brief The extent of a node on the canvas. */
struct Size
{
    double width = 0;
    double height = 0;
};

/** @brief The size the canvas draws a node of @p kind at: rules and sinks are narrower. */
Size defaultNodeSize(NodeKind kind);

/** @brief Spacing of the automatic layout. */
struct LayoutOptions
{
    double columnGap = 64; // between the widest nodes of neighbouring columns
    double rowGap = 22;    // between nodes of one column
    int orderingPasses = 12;
    std::function<Size(const FlowNode &)> sizeOf; // defaultNodeSize of the kind when empty
};

/** @brief Where each node goes: top-left corners by node id. */
struct FlowLayout
{
    std::map<std::string, Point> positions;
    std::map<std::string, int> columns; // the automatic column of each node, from 0
    // Per edge of the graph: where it enters and leaves each column it crosses, in its
    // direction; the canvas draws it straight between those and curves in between.
    std::vector<std::vector<Point>> bends;
};

/**
 * @brief A layered left-to-right layout: sources in column 0, every other node one column
 * further than its furthest predecessor (loops broken first), crossings reduced by barycentre
 * passes, rows straightened towards neighbours. Positions saved in @p savedLayout
 * ({"nodes": {"actor:credit-check": {"x": 10, "y": 20}}}) win over the automatic ones, and
 * edges touching a saved node lose their bends. The same graph always gives the same layout.
 */
FlowLayout layoutFlow(const FlowGraph &graph, const nlohmann::json &savedLayout,
                      const LayoutOptions &options = {});

/** @brief The project's @p layout with node @p id saved at @p position. */
nlohmann::json withNodePosition(nlohmann::json layout, const std::string &id, Point position);

/** @brief The project's @p layout without saved node positions: automatic layout again. */
nlohmann::json withoutNodePositions(nlohmann::json layout);

} // namespace causeway::flow
