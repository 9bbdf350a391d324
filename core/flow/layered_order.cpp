#include "flow/layered_graph.h"

#include <algorithm>
#include <numeric>

namespace causeway::flow {

namespace {

using Layers = std::vector<std::vector<std::size_t>>;

std::vector<std::size_t> positionsOf(const LayeredGraph &g, const Layers &layers)
{
    std::vector<std::size_t> pos(g.size(), 0);
    for (const auto &layer : layers) {
        for (std::size_t i = 0; i < layer.size(); ++i)
            pos[layer[i]] = i;
    }
    return pos;
}

std::size_t crossings(const LayeredGraph &g, const Layers &layers)
{
    const auto pos = positionsOf(g, layers);
    std::size_t total = 0;
    for (const auto &layer : layers) {
        std::vector<std::pair<std::size_t, std::size_t>> spans;
        for (const std::size_t v : layer) {
            for (const std::size_t w : g.succs[v])
                spans.emplace_back(pos[v], pos[w]);
        }
        for (std::size_t i = 0; i < spans.size(); ++i) {
            for (std::size_t j = i + 1; j < spans.size(); ++j) {
                const auto [a1, b1] = spans[i];
                const auto [a2, b2] = spans[j];
                total += (a1 < a2 && b1 > b2) || (a1 > a2 && b1 < b2);
            }
        }
    }
    return total;
}

// Sorts one column by the mean position of each node's neighbours in the column before (or
// after); a node with none there keeps its place as its key. Stable, so ties keep their order.
void sortByBarycentre(const LayeredGraph &g, std::vector<std::size_t> &layer,
                      const std::vector<std::size_t> &pos, bool usePreds)
{
    std::vector<double> key(layer.size());
    for (std::size_t i = 0; i < layer.size(); ++i) {
        const auto &neighbours = usePreds ? g.preds[layer[i]] : g.succs[layer[i]];
        double sum = 0;
        for (const std::size_t w : neighbours)
            sum += static_cast<double>(pos[w]);
        key[i] = neighbours.empty() ? static_cast<double>(i) : sum / neighbours.size();
    }
    std::vector<std::size_t> order(layer.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return key[a] < key[b]; });
    std::vector<std::size_t> sorted;
    for (const std::size_t i : order)
        sorted.push_back(layer[i]);
    layer = std::move(sorted);
}

// Pool-adjacent-violators: the non-decreasing sequence closest (least squares) to @p target.
std::vector<double> isotonic(const std::vector<double> &target)
{
    struct Block
    {
        double sum;
        std::size_t count;
        double mean() const { return sum / static_cast<double>(count); }
    };
    std::vector<Block> blocks;
    for (const double t : target) {
        blocks.push_back({t, 1});
        while (blocks.size() > 1 && blocks[blocks.size() - 2].mean() > blocks.back().mean()) {
            blocks[blocks.size() - 2].sum += blocks.back().sum;
            blocks[blocks.size() - 2].count += blocks.back().count;
            blocks.pop_back();
        }
    }
    std::vector<double> out;
    for (const Block &block : blocks)
        out.insert(out.end(), block.count, block.mean());
    return out;
}

} // namespace

Layers orderLayers(const LayeredGraph &g, int passes)
{
    int columns = 0;
    for (const int l : g.layer)
        columns = std::max(columns, l + 1);
    Layers layers(static_cast<std::size_t>(columns));
    for (std::size_t v = 0; v < g.size(); ++v)
        layers[static_cast<std::size_t>(g.layer[v])].push_back(v);

    Layers best = layers;
    std::size_t fewest = crossings(g, layers);
    for (int pass = 0; pass < passes && fewest > 0; ++pass) {
        const bool down = pass % 2 == 0;
        for (std::size_t step = 1; step < layers.size(); ++step) {
            const std::size_t l = down ? step : layers.size() - 1 - step;
            sortByBarycentre(g, layers[l], positionsOf(g, layers), down);
        }
        const std::size_t now = crossings(g, layers);
        if (now < fewest) {
            fewest = now;
            best = layers;
        }
    }
    return best;
}

std::vector<double> placeRows(const LayeredGraph &g, const Layers &layers, double rowGap)
{
    // The least distance between the centres of neighbours in a column; dummies, which are
    // only edges passing by, need less room.
    const auto gap = [&](std::size_t a, std::size_t b) {
        const double spacing = g.isDummy(a) || g.isDummy(b) ? rowGap / 2 : rowGap;
        return (g.height[a] + g.height[b]) / 2 + spacing;
    };
    std::vector<double> y(g.size(), 0);
    for (const auto &layer : layers) {
        for (std::size_t i = 1; i < layer.size(); ++i)
            y[layer[i]] = y[layer[i - 1]] + gap(layer[i - 1], layer[i]);
        const double middle = layer.empty() ? 0 : y[layer.back()] / 2;
        for (const std::size_t v : layer)
            y[v] -= middle;
    }
    // Down, up, then both: each column moves towards its neighbours in the others, as far as
    // its order and spacing allow (offsets turn the spacing into plain monotonicity).
    const int rounds = 10;
    for (int round = 0; round < rounds; ++round) {
        const bool both = round >= rounds - 2;
        const bool down = round % 2 == 0;
        for (std::size_t step = 0; step < layers.size(); ++step) {
            const auto &layer = layers[down ? step : layers.size() - 1 - step];
            std::vector<double> target;
            double offset = 0;
            for (std::size_t i = 0; i < layer.size(); ++i) {
                const std::size_t v = layer[i];
                if (i > 0)
                    offset += gap(layer[i - 1], v);
                double sum = 0;
                std::size_t count = 0;
                for (const bool preds : {true, false}) {
                    if (!both && preds != down)
                        continue;
                    for (const std::size_t w : preds ? g.preds[v] : g.succs[v]) {
                        sum += y[w];
                        ++count;
                    }
                }
                target.push_back((count ? sum / count : y[v]) - offset);
            }
            const auto placed = isotonic(target);
            offset = 0;
            for (std::size_t i = 0; i < layer.size(); ++i) {
                if (i > 0)
                    offset += gap(layer[i - 1], layer[i]);
                y[layer[i]] = placed[i] + offset;
            }
        }
    }
    return y;
}

} // namespace causeway::flow
