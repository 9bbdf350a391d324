#pragma once

#include "routing/condition.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace causeway::routing {

/** @brief What a condition says of events of which only some attributes are known. */
enum class Truth { False, True, Unknown };

/** @brief Attributes known of an event, name -> value (its type, its source...). */
using KnownAttributes = std::vector<std::pair<std::string, std::string>>;

/**
 * @brief Whether @p condition holds for every event with the @p known attributes (True), for
 * none of them (False), or depends on what is not known (Unknown): payload filters and CESQL
 * always do.
 */
Truth truthGiven(const Condition &condition, const KnownAttributes &known);

/** @brief Whether @p condition is a single test of the event's type attribute. */
bool isTypeTest(const Condition &condition);

/**
 * @brief The exact types @p condition lets through, when it is nothing but equality tests of
 * the type (alone, "in" a list, or any of several); in the order written, each once.
 */
std::optional<std::vector<std::string>> plainTypes(const Condition &condition);

} // namespace causeway::routing
