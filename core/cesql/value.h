#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace causeway::cesql {

/** @brief The error classes of CESQL v1 (section 3.3), as the TCK names them. */
enum class ErrorKind {
    Parse,
    Math,
    Cast,
    MissingFunction,
    FunctionEvaluation,
    MissingAttribute,
    Generic
};

/** @brief "parse", "math", "cast", "missingFunction", "functionEvaluation", "missingAttribute",
 * "generic". */
std::string_view toString(ErrorKind kind);

/** @brief The three CESQL types. */
enum class Type { Boolean, Integer, String };

/** @brief "Boolean", "Integer" or "String". */
std::string_view typeName(Type type);

/** @brief A CESQL value: Boolean, Integer (32-bit) or String. */
using Value = std::variant<bool, std::int32_t, std::string>;

/** @brief The type of @p value. */
Type typeOf(const Value &value);

/** @brief false, 0 or "" (section 3.1). */
Value zeroValue(Type type);

/** @brief String -> Integer: optional sign, base 10 digits, 32-bit range; nullopt otherwise. */
std::optional<std::int32_t> parseInteger(std::string_view text);

/** @brief String -> Boolean: "true" or "false" in any letter case; nullopt otherwise. */
std::optional<bool> parseBoolean(std::string_view text);

} // namespace causeway::cesql
