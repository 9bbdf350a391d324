#pragma once

#include "flow/flow_graph.h"

#include <string>
#include <vector>

namespace causeway::flow {

/**
 * @brief One way events go through an actor, by node id: a type, matched by a rule, handled
 * by an actor that then can emit another type. Loops are looked for in these rather than in
 * the edges, since an actor emits what it emits for the event it works on, not for any.
 */
struct Passage
{
    std::string from; // a type
    std::string rule;
    std::string actor;
    std::string to; // a type
};

/**
 * @brief The design problems of @p graph, node by node in order, then the loops of
 * @p passages. A type in @p outcomes ends a workflow by design: that nothing consumes it is
 * worth knowing, no more.
 */
std::vector<FlowProblem> findProblems(const FlowGraph &graph,
                                      const std::vector<std::string> &outcomes,
                                      const std::vector<Passage> &passages);

} // namespace causeway::flow
