#pragma once

#include "bus/clock.h"

#include <cstddef>
#include <cstdint>

namespace causeway::bus {

/**
 * @brief At-least-once delivery: a failed delivery is tried again after an exponential
 * backoff (initial * multiplier^(retry-1), capped) shortened by a random part of up to
 * `jitter` of itself, so failing consumers are not hit by synchronised waves of retries.
 */
struct RetryPolicy
{
    int maxAttempts = 5; // the first delivery included; then the event is dead-lettered
    Nanos initialBackoff = 100 * kMillisecond;
    Nanos maxBackoff = 30 * kSecond;
    double multiplier = 2.0;
    double jitter = 0.5; // 0: none; 1: anywhere between 0 and the full backoff
};

/**
 * @brief The circuit breaker of one target: after `failureThreshold` failures in a row no
 * delivery is attempted for `openFor`; then one trial decides whether it closes again.
 * Deliveries wait in the queue meanwhile, and count against its capacity.
 */
struct BreakerPolicy
{
    int failureThreshold = 5; // 0 disables the breaker
    Nanos openFor = 10 * kSecond;
};

/** @brief How the bus delivers to one subscriber. */
struct SubscriberOptions
{
    std::size_t queueCapacity = 10'000; // queued and retry-waiting deliveries, at most
    std::size_t concurrency = 1;        // deliveries in progress at once
    RetryPolicy retry;
    BreakerPolicy breaker;
    // Idempotent consumer: an event (source, id) already delivered within the window is not
    // delivered again; replays are exempt, they are asked for explicitly.
    Nanos dedupWindow = 10 * 60 * kSecond; // 0 disables
    std::size_t dedupCapacity = 100'000;   // keys remembered at most, oldest forgotten first
};

/** @brief The delay before retry number @p retry (1 for the first retry); @p unit is in [0, 1). */
Nanos backoffDelay(const RetryPolicy &policy, int retry, double unit);

} // namespace causeway::bus
