#pragma once

#include "sim/sim_metrics.h"

#include <nlohmann/json.hpp>
#include <string>

namespace causeway::sim {

/** @brief What a report says about the run besides its metrics. */
struct RunSummary
{
    std::string project;
    std::uint64_t seed = 0;
    std::string stopReason;
    bus::Nanos start = 0;     // Unix nanoseconds of virtual time zero
    std::uint64_t digest = 0; // of the event log
    double wallSeconds = 0;
};

/**
 * @brief The run as one JSON document: totals, events and outcomes per type, actors with
 * latency percentiles and utilisation, workflow latency, and the time series for charts.
 * Durations are in milliseconds of virtual time.
 */
nlohmann::json reportJson(const SimMetrics &metrics, const RunSummary &summary);

} // namespace causeway::sim
