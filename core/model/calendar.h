#pragma once

#include <cstdint>
#include <string>

namespace causeway::model {

// Dates and times written as RFC 3339 text, in UTC, on the proleptic Gregorian calendar.
// Years beyond four digits are written in full.

/** @brief The date @p days after 1970-01-01, e.g. "2024-03-15". */
std::string formatDate(std::int64_t days);

/** @brief Whole seconds since the Unix epoch, e.g. "2024-03-15T10:00:00Z". */
std::string formatTimestampSeconds(std::int64_t unixSeconds);

/** @brief Milliseconds since the Unix epoch, e.g. "2024-03-15T10:00:00.000Z". */
std::string formatTimestampMillis(std::int64_t unixMillis);

} // namespace causeway::model
