#include "sim/sim_report.h"

#include "model/attribute.h"
#include "model/calendar.h"

#include <cstdio>

namespace causeway::sim {

using nlohmann::json;

namespace {

double milliseconds(bus::Nanos nanos)
{
    return static_cast<double>(nanos) / 1e6;
}

// Null figures when nothing was measured: a zero would read as instant work.
json percentiles(const bus::LatencyHistogram &histogram)
{
    if (histogram.count() == 0)
        return {{"count", 0},     {"p50", nullptr}, {"p95", nullptr},
                {"p99", nullptr}, {"max", nullptr}, {"mean", nullptr}};
    return {{"count", histogram.count()},
            {"p50", milliseconds(histogram.percentile(0.50))},
            {"p95", milliseconds(histogram.percentile(0.95))},
            {"p99", milliseconds(histogram.percentile(0.99))},
            {"max", milliseconds(histogram.max())},
            {"mean", histogram.mean() / 1e6}};
}

std::string hex(std::uint64_t value)
{
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
    return text;
}

} // namespace

json reportJson(const SimMetrics &metrics, const RunSummary &summary)
{
    const double seconds = static_cast<double>(metrics.elapsed) / 1e9;
    const auto perSecond = [&](std::uint64_t count) {
        return seconds > 0 ? static_cast<double>(count) / seconds : 0.0;
    };
    json types = json::object();
    for (const auto &[type, count] : metrics.publishedByType)
        types[type] = {{"published", count}, {"perSecond", perSecond(count)}};
    for (const auto &[type, count] : metrics.invalidByType)
        types[type]["invalid"] = count;

    std::uint64_t ended = 0;
    for (const auto &[type, count] : metrics.outcomes)
        ended += count;
    json outcomes = json::object();
    for (const auto &[type, count] : metrics.outcomes)
        outcomes[type] = {{"count", count},
                          {"share", ended ? static_cast<double>(count) / ended : 0.0}};

    json actors = json::object();
    for (const auto &[name, actor] : metrics.actors)
        actors[name] = {{"processed", actor.processed},
                        {"failures", actor.failures},
                        {"capacity", actor.capacity},
                        {"utilisation", actor.utilisation(metrics.elapsed)},
                        {"maxQueue", actor.maxQueue},
                        {"processing", percentiles(actor.processing)},
                        {"response", percentiles(actor.response)}};

    json series = json::array();
    for (const ThroughputSlice &slice : metrics.slices)
        series.push_back({{"at", milliseconds(slice.start)},
                          {"published", slice.published},
                          {"queueDepth", slice.queueDepth}});

    return {{"project", summary.project},
            {"seed", summary.seed},
            {"start", model::formatTimestampMillis(summary.start / 1'000'000)},
            {"virtualSeconds", seconds},
            {"wallSeconds", summary.wallSeconds},
            {"stopReason", summary.stopReason},
            {"digest", hex(summary.digest)},
            {"events",
             {{"published", metrics.published},
              {"perSecond", perSecond(metrics.published)},
              {"blocked", metrics.blocked},
              {"heldBack", metrics.heldBack},
              {"bySource", metrics.sourceEvents},
              {"invalidExamples", metrics.invalidExamples}}},
            {"types", types},
            {"outcomes", outcomes},
            {"workflows",
             {{"ended", ended},
              {"open", metrics.openWorkflows},
              {"latency", percentiles(metrics.workflowLatency)},
              {"joinTimeouts", metrics.joinTimeouts},
              {"lateJoinParts", metrics.lateJoinParts},
              {"waitTimeouts", metrics.waitTimeouts}}},
            {"actors", actors},
            {"sinks", metrics.sinks},
            {"delivery",
             {{"retries", metrics.retries},
              {"deadLetters", metrics.deadLetters},
              {"deadLetterExamples", metrics.deadLetterExamples}}},
            {"series", series}};
}

} // namespace causeway::sim
