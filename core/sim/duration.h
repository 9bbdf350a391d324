#pragma once

#include "bus/clock.h"
#include "common/result.h"

#include <nlohmann/json.hpp>
#include <string>

namespace causeway::sim {

using bus::Nanos;

constexpr Nanos kMicrosecond = 1'000;
constexpr Nanos kMinute = 60 * bus::kSecond;
constexpr Nanos kHour = 60 * kMinute;
constexpr Nanos kDay = 24 * kHour;

/**
 * @brief A duration from a project file: a string of one or more number-unit pairs
 * ("250ms", "1.5s", "2h 5m", "1m30s", "5 s"; units ns, us (or µs), ms, s, m (or min), h,
 * d), "0", or a plain JSON number of seconds. Negative, unitless (other than "0") and malformed
 * values are refused with an error at @p pointer.
 */
Result<Nanos> parseDuration(const nlohmann::json &value, const std::string &pointer);

/**
 * @brief A short, readable form for reports: "0", "750ns", "1.5us", "250ms", "1.5s",
 * "10m", "10m 30s", "2h 5m", "3d 4h". At most two units from a minute up, the rest
 * left out, so it is exact for durations written that way and approximate otherwise.
 */
std::string formatDuration(Nanos duration);

} // namespace causeway::sim
