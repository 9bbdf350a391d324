#include "cesql/value.h"

#include <charconv>

namespace causeway::cesql {

std::string_view toString(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Parse:
        return "parse";
    case ErrorKind::Math:
        return "math";
    case ErrorKind::Cast:
        return "cast";
    case ErrorKind::MissingFunction:
        return "missingFunction";
    case ErrorKind::FunctionEvaluation:
        return "functionEvaluation";
    case ErrorKind::MissingAttribute:
        return "missingAttribute";
    case ErrorKind::Generic:
        break;
    }
    return "generic";
}

std::string_view typeName(Type type)
{
    switch (type) {
    case Type::Boolean:
        return "Boolean";
    case Type::Integer:
        return "Integer";
    case Type::String:
        break;
    }
    return "String";
}

Type typeOf(const Value &value)
{
    return static_cast<Type>(value.index());
}

Value zeroValue(Type type)
{
    switch (type) {
    case Type::Boolean:
        return false;
    case Type::Integer:
        return std::int32_t{0};
    case Type::String:
        break;
    }
    return std::string();
}

std::optional<std::int32_t> parseInteger(std::string_view text)
{
    // from_chars accepts '-' but not '+'; the spec allows both signs.
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
        if (!text.empty() && text.front() == '-')
            return std::nullopt;
    }
    std::int32_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<bool> parseBoolean(std::string_view text)
{
    const auto equalsIgnoringCase = [text](std::string_view word) {
        if (text.size() != word.size())
            return false;
        for (std::size_t i = 0; i < word.size(); ++i) {
            char c = text[i];
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
            if (c != word[i])
                return false;
        }
        return true;
    };
    if (equalsIgnoringCase("true"))
        return true;
    if (equalsIgnoringCase("false"))
        return false;
    return std::nullopt;
}

} // namespace causeway::cesql
