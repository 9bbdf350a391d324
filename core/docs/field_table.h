#pragma once

#include "schema/property_order.h"

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace causeway::docs {

/** @brief One payload field as documentation lists it. */
struct FieldRow
{
    std::string path;    // "applicant.email", "items[].sku"
    std::string pointer; // "/applicant/email", "/items/0/sku" style without index: "/items/-/sku"
    std::string type;    // "string (email)", "integer", "array of object"
    bool required = false;
    std::string constraints; // "1000 ≤ x ≤ 50000", "one of: a, b", "pattern ^APP-"
    std::string description;
};

/**
 * @brief The fields of a payload schema, depth first, siblings in @p order (by name where it
 * says nothing), following local $refs. Meant for documentation and editors, not validation:
 * unusual constructs are summarised.
 */
std::vector<FieldRow> fieldRows(const nlohmann::json &schema,
                                const schema::PropertyOrder &order = {});

/**
 * @brief The payload fields @p schema names, as the paths conditions use: "$.data.amount",
 * "$.data.applicant.country", "$.data.items[*].sku".
 */
std::vector<std::string> payloadFieldPaths(const nlohmann::json &schema);

} // namespace causeway::docs
