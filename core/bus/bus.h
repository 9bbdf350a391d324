#pragma once

#include "bus/bus_metrics.h"
#include "bus/clock.h"
#include "bus/dead_letter_queue.h"
#include "bus/delivery.h"
#include "bus/delivery_policy.h"
#include "bus/subscription.h"
#include "catalog/issue.h"
#include "common/result.h"
#include "routing/rule_index.h"

#include <chrono>
#include <deque>
#include <future>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

namespace causeway::catalog {
class DefinitionRegistry;
class EventValidator;
} // namespace causeway::catalog

namespace causeway::store {
class EventStore;
}

namespace causeway::bus {

/** @brief What the bus is built from; everything but the rules is optional. */
struct BusOptions
{
    const catalog::DefinitionRegistry *registry = nullptr; // validation is off without it
    store::EventStore *store = nullptr; // persistence is off without it; outlives the bus
    // Deliveries start only after the store has committed their events, so a consumer never
    // sees an event a crash could lose. Off, the store trails delivery (faster simulations).
    bool deliverAfterCommit = true;
    // Trailing, the store gets events in batches, and an event waits at most this long for
    // its batch to fill: how far the store may lag behind what a person watches.
    std::chrono::milliseconds trailingStoreLatency{50};
    const Clock *clock = nullptr; // a steady clock when null
    std::uint64_t seed = 1;       // for the backoff jitter
    // Dead letters held whole for inspection and requeue; older ones are only counted.
    std::size_t deadLetterCapacity = DeadLetterQueue::kDefaultCapacity;
};

/** @brief How one event is published. */
struct PublishOptions
{
    bool replay = false; // delivered with Delivery::replay set, exempt from dedup windows
    bool persist = true; // false for events that are already in the store (replays)
    // When a subscriber's queue is full: refuse (the default), or wait, running deliveries
    // on the publishing thread until there is room. Waiting still refuses when nothing can
    // make room now (deliveries pending elsewhere, retries or breakers waiting for time).
    bool waitForRoom = false;
};

/** @brief The bus's answer to publish(): accepted, or refused with the reason. */
struct PublishResult
{
    enum class Status { Accepted, Invalid, QueueFull };
    Status status = Status::Accepted;
    std::string message;                // why it was refused
    std::vector<catalog::Issue> issues; // validation problems, for Invalid
    std::size_t deliveries = 0;         // deliveries queued
    std::size_t duplicates = 0;         // subscribers that had already seen it

    bool accepted() const { return status == Status::Accepted; }
};

/**
 * @brief The in-process event bus: publish -> validate -> persist -> route -> deliver.
 *
 * publish() validates the event against the catalog, routes it through the rule index and
 * queues one delivery per matching subscriber; when a subscriber's queue is full the event
 * is refused as a whole, before anything is stored, so nothing is dropped silently.
 * dispatch() hands the accepted events to the store's writer (and waits for the commit,
 * unless the store trails delivery) and then runs deliveries, most urgent `prioritylevel`
 * first. Failed deliveries are retried with backoff and then dead-lettered; a circuit
 * breaker per subscriber holds deliveries back while it is open.
 *
 * Not thread-safe: one thread publishes and dispatches, so a simulation can drive it in
 * virtual time (see Clock and nextDueTime()). Handlers run inside dispatch() and may
 * publish.
 */
class Bus
{
public:
    explicit Bus(std::vector<routing::Rule> rules, BusOptions options = {});
    ~Bus();
    Bus(const Bus &) = delete;
    Bus &operator=(const Bus &) = delete;

    /** @brief Receives the deliveries rules route to @p target; one subscriber per target. */
    Result<Subscription> subscribe(const routing::Target &target, Handler handler,
                                   SubscriberOptions options = {});

    /** @brief Takes @p event only when it accepts it: a refused event is left to the caller. */
    PublishResult publish(model::CloudEvent &&event, PublishOptions options = {});
    PublishResult publish(const model::CloudEvent &event, PublishOptions options = {})
    {
        return publish(model::CloudEvent(event), options);
    }

    /**
     * @brief Releases retries that are due and runs up to @p maxDeliveries deliveries;
     * returns how many ran. Call until it returns 0 to drain what is ready now.
     */
    std::size_t dispatch(std::size_t maxDeliveries = SIZE_MAX);

