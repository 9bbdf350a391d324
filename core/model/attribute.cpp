#include "model/attribute.h"

#include "common/ascii.h"
#include "common/base64.h"
#include "common/utf8.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

namespace causeway::model {

std::string_view typeName(AttributeType type)
{
    switch (type) {
    case AttributeType::Boolean:
        return "Boolean";
    case AttributeType::Integer:
        return "Integer";
    case AttributeType::String:
        return "String";
    case AttributeType::Binary:
        return "Binary";
    case AttributeType::Uri:
        return "URI";
    case AttributeType::UriReference:
        return "URI-reference";
    case AttributeType::Timestamp:
        return "Timestamp";
    }
    return "?";
}

AttributeValue AttributeValue::boolean(bool value)
{
    return {AttributeType::Boolean, value};
}
AttributeValue AttributeValue::integer(std::int32_t value)
{
    return {AttributeType::Integer, value};
}
AttributeValue AttributeValue::string(std::string value)
{
    return {AttributeType::String, std::move(value)};
}
AttributeValue AttributeValue::binary(std::string bytes)
{
    return {AttributeType::Binary, std::move(bytes)};
}
AttributeValue AttributeValue::uri(std::string value)
{
    return {AttributeType::Uri, std::move(value)};
}
AttributeValue AttributeValue::uriReference(std::string value)
{
    return {AttributeType::UriReference, std::move(value)};
}
AttributeValue AttributeValue::timestamp(std::string value)
{
    return {AttributeType::Timestamp, std::move(value)};
}

std::string AttributeValue::canonicalString() const
{
    switch (m_type) {
    case AttributeType::Boolean:
        return asBool() ? "true" : "false";
    case AttributeType::Integer:
        return std::to_string(asInt());
    case AttributeType::Binary:
        return base64::encode(asString());
    default:
        return asString();
    }
}

Result<AttributeValue> AttributeValue::fromCanonicalString(AttributeType type,
                                                           std::string_view text)
{
    if (auto problem = checkCanonical(type, text))
        return makeError(*problem);
    switch (type) {
    case AttributeType::Boolean:
        return boolean(text == "true");
    case AttributeType::Integer: {
        std::int32_t value = 0;
        std::from_chars(text.data(), text.data() + text.size(), value);
        return integer(value);
    }
    case AttributeType::String:
        return string(std::string(text));
    case AttributeType::Binary:
        return binary(*base64::decode(text));
    case AttributeType::Uri:
        return uri(std::string(text));
    case AttributeType::UriReference:
        return uriReference(std::string(text));
    case AttributeType::Timestamp:
        return timestamp(std::string(text));
    }
    return makeError("unknown attribute type");
}

namespace {

constexpr std::array kKnown = {
    AttributeSpec{"id", AttributeType::String, true, true},
    AttributeSpec{"source", AttributeType::UriReference, true, true},
    AttributeSpec{"specversion", AttributeType::String, true, true},
    AttributeSpec{"type", AttributeType::String, true, true},
    AttributeSpec{"datacontenttype", AttributeType::String, false, true},
    AttributeSpec{"dataschema", AttributeType::Uri, false, true},
    AttributeSpec{"subject", AttributeType::String, false, true},
    AttributeSpec{"time", AttributeType::Timestamp, false, true},
    AttributeSpec{"correlationid", AttributeType::String, false, false},
    AttributeSpec{"causationid", AttributeType::String, false, false},
    AttributeSpec{"actorid", AttributeType::String, false, false},
    AttributeSpec{"prioritylevel", AttributeType::Integer, false, false},
    AttributeSpec{"language", AttributeType::String, false, false},
    AttributeSpec{"eventsignature", AttributeType::String, false, false},
    AttributeSpec{"retrycount", AttributeType::Integer, false, false},
    AttributeSpec{"synthetic", AttributeType::Boolean, false, false},
    AttributeSpec{"traceparent", AttributeType::String, false, false},
};

using ascii::isAlpha;
using ascii::isDigit;
using ascii::isHex;

// The bytes a URI holds as they are: letters, digits, and RFC 3986's unreserved and reserved
// marks. A table, since every event's source is checked a character at a time.
constexpr std::array<bool, 256> kUriChars = [] {
    std::array<bool, 256> table{};
    for (const char c : std::string_view("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                         "0123456789-._~:/?#[]@!$&'()*+,;="))
        table[static_cast<unsigned char>(c)] = true;
    return table;
}();

bool isUriChar(char c)
{
    return kUriChars[static_cast<unsigned char>(c)];
}

// The characters of a URI-reference, with well-formed percent escapes.
std::optional<std::string> checkUriCharacters(std::string_view value)
{
    int fragments = 0;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        fragments += c == '#';
        if (c == '%') {
            if (i + 2 >= value.size() || !isHex(value[i + 1]) || !isHex(value[i + 2]))
                return "malformed percent escape at character " + std::to_string(i + 1);
            i += 2;
        } else if (!isUriChar(c)) {
            if (c == ' ')
                return "contains a space at character " + std::to_string(i + 1);
            return "contains a character not allowed in a URI at position " + std::to_string(i + 1);
        }
    }
    if (fragments > 1)
        return std::string("contains more than one '#'");
    return std::nullopt;
}

// Length of a scheme at the start of @p value ("http" in "http://"), or 0.
std::size_t schemeLength(std::string_view value)
{
    if (value.empty() || !isAlpha(value[0]))
        return 0;
    std::size_t i = 1;
    while (i < value.size() && (isAlpha(value[i]) || isDigit(value[i]) || value[i] == '+' ||
                                value[i] == '-' || value[i] == '.'))
        ++i;
    return i < value.size() && value[i] == ':' ? i : 0;
}

int parseDigits(std::string_view s, std::size_t pos, std::size_t count)
{
    if (pos + count > s.size())
        return -1;
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (!isDigit(s[i]))
            return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct ParsedTimestamp
{
    std::int64_t unixNanos = 0;
};

std::variant<ParsedTimestamp, std::string> parseTimestamp(std::string_view s)
{
    // YYYY-MM-DDTHH:MM:SS[.frac](Z|+HH:MM|-HH:MM)
    const int year = parseDigits(s, 0, 4);
    const int month = parseDigits(s, 5, 2);
    const int day = parseDigits(s, 8, 2);
    if (year < 0 || month < 0 || day < 0 || s.size() < 20 || s[4] != '-' || s[7] != '-')
        return std::string("expected an RFC 3339 date-time such as 2024-03-15T10:00:00Z");
    if (s[10] != 'T' && s[10] != 't')
        return std::string("expected 'T' between date and time");
    const int hour = parseDigits(s, 11, 2);
    const int minute = parseDigits(s, 14, 2);
    const int second = parseDigits(s, 17, 2);
    if (hour < 0 || minute < 0 || second < 0 || s[13] != ':' || s[16] != ':')
        return std::string("expected the time as HH:MM:SS");
    if (month < 1 || month > 12)
        return "month " + std::to_string(month) + " is out of range";
    if (day < 1 || day > daysInMonth(year, month))
        return "day " + std::to_string(day) + " is out of range for the month";
    if (hour > 23 || minute > 59 || second > 60)
        return std::string("time of day is out of range");
    std::size_t pos = 19;
    std::int64_t nanos = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        const std::size_t start = pos;
        std::int64_t scale = 100000000;
        while (pos < s.size() && isDigit(s[pos])) {
            nanos += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return std::string("expected digits after the decimal point");
    }
    int offsetMinutes = 0;
    if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        const int oh = parseDigits(s, pos + 1, 2);
        const int om = parseDigits(s, pos + 4, 2);
        if (oh < 0 || om < 0 || pos + 3 >= s.size() || s[pos + 3] != ':' || oh > 23 || om > 59)
            return std::string("malformed time zone offset");
        offsetMinutes = (oh * 60 + om) * (s[pos] == '-' ? -1 : 1);
        pos += 6;
    } else {
        return std::string("expected a time zone: 'Z' or an offset such as +02:00");
    }
    if (pos != s.size())
        return std::string("unexpected characters after the time zone");
    const std::int64_t seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 +
                                 minute * 60 + std::min(second, 59) - offsetMinutes * 60;
    return ParsedTimestamp{seconds * 1000000000 + nanos};
}

} // namespace

std::span<const AttributeSpec> knownAttributes()
{
    return kKnown;
}

const AttributeSpec *findKnownAttribute(std::string_view name)
{
    for (const auto &spec : kKnown) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

std::optional<std::string> checkAttributeName(std::string_view name)
{
    if (name.empty())
        return std::string("attribute name is empty");
    if (name == "data")
        return std::string("'data' is reserved and cannot be an attribute name");
    for (const char c : name) {
        if (!(ascii::isLower(c) || isDigit(c)))
            return "attribute name '" + std::string(name) +
                   "' may contain only lower-case letters a-z and digits 0-9";
    }
    if (name.size() > 20)
        return "attribute name '" + std::string(name) + "' is longer than 20 characters";
    return std::nullopt;
}

std::optional<std::string> checkString(std::string_view value)
{
    std::size_t pos = utf8::asciiPrefix(value, true);
    std::size_t index = pos;
    while (pos < value.size()) {
        // ASCII, most text, needs no decoding: only controls are refused there.
        const auto byte = static_cast<unsigned char>(value[pos]);
        if (byte >= 0x20 && byte < 0x7F) {
            ++pos;
            ++index;
            continue;
        }
        const std::size_t at = pos;
        const auto cp = utf8::decode(value, pos);
        ++index;
        if (!cp)
            return "invalid UTF-8 at byte " + std::to_string(at);
        char buffer[32];
        if (*cp <= 0x1F || (*cp >= 0x7F && *cp <= 0x9F)) {
            std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(*cp));
            return "control character " + std::string(buffer) + " at character " +
                   std::to_string(index);
        }
        if ((*cp >= 0xFDD0 && *cp <= 0xFDEF) || (*cp & 0xFFFE) == 0xFFFE) {
            std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(*cp));
            return "Unicode noncharacter " + std::string(buffer) + " at character " +
                   std::to_string(index);
        }
    }
    return std::nullopt;
}

std::optional<std::string> checkUri(std::string_view value)
{
    if (value.empty())
        return std::string("URI is empty");
    if (schemeLength(value) == 0)
        return "'" + std::string(value) + "' is not an absolute URI (it has no scheme)";
    return checkUriCharacters(value);
}

std::optional<std::string> checkUriReference(std::string_view value)
{
    if (auto problem = checkUriCharacters(value))
        return problem;
    // A relative reference may not have a ':' in its first segment (RFC 3986 4.2).
    if (schemeLength(value) == 0) {
        const auto firstColon = value.find(':');
        const auto firstDelimiter = value.find_first_of("/?#");
        if (firstColon != std::string_view::npos &&
            (firstDelimiter == std::string_view::npos || firstColon < firstDelimiter))
            return "'" + std::string(value) + "' has an invalid scheme";
    }
    return std::nullopt;
}

std::optional<std::string> checkTimestamp(std::string_view value)
{
    auto parsed = parseTimestamp(value);
    if (auto *problem = std::get_if<std::string>(&parsed))
        return "'" + std::string(value) + "': " + *problem;
    return std::nullopt;
}

std::optional<std::int64_t> timestampToUnixNanos(std::string_view value)
{
    auto parsed = parseTimestamp(value);
    if (auto *ok = std::get_if<ParsedTimestamp>(&parsed))
        return ok->unixNanos;
    return std::nullopt;
}

std::optional<std::string> checkCanonical(AttributeType type, std::string_view value)
{
    switch (type) {
    case AttributeType::Boolean:
        if (value != "true" && value != "false")
            return "'" + std::string(value) + "' is not a Boolean (true or false)";
        return std::nullopt;
    case AttributeType::Integer: {
        std::int32_t parsed = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
        if (ec == std::errc::result_out_of_range)
            return "'" + std::string(value) + "' is outside the 32-bit Integer range";
        if (ec != std::errc() || end != value.data() + value.size() || value.empty() ||
            (value.size() > 1 && value[0] == '0') || value.rfind("-0", 0) == 0)
            return "'" + std::string(value) + "' is not an Integer";
        return std::nullopt;
    }
    case AttributeType::String:
        return checkString(value);
    case AttributeType::Binary:
        if (!base64::decode(value))
            return "'" + std::string(value) + "' is not base64 (RFC 4648)";
        return std::nullopt;
    case AttributeType::Uri:
        return checkUri(value);
    case AttributeType::UriReference:
        return checkUriReference(value);
    case AttributeType::Timestamp:
        return checkTimestamp(value);
    }
    return std::nullopt;
}

} // namespace causeway::model
