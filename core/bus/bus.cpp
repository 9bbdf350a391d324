#include "bus/bus.h"

#include "bus/subscriber.h"
#include "catalog/event_validator.h"
#include "store/event_store.h"

#include <algorithm>

namespace causeway::bus {

namespace {

// Bounds the appends handed to the store and not yet committed: beyond it, publishing
// waits for the writer, so a slow disk slows publishers instead of filling memory. The
// writer holds the events themselves until it commits them (16k here, some 50 MB).
constexpr std::size_t kMaxUncommittedAppends = 32;
constexpr std::size_t kPersistBatch = 512;

} // namespace

Bus::Bus(std::vector<routing::Rule> rules, BusOptions options)
    : m_options(options), m_ownClock(options.clock ? nullptr : std::make_unique<SteadyClock>()),
      m_clock(options.clock ? options.clock : m_ownClock.get()),
      m_validator(options.registry ? std::make_unique<catalog::EventValidator>(*options.registry)
                                   : nullptr),
      m_index(std::move(rules)), m_ruleMetrics(m_index.rules().size()),
      m_deadLetters(options.deadLetterCapacity), m_random(options.seed),
      m_self(std::make_shared<Bus *>(this))
{
    rebuildRoutes();
}

Bus::~Bus()
{
    m_self.reset(); // handles that outlive the bus see it gone
    (void)flush();
}

Result<Subscription> Bus::subscribe(const routing::Target &target, Handler handler,
                                    SubscriberOptions options)
{
    if (target.kind == routing::Target::Kind::DeadLetter)
        return makeError("the dead-letter queue is read through deadLetters(), not subscribed to");
    const std::string label = routing::targetLabel(target);
    if (m_byTarget.contains(label))
        return makeError(label + " already has a subscriber");
    if (!handler)
        return makeError(label + ": a subscription needs a handler");
    options.concurrency = std::max<std::size_t>(options.concurrency, 1);
    options.retry.maxAttempts = std::max(options.retry.maxAttempts, 1);
    const std::uint64_t id = m_nextSubscriberId++;
    auto subscriber = std::make_unique<Subscriber>(id, target, std::move(handler), options);
    m_byTarget.emplace(label, subscriber.get());
    m_subscribers.emplace(id, std::move(subscriber));
    rebuildRoutes();
    return Subscription(m_self, id);
}

void Bus::unsubscribe(std::uint64_t id)
{
    const auto found = m_subscribers.find(id);
    if (found == m_subscribers.end() || found->second->closed)
        return;
    Subscriber &subscriber = *found->second;
    subscriber.closed = true;
    m_byTarget.erase(subscriber.label);
    rebuildRoutes();
    // Nothing accepted is lost: what waits for this subscriber goes to the dead letters.
    while (subscriber.queued) {
        Pending pending = subscriber.popMostUrgent();
        deadLetter(*pending.event, &subscriber, pending.rule, "the subscriber left",
                   pending.attempt - 1);
    }
    releaseIfUnused(subscriber);
}

void Bus::releaseIfUnused(Subscriber &subscriber)
{
    if (!subscriber.closed || subscriber.waiting() || subscriber.inFlight || subscriber.scheduled ||
        subscriber.wakeScheduled)
        return;
    m_subscribers.erase(subscriber.id);
}

void Bus::rebuildRoutes()
{
    const auto &rules = m_index.rules();
    m_routes.assign(rules.size(), {});
    for (std::size_t i = 0; i < rules.size(); ++i) {
        for (const routing::Target &target : rules[i].targets) {
            const auto found = m_byTarget.find(routing::targetLabel(target));
            m_routes[i].push_back({&target, found == m_byTarget.end() ? nullptr : found->second});
        }
    }
}

TypeMetrics &Bus::typeMetrics(const std::string &type)
{
    const auto found = m_typeMetrics.find(type);
    return found != m_typeMetrics.end() ? found->second : m_typeMetrics[type];
}

PublishResult Bus::refuse(PublishResult::Status status, std::string message, TypeMetrics &type)
{
    ++(status == PublishResult::Status::Invalid ? type.invalid : type.refused);
    PublishResult result;
    result.status = status;
    result.message = std::move(message);
    return result;
}

const Bus::Subscriber *Bus::planDeliveries(const std::vector<const routing::Rule *> &matched,
                                           std::vector<Target> &targets) const
{
    targets.clear();
    for (const routing::Rule *rule : matched) {
        for (const Route &route : m_routes[rule - m_index.rules().data()]) {
            Subscriber *subscriber = route.subscriber;
            if (!subscriber || std::any_of(targets.begin(), targets.end(), [&](const Target &t) {
                    return t.subscriber == subscriber;
                }))
                continue; // one delivery per subscriber; the first rule naming it decides
            if (!subscriber->hasRoom())
                return subscriber;
            targets.push_back({subscriber, rule});
        }
    }
    return nullptr;
}

PublishResult Bus::publish(model::CloudEvent &&event, PublishOptions options)
{
    TypeMetrics &type = typeMetrics(event.type);
    if (m_validator) {
        catalog::ValidationReport report = m_validator->validate(event);
        if (!report.valid()) {
            const catalog::Issue &first = report.issues.front();
            // Where, too: "/data/amount" tells a payload's member from an attribute.
            const std::string where = first.pointer.empty() ? std::string() : first.pointer + ": ";
            PublishResult result =
                refuse(PublishResult::Status::Invalid,
                       "event " + event.id + " is not valid: " + where + first.message, type);
            result.issues = std::move(report.issues);
            return result;
        }
    }

    // Route first and check every subscriber has room, so a refusal refuses the whole event.
    const std::vector<const routing::Rule *> matched = m_index.match(event);
    std::vector<Target> targets;
    while (const Subscriber *full = planDeliveries(matched, targets)) {
        // Waiting runs deliveries here; they may change the subscribers, so plan again.
        if (!options.waitForRoom || dispatch(1) == 0)
            return refuse(PublishResult::Status::QueueFull,
                          full->label + " has " + std::to_string(full->waiting()) +
                              " deliveries waiting, its capacity; event " + event.id +
                              " was not accepted",
                          type);
    }

    const Nanos publishedAt = now();
    ++type.published;
    if (matched.empty())
        ++type.unrouted;
    auto shared = std::make_shared<const model::CloudEvent>(std::move(event));
    if (m_options.store && options.persist) {
        if (m_persistingReplays != options.replay) // one batch, one kind
            persistQueued();
        m_persistingReplays = options.replay;
        if (m_toPersist.empty())
            m_oldestToPersist = std::chrono::steady_clock::now();
        m_toPersist.push_back(shared); // no copy: the store only reads it
    }

    PublishResult result;
    for (const routing::Rule *rule : matched) {
        const std::size_t position = rule - m_index.rules().data();
        ++m_ruleMetrics[position].matched;
        for (const Route &route : m_routes[position]) {
            if (route.target->kind == routing::Target::Kind::DeadLetter)
                deadLetter(*shared, nullptr, rule,
                           "routed to the dead-letter queue by rule " + rule->name, 0);
            else if (!route.subscriber)
                deadLetter(*shared, nullptr, rule,
                           "nothing is subscribed to " + routing::targetLabel(*route.target), 0);
        }
    }
    for (const auto &[subscriber, rule] : targets) {
        if (!options.replay &&
            !subscriber->dedup.firstSighting(shared->source, shared->id, publishedAt)) {
            ++subscriber->metrics.duplicates;
            ++result.duplicates;
            continue;
        }
        Pending pending;
        pending.id = m_nextDelivery++;
        // A rule's transform gives its subscriber a payload of its own.
        pending.event = rule->compiledTransform ? std::make_shared<const model::CloudEvent>(
                                                      rule->compiledTransform->transformed(*shared))
                                                : shared;
        pending.subscriber = subscriber;
        pending.rule = rule;
        pending.type = &type;
        pending.priority = priorityOf(*shared);
        pending.publishedAt = publishedAt;
        pending.replay = options.replay;
        enqueue(*subscriber, std::move(pending));
        ++result.deliveries;
    }
    if (m_toPersist.size() >= kPersistBatch)
        persistQueued();
    return result;
}

void Bus::persistQueued()
{
    if (m_toPersist.empty() || !m_options.store)
        return;
    collectAppends(m_appends.size() >= kMaxUncommittedAppends);
    m_appends.push_back(m_options.store->append(std::move(m_toPersist), m_persistingReplays));
    m_toPersist.clear(); // moved from: valid, and now certainly empty
}

bool Bus::persistDue() const
{
    if (m_toPersist.empty())
        return false;
    // Appends of one event each would cost the writer a wake-up, a promise and a
    // transaction per event: trailing, the store gets batches.
    return m_options.deliverAfterCommit ||
           std::chrono::steady_clock::now() - m_oldestToPersist >= m_options.trailingStoreLatency;
}

// Takes the results of committed appends; with @p wait, waits for the oldest one at least.
void Bus::collectAppends(bool wait)
{
    using namespace std::chrono_literals;
    while (!m_appends.empty() &&
           (wait || m_appends.front().wait_for(0s) == std::future_status::ready)) {
        const causeway::Status status = m_appends.front().get();
        m_appends.pop_front();
        if (!status) {
            ++m_persistFailures;
            m_lastPersistError = status.error().message;
        }
        wait = false;
    }
}

Status Bus::flush()
{
    persistQueued();
    const std::uint64_t failuresBefore = m_persistFailures;
    while (!m_appends.empty())
        collectAppends(true);
    if (m_persistFailures != failuresBefore)
        return makeError("the store refused events: " + m_lastPersistError);
    return Ok{};
}

std::size_t Bus::waiting(const routing::Target &target) const
{
    const auto found = m_byTarget.find(routing::targetLabel(target));
    return found == m_byTarget.end() ? 0 : found->second->waiting();
}

BusMetrics Bus::metrics() const
{
    BusMetrics out;
    for (const auto &[name, type] : m_typeMetrics)
        out.types.emplace(name, type);
    const auto &rules = m_index.rules();
    for (std::size_t i = 0; i < rules.size(); ++i)
        out.rules[rules[i].name.empty() ? rules[i].pointer : rules[i].name] = m_ruleMetrics[i];
    for (const auto &[id, subscriber] : m_subscribers) {
        if (subscriber->closed)
            continue;
        SubscriberMetrics metrics = subscriber->metrics;
        metrics.queued = subscriber->waiting();
        metrics.inFlight = subscriber->inFlight;
        metrics.breaker = std::string(stateName(subscriber->breaker.state()));
        metrics.breakerOpened = subscriber->breaker.timesOpened();
        out.subscribers.emplace(subscriber->label, std::move(metrics));
    }
    out.deadLetters = m_deadLetters.count();
    out.deadLettersDropped = m_deadLetters.dropped();
    out.persistFailures = m_persistFailures;
    out.lastPersistError = m_lastPersistError;
    return out;
}

} // namespace causeway::bus
