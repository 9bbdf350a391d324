#pragma once

#include "bus/latency_histogram.h"

#include <cstdint>
#include <map>
#include <string>

namespace causeway::bus {

// Latencies run from publish to the end of a successful delivery: queueing, retries and
// processing included.

struct TypeMetrics
{
    std::uint64_t published = 0;
    std::uint64_t invalid = 0;   // refused by validation
    std::uint64_t refused = 0;   // refused because a target's queue was full
    std::uint64_t unrouted = 0;  // no rule matched
    std::uint64_t delivered = 0; // successful deliveries (one per subscriber)
    std::uint64_t deadLettered = 0;
    LatencyHistogram latency;
};

struct RuleMetrics
{
    std::uint64_t matched = 0;
    std::uint64_t delivered = 0;
    std::uint64_t deadLettered = 0;
    LatencyHistogram latency;
};

struct SubscriberMetrics
{
    std::uint64_t delivered = 0;
    std::uint64_t failures = 0; // failed attempts, retried or not
    std::uint64_t retries = 0;
    std::uint64_t deadLettered = 0;
    std::uint64_t duplicates = 0; // skipped by the dedup window
    std::size_t queued = 0;       // waiting now, retries included
    std::size_t maxQueued = 0;
    std::size_t inFlight = 0;
    std::string breaker = "closed";
    int breakerOpened = 0;
    LatencyHistogram latency;
};

/** @brief A copy of the bus's counters, safe to keep and to hand to another thread. */
struct BusMetrics
{
    std::map<std::string, TypeMetrics> types;             // by event type
    std::map<std::string, RuleMetrics> rules;             // by rule name
    std::map<std::string, SubscriberMetrics> subscribers; // by target, "actor credit-check"
    std::uint64_t deadLetters = 0;        // in the queue now, those dropped for room included
    std::uint64_t deadLettersDropped = 0; // let go to make room: counted, no longer held
    std::uint64_t persistFailures = 0;                    // appends the store refused
    std::string lastPersistError;
};

} // namespace causeway::bus
