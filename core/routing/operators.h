#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace causeway::routing {

/** @brief The tests a field condition can make. */
enum class Operator {
    Equals,
    NotEquals,
    EqualsIgnoreCase,
    Contains,
    In,
    AnythingBut,
    Gt,
    Gte,
    Lt,
    Lte,
    Range,
    Exists,
    Prefix,
    Suffix,
    Wildcard,
    Regex,
};

/** @brief The name rules use for @p op ("gte", "anything-but"...). */
std::string_view toString(Operator op);

/** @brief The operator called @p name; "exact" is the Subscriptions and seed 004 spelling of
 * equals. */
std::optional<Operator> operatorFromString(std::string_view name);

/** @brief Every operator name, comma-separated, for error messages. */
std::string operatorNames();

} // namespace causeway::routing
