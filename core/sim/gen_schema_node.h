#pragma once

// The payload generator's compiled form of a JSON Schema: one flat node per (sub)schema,
// children by index so that recursive "$ref"s become cycles instead of infinite trees.

#include "common/pattern.h"
#include "schema/json_schema.h"
#include "sim/gen_pattern.h"
#include "sim/gen_strings.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace causeway::sim::gen {

enum class JsonType { Null, Boolean, Integer, Number, String, Array, Object };

struct SchemaNode
{
    std::string pointer;
    int alias = -1;              // "$ref": generate that node instead
    bool impossible = false;     // the "false" schema
    std::vector<JsonType> types; // empty: inferred from the other keywords
    std::vector<double> typeWeights; // how often each type is picked (null seldom)
    std::optional<nlohmann::json> constValue;
    std::vector<nlohmann::json> enumValues; // non-empty when "enum" is present

    std::optional<double> minimum, maximum; // inclusive unless the flags say otherwise
    bool exclusiveMinimum = false, exclusiveMaximum = false;
    std::optional<double> multipleOf;

    std::size_t minLength = 0; // code points
    std::optional<std::size_t> maxLength;
    std::string format;
    std::optional<PatternGenerator> pattern;
    std::shared_ptr<const Pattern> patternCheck; // to vet realistic candidates

    int items = -1;              // every item, or the items past the tuple
    std::vector<int> tupleItems; // "items": [...]
    bool moreItemsAllowed = true;
    std::size_t minItems = 0;
    std::optional<std::size_t> maxItems;
    bool uniqueItems = false;

    // In generation order (see propertyOrder): the first languageProperties name the language.
    struct Property
    {
        PropertyName name;
        int node = -1;
        bool required = false; // listed in the node's "required"
    };
    std::vector<Property> properties;
    std::vector<std::size_t> byName; // indices into properties, in the order objects keep names
    std::size_t languageProperties = 0;
    std::vector<std::string> required;
    std::vector<std::string> requiredUndescribed; // required, without a property schema
    bool additionalProperties = true;
    int additionalSchema = -1;
    std::size_t minProperties = 0;
    std::optional<std::size_t> maxProperties;

    std::vector<int> branches; // anyOf / oneOf, each already merged with its siblings
    // Checks for what the generator cannot build directly ("not", oneOf exclusivity,
    // if/then/else...): a candidate is retried until it passes them.
    std::vector<std::shared_ptr<const schema::JsonSchema>> mustMatch;
    std::vector<std::shared_ptr<const schema::JsonSchema>> mustNotMatch;
};

struct CompiledSchema
{
    std::vector<SchemaNode> nodes;
    int root = 0;
};

/** @brief Compiles @p schema; errors point below @p pointer. */
Result<std::shared_ptr<const CompiledSchema>> compileSchema(const nlohmann::json &schema,
                                                            const std::string &pointer);

} // namespace causeway::sim::gen
