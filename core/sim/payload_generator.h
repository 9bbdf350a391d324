#pragma once

#include "common/result.h"
#include "sim/random.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace causeway::sim {

namespace gen {
struct CompiledSchema;
}

/** @brief What a payload should look like beyond its schema. */
struct GenerationContext
{
    std::string language; // BCP 47 tag such as "de-DE", "en-IE"; empty: English
    // Top-level members the caller lays its own values over: left null rather than generated.
    const std::vector<std::string> *given = nullptr;
};

/**
 * @brief Seeded generator of payloads valid against an event definition's JSON Schema, with
 * realistic values (names, cities, e-mails, amounts, text in the context's language) where
 * the schema leaves freedom. Immutable after compile(); cheap to copy; generate() may run on
 * several threads at once, each with its own Random.
 *
 * Limits: "pattern" is a regex subset (see PatternGenerator); two different patterns merged
 * by allOf keep the first; patternProperties, propertyNames, dependencies, contains and
 * if/then/else are not generated but checked, retrying a few times; oneOf picks a branch
 * and retries until no other branch matches, giving up after a few attempts.
 */
class PayloadGenerator
{
public:
    /** @brief Compiles @p schema (draft 4 or 7, local "$ref": "#/definitions/..." / "#/$defs/..."
     * resolved inside the document); errors carry a JSON pointer below @p pointer. */
    static Result<PayloadGenerator> compile(const nlohmann::json &schema,
                                            const std::string &pointer = {});

    /** @brief A payload valid against the schema; the same Random state gives the same payload. */
    nlohmann::json generate(Random &random, const GenerationContext &context = {}) const;

private:
    explicit PayloadGenerator(std::shared_ptr<const gen::CompiledSchema> compiled)
        : m_compiled(std::move(compiled))
    {
    }

    std::shared_ptr<const gen::CompiledSchema> m_compiled;
};

} // namespace causeway::sim