    /** @brief Reports the outcome of a delivery whose handler returned Outcome::pending(). */
    Status complete(DeliveryId delivery, const Outcome &outcome);

    /** @brief When the next retry or breaker trial is due, if one is waiting. */
    std::optional<Nanos> nextDueTime() const;

    /** @brief Nothing queued, waiting for a retry, or in progress. */
    bool idle() const;

    /** @brief Waits until the store has committed every event published so far. */
    Status flush();

    /**
     * @brief Hands the accepted events the store has not been given yet to its writer,
     * without waiting for the commit. With deliverAfterCommit off, dispatch() does so only
     * once a batch is full or its oldest event has waited a moment; a driver that pauses
     * between slices calls this at the end of each, so the store keeps up with the run.
     */
    void persistQueued();

    const DeadLetterQueue &deadLetters() const { return m_deadLetters; }

    /**
     * @brief Takes a dead letter out of the queue and delivers it again, from the first
     * attempt: to its subscriber, or through the rules when it never reached one.
     */
    Status requeue(std::uint64_t deadLetterId);

    BusMetrics metrics() const;

    /** @brief Deliveries waiting for @p target now, retries included; 0 without a subscriber. */
    std::size_t waiting(const routing::Target &target) const;

    const routing::RuleIndex &rules() const { return m_index; }

private:
    friend class Subscription;
    struct Subscriber;
    struct Pending;
    struct Timer;
    struct Route;
    struct Target
    {
        Subscriber *subscriber;
        const routing::Rule *rule;
    };

    void unsubscribe(std::uint64_t id);
    void rebuildRoutes();
    // Fills @p targets with one delivery per subscriber; returns a subscriber without room.
    const Subscriber *planDeliveries(const std::vector<const routing::Rule *> &matched,
                                     std::vector<Target> &targets) const;
    TypeMetrics &typeMetrics(const std::string &type);
    PublishResult refuse(PublishResult::Status status, std::string message, TypeMetrics &type);
    void enqueue(Subscriber &subscriber, Pending pending);
    void schedule(Subscriber &subscriber);
    void releaseDueTimers(Nanos now);
    void deliver(Subscriber &subscriber, Pending pending);
    void finish(Subscriber &subscriber, Pending pending, const Outcome &outcome);
    void retryOrGiveUp(Subscriber &subscriber, Pending pending, const std::string &reason);
    void deadLetter(const model::CloudEvent &event, const Subscriber *subscriber,
                    const routing::Rule *rule, std::string reason, int attempts);
    void addTimer(Nanos due, Subscriber &subscriber, std::optional<Pending> retry);
    bool persistDue() const;
    void collectAppends(bool wait);
    void releaseIfUnused(Subscriber &subscriber);
    Nanos now() const { return m_clock->now(); }

    BusOptions m_options;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    std::unique_ptr<catalog::EventValidator> m_validator;
    routing::RuleIndex m_index;
    std::vector<RuleMetrics> m_ruleMetrics;   // by position in m_index.rules()
    std::vector<std::vector<Route>> m_routes; // by rule position: its targets, resolved

    std::unordered_map<std::uint64_t, std::unique_ptr<Subscriber>> m_subscribers;
    std::unordered_map<std::string, Subscriber *> m_byTarget; // by routing::targetLabel()
    std::uint64_t m_nextSubscriberId = 1;
    std::deque<Subscriber *> m_ready; // subscribers with deliveries they can start
    std::vector<Timer> m_timers;      // a min-heap on (due, sequence)
    std::uint64_t m_timerSequence = 0;
    std::unordered_map<DeliveryId, Pending> m_inFlight; // handlers that returned pending
    DeliveryId m_nextDelivery = 1;

    std::unordered_map<std::string, TypeMetrics> m_typeMetrics;
    DeadLetterQueue m_deadLetters;
    std::vector<std::shared_ptr<const model::CloudEvent>> m_toPersist; // not yet in the store
    bool m_persistingReplays = false;           // what m_toPersist holds
    std::chrono::steady_clock::time_point m_oldestToPersist; // when m_toPersist[0] came
    std::deque<std::future<causeway::Status>> m_appends;
    std::uint64_t m_persistFailures = 0;
    std::string m_lastPersistError;
    std::mt19937_64 m_random;
    std::shared_ptr<Bus *> m_self; // Subscription handles watch it to know the bus is alive
};

} // namespace causeway::bus
