#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace causeway::schema {

/**
 * Backward: readers with the NEW schema accept data written with the OLD;
 * Forward: readers with the OLD schema accept data written with the NEW; Full: both.
 */
enum class Compatibility { Backward, Forward, Full };

/** @brief One difference between two schema versions and what it breaks. */
struct CompatibilityFinding
{
    std::string pointer; // into the newer schema, or the older one when removed
    std::string reason;
    bool breaksBackward = false;
    bool breaksForward = false;

    bool operator==(const CompatibilityFinding &) const = default;
};

/** @brief The differences found; a finding that breaks nothing is informational. */
struct CompatibilityReport
{
    std::vector<CompatibilityFinding> findings;

    bool backward() const;
    bool forward() const;
    bool full() const { return backward() && forward(); }
    bool satisfies(Compatibility level) const;
};

/**
 * @brief Compares two versions of a payload schema (draft 4 or 7) by walking them side
 * by side: types, enum/const, bounds, string and array constraints, properties and
 * required, additionalProperties, items, nested objects and arrays, and local "$ref"s.
 * Where the walk cannot tell (a changed "anyOf", a changed pattern), it reports a break
 * in both directions rather than guess.
 */
CompatibilityReport compareSchemas(const nlohmann::json &older, const nlohmann::json &newer);

} // namespace causeway::schema
