#pragma once

#include "common/result.h"
#include "routing/rule.h"
#include "sim/scenario.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace causeway::project {
struct Project;
}

namespace causeway::docs {

/** @brief The type of the event an actor is working on, when it is known. */
using Trigger = std::optional<std::string>;

/** @brief Where behaviours can lead: the types they emit, and what is worth knowing on the way. */
struct Reach
{
    std::vector<std::string> outputs;                       // types, in the order first met
    std::vector<std::pair<std::string, std::string>> emits; // type -> source written (or empty)
    std::vector<std::string> notes;                         // joins, waits, repeats, decisions
    bool remembers = false;
};

/**
 * @brief Walks @p steps as an actor runs them for an event of type @p trigger: decide branches
 * the type rules out are skipped, and a join ignores types it does not wait for.
 */
Reach reach(const sim::Behaviours &steps, const Trigger &trigger);

/** @brief "emits, decides" for an actor that has no description. */
std::string behaviourSummary(const sim::Behaviours &steps);

/** @brief What a rule lets through: an event type, or its condition when it names none. */
struct RuleInput
{
    std::string label; // the type, "prefix*", or the condition in words
    Trigger type;
    std::string only; // the rest of the condition when it also filters ("$.data.x > 5")
};

/** @brief The inputs @p rule gives its targets, whether or not it is enabled. */
std::vector<RuleInput> ruleInputs(const routing::Rule &rule);

/** @brief An input of an actor, with the enabled rules that route it there. */
struct ActorInput
{
    std::string label;
    Trigger type;
    std::vector<std::string> rules;
    std::vector<std::string> notes;
};

/** @brief What the enabled rules route to @p actor, one entry per type, in file order. */
std::vector<ActorInput> actorInputs(const std::string &actor,
                                    const std::vector<routing::Rule> &rules);

/**
 * @brief Where @p actor can lead, given its @p inputs: the reach of each input together, or of
 * anything when nothing routes to it.
 */
Reach actorReach(const sim::ActorSpec &actor, const std::vector<ActorInput> &inputs);

/** @brief A project's rules and scenario, read as a simulation reads them. */
struct ProjectFlow
{
    std::vector<routing::Rule> rules;
    sim::Scenario scenario;
};

/**
 * @brief Reads rules, sources and actors, refusing what a run would refuse with the JSON pointer
 * of the problem. Payload files are left out: they sit next to the project file, and documents
 * drawn from the design need none.
 */
Result<ProjectFlow> readProjectFlow(const project::Project &project);

} // namespace causeway::docs
