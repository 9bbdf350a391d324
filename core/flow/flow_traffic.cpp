#include "flow/flow_traffic.h"

namespace causeway::flow {

namespace {

template <typename Map> std::uint64_t countOf(const Map &map, const std::string &key)
{
    const auto found = map.find(key);
    return found == map.end() ? 0 : static_cast<std::uint64_t>(found->second);
}

} // namespace

EdgeTraffic edgeTraffic(const FlowGraph &graph, const sim::SimMetrics &metrics)
{
    std::map<std::string, int> emitters; // type id -> actors that emit it
    for (const FlowEdge &edge : graph.edges)
        if (edge.kind == EdgeKind::Emits)
            ++emitters[edge.to];

    EdgeTraffic traffic;
    for (const FlowEdge &edge : graph.edges) {
        const FlowNode *from = graph.node(edge.from);
        const FlowNode *to = graph.node(edge.to);
        if (!from || !to)
            continue;
        std::uint64_t count = 0;
        bool known = true;
        switch (edge.kind) {
        case EdgeKind::Publishes:
            count = countOf(metrics.sourceEvents, from->label);
            break;
        case EdgeKind::MatchedBy:
            known = !edge.conditional;
            count = countOf(metrics.publishedByType, from->label);
            break;
        case EdgeKind::RoutesTo:
            if (to->kind == NodeKind::Actor) {
                const auto actor = metrics.actors.find(to->label);
                count = actor == metrics.actors.end() ? 0 : actor->second.processed;
            } else {
                count = countOf(metrics.sinks, std::string(toString(to->kind)) + ' ' + to->label);
            }
            break;
        case EdgeKind::Emits:
            known = emitters[edge.to] == 1;
            count = countOf(metrics.publishedByType, to->label);
            break;
        case EdgeKind::DeadLetters:
            count = metrics.deadLetters;
            break;
        }
        if (known)
            traffic[{edge.from, edge.to}] = count;
    }
    return traffic;
}

} // namespace causeway::flow
