#pragma once

// Where subschemas sit inside a schema object, shared by the schema checks, the
// bundler and the compatibility walk. Internal to the schema unit.

#include "common/json_text.h"
#include "schema/json_schema.h"

#include <nlohmann/json.hpp>
#include <string>

namespace causeway::schema {

/** @brief "$id" for draft 7, "id" for draft 4. */
inline const char *idKeyword(Draft draft)
{
    return draft == Draft::Draft7 ? "$id" : "id";
}

/**
 * @brief Calls @p visit(child, suffix) for every value in a subschema position of the
 * schema object @p node; @p suffix is the JSON pointer of the child relative to @p node.
 * Keyword values of the wrong container type are skipped (the schema checks report them).
 */
template <typename Json, typename Visit>
void forEachSubschema(Json &node, Draft draft, Visit &&visit)
{
    if (!node.is_object())
        return;
    const auto single = [&](const char *keyword) {
        if (const auto it = node.find(keyword); it != node.end())
            visit(*it, json_text::appendToken("", keyword));
    };
    const auto list = [&](const char *keyword) {
        if (const auto it = node.find(keyword); it != node.end() && it->is_array()) {
            for (std::size_t i = 0; i < it->size(); ++i)
                visit((*it)[i], json_text::appendIndex(json_text::appendToken("", keyword), i));
        }
    };
    const auto map = [&](const char *keyword, bool skipArrays) {
        if (const auto it = node.find(keyword); it != node.end() && it->is_object()) {
            for (auto member = it->begin(); member != it->end(); ++member) {
                if (skipArrays && member->is_array())
                    continue; // a property dependency, not a schema
                visit(*member,
                      json_text::appendToken(json_text::appendToken("", keyword), member.key()));
            }
        }
    };
    if (const auto items = node.find("items"); items != node.end() && items->is_array())
        list("items");
    else
        single("items");
    for (const char *keyword : {"additionalItems", "additionalProperties", "not"})
        single(keyword);
    if (draft == Draft::Draft7) {
        for (const char *keyword : {"contains", "propertyNames", "if", "then", "else"})
            single(keyword);
    }
    for (const char *keyword : {"allOf", "anyOf", "oneOf"})
        list(keyword);
    for (const char *keyword : {"properties", "patternProperties", "definitions"})
        map(keyword, false);
    map("dependencies", true);
}

} // namespace causeway::schema
