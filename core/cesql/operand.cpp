#include "cesql/operand.h"

#include <charconv>

namespace causeway::cesql::detail {

Operand zeroOperand(Type type)
{
    switch (type) {
    case Type::Boolean:
        return false;
    case Type::Integer:
        return std::int32_t{0};
    case Type::String:
        break;
    }
    return std::string_view();
}

Value toValue(const Operand &operand)
{
    switch (typeOf(operand)) {
    case Type::Boolean:
        return std::get<bool>(operand);
    case Type::Integer:
        return std::get<std::int32_t>(operand);
    case Type::String:
        break;
    }
    return std::string(stringOf(operand));
}

std::int32_t castToInteger(const Operand &operand, Context &context)
{
    if (const auto *integer = std::get_if<std::int32_t>(&operand))
        return *integer;
    if (const auto *boolean = std::get_if<bool>(&operand))
        return *boolean ? 1 : 0;
    const std::string_view text = stringOf(operand);
    if (const auto parsed = parseInteger(text))
        return *parsed;
    context.raise(ErrorKind::Cast, "cannot cast '" + std::string(text) + "' to Integer");
    return 0;
}

bool castToBoolean(const Operand &operand, Context &context, bool isImplicit)
{
    if (const auto *boolean = std::get_if<bool>(&operand))
        return *boolean;
    if (const auto *integer = std::get_if<std::int32_t>(&operand)) {
        if (!isImplicit)
            return *integer != 0;
        context.raise(ErrorKind::Cast, "an Integer is not implicitly cast to Boolean; use BOOL()");
        return false;
    }
    const std::string_view text = stringOf(operand);
    if (const auto parsed = parseBoolean(text))
        return *parsed;
    context.raise(ErrorKind::Cast, "cannot cast '" + std::string(text) + "' to Boolean");
    return false;
}

std::string_view castToString(const Operand &operand, std::string &scratch)
{
    if (const auto *boolean = std::get_if<bool>(&operand))
        return *boolean ? "true" : "false";
    if (const auto *integer = std::get_if<std::int32_t>(&operand)) {
        char digits[16];
        const auto end = std::to_chars(digits, digits + sizeof digits, *integer).ptr;
        scratch.assign(digits, end);
        return scratch;
    }
    return stringOf(operand);
}

Operand castTo(const Operand &operand, Type type, Context &context)
{
    switch (type) {
    case Type::Boolean:
        return castToBoolean(operand, context, true);
    case Type::Integer:
        return castToInteger(operand, context);
    case Type::String:
        break;
    }
    if (isString(operand))
        return operand;
    std::string scratch;
    return std::string(castToString(operand, scratch));
}

bool equalAfterCast(const Operand &left, const Operand &right, Context &context)
{
    switch (typeOf(right)) {
    case Type::Boolean:
        return castToBoolean(left, context, true) == std::get<bool>(right);
    case Type::Integer:
        return castToInteger(left, context) == std::get<std::int32_t>(right);
    case Type::String:
        break;
    }
    std::string scratch;
    return castToString(left, scratch) == stringOf(right);
}

} // namespace causeway::cesql::detail
