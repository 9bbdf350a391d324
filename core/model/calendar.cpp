#include "model/calendar.h"

#include <cstdio>

namespace causeway::model {

namespace {

constexpr std::int64_t kMillisPerDay = 86'400'000;

enum class Precision { Date, Seconds, Millis };

std::int64_t floorDivide(std::int64_t value, std::int64_t by)
{
    return value >= 0 ? value / by : (value - (by - 1)) / by;
}

// Every simulated event gets a time, so the digits are written directly.
std::string format(std::int64_t days, std::int64_t msOfDay, Precision precision)
{
    // civil_from_days (Howard Hinnant)
    days += 719468;
    const std::int64_t era = floorDivide(days, 146097);
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2);
    const std::int64_t hour = msOfDay / 3'600'000, minute = msOfDay / 60'000 % 60,
                       second = msOfDay / 1000 % 60, milli = msOfDay % 1000;
    if (year < 0 || year > 9999) { // beyond RFC 3339's four digits; rare, so the slow way
        char buffer[64];
        int length = std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02u",
                                   static_cast<long long>(year), month, day);
        if (precision != Precision::Date)
            length += std::snprintf(buffer + length, sizeof buffer - length,
                                    "T%02lld:%02lld:%02lld", static_cast<long long>(hour),
                                    static_cast<long long>(minute), static_cast<long long>(second));
        if (precision == Precision::Millis)
            length += std::snprintf(buffer + length, sizeof buffer - length, ".%03lld",
                                    static_cast<long long>(milli));
        return std::string(buffer, length) + (precision == Precision::Date ? "" : "Z");
    }
    std::string text = precision == Precision::Date      ? "0000-00-00"
                       : precision == Precision::Seconds ? "0000-00-00T00:00:00Z"
                                                         : "0000-00-00T00:00:00.000Z";
    const auto put = [&text](std::size_t end, std::int64_t value) {
        for (std::size_t i = end; value > 0; --i, value /= 10)
            text[i] = static_cast<char>('0' + value % 10);
    };
    put(3, year);
    put(6, month);
    put(9, day);
    if (precision == Precision::Date)
        return text;
    put(12, hour);
    put(15, minute);
    put(18, second);
    if (precision == Precision::Millis)
        put(22, milli);
    return text;
}

} // namespace

std::string formatDate(std::int64_t days)
{
    return format(days, 0, Precision::Date);
}

std::string formatTimestampSeconds(std::int64_t unixSeconds)
{
    const std::int64_t days = floorDivide(unixSeconds, 86400);
    return format(days, (unixSeconds - days * 86400) * 1000, Precision::Seconds);
}

std::string formatTimestampMillis(std::int64_t unixMillis)
{
    const std::int64_t days = floorDivide(unixMillis, kMillisPerDay);
    return format(days, unixMillis - days * kMillisPerDay, Precision::Millis);
}

} // namespace causeway::model
