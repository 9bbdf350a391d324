#include "flow/flow_layout.h"

#include "flow/layered_graph.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace causeway::flow {

using nlohmann::json;

namespace {

// Loops have no left-to-right order: a depth-first walk from the roots turns the edges that
// close one around, so that layering sees a DAG. Starting at the roots, in node order, keeps
// the natural direction of the flow and the result the same on every run.
std::vector<bool> edgesToReverse(std::size_t count,
                                 const std::vector<std::pair<std::size_t, std::size_t>> &edges)
{
    std::vector<std::vector<std::size_t>> out(count);
    std::vector<int> inDegree(count, 0);
    for (std::size_t e = 0; e < edges.size(); ++e) {
        out[edges[e].first].push_back(e);
        if (edges[e].first != edges[e].second)
            ++inDegree[edges[e].second];
    }
    std::vector<bool> reversed(edges.size(), false);
    enum State { Unseen, Open, Done };
    std::vector<State> state(count, Unseen);
    const auto visit = [&](std::size_t v, const auto &self) -> void {
        state[v] = Open;
        for (const std::size_t e : out[v]) {
            const std::size_t w = edges[e].second;
            if (w == v)
                continue;
            if (state[w] == Open)
                reversed[e] = true;
            else if (state[w] == Unseen)
                self(w, self);
        }
        state[v] = Done;
    };
    for (const bool rootsFirst : {true, false}) {
        for (std::size_t v = 0; v < count; ++v) {
            if (state[v] == Unseen && (!rootsFirst || inDegree[v] == 0))
                visit(v, visit);
        }
    }
    return reversed;
}

// Longest-path layering: each node one column right of its furthest predecessor.
std::vector<int> longestPathLayers(const LayeredGraph &g, const FlowGraph &graph)
{
    const std::size_t n = g.size();
    std::vector<int> layer(n, 0);
    std::vector<std::size_t> waiting(n, 0);
    for (std::size_t v = 0; v < n; ++v)
        waiting[v] = g.preds[v].size();
    std::vector<std::size_t> ready;
    for (std::size_t v = 0; v < n; ++v) {
        if (waiting[v] == 0)
            ready.push_back(v);
    }
    for (std::size_t next = 0; next < ready.size(); ++next) {
        const std::size_t v = ready[next];
        for (const std::size_t w : g.succs[v]) {
            layer[w] = std::max(layer[w], layer[v] + 1);
            if (--waiting[w] == 0)
                ready.push_back(w);
        }
    }
    // A type nothing publishes would sit with the sources; it reads better just before the
    // first rule that waits for it.
    for (std::size_t v = 0; v < n; ++v) {
        if (!g.preds[v].empty() || g.succs[v].empty() || graph.nodes[v].kind == NodeKind::Source)
            continue;
        int first = layer[g.succs[v].front()];
        for (const std::size_t w : g.succs[v])
            first = std::min(first, layer[w]);
        layer[v] = first - 1;
    }
    return layer;
}

Point savedPoint(const json &saved)
{
    const json x = saved.is_object() ? saved.value("x", json()) : json();
    const json y = saved.is_object() ? saved.value("y", json()) : json();
    if (!x.is_number() || !y.is_number())
        return Point{std::nan(""), std::nan("")};
    return Point{x.get<double>(), y.get<double>()};
}

} // namespace

Size defaultNodeSize(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Type:
        return {232, 52};
    case NodeKind::Rule:
        return {176, 52};
    case NodeKind::Source:
    case NodeKind::Actor:
        return {192, 52};
    case NodeKind::Sink:
    case NodeKind::Topic:
    case NodeKind::Webhook:
    case NodeKind::DeadLetter:
        break;
    }
    return {176, 52};
}

