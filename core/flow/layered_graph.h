#pragma once

// Internal to the flow layout: the graph with its long edges split by dummy nodes, and the
// two steps that work on it.

#include <cstddef>
#include <vector>

namespace causeway::flow {

/** @brief Nodes by index (the flow's nodes first, then dummies), with columns and sizes. */
struct LayeredGraph
{
    std::vector<std::vector<std::size_t>> preds;
    std::vector<std::vector<std::size_t>> succs;
    std::vector<int> layer;
    std::vector<double> width;
    std::vector<double> height;
    std::size_t realCount = 0; // the flow's own nodes; dummies come after them

    std::size_t size() const { return preds.size(); }
    bool isDummy(std::size_t v) const { return v >= realCount; }

    void resize(std::size_t count)
    {
        realCount = count;
        preds.assign(count, {});
        succs.assign(count, {});
        layer.assign(count, 0);
        width.assign(count, 0);
        height.assign(count, 0);
    }

    std::size_t addDummy(int column)
    {
        preds.emplace_back();
        succs.emplace_back();
        layer.push_back(column);
        width.push_back(0);
        height.push_back(0);
        return size() - 1;
    }

    void link(std::size_t from, std::size_t to)
    {
        succs[from].push_back(to);
        preds[to].push_back(from);
    }
};

/**
 * @brief The nodes of each column top to bottom: barycentre passes down and up, keeping the
 * order with the fewest crossings.
 */
std::vector<std::vector<std::size_t>> orderLayers(const LayeredGraph &graph, int passes);

/**
 * @brief The centre y of every node: columns keep their order and spacing, and nodes move
 * as close to the average of their neighbours as that allows.
 */
std::vector<double> placeRows(const LayeredGraph &graph,
                              const std::vector<std::vector<std::size_t>> &layers, double rowGap);

} // namespace causeway::flow
