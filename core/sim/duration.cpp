#include "sim/duration.h"

#include "common/ascii.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string_view>

namespace causeway::sim {
namespace {

constexpr Nanos kMaxNanos = std::numeric_limits<Nanos>::max();

constexpr std::string_view kUnitList = "ns, us, ms, s, m, h, d";

struct Unit
{
    std::string_view name;
    Nanos length;
};

constexpr std::array kUnits{
    Unit{"ns", 1},
    Unit{"us", kMicrosecond},
    Unit{"\xC2\xB5s", kMicrosecond},
    Unit{"ms", bus::kMillisecond},
    Unit{"s", bus::kSecond},
    Unit{"m", kMinute},
    Unit{"min", kMinute},
    Unit{"h", kHour},
    Unit{"d", kDay},
};

Error invalid(std::string_view text, std::string_view why, const std::string &pointer)
{
    return makeError("duration \"" + std::string(text) + "\" " + std::string(why), pointer);
}

using ascii::isDigit;

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Parses "1.5s 250ms" exactly: the whole part in integers, only the fraction through a double,
// so "1.5s" is 1'500'000'000 ns and not a rounding neighbour.
Result<Nanos> parseText(std::string_view text, const std::string &pointer)
{
    std::size_t pos = 0;
    while (pos < text.size() && isSpace(text[pos]))
        ++pos;
    if (pos == text.size())
        return invalid(text, "is empty; write e.g. \"250ms\" or \"1.5s\"", pointer);
    if (text[pos] == '-')
        return invalid(text, "is negative; durations cannot be", pointer);
    if (text.substr(pos) == "0")
        return Nanos{0};

    Nanos total = 0;
    while (pos < text.size()) {
        if (!isDigit(text[pos]) && text[pos] != '.')
            return invalid(text,
                           "is not a number followed by a unit (" + std::string(kUnitList) + ")",
                           pointer);
        std::uint64_t whole = 0;
        bool anyDigit = false;
        for (; pos < text.size() && isDigit(text[pos]); ++pos, anyDigit = true) {
            if (whole > (std::numeric_limits<std::uint64_t>::max() - 9) / 10)
                return invalid(text, "is too long to represent", pointer);
            whole = whole * 10 + static_cast<std::uint64_t>(text[pos] - '0');
        }
        std::uint64_t fraction = 0;
        double scale = 1;
        if (pos < text.size() && text[pos] == '.') {
            for (++pos; pos < text.size() && isDigit(text[pos]); ++pos, anyDigit = true) {
                if (scale < 1e18) { // digits beyond are far below a nanosecond
                    fraction = fraction * 10 + static_cast<std::uint64_t>(text[pos] - '0');
                    scale *= 10;
                }
            }
        }
        if (!anyDigit)
            return invalid(text, "has a unit without a number", pointer);
        while (pos < text.size() && isSpace(text[pos])) // "5 s" reads as "5s"
            ++pos;
        const std::size_t unitStart = pos;
        while (pos < text.size() && !isDigit(text[pos]) && !isSpace(text[pos]) && text[pos] != '.')
            ++pos;
        const std::string_view unitName = text.substr(unitStart, pos - unitStart);
        if (unitName.empty())
            return invalid(text,
                           "needs a unit (" + std::string(kUnitList) +
                               "), or write a plain JSON number of seconds",
                           pointer);
        const Unit *unit = nullptr;
        for (const Unit &candidate : kUnits)
            if (candidate.name == unitName)
                unit = &candidate;
        if (!unit)
            return invalid(text,
                           "has an unknown unit \"" + std::string(unitName) + "\"; use one of " +
                               std::string(kUnitList),
                           pointer);
        const auto limit = static_cast<std::uint64_t>(kMaxNanos / unit->length);
        if (whole > limit)
            return invalid(text, "is too long to represent (at most about 292 years)", pointer);
        const Nanos part =
            static_cast<Nanos>(whole) * unit->length +
            std::llround(static_cast<double>(fraction) / scale * static_cast<double>(unit->length));
        if (part < 0 || total > kMaxNanos - part)
            return invalid(text, "is too long to represent (at most about 292 years)", pointer);
        total += part;
        while (pos < text.size() && isSpace(text[pos]))
            ++pos;
    }
    return total;
}

std::string decimal(Nanos duration, Nanos unit, std::string_view name)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3f",
                  static_cast<double>(duration) / static_cast<double>(unit));
    std::string text = buffer;
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.')
        text.pop_back();
    return text + std::string(name);
}

} // namespace

Result<Nanos> parseDuration(const nlohmann::json &value, const std::string &pointer)
{
    if (value.is_string())
        return parseText(value.get_ref<const std::string &>(), pointer);
    if (value.is_number_unsigned() || value.is_number_integer()) {
        if (value.is_number_integer() && !value.is_number_unsigned() &&
            value.get<std::int64_t>() < 0)
            return makeError("duration " + value.dump() + " is negative; durations cannot be",
                             pointer);
        const auto seconds = value.get<std::uint64_t>();
        if (seconds > static_cast<std::uint64_t>(kMaxNanos / bus::kSecond))
            return makeError("duration " + value.dump() + "s is too long to represent", pointer);
        return static_cast<Nanos>(seconds) * bus::kSecond;
    }
    if (value.is_number_float()) {
        const double seconds = value.get<double>();
        if (!std::isfinite(seconds) || seconds < 0)
            return makeError("duration " + value.dump() + " is negative; durations cannot be",
                             pointer);
        if (seconds * 1e9 >= static_cast<double>(kMaxNanos))
            return makeError("duration " + value.dump() + "s is too long to represent", pointer);
        return static_cast<Nanos>(std::llround(seconds * 1e9));
    }
    return makeError(std::string("expected a duration such as \"250ms\", \"1.5s\" or a number of "
                                 "seconds, not ") +
                         value.type_name(),
                     pointer);
}

std::string formatDuration(Nanos duration)
{
    if (duration == 0)
        return "0";
    if (duration < 0)
        return "-" + formatDuration(duration == std::numeric_limits<Nanos>::min() ? kMaxNanos
                                                                                  : -duration);
    if (duration < kMicrosecond)
        return std::to_string(duration) + "ns";
    if (duration < bus::kMillisecond)
        return decimal(duration, kMicrosecond, "us");
    if (duration < bus::kSecond)
        return decimal(duration, bus::kMillisecond, "ms");
    if (duration < kMinute)
        return decimal(duration, bus::kSecond, "s");

    // Two units are enough to read a report; "3d 4h" rather than "3d 4h 12m 7.25s".
    constexpr std::array<Unit, 4> large{Unit{"d", kDay}, Unit{"h", kHour}, Unit{"m", kMinute},
                                        Unit{"s", bus::kSecond}};
    std::size_t first = 0;
    while (duration < large[first].length)
        ++first;
    std::string text =
        std::to_string(duration / large[first].length) + std::string(large[first].name);
    const Nanos rest = (duration % large[first].length) / large[first + 1].length;
    if (rest > 0)
        text += " " + std::to_string(rest) + std::string(large[first + 1].name);
    return text;
}

} // namespace causeway::sim
