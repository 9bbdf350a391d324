#pragma once

#include "common/result.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace causeway::project {
struct Project;
}

namespace causeway::flow {

/** @brief What a node of the flow stands for. */
enum class NodeKind { Source, Type, Rule, Actor, Sink, Topic, Webhook, DeadLetter };

/** @brief What an edge says: a source publishes a type, a rule matches it, routes it... */
enum class EdgeKind { Publishes, MatchedBy, RoutesTo, Emits, DeadLetters };

/** @brief How much a problem matters. */
enum class Severity { Info, Warning, Error };

/** @brief The design mistakes the flow shows. */
enum class ProblemKind { UnconsumedType, UnpublishedType, UnfedActor, DanglingTarget, Cycle };

/** @brief A source, event type, rule, actor, sink or the dead-letter queue. */
struct FlowNode
{
    std::string id; // "actor:credit-check": stable across edits, the key of saved positions
    NodeKind kind = NodeKind::Type;
    std::string label;  // the name, type, topic or URL
    std::string detail; // a rule's condition, an actor's description, a type's catalog name...
    std::optional<std::size_t> ruleIndex; // rules: the index in the project's "rules"
    std::string pointer;                  // where it is written ("/actors/2"), when it is
    bool enabled = true;                  // false for a disabled rule
    bool missing = false;                 // an actor a rule names that the project lacks
};

/** @brief A directed connection between two nodes, by id. */
struct FlowEdge
{
    std::string from;
    std::string to;
    EdgeKind kind = EdgeKind::Publishes;
    bool conditional = false; // matched only when a payload filter (or the like) passes
};

/** @brief A problem of the design, shown on its node. */
struct FlowProblem
{
    ProblemKind kind = ProblemKind::UnconsumedType;
    Severity severity = Severity::Warning;
    std::string nodeId;
    std::string message;
    std::optional<std::size_t> edge; // the edge concerned, for a dangling target
};

/** @brief The design of a project as a graph: who publishes, matches, routes and emits what. */
struct FlowGraph
{
    std::vector<FlowNode> nodes; // sources, types, rules, actors, then what rules route to
    std::vector<FlowEdge> edges;
    std::vector<FlowProblem> problems;

    /** @brief The index of the node with @p id, if there is one. */
    std::optional<std::size_t> indexOf(std::string_view id) const;
    /** @brief The node with @p id, or nullptr. */
    const FlowNode *node(std::string_view id) const;
};

/** @brief "source", "type", "rule", "actor", "sink", "mqtt", "webhook", "dlq". */
std::string_view toString(NodeKind kind);
/** @brief "publishes", "matched-by", "routes-to", "emits", "dead-letters". */
std::string_view toString(EdgeKind kind);
/** @brief "info", "warning", "error". */
std::string_view toString(Severity severity);

/** @brief The id of the node of @p kind called @p name: "actor:credit-check". */
std::string nodeId(NodeKind kind, std::string_view name);

/** @brief The id of the one dead-letter-queue node. */
inline const std::string kDeadLetterId = "dlq:dead-letter-queue";

/**
 * @brief The flow of @p project. Reads rules, sources and actors as a simulation does and
 * refuses what it would refuse, with the JSON pointer of the problem; design mistakes (types
 * nobody consumes or publishes, actors nothing feeds, rules naming no actor, loops) are not
 * errors but problems of the graph.
 */
Result<FlowGraph> buildFlowGraph(const project::Project &project);

} // namespace causeway::flow
