#include "cesql/functions.h"

#include "common/utf8.h"

#include <algorithm>
#include <array>
#include <limits>

namespace causeway::cesql::detail {

namespace {

// Characters are Unicode code points: LENGTH('é') is 1.
std::size_t length(std::string_view text)
{
    return utf8::countCodePoints(text, text.size());
}

// Byte offset of code point @p index (clamped to the end).
std::size_t offsetOf(std::string_view text, std::size_t index)
{
    std::size_t pos = 0;
    while (index-- > 0 && pos < text.size()) {
        if (!utf8::decode(text, pos))
            ++pos;
    }
    return pos;
}

// Bytes [from, to) of @p source; borrowed when the source was borrowed.
Operand byteSlice(const Operand &source, std::size_t from, std::size_t to)
{
    const std::string_view part = stringOf(source).substr(from, to - from);
    if (std::holds_alternative<std::string_view>(source))
        return part;
    return std::string(part);
}

// @p count characters of @p source from character @p begin.
Operand slice(const Operand &source, std::size_t begin, std::size_t count)
{
    const std::string_view text = stringOf(source);
    const std::size_t from = offsetOf(text, begin);
    return byteSlice(source, from, from + offsetOf(text.substr(from), count));
}

// Unicode White_Space (the spec's TRIM), as code points.
bool isWhiteSpace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

// Simple case mapping for ASCII, Latin-1, Greek and Cyrillic; other scripts are kept.
char32_t toLower(char32_t c)
{
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
        (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) || (c >= 0x410 && c <= 0x42F))
        return c + 0x20;
    if (c >= 0x400 && c <= 0x40F)
        return c + 0x50;
    return c;
}

char32_t toUpper(char32_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7) ||
        (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) || (c >= 0x430 && c <= 0x44F))
        return c - 0x20;
    if (c >= 0x450 && c <= 0x45F)
        return c - 0x50;
    return c;
}

template <char32_t (*map)(char32_t)> Operand mapCase(std::span<const Operand> args, Context &)
{
    const std::string_view text = stringOf(args[0]);
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        if (const auto c = utf8::decode(text, pos))
            utf8::append(out, map(*c));
        else
            out += text[pos++];
    }
    return out;
}

Operand lengthOf(std::span<const Operand> args, Context &)
{
    return static_cast<std::int32_t>(length(stringOf(args[0])));
}

Operand concat(std::span<const Operand> args, Context &)
{
    std::string out;
    for (const auto &arg : args)
        out += stringOf(arg);
    return out;
}

Operand concatWs(std::span<const Operand> args, Context &)
{
    std::string out;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (i > 1)
            out += stringOf(args[0]);
        out += stringOf(args[i]);
    }
    return out;
}

Operand trim(std::span<const Operand> args, Context &)
{
    const std::string_view text = stringOf(args[0]);
    std::size_t begin = text.size();
    std::size_t end = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const auto c = utf8::decode(text, pos);
        if (!c)
            ++pos;
        if (!c || !isWhiteSpace(*c)) {
            begin = std::min(begin, start);
            end = pos;
        }
    }
    return begin < end ? byteSlice(args[0], begin, end) : Operand(std::string_view());
}

Operand left(std::span<const Operand> args, Context &context)
{
    const std::int32_t count = std::get<std::int32_t>(args[1]);
    if (count < 0) {
        context.raise(ErrorKind::FunctionEvaluation, "LEFT: the length must not be negative");
        return args[0];
    }
    return slice(args[0], 0, static_cast<std::size_t>(count));
}

Operand right(std::span<const Operand> args, Context &context)
{
    const std::int32_t count = std::get<std::int32_t>(args[1]);
    if (count < 0) {
        context.raise(ErrorKind::FunctionEvaluation, "RIGHT: the length must not be negative");
        return args[0];
    }
    const std::size_t size = length(stringOf(args[0]));
    const std::size_t take = std::min(size, static_cast<std::size_t>(count));
    return slice(args[0], size - take, take);
}

