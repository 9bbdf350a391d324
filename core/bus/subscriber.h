#pragma once

// The bus's private bookkeeping, shared by its source files; not part of the interface.

#include "bus/bus.h"
#include "bus/circuit_breaker.h"
#include "bus/dedup_window.h"

#include <algorithm>
#include <array>

namespace causeway::bus {

/** @brief The event's prioritylevel, 1 (lowest) to 5 (most urgent); 3 when it has none. */
inline int priorityOf(const model::CloudEvent &event)
{
    const auto found = event.extensions.find("prioritylevel");
    if (found == event.extensions.end() || found->second.type() != model::AttributeType::Integer)
        return 3;
    return std::clamp(found->second.asInt(), 1, 5);
}

/** @brief One delivery waiting in a queue, for a retry, or in progress. */
struct Bus::Pending
{
    DeliveryId id = 0;
    std::shared_ptr<const model::CloudEvent> event; // shared by the fan-out
    Subscriber *subscriber = nullptr;
    const routing::Rule *rule = nullptr;
    TypeMetrics *type = nullptr;
    int attempt = 1;
    int priority = 3; // prioritylevel, 1 (lowest) to 5 (most urgent)
    Nanos publishedAt = 0;
    bool replay = false;
};

/** @brief A subscriber: its handler, its queue by priority, breaker, dedup and counters. */
struct Bus::Subscriber
{
    static constexpr int kPriorities = 5;

    Subscriber(std::uint64_t id, routing::Target target, Handler handler, SubscriberOptions options)
        : id(id), target(std::move(target)), label(routing::targetLabel(this->target)),
          handler(std::move(handler)), options(options), breaker(options.breaker),
          dedup(options.dedupWindow, options.dedupCapacity)
    {
    }

    bool hasRoom() const { return waiting() < options.queueCapacity; }
    std::size_t waiting() const { return queued + retrying; }

    void push(Pending pending)
    {
        queues[pending.priority - 1].push_back(std::move(pending));
        ++queued;
        metrics.maxQueued = std::max(metrics.maxQueued, waiting());
    }

    Pending popMostUrgent()
    {
        for (int level = kPriorities - 1;; --level) {
            if (!queues[level].empty()) {
                Pending next = std::move(queues[level].front());
                queues[level].pop_front();
                --queued;
                return next;
            }
        }
    }

    std::uint64_t id;
    routing::Target target;
    std::string label;
    Handler handler;
    SubscriberOptions options;
    CircuitBreaker breaker;
    DedupWindow dedup;
    std::array<std::deque<Pending>, kPriorities> queues;
    std::size_t queued = 0;
    std::size_t retrying = 0; // waiting in the timer heap
    std::size_t inFlight = 0;
    bool scheduled = false;     // in Bus::m_ready
    bool wakeScheduled = false; // a timer will reconsider it when its breaker lets a trial through
    bool closed = false;        // unsubscribed; kept until nothing refers to it
    SubscriberMetrics metrics;
};

/** @brief A retry that becomes due, or a subscriber to look at again when its breaker half-opens.
 */
struct Bus::Timer
{
    Nanos due = 0;
    std::uint64_t sequence = 0; // keeps timers that are due together in order
    Subscriber *subscriber = nullptr;
    std::optional<Pending> retry;

    bool operator>(const Timer &other) const
    {
        return due != other.due ? due > other.due : sequence > other.sequence;
    }
};

/** @brief A rule's target, resolved to its subscriber (null when none is subscribed). */
struct Bus::Route
{
    const routing::Target *target = nullptr;
    Subscriber *subscriber = nullptr;
};

} // namespace causeway::bus
