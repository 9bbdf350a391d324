#pragma once

#include "routing/transform.h"
#include "sim/random.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace causeway::sim {

/** @brief What an emit template can read besides the event that triggered it. */
struct TemplateInputs
{
    routing::PathRoots roots; // "joined", "state", "repeat"...
    std::string_view now;     // virtual time, RFC 3339
};

/**
 * @brief A payload template of a simulated actor: a rule transform (JSONPath and
 * "{{...}}" over the triggering event and the inputs' context) plus generator expressions,
 * objects with one member that produce a value each time:
 *  - {"$random": {"int": [300, 850]}}, {"$random": {"number": [0, 1], "decimals": 2}},
 *    {"$random": {"normal": [680, 70], "min": 300, "max": 850, "integer": true}}
 *  - {"$pick": ["a", "b"]}, {"$pick": {"values": ["a", "b"], "weights": [3, 1]}}
 *  - {"$chance": 0.3} (true with that probability), {"$now": true} (virtual time)
 */
class EmitTemplate
{
public:
    static Result<EmitTemplate> compile(const nlohmann::json &templ, const std::string &pointer);

    nlohmann::json apply(const model::CloudEvent &trigger, const TemplateInputs &inputs,
                         Random &random) const;

    /** @brief Lays what apply() gives over @p base (a generated payload), in place. */
    void applyOver(nlohmann::json &base, const model::CloudEvent &trigger,
                   const TemplateInputs &inputs, Random &random) const;

    /** @brief The top-level members apply() always sets, whatever the trigger holds: every
     * member but paths (which may select nothing) and objects (laid over member by member).
     * The payload generator need not make values for them. */
    const std::vector<std::string> &alwaysSet() const { return m_alwaysSet; }

    /** @brief Adds what the template reads of the trigger's payload. */
    void addDataReads(routing::DataReads &reads) const { m_transform->addDataReads(reads); }

private:
    struct Generator
    {
        enum class Kind { Int, Number, Normal, Pick, Chance, Now };
        Kind kind = Kind::Int;
        double a = 0, b = 0;
        std::optional<double> min, max;
        bool integer = false;
        int decimals = -1;
        std::vector<nlohmann::json> values;
        std::vector<double> weights;
    };

    static Result<Generator> compileGenerator(const std::string &name, const nlohmann::json &spec,
                                              const std::string &pointer);
    Result<nlohmann::json> extract(const nlohmann::json &value, const std::string &pointer);
    nlohmann::json generate(const Generator &generator, const TemplateInputs &inputs,
                            Random &random) const;

    std::vector<Generator> m_generators; // read by the transform as "$._gen[i]"
    std::optional<routing::Transform> m_transform;
    std::vector<std::string> m_alwaysSet;
};

} // namespace causeway::sim