Operand substring(std::span<const Operand> args, Context &context)
{
    const std::int64_t size = static_cast<std::int64_t>(length(stringOf(args[0])));
    const std::int64_t pos = std::get<std::int32_t>(args[1]);
    std::int64_t count = args.size() > 2 ? std::get<std::int32_t>(args[2]) : size;
    if (pos > size || pos < -size) {
        context.raise(ErrorKind::FunctionEvaluation,
                      "SUBSTRING: the position is outside the string");
        return std::string_view();
    }
    if (count < 0) {
        context.raise(ErrorKind::FunctionEvaluation, "SUBSTRING: the length must not be negative");
        return std::string_view();
    }
    if (pos == 0)
        return std::string_view();
    const std::int64_t begin = pos > 0 ? pos - 1 : size + pos;
    count = std::min(count, size - begin);
    return slice(args[0], static_cast<std::size_t>(begin), static_cast<std::size_t>(count));
}

Operand absolute(std::span<const Operand> args, Context &context)
{
    const std::int32_t value = std::get<std::int32_t>(args[0]);
    if (value == std::numeric_limits<std::int32_t>::min()) {
        context.raise(ErrorKind::Math, "ABS: the result does not fit in 32 bits");
        return std::numeric_limits<std::int32_t>::max();
    }
    return value < 0 ? -value : value;
}

Operand toInteger(std::span<const Operand> args, Context &context)
{
    return castToInteger(args[0], context);
}

Operand toBoolean(std::span<const Operand> args, Context &context)
{
    return castToBoolean(args[0], context, false);
}

Operand toString(std::span<const Operand> args, Context &context)
{
    return castTo(args[0], Type::String, context);
}

Operand isBoolean(std::span<const Operand> args, Context &)
{
    return !isString(args[0]) ? std::holds_alternative<bool>(args[0])
                              : parseBoolean(stringOf(args[0])).has_value();
}

Operand isInteger(std::span<const Operand> args, Context &)
{
    return !isString(args[0]) ? std::holds_alternative<std::int32_t>(args[0])
                              : parseInteger(stringOf(args[0])).has_value();
}

using P = Parameter;

constexpr std::array kFunctions = {
    Function{"LENGTH", 1, false, Type::Integer, {P::String}, lengthOf},
    Function{"CONCAT", 0, true, Type::String, {}, concat},
    Function{"CONCAT_WS", 1, true, Type::String, {P::String}, concatWs},
    Function{"LOWER", 1, false, Type::String, {P::String}, mapCase<toLower>},
    Function{"UPPER", 1, false, Type::String, {P::String}, mapCase<toUpper>},
    Function{"TRIM", 1, false, Type::String, {P::String}, trim},
    Function{"LEFT", 2, false, Type::String, {P::String, P::Integer}, left},
    Function{"RIGHT", 2, false, Type::String, {P::String, P::Integer}, right},
    Function{"SUBSTRING", 2, false, Type::String, {P::String, P::Integer}, substring},
    Function{"SUBSTRING", 3, false, Type::String, {P::String, P::Integer, P::Integer}, substring},
    Function{"ABS", 1, false, Type::Integer, {P::Integer}, absolute},
    Function{"INT", 1, false, Type::Integer, {P::Any}, toInteger},
    Function{"BOOL", 1, false, Type::Boolean, {P::Any}, toBoolean},
    Function{"STRING", 1, false, Type::String, {P::Any}, toString},
    Function{"IS_BOOL", 1, false, Type::Boolean, {P::Any}, isBoolean},
    Function{"IS_INT", 1, false, Type::Boolean, {P::Any}, isInteger},
};

bool sameName(std::string_view upper, std::string_view name)
{
    return upper.size() == name.size() &&
           std::equal(upper.begin(), upper.end(), name.begin(), [](char a, char b) {
               return a == (b >= 'a' && b <= 'z' ? static_cast<char>(b - 'a' + 'A') : b);
           });
}

} // namespace

const Function *findFunction(std::string_view name, std::size_t argumentCount)
{
    for (const auto &function : kFunctions) {
        if (sameName(function.name, name) &&
            (argumentCount == function.arity ||
             (function.variadic && argumentCount > function.arity)))
            return &function;
    }
    return nullptr;
}

bool isFunctionName(std::string_view name)
{
    return std::any_of(kFunctions.begin(), kFunctions.end(),
                       [name](const Function &function) { return sameName(function.name, name); });
}

} // namespace causeway::cesql::detail
