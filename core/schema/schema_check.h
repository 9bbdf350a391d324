#pragma once

#include "common/result.h"
#include "schema/json_schema.h"

#include <nlohmann/json.hpp>
#include <string>

namespace causeway::schema {

/**
 * @brief Checks the keywords of @p schema and of every subschema in it before valijson
 * sees them: wrong value types ("type": 5, "required": "x", "minimum": "3"), negative
 * counts, unknown type names, patterns that are not regular expressions. The error
 * names the keyword and points at it, below @p pointer.
 */
Status checkSchema(const nlohmann::json &schema, Draft draft, const std::string &pointer = {});

} // namespace causeway::schema
