#pragma once

// The built-in functions of section 3.5 and the casting functions, dispatched by name
// (any letter case) and argument count when the expression is parsed.
#include "cesql/operand.h"

#include <span>
#include <string_view>

namespace causeway::cesql::detail {

/** @brief What a parameter is cast to before the call; Any passes the value as it is. */
enum class Parameter : std::uint8_t { Any, Integer, String };

struct Function
{
    std::string_view name; // upper case
    std::size_t arity;     // fixed parameters
    bool variadic;         // then any number of String arguments follow
    Type returnType;
    Parameter parameters[3];
    Operand (*invoke)(std::span<const Operand> arguments, Context &context);

    /** @brief The parameter type of argument @p index. */
    Parameter parameter(std::size_t index) const
    {
        return index < arity ? parameters[index] : Parameter::String;
    }
};

/** @brief The overload of @p name that takes @p argumentCount arguments, or nullptr. */
const Function *findFunction(std::string_view name, std::size_t argumentCount);

/** @brief Whether any overload is called @p name (to word the missingFunction message). */
bool isFunctionName(std::string_view name);

} // namespace causeway::cesql::detail
