// The delivery half of the bus: queues, retries, breakers, dead letters.
#include "bus/bus.h"
#include "bus/subscriber.h"

#include <algorithm>

namespace causeway::bus {

namespace {

// The event of the next attempt: the same event with retrycount one higher.
std::shared_ptr<const model::CloudEvent> withRetryCount(const model::CloudEvent &event)
{
    auto copy = std::make_shared<model::CloudEvent>(event);
    const auto current = copy->extensions.find("retrycount");
    const int previous =
        current != copy->extensions.end() && current->second.type() == model::AttributeType::Integer
            ? current->second.asInt()
            : 0;
    copy->extensions.insert_or_assign("retrycount", model::AttributeValue::integer(previous + 1));
    return copy;
}

} // namespace

void Bus::enqueue(Subscriber &subscriber, Pending pending)
{
    subscriber.push(std::move(pending));
    schedule(subscriber);
}

void Bus::schedule(Subscriber &subscriber)
{
    if (subscriber.scheduled || subscriber.closed || !subscriber.queued ||
        subscriber.inFlight >= subscriber.options.concurrency)
        return;
    subscriber.scheduled = true;
    m_ready.push_back(&subscriber);
}

void Bus::addTimer(Nanos due, Subscriber &subscriber, std::optional<Pending> retry)
{
    m_timers.push_back({due, m_timerSequence++, &subscriber, std::move(retry)});
    std::push_heap(m_timers.begin(), m_timers.end(), std::greater<>());
}

void Bus::releaseDueTimers(Nanos now)
{
    while (!m_timers.empty() && m_timers.front().due <= now) {
        std::pop_heap(m_timers.begin(), m_timers.end(), std::greater<>());
        Timer timer = std::move(m_timers.back());
        m_timers.pop_back();
        Subscriber &subscriber = *timer.subscriber;
        if (!timer.retry) {
            subscriber.wakeScheduled = false;
        } else {
            --subscriber.retrying;
            if (subscriber.closed)
                deadLetter(*timer.retry->event, &subscriber, timer.retry->rule,
                           "the subscriber left", timer.retry->attempt - 1);
            else
                subscriber.push(std::move(*timer.retry));
        }
        schedule(subscriber);
        releaseIfUnused(subscriber);
    }
}

std::optional<Nanos> Bus::nextDueTime() const
{
    if (m_timers.empty())
        return std::nullopt;
    return m_timers.front().due;
}

bool Bus::idle() const
{
    return m_ready.empty() && m_timers.empty() && m_inFlight.empty() &&
           std::none_of(m_subscribers.begin(), m_subscribers.end(),
                        [](const auto &entry) { return entry.second->waiting() > 0; });
}

std::size_t Bus::dispatch(std::size_t maxDeliveries)
{
    if (persistDue())
        persistQueued(); // committing first, the store gets every event before its deliveries
    if (m_options.deliverAfterCommit && !m_ready.empty())
        (void)flush(); // failures are counted in the metrics and reported by flush()
    else
        collectAppends(false);
    releaseDueTimers(now());
    std::size_t delivered = 0;
    while (delivered < maxDeliveries && !m_ready.empty()) {
        Subscriber &subscriber = *m_ready.front();
        m_ready.pop_front();
        subscriber.scheduled = false;
        if (subscriber.closed || !subscriber.queued ||
            subscriber.inFlight >= subscriber.options.concurrency) {
            releaseIfUnused(subscriber);
            continue;
        }
        if (!subscriber.breaker.allows(now())) {
            // Open: look again when it lets a trial through. Half-open with a trial
            // running: the trial's outcome schedules it again.
            if (subscriber.breaker.state() == CircuitBreaker::State::Open &&
                !subscriber.wakeScheduled) {
                subscriber.wakeScheduled = true;
                addTimer(subscriber.breaker.reopensAt(), subscriber, std::nullopt);
            }
            continue;
        }
        deliver(subscriber, subscriber.popMostUrgent()); // reschedules it: round robin
        ++delivered;
    }
    return delivered;
}

void Bus::deliver(Subscriber &subscriber, Pending pending)
{
    subscriber.breaker.onStart();
    ++subscriber.inFlight;
    const Delivery delivery{pending.id,      *pending.event, pending.rule,
                            pending.attempt, pending.replay, pending.event};
    // The handler may publish, subscribe or unsubscribe; nothing here is held across it
    // except the subscriber, which stays alive while a delivery is in flight.
    Outcome outcome = subscriber.handler(delivery);
    if (outcome.kind == Outcome::Kind::Pending) {
        m_inFlight.emplace(pending.id, std::move(pending));
        schedule(subscriber); // its concurrency may allow another one
        return;
    }
    finish(subscriber, std::move(pending), outcome); // may release a subscriber that left
}

Status Bus::complete(DeliveryId delivery, const Outcome &outcome)
{
    const auto found = m_inFlight.find(delivery);
    if (found == m_inFlight.end())
        return makeError("delivery " + std::to_string(delivery) + " is not in progress");
    if (outcome.kind == Outcome::Kind::Pending)
        return makeError("a delivery completes as done or failed, not pending");
    Pending pending = std::move(found->second);
    m_inFlight.erase(found);
    Subscriber &subscriber = *pending.subscriber; // kept alive while it has work in flight
    finish(subscriber, std::move(pending), outcome);
    return Ok{};
}

void Bus::finish(Subscriber &subscriber, Pending pending, const Outcome &outcome)
{
    --subscriber.inFlight;
    const Nanos finishedAt = now();
    if (outcome.kind == Outcome::Kind::Done) {
        subscriber.breaker.onSuccess();
        const Nanos latency = finishedAt - pending.publishedAt;
        ++subscriber.metrics.delivered;
        subscriber.metrics.latency.record(latency);
        ++pending.type->delivered;
        pending.type->latency.record(latency);
        if (pending.rule) {
            RuleMetrics &rule = m_ruleMetrics[pending.rule - m_index.rules().data()];
            ++rule.delivered;
            rule.latency.record(latency);
        }
    } else {
        subscriber.breaker.onFailure(finishedAt);
        ++subscriber.metrics.failures;
        retryOrGiveUp(subscriber, std::move(pending), outcome.reason);
    }
    schedule(subscriber);
    releaseIfUnused(subscriber);
}

void Bus::retryOrGiveUp(Subscriber &subscriber, Pending pending, const std::string &reason)
{
    if (pending.attempt >= subscriber.options.retry.maxAttempts || subscriber.closed) {
        ++pending.type->deadLettered;
        if (pending.rule)
            ++m_ruleMetrics[pending.rule - m_index.rules().data()].deadLettered;
        ++subscriber.metrics.deadLettered;
        deadLetter(*pending.event, &subscriber, pending.rule,
                   "failed " + std::to_string(pending.attempt) + " time" +
                       (pending.attempt == 1 ? "" : "s") + ": " + reason,
                   pending.attempt);
        return;
    }
    const double unit = std::generate_canonical<double, 53>(m_random);
    const Nanos due = now() + backoffDelay(subscriber.options.retry, pending.attempt, unit);
    ++pending.attempt;
    pending.event = withRetryCount(*pending.event);
    ++subscriber.metrics.retries;
    ++subscriber.retrying;
    addTimer(due, subscriber, std::move(pending));
}

void Bus::deadLetter(const model::CloudEvent &event, const Subscriber *subscriber,
                     const routing::Rule *rule, std::string reason, int attempts)
{
    DeadLetter letter;
    letter.event = event;
    letter.target = subscriber ? subscriber->label : std::string();
    letter.rule = rule ? rule->name : std::string();
    letter.reason = std::move(reason);
    letter.attempts = attempts;
    letter.at = now();
    m_deadLetters.add(std::move(letter));
}

Status Bus::requeue(std::uint64_t deadLetterId)
{
    const DeadLetter *letter = m_deadLetters.find(deadLetterId);
    if (!letter)
        return makeError("there is no dead letter " + std::to_string(deadLetterId));
    if (letter->target.empty()) {
        // It never reached a subscriber: route it again, as a replay so dedup lets it pass.
        DeadLetter taken = *m_deadLetters.take(deadLetterId);
        const PublishResult result =
            publish(std::move(taken.event), PublishOptions{.replay = true, .persist = false});
        if (!result.accepted()) {
            m_deadLetters.add(std::move(taken));
            return makeError(result.message);
        }
        return Ok{};
    }
    const auto found = m_byTarget.find(letter->target);
    if (found == m_byTarget.end())
        return makeError("nothing is subscribed to " + letter->target + " now");
    Subscriber &subscriber = *found->second;
    if (!subscriber.hasRoom())
        return makeError(subscriber.label + " has no room in its queue");
    DeadLetter taken = *m_deadLetters.take(deadLetterId);
    Pending pending;
    pending.id = m_nextDelivery++;
    pending.subscriber = &subscriber;
    pending.type = &typeMetrics(taken.event.type);
    pending.priority = priorityOf(taken.event);
    pending.publishedAt = now();
    pending.replay = true;
    pending.event = std::make_shared<const model::CloudEvent>(std::move(taken.event));
    enqueue(subscriber, std::move(pending));
    return Ok{};
}

} // namespace causeway::bus
