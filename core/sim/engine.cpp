// The simulation loop: virtual time, sources, publishing and the run's metrics.
#include "sim/engine.h"

#include "model/attribute.h"
#include "model/calendar.h"
#include "model/json_format.h"

#include <algorithm>

namespace causeway::sim {

using nlohmann::json;

namespace {

constexpr std::size_t kInvalidExamples = 10;
// Refused in a row, with none accepted: the run would never reach its count.
constexpr std::uint64_t kInvalidInARowLimit = 1000;

bus::BusOptions busOptions(const catalog::DefinitionRegistry &registry, const bus::Clock &clock,
                           const SimulationOptions &options, std::uint64_t seed)
{
    bus::BusOptions out;
    out.registry = options.validate ? &registry : nullptr;
    out.store = options.store;
    out.clock = &clock;
    out.seed = seed;
    out.deliverAfterCommit = false; // the store trails the run; flush() waits for it
    return out;
}

RunSettings overridden(RunSettings settings, const SimulationOptions &options)
{
    if (options.seed)
        settings.seed = *options.seed;
    if (options.replaceLimits) {
        settings.maxEvents = options.maxEvents;
        settings.maxDuration = options.maxDuration;
        settings.stopWhen = options.stopWhen;
        return settings;
    }
    if (options.stopWhen)
        settings.stopWhen = options.stopWhen;
    if (options.maxEvents)
        settings.maxEvents = options.maxEvents;
    if (options.maxDuration)
        settings.maxDuration = options.maxDuration;
    return settings;
}

} // namespace

std::string_view correlationOf(const model::CloudEvent &event)
{
    const std::string_view correlation = event.extensionText("correlationid");
    return correlation.empty() ? std::string_view(event.id) : correlation;
}

Engine::Engine(Scenario scenario, const catalog::DefinitionRegistry &registry,
               std::vector<routing::Rule> rules, const SimulationOptions &options)
    : m_scenario(std::move(scenario)), m_settings(overridden(m_scenario.settings, options)),
      m_options(options), m_registry(registry), m_clock(m_settings.start),
      m_bus(std::move(rules), busOptions(m_registry, m_clock, options, m_settings.seed)),
      m_random(m_settings.seed), m_idRandom(m_random.fork("ids")),
      m_ids([this] { return m_clock.now() / 1'000'000; }, [this] { return m_idRandom.next(); })
{
    m_sliceLength = options.sliceLength > 0                  ? options.sliceLength
                    : m_settings.maxDuration.value_or(0) > 0 ? *m_settings.maxDuration / 100
                                                             : 60 * bus::kSecond;
}

Status Engine::start()
{
    if (const Status subscribed = subscribeActors(); !subscribed)
        return subscribed;
    for (std::size_t i = 0; i < m_scenario.sources.size(); ++i) {
        SourceSpec &source = m_scenario.sources[i];
        source.rate = source.rate->startingAt(m_settings.start); // ramps start with the run
        m_sourcePublishers.push_back("source " + source.name);
        m_sourceRandom.push_back(m_random.fork(m_sourcePublishers.back()));
        m_sourceSent.push_back(0);
    }
    // Arrivals are strictly after "now"; the first ones may come at the very start.
    for (std::size_t i = 0; i < m_scenario.sources.size(); ++i)
        scheduleArrival(i, m_settings.start - 1);
    sliceAt(m_clock.now());
    return Ok{};
}

void Engine::schedule(bus::Nanos at, std::function<void()> run)
{
    std::size_t slot = m_taskRuns.size();
    if (m_freeTaskSlots.empty()) {
        m_taskRuns.push_back(std::move(run));
    } else {
        slot = m_freeTaskSlots.back();
        m_freeTaskSlots.pop_back();
        m_taskRuns[slot] = std::move(run);
    }
    m_agenda.push({at, m_taskSequence++, slot});
}

void Engine::scheduleArrival(std::size_t source, bus::Nanos after)
{
    const SourceSpec &spec = m_scenario.sources[source];
    if (spec.limit && m_sourceSent[source] >= *spec.limit)
        return;
    if (const auto next = spec.rate->nextArrival(after, m_sourceRandom[source]))
        schedule(*next, [this, source] { arrive(source); });
}

const std::string &Engine::nowText() const
{
    const bus::Nanos millisecond = m_clock.now() / 1'000'000;
    if (millisecond != m_nowTextAt) {
        m_nowText = model::formatTimestampMillis(millisecond);
        m_nowTextAt = millisecond;
    }
    return m_nowText;
}

model::CloudEvent Engine::newEvent(const std::string &type, const std::string &source,
                                   const Lineage &lineage)
{
    model::CloudEvent event;
    auto id = m_ids.nextString();
    event.id = id ? std::move(*id) : std::to_string(m_taskSequence);
    event.source = source;
    event.type = type;
    event.time = nowText();
    event.datacontenttype = "application/json";
    // In name order: each lands at the end of the event's sorted list, with nothing to move.
    auto &extensions = event.extensions;
    using model::AttributeValue;
    if (!lineage.causation.empty())
        extensions.insert_or_assign("causationid",
                                    AttributeValue::string(std::string(lineage.causation)));
    extensions.insert_or_assign("correlationid",
                                AttributeValue::string(lineage.correlation.empty()
                                                           ? event.id
                                                           : std::string(lineage.correlation)));
    if (!lineage.language.empty())
        extensions.insert_or_assign("language",
                                    AttributeValue::string(std::string(lineage.language)));
    if (lineage.priority)
        extensions.insert_or_assign("prioritylevel", *lineage.priority);
    extensions.insert_or_assign("synthetic", AttributeValue::boolean(true));
    return event;
}

void Engine::arrive(std::size_t index)
{
    const SourceSpec &spec = m_scenario.sources[index];
    Random &random = m_sourceRandom[index];
    GenerationContext context;
    context.given = spec.data ? &spec.data->alwaysSet() : nullptr;
    if (!spec.languages.empty()) {
        std::vector<double> weights;
        for (const auto &language : spec.languages)
            weights.push_back(language.second);
        context.language = spec.languages[random.weighted(weights)].first;
    }
    const model::AttributeValue priority = model::AttributeValue::integer(spec.priority);
    model::CloudEvent event =
        newEvent(spec.type, spec.source,
                 {.language = context.language, .priority = spec.priority ? &priority : nullptr});
    json data = spec.generator ? spec.generator->generate(random, context)
                               : spec.payloads[m_sourceSent[index] % spec.payloads.size()];
    if (spec.data) { // the template reads the new event's attributes ("$.language")
        TemplateInputs inputs;
        inputs.now = nowText();
        spec.data->applyOver(data, event, inputs, random);
    }
    event.data = model::JsonData{std::move(data)};
    ++m_sourceSent[index];
    ++m_metrics.sourceEvents[spec.name];
    // A source starts a workflow.
    m_workflowStarts.try_emplace(std::string(correlationOf(event)), m_clock.now());
    publish(std::move(event), m_sourcePublishers[index]);
    scheduleArrival(index, m_clock.now());
}

void Engine::publish(model::CloudEvent event, const std::string &publisher)
{
    if (finished())
        return;
    const auto held = m_held.find(publisher);
    if ((held == m_held.end() || held->second.empty()) && tryPublish(event))
        return;
    ++m_metrics.blocked; // the publisher is held up, the event is not dropped
    m_held[publisher].push_back(std::move(event));
    ++m_heldCount;
}

bool Engine::tryPublish(model::CloudEvent &event)
{
    // The bus takes the event away: what is needed afterwards is found now, without a copy
    // for the common case of a type seen before and an event that ends no workflow.
    auto &byType = m_metrics.publishedByType;
    auto published = byType.find(event.type);
    const bool firstOfType = published == byType.end();
    std::string newType = firstOfType ? event.type : std::string();
    const auto &outcomes = m_settings.outcomes;
    const bool outcome = std::find(outcomes.begin(), outcomes.end(), event.type) != outcomes.end();
    const std::string correlation = outcome ? std::string(correlationOf(event)) : std::string();
    // Counted only once the bus has taken it.
    const std::uint64_t digest = m_options.digest ? m_digest.with(event) : 0;
    // Waiters and the stop condition look at the event after the bus has taken it.
    const bool needsCopy = m_settings.stopWhen.has_value() ||
                           (!m_waiters.empty() && m_waiters.contains(correlationOf(event)));
    std::optional<model::CloudEvent> copy;
    if (needsCopy)
        copy = event;

    bus::PublishResult result = m_bus.publish(std::move(event));
    if (result.status == bus::PublishResult::Status::QueueFull)
        return false;
    if (result.status == bus::PublishResult::Status::Invalid) {
        ++m_metrics.invalidByType[firstOfType ? newType : published->first];
        if (m_metrics.invalidExamples.size() < kInvalidExamples)
            m_metrics.invalidExamples.push_back(result.message);
        // An event without a cause started its workflow on arrival; refused, it has none.
        if (event.extensionText("causationid").empty())
            m_workflowStarts.erase(std::string(correlationOf(event)));
        if (++m_invalidInARow >= kInvalidInARowLimit)
            stop("invalid");
        return true;
    }
    m_invalidInARow = 0;
    if (m_options.digest)
        m_digest.set(digest);
    ++m_metrics.published;
    if (firstOfType)
        published = byType.emplace(std::move(newType), 0).first;
    ++published->second;
    const std::string &type = published->first;
    if (!m_metrics.slices.empty())
        ++m_metrics.slices.back().published[type];
    if (outcome) {
        ++m_metrics.outcomes[type];
        endWorkflow(correlation);
    }
    if (copy) {
        if (m_settings.stopWhen && m_settings.stopWhen->evaluate(routing::CloudEventView(*copy)))
            stop("condition");
        wakeWaiters(*copy);
    }
    if (m_settings.maxEvents && m_metrics.published >= *m_settings.maxEvents)
        stop("count");
    return true;
}

void Engine::retryBlocked()
{
    if (m_heldCount == 0)
        return;
    for (auto &[publisher, events] : m_held) {
        while (!events.empty() && !finished() && tryPublish(events.front())) {
            events.pop_front();
            --m_heldCount;
        }
    }
}

void Engine::endWorkflow(const std::string &correlation)
{
    if (const auto started = m_workflowStarts.find(correlation);
        started != m_workflowStarts.end()) {
        m_metrics.workflowLatency.record(m_clock.now() - started->second);
        m_workflowStarts.erase(started);
    }
    for (ActorState &actor : m_actors)
        actor.stateByWorkflow.erase(correlation);
}

// Time series for charts: at most kMaxSlices slices; when a run outgrows them, neighbours
// merge and slices get twice as long, so memory stays flat however long the run.
void Engine::sliceAt(bus::Nanos now)
{
    constexpr std::size_t kMaxSlices = 400;
    const bus::Nanos since = now - m_settings.start;
    auto &slices = m_metrics.slices;
    while (slices.empty() || slices.back().start + m_sliceLength <= since) {
        if (!slices.empty()) {
            for (const ActorState &actor : m_actors)
                slices.back().queueDepth[actor.spec->name] =
                    m_bus.waiting({routing::Target::Kind::Actor, actor.spec->name});
        }
        if (slices.size() == kMaxSlices) {
            for (std::size_t i = 0; i < kMaxSlices / 2; ++i) {
                ThroughputSlice merged = std::move(slices[2 * i]);
                for (const auto &[type, count] : slices[2 * i + 1].published)
                    merged.published[type] += count;
                merged.queueDepth = std::move(slices[2 * i + 1].queueDepth);
                slices[i] = std::move(merged);
            }
            slices.resize(kMaxSlices / 2);
            m_sliceLength *= 2;
            continue; // the last slice may now reach past `since`
        }
        ThroughputSlice slice;
        slice.start = slices.empty() ? 0 : slices.back().start + m_sliceLength;
        slices.push_back(std::move(slice));
    }
}

void Engine::stop(std::string reason)
{
    if (m_stopReason.empty())
        m_stopReason = std::move(reason);
}

std::optional<bus::Nanos> Engine::nextInstant() const
{
    if (finished())
        return std::nullopt;
    std::optional<bus::Nanos> next;
    if (!m_agenda.empty())
        next = m_agenda.top().at;
    if (const auto due = m_bus.nextDueTime())
        next = next ? std::min(*next, *due) : *due;
    if (!next)
        return std::nullopt;
    return std::max(*next, m_clock.now()) - m_settings.start;
}

bool Engine::step()
{
    if (finished())
        return false;
    std::optional<bus::Nanos> next = nextInstant();
    if (next)
        *next += m_settings.start;
    if (!next) {
        stop("quiet"); // nothing will ever happen again
        return false;
    }
    if (m_settings.maxDuration && *next > m_settings.start + *m_settings.maxDuration) {
        m_clock.set(m_settings.start + *m_settings.maxDuration);
        sliceAt(m_clock.now());
        stop("duration");
        return false;
    }
    m_clock.set(std::max(m_clock.now(), *next));
    sliceAt(m_clock.now());
    // Everything due now, including what it schedules for now, and the deliveries it causes.
    for (;;) {
        while (!m_agenda.empty() && m_agenda.top().at <= m_clock.now() && !finished()) {
            const std::size_t slot = m_agenda.top().slot;
            m_agenda.pop();
            // Moved out first: the task may schedule others, which may reuse its slot.
            std::function<void()> run = std::move(m_taskRuns[slot]);
            m_taskRuns[slot] = nullptr;
            m_freeTaskSlots.push_back(slot);
            run();
        }
        retryBlocked();
        while (!finished() && m_bus.dispatch() > 0) {
        }
        if (finished() || m_agenda.empty() || m_agenda.top().at > m_clock.now())
            break;
    }
    return !finished();
}

SimMetrics Engine::metrics() const
{
    SimMetrics out = m_metrics;
    out.elapsed = elapsed();
    out.openWorkflows = m_workflowStarts.size();
    for (const ActorState &actor : m_actors)
        out.rememberedWorkflows += actor.stateByWorkflow.size();
    out.sleepingRepeats = m_sleepingRepeats;
    out.sleepingBytes = m_sleepingBytes;
    out.heldBack = m_heldCount;
    const bus::BusMetrics bus = m_bus.metrics();
    out.deadLetters = m_bus.deadLetters().count();
    for (const bus::DeadLetter &letter : m_bus.deadLetters().list()) {
        if (out.deadLetterExamples.size() == kInvalidExamples)
            break;
        // A letter that never reached a subscriber says in its reason why (and which rule).
        out.deadLetterExamples.push_back(
            letter.event.type + " " + letter.event.id +
            (letter.target.empty()
                 ? std::string()
                 : " at " + letter.target +
                       (letter.rule.empty() ? "" : " (rule " + letter.rule + ")")) +
            ": " + letter.reason);
    }
    for (const auto &[label, subscriber] : bus.subscribers)
        out.retries += subscriber.retries;
    for (const ActorState &actor : m_actors) {
        ActorMetrics &metrics = out.actors[actor.spec->name];
        metrics.capacity = actor.spec->capacity;
        if (const auto found = bus.subscribers.find("actor " + actor.spec->name);
            found != bus.subscribers.end()) {
            metrics.response = found->second.latency;
            metrics.maxQueue = found->second.maxQueued;
        }
    }
    return out;
}

} // namespace causeway::sim
