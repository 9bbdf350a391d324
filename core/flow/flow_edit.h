#pragma once

#include "common/result.h"
#include "flow/flow_graph.h"
#include "flow/flow_layout.h"
#include "project/project.h"

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace causeway::flow {

/**
 * Edits of a project made on its flow: removing, copying, pasting and adding nodes, and
 * replacing the spec behind one. Each takes a project and gives a new one, or an error that
 * says what stands in the way; the project given is never half-changed.
 */

/** @brief A project after an edit, and the ids of the nodes the edit made. */
struct NodeEdit
{
    project::Project project;
    std::vector<std::string> ids;
};

/**
 * @brief @p project without the nodes @p ids. Sources, rules and actors go with their specs
 * and saved positions; an actor, sink, topic or webhook also leaves every rule's targets; a
 * type takes every version of its definition, but not while a source or an actor that stays
 * publishes it. The dead-letter queue cannot be removed.
 */
Result<project::Project> removeNodes(project::Project project,
                                     const std::vector<std::string> &ids);

/**
 * @brief The sources, rules and actors among @p ids as a fragment to paste:
 * {"causewayFlow": 1, "sources": [...], "rules": [...], "actors": [...],
 *  "positions": {"actor:x": {"x": 1, "y": 2}}}, positions taken from @p positions.
 * Other nodes are left out: they are not written in the project as specs of their own.
 */
nlohmann::json copyNodes(const project::Project &project, const std::vector<std::string> &ids,
                         const std::map<std::string, Point> &positions = {});

/**
 * @brief @p project with the specs of @p fragment (from copyNodes) added under names of their
 * own ("credit-check copy", "credit-check copy 2"), placed @p offset from where they were
 * copied. A pasted rule that routes to a pasted actor routes to its copy. A fragment that is
 * not one is refused with the JSON pointer of the problem.
 */
Result<NodeEdit> pasteNodes(project::Project project, const nlohmann::json &fragment,
                            Point offset);

/**
 * @brief @p project with a new source, rule or actor at @p position: a source of @p type at
 * one event a second, a rule that matches @p type and routes nowhere yet, or an actor that
 * takes 100 ms and emits nothing yet. Its name is new ("source 2" when "source 1" is taken).
 */
Result<NodeEdit> addNode(project::Project project, NodeKind kind, const std::string &type,
                         Point position);

/**
 * @brief @p project with node @p id's spec replaced by @p spec. A new name carries over to
 * the rules that route to the actor and to the node's saved position; a name already taken
 * is refused.
 */
Result<NodeEdit> replaceNodeSpec(project::Project project, const std::string &id,
                                 nlohmann::json spec);

/** @brief The spec of source, rule or actor @p id as written in @p project; null otherwise. */
nlohmann::json nodeSpec(const project::Project &project, const std::string &id);

} // namespace causeway::flow
