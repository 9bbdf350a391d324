#pragma once

#include "bus/delivery_policy.h"
#include "routing/condition.h"
#include "sim/distribution.h"
#include "sim/emit_template.h"
#include "sim/payload_generator.h"
#include "sim/rate_model.h"

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace causeway::catalog {
class DefinitionRegistry;
}
namespace causeway::project {
struct Project;
}

namespace causeway::sim {

struct Behaviour;
using Behaviours = std::vector<Behaviour>;

/** @brief Emit an event of a catalog type: a generated payload with the template laid over it. */
struct EmitStep
{
    std::string type;
    std::string source; // the actor's source when not given
    std::shared_ptr<const PayloadGenerator> generator;
    std::optional<EmitTemplate> data;    // members laid over the generated payload
    std::optional<EmitTemplate> subject; // the trigger's subject when not given
    int priority = 0;                    // prioritylevel; 0 keeps the trigger's
};

/** @brief The first branch whose condition holds, or a branch picked by weight. */
struct DecideStep
{
    struct Branch
    {
        std::optional<routing::Condition> when; // none: "otherwise"
        double weight = 0;
        std::shared_ptr<const Behaviours> then;
    };
    bool byWeight = false;
    std::vector<Branch> branches;
};

/**
 * @brief Wait for one event of each type with the trigger's correlation id, then go on.
 * Whichever part comes first opens the join; a part arriving after it completed or timed
 * out (within ten times as long as the join waits) is late, counted and ignored.
 */
struct JoinStep
{
    std::vector<std::pair<std::string, std::string>> parts; // alias -> type
    bus::Nanos within = 0;
    std::shared_ptr<const Behaviours> then;
    std::shared_ptr<const Behaviours> timeout; // run with what arrived, when time is up
};

/** @brief Wait for a later event of the same workflow that passes a filter. */
struct WaitStep
{
    routing::Condition filter;
    bus::Nanos within = 0;
    std::shared_ptr<const Behaviours> then; // the awaited event is "$.awaited"
    std::shared_ptr<const Behaviours> timeout;
};

/** @brief Do something several times, spaced in virtual time ("$.repeat.index" counts). */
struct RepeatStep
{
    int times = 1;
    Distribution every = Distribution::fixed(0);
    std::shared_ptr<const Behaviours> body;
    // What the body reads of the trigger's payload: between rounds the trigger sleeps with
    // only these members (a month between repayments, times every open loan).
    routing::DataReads triggerReads;
};

/** @brief Remember values in the actor's state ("$.state..."). */
struct RememberStep
{
    EmitTemplate values;
};

struct Behaviour
{
    std::variant<EmitStep, DecideStep, JoinStep, WaitStep, RepeatStep, RememberStep> step;
    std::string pointer; // where it is written, for messages
};

/** @brief A simulated service: what it subscribes to comes from the rules naming it. */
struct ActorSpec
{
    enum class StateScope { Correlation, Global };
    std::string name;
    std::string source; // the source attribute of what it emits
    std::size_t capacity = 1;
    std::size_t queueCapacity = 10'000;
    Distribution processing = Distribution::fixed(0);
    double failureProbability = 0;
    bus::RetryPolicy retry;
    StateScope state = StateScope::Correlation;
    Behaviours behaviours;
    std::string pointer;
};

/** @brief Where simulated traffic starts: events of one type at a rate. */
struct SourceSpec
{
    std::string name;
    std::string type;
    std::string source;
    std::optional<RateModel> rate;                     // always set once read
    std::shared_ptr<const PayloadGenerator> generator; // when payloads are generated
    std::vector<nlohmann::json> payloads;              // examples or file records, in turn
    std::optional<EmitTemplate> data; // laid over each payload; reads the new event's attributes
    int priority = 0;
    std::vector<std::pair<std::string, double>> languages; // tag, weight
    std::optional<std::uint64_t> limit;
    std::string pointer;
};

/** @brief How a run goes; the command line can override each. */
struct RunSettings
{
    std::uint64_t seed = 1;
    bus::Nanos start = 0; // Unix nanoseconds of virtual time zero
    std::optional<std::uint64_t> maxEvents;
    std::optional<bus::Nanos> maxDuration;
    std::optional<routing::Condition> stopWhen;
    std::vector<std::string> outcomes; // types that end a workflow
};

struct Scenario
{
    std::vector<SourceSpec> sources;
    std::vector<ActorSpec> actors;
    RunSettings settings;
};

/**
 * @brief Reads the project's "sources", "actors" and "simulation" sections against its
 * catalog; payload files are relative to @p directory. Errors carry the JSON pointer of the
 * offending member.
 */
Result<Scenario> parseScenario(const project::Project &project,
                               const catalog::DefinitionRegistry &registry,
                               const std::string &directory = {});

} // namespace causeway::sim
