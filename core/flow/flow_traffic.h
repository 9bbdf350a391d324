#pragma once

#include "flow/flow_graph.h"
#include "sim/sim_metrics.h"

#include <cstdint>
#include <map>
#include <string>
#include <utility>

namespace causeway::flow {

/** @brief Events that went along each edge, by (from id, to id). */
using EdgeTraffic = std::map<std::pair<std::string, std::string>, std::uint64_t>;

/**
 * @brief What a simulation's metrics say went along each edge of @p graph: a source's
 * events, a type's events into the rules that match it without a payload filter, the
 * deliveries an actor or sink took, the events of each type an actor emits (a type emitted
 * by several actors is counted on none of them: the metrics do not say who sent which) and
 * the dead letters. Edges the metrics cannot count are left out rather than guessed.
 */
EdgeTraffic edgeTraffic(const FlowGraph &graph, const sim::SimMetrics &metrics);

} // namespace causeway::flow
