#pragma once

// Timing specs written in tests as the project file would have them.

#include "sim/distribution.h"
#include "sim/rate_model.h"

#include <QtGlobal>
#include <nlohmann/json.hpp>

namespace simtest {

using causeway::sim::Distribution;
using causeway::sim::RateModel;

inline constexpr causeway::sim::Nanos kMs = causeway::bus::kMillisecond;
inline constexpr causeway::sim::Nanos kS = causeway::bus::kSecond;

/** @brief The distribution @p spec describes; a spec that does not parse stops the test. */
inline Distribution distribution(const nlohmann::json &spec)
{
    auto parsed = Distribution::parse(spec, "/d");
    if (!parsed)
        qFatal("distribution does not parse: %s", parsed.error().toString().c_str());
    return *parsed;
}

/** @brief The rate model @p spec describes; a spec that does not parse stops the test. */
inline RateModel rateModel(const nlohmann::json &spec)
{
    auto parsed = RateModel::parse(spec, "/r");
    if (!parsed)
        qFatal("rate model does not parse: %s", parsed.error().toString().c_str());
    return *parsed;
}

} // namespace simtest
