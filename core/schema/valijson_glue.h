#pragma once

// The one way the schema unit includes valijson. Internal to the schema unit.

// Without this valijson reports an invalid schema by printing and calling abort().
#ifndef VALIJSON_USE_EXCEPTIONS
#define VALIJSON_USE_EXCEPTIONS 1
#endif

#include "schema/json_schema.h"

#include <memory>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/constraint_builder.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace causeway::schema {

/**
 * @brief Builds the checks for the renamed "type" keyword: its value is the type names
 * joined by '|'. From draft 6 on, 1.0 counts as an integer; in draft 4 it does not.
 */
std::unique_ptr<valijson::ConstraintBuilder> makeTypeCheckBuilder(Draft draft);

/** @brief Builds the checks for the renamed "format" keyword (see formatProblem()); strings only.
 */
std::unique_ptr<valijson::ConstraintBuilder> makeFormatCheckBuilder();

} // namespace causeway::schema
