#pragma once

#include "bus/latency_histogram.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace causeway::sim {

/** @brief What one simulated actor did, over virtual time. */
struct ActorMetrics
{
    std::uint64_t processed = 0; // deliveries it finished, failed ones included
    std::uint64_t failures = 0;  // simulated failures, each retried or dead-lettered by the bus
    bus::Nanos busy = 0;         // processing time summed over its capacity
    std::size_t capacity = 1;
    std::size_t maxQueue = 0;
    bus::LatencyHistogram processing; // time per finished delivery
    bus::LatencyHistogram response;   // from publish to the end of a delivery (bus latency)

    /** @brief Busy share of the time it could have worked, 0..1. */
    double utilisation(bus::Nanos elapsed) const
    {
        return elapsed > 0 ? static_cast<double>(busy) /
                                 (static_cast<double>(elapsed) * static_cast<double>(capacity))
                           : 0.0;
    }
};

/** @brief Events per type in one slice of virtual time, for charts. */
struct ThroughputSlice
{
    bus::Nanos start = 0; // virtual time since the start of the run
    std::map<std::string, std::uint64_t> published;
    std::map<std::string, std::size_t> queueDepth; // per actor, at the end of the slice
};

/** @brief Everything a run measured; virtual time throughout. */
struct SimMetrics
{
    bus::Nanos elapsed = 0;
    std::uint64_t published = 0;
    std::map<std::string, std::uint64_t> publishedByType;
    std::map<std::string, std::uint64_t> invalidByType;
    std::vector<std::string> invalidExamples; // the first few refusals, as messages
    std::uint64_t blocked = 0;                // publishes that waited for queue room
    std::uint64_t heldBack = 0;               // events still waiting for room when it stopped
    std::map<std::string, std::uint64_t> sourceEvents; // events each source created
    std::map<std::string, ActorMetrics> actors;
    std::map<std::string, std::uint64_t> sinks;    // deliveries by target, "sink audit-log"
    std::map<std::string, std::uint64_t> outcomes; // workflows ended, by outcome type
    bus::LatencyHistogram workflowLatency;         // first event to outcome, per workflow
    std::uint64_t openWorkflows = 0;               // started and not ended when the run stopped
    std::uint64_t rememberedWorkflows = 0; // actors' memories of one workflow, still held
    std::uint64_t sleepingRepeats = 0; // repeat steps waiting for their next round (repayments)
    std::uint64_t sleepingBytes = 0;   // what they hold: their triggers and contexts, encoded
    std::uint64_t joinTimeouts = 0;
    std::uint64_t lateJoinParts = 0; // arrived when their join had completed or timed out
    std::uint64_t waitTimeouts = 0;
    std::uint64_t retries = 0;
    std::uint64_t deadLetters = 0;
    // The first few dead letters: "TYPE ID at TARGET (rule R): REASON".
    std::vector<std::string> deadLetterExamples;
    std::vector<ThroughputSlice> slices;
};

} // namespace causeway::sim
