#pragma once

#include "common/pattern.h"
#include "schema/format_checks.h"
#include "schema/json_schema.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace causeway::schema {

/**
 * @brief A fast acceptance test compiled from a JSON Schema, for the keywords event payloads
 * mostly use: type, properties, required, additionalProperties, items, enum, const, bounds,
 * lengths, counts, pattern, format and uniqueItems (of items without numbers).
 *
 * It answers one question without allocating: is the instance certainly valid? "true" is
 * always the full validator's answer too. "false" means "ask the full validator": the
 * instance may be invalid, or it reached a keyword this check does not know ($ref, allOf,
 * multipleOf...), or a value it does not judge (an integer beyond 2^53, say). Valid events,
 * the common case, so skip valijson's allocations; invalid ones still get its messages.
 */
class QuickCheck
{
public:
    /** @brief Compiles @p schema, which JsonSchema::compile has already checked. */
    QuickCheck(const nlohmann::json &schema, Draft draft);

    /** @brief Whether @p instance is certainly valid. */
    bool accepts(const nlohmann::json &instance) const;

private:
    enum class Extra { Any, None, Schema }; // additionalProperties / additionalItems

    struct Node
    {
        bool opaque = false;    // a keyword not known here: hand the instance on
        std::uint8_t types = 0; // bit mask of TypeBit; 0 allows every type
        std::optional<double> minimum, maximum, exclusiveMinimum, exclusiveMaximum;
        std::optional<std::uint64_t> minLength, maxLength, minItems, maxItems;
        std::optional<std::uint64_t> minProperties, maxProperties;
        std::optional<Pattern> pattern;
        FormatCheck format = nullptr;                        // none, or not one the checks know
        std::optional<std::vector<nlohmann::json>> allowed;  // enum, or const as one value
        std::vector<std::pair<std::string, int>> properties; // name -> node
        std::vector<std::string> required;                   // sorted
        Extra additionalProperties = Extra::Any;
        int additionalPropertiesNode = -1;
        int items = -1;         // one schema for every item
        bool isTuple = false;   // items written as an array, even an empty one
        std::vector<int> tuple; // items as an array: a schema per position
        Extra additionalItems = Extra::Any;
        bool uniqueItems = false; // judged here for items without numbers
        int additionalItemsNode = -1;
    };

    int compile(const nlohmann::json &schema);
    void compileKeyword(Node &node, const std::string &keyword, const nlohmann::json &value);
    bool accepts(const Node &node, const nlohmann::json &instance) const;
    bool acceptsNumber(const Node &node, const nlohmann::json &instance) const;
    bool acceptsString(const Node &node, const std::string &text) const;
    bool acceptsObject(const Node &node, const nlohmann::json &instance) const;
    bool acceptsArray(const Node &node, const nlohmann::json &instance) const;

    Draft m_draft;
    std::vector<Node> m_nodes; // m_nodes[0] is the root
};

} // namespace causeway::schema