FlowLayout layoutFlow(const FlowGraph &graph, const json &savedLayout, const LayoutOptions &options)
{
    const std::size_t count = graph.nodes.size();
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < count; ++i)
        index[graph.nodes[i].id] = i;
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    for (const FlowEdge &edge : graph.edges)
        edges.emplace_back(index.at(edge.from), index.at(edge.to));
    const std::vector<bool> reversed = edgesToReverse(count, edges);

    LayeredGraph g;
    g.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Size size =
            options.sizeOf ? options.sizeOf(graph.nodes[i]) : defaultNodeSize(graph.nodes[i].kind);
        g.width[i] = size.width;
        g.height[i] = size.height;
    }
    for (std::size_t e = 0; e < edges.size(); ++e) {
        const auto [from, to] = edges[e];
        if (from != to)
            g.link(reversed[e] ? to : from, reversed[e] ? from : to);
    }
    g.layer = longestPathLayers(g, graph);

    // Edges longer than one column pass through a dummy node in each column they cross.
    std::vector<std::vector<std::size_t>> chains(edges.size());
    g.preds.assign(count, {});
    g.succs.assign(count, {});
    for (std::size_t e = 0; e < edges.size(); ++e) {
        auto [from, to] = edges[e];
        if (from == to)
            continue;
        if (reversed[e])
            std::swap(from, to);
        std::size_t previous = from;
        for (int layer = g.layer[from] + 1; layer < g.layer[to]; ++layer) {
            const std::size_t dummy = g.addDummy(layer);
            g.link(previous, dummy);
            chains[e].push_back(dummy);
            previous = dummy;
        }
        g.link(previous, to);
        if (reversed[e])
            std::reverse(chains[e].begin(), chains[e].end());
    }

    const auto layers = orderLayers(g, options.orderingPasses);
    const std::vector<double> y = placeRows(g, layers, options.rowGap);

    // Columns as wide as their widest node; nodes centred in them.
    std::vector<double> columnX(layers.size() + 1, 0);
    for (std::size_t l = 0; l < layers.size(); ++l) {
        double width = 0;
        for (const std::size_t v : layers[l])
            width = std::max(width, g.width[v]);
        columnX[l + 1] = columnX[l] + width + options.columnGap;
    }
    double top = 0;
    for (std::size_t v = 0; v < g.size(); ++v)
        top = std::min(top, y[v] - g.height[v] / 2);
    const auto centre = [&](std::size_t v) {
        const std::size_t l = static_cast<std::size_t>(g.layer[v]);
        return Point{(columnX[l] + columnX[l + 1] - options.columnGap) / 2, y[v] - top};
    };

    FlowLayout layout;
    const json saved = savedLayout.is_object() ? savedLayout.value("nodes", json()) : json();
    std::vector<bool> moved(count, false);
    for (std::size_t v = 0; v < count; ++v) {
        const std::string &id = graph.nodes[v].id;
        const Point c = centre(v);
        Point position{c.x - g.width[v] / 2, c.y - g.height[v] / 2};
        if (saved.is_object() && saved.contains(id)) {
            const Point p = savedPoint(saved[id]);
            moved[v] = !std::isnan(p.x);
            if (moved[v])
                position = p;
        }
        layout.positions[id] = position;
        layout.columns[id] = g.layer[v];
    }
    layout.bends.resize(edges.size());
    for (std::size_t e = 0; e < edges.size(); ++e) {
        if (moved[edges[e].first] || moved[edges[e].second])
            continue; // the way it went no longer leads there
        // Straight across each column it passes (where the nodes are), curving only between
        // columns; an edge that closes a loop crosses them right to left.
        for (const std::size_t dummy : chains[e]) {
            const Point c = centre(dummy);
            const std::size_t l = static_cast<std::size_t>(g.layer[dummy]);
            const double half = (columnX[l + 1] - columnX[l] - options.columnGap) / 2;
            const double way = reversed[e] ? -1 : 1;
            layout.bends[e].push_back({c.x - way * half, c.y});
            layout.bends[e].push_back({c.x + way * half, c.y});
        }
    }
    return layout;
}

json withNodePosition(json layout, const std::string &id, Point position)
{
    if (!layout.is_object())
        layout = json::object();
    if (!layout.value("nodes", json()).is_object())
        layout["nodes"] = json::object();
    // Whole pixels: a project file that changes in the fourth decimal on every drag is noise.
    layout["nodes"][id] = {{"x", std::lround(position.x)}, {"y", std::lround(position.y)}};
    return layout;
}

json withoutNodePositions(json layout)
{
    if (layout.is_object())
        layout.erase("nodes");
    return layout.is_object() ? layout : json::object();
}

} // namespace causeway::flow
