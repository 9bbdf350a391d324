// Simulated actors: deliveries in virtual time, and their behaviours.
#include "model/json_format.h"
#include "sim/engine.h"

namespace causeway::sim {

using nlohmann::json;

namespace {

// Conditions of decide and wait read the trigger, and "joined", "state"... from the context.
class ContextView final : public routing::EventView
{
public:
    ContextView(const model::CloudEvent &event, const routing::PathRoots &roots)
        : m_event(event), m_roots(roots), m_inner(event)
    {
    }

    void select(const std::string &attribute, const routing::JsonPath &path,
                std::vector<json> &out) const override
    {
        std::vector<const json *> found;
        std::forward_list<json> scratch;
        if (!m_roots.select(attribute, path, found, scratch)) {
            m_inner.select(attribute, path, out);
            return;
        }
        for (const json *value : found)
            out.push_back(*value);
    }

    const model::CloudEvent *cloudEvent(std::string &) const override { return &m_event; }

    std::optional<std::string_view> text(const std::string &attribute) const override
    {
        return m_roots.has(attribute) ? std::nullopt : m_inner.text(attribute);
    }

private:
    const model::CloudEvent &m_event;
    const routing::PathRoots &m_roots;
    routing::CloudEventView m_inner;
};

} // namespace

Status Engine::subscribeActors()
{
    m_actors.reserve(m_scenario.actors.size());
    for (std::size_t i = 0; i < m_scenario.actors.size(); ++i) {
        const ActorSpec &spec = m_scenario.actors[i];
        bus::SubscriberOptions options;
        options.concurrency = spec.capacity;
        options.queueCapacity = spec.queueCapacity;
        options.retry = spec.retry;
        options.breaker.failureThreshold = 0; // a simulated failure is independent of the last
        options.dedupWindow = 0;              // simulated ids never repeat
        auto subscription = m_bus.subscribe(
            {routing::Target::Kind::Actor, spec.name},
            [this, i](const bus::Delivery &delivery) { return deliver(i, delivery); }, options);
        if (!subscription)
            return makeError(subscription.error().message, spec.pointer);
        m_actors.push_back({&spec,
                            m_random.fork("actor " + spec.name),
                            std::move(*subscription),
                            {},
                            json::object(),
                            {},
                            "actor " + spec.name});
        m_metrics.actors[spec.name].capacity = spec.capacity;
    }
    // Sinks, topics and webhooks take what they get: they count it.
    for (const routing::Rule &rule : m_bus.rules().rules()) {
        for (const routing::Target &target : rule.targets) {
            if (target.kind == routing::Target::Kind::Actor ||
                target.kind == routing::Target::Kind::DeadLetter)
                continue;
            const std::string label = routing::targetLabel(target);
            if (m_metrics.sinks.contains(label))
                continue;
            m_metrics.sinks[label] = 0;
            auto subscription = m_bus.subscribe(target, [this, label](const bus::Delivery &) {
                ++m_metrics.sinks[label];
                return bus::Outcome::done();
            });
            if (subscription)
                m_sinks.push_back(std::move(*subscription));
        }
    }
    return Ok{};
}

bus::Outcome Engine::deliver(std::size_t index, const bus::Delivery &delivery)
{
    ActorState &actor = m_actors[index];
    const bus::Nanos processing = actor.spec->processing.sample(actor.random);
    schedule(m_clock.now() + processing,
             [this, index, id = delivery.id, event = delivery.shared, startedAt = m_clock.now()] {
                 finishDelivery(index, id, event, startedAt);
             });
    return bus::Outcome::pending();
}

void Engine::finishDelivery(std::size_t index, bus::DeliveryId id,
                            std::shared_ptr<const model::CloudEvent> event, bus::Nanos startedAt)
{
    ActorState &actor = m_actors[index];
    ActorMetrics &metrics = m_metrics.actors[actor.spec->name];
    ++metrics.processed;
    // Counted when done, so never beyond the run, and only for work the processed count has.
    metrics.busy += m_clock.now() - startedAt;
    metrics.processing.record(m_clock.now() - startedAt);
    if (actor.random.chance(actor.spec->failureProbability)) {
        ++metrics.failures;
        (void)m_bus.complete(id, bus::Outcome::failed("simulated failure of " + actor.spec->name));
        return;
    }
    run(actor.spec->behaviours, Activation{index, std::move(event), {}, {}});
    (void)m_bus.complete(id, bus::Outcome::done());
}

void Engine::run(const Behaviours &steps, const Activation &activation)
{
    for (const Behaviour &behaviour : steps) {
        if (finished())
            return;
        std::visit(
            [&](const auto &step) {
                using Step = std::decay_t<decltype(step)>;
                if constexpr (std::is_same_v<Step, EmitStep>)
                    emit(step, activation);
                else if constexpr (std::is_same_v<Step, DecideStep>)
                    decide(step, activation);
                else if constexpr (std::is_same_v<Step, JoinStep>)
                    join(step, activation);
                else if constexpr (std::is_same_v<Step, WaitStep>)
                    wait(step, activation);
                else if constexpr (std::is_same_v<Step, RepeatStep>)
                    repeat(step, putAway(activation, step.triggerReads), 1);
                else
                    remember(step, activation);
            },
            behaviour.step);
    }
}

const json &Engine::stateFor(const Activation &activation) const
{
    const ActorState &actor = m_actors[activation.actor];
    if (actor.spec->state == ActorSpec::StateScope::Global)
        return actor.globalState;
    // Reading makes no entry: most actors remember nothing, and an entry made after its
    // workflow ended would never be let go of.
    static const json nothing = json::object();
    const auto found = actor.stateByWorkflow.find(correlationOf(*activation.trigger));
    return found == actor.stateByWorkflow.end() ? nothing : found->second;
}

json &Engine::stateToChange(const Activation &activation)
{
    ActorState &actor = m_actors[activation.actor];
    if (actor.spec->state == ActorSpec::StateScope::Global)
        return actor.globalState;
    return actor.stateByWorkflow
        .try_emplace(std::string(correlationOf(*activation.trigger)), json::object())
        .first->second;
}

routing::PathRoots contextRoots(const Activation &activation)
{
    routing::PathRoots roots; // "awaited", "repeat"... and "joined"
    roots.addMembers(activation.context);
    if (!activation.joined.empty())
        roots.addEvents("joined", activation.joined);
    return roots;
}

routing::PathRoots Engine::rootsFor(const Activation &activation) const
{
    routing::PathRoots roots = contextRoots(activation);
    roots.add("state", stateFor(activation)); // what the actor remembers
    return roots;
}

TemplateInputs Engine::inputsFor(const Activation &activation)
{
    TemplateInputs inputs;
    inputs.roots = rootsFor(activation);
    inputs.now = nowText();
    return inputs;
}

void Engine::emit(const EmitStep &step, const Activation &activation)
{
    ActorState &actor = m_actors[activation.actor];
    const model::CloudEvent &trigger = *activation.trigger;
    const std::string_view language = trigger.extensionText("language");
    const model::AttributeValue stepPriority = model::AttributeValue::integer(step.priority);
    const auto triggerPriority = trigger.extensions.find("prioritylevel");
    const model::AttributeValue *priority = step.priority ? &stepPriority : nullptr;
    if (!priority && triggerPriority != trigger.extensions.end())
        priority = &triggerPriority->second; // the workflow keeps its urgency
    model::CloudEvent event =
        newEvent(step.type, step.source.empty() ? actor.spec->source : step.source,
                 {.causation = trigger.id,
                  .correlation = correlationOf(trigger),
                  .language = language,
                  .priority = priority});
    json data = step.generator->generate(
        actor.random, {std::string(language), step.data ? &step.data->alwaysSet() : nullptr});
    if (step.data || step.subject) {
        const TemplateInputs inputs = inputsFor(activation);
        if (step.data)
            step.data->applyOver(data, trigger, inputs, actor.random);
        if (step.subject) {
            const json subject = step.subject->apply(trigger, inputs, actor.random);
            if (subject.is_string() && !subject.get_ref<const std::string &>().empty())
                event.subject = subject.get<std::string>();
        }
    }
    if (!event.subject)
        event.subject = trigger.subject;
    event.data = model::JsonData{std::move(data)};
    publish(std::move(event), actor.publisher);
}

void Engine::decide(const DecideStep &step, const Activation &activation)
{
    ActorState &actor = m_actors[activation.actor];
    if (step.byWeight) {
        std::vector<double> weights;
        for (const auto &branch : step.branches)
            weights.push_back(branch.weight);
        run(*step.branches[actor.random.weighted(weights)].then, activation);
        return;
    }
    const routing::PathRoots roots = rootsFor(activation);
    const ContextView view(*activation.trigger, roots);
    for (const auto &branch : step.branches) {
        if (!branch.when || branch.when->evaluate(view)) {
            run(*branch.then, activation);
            return;
        }
    }
}

void Engine::join(const JoinStep &step, const Activation &activation)
{
    const auto part = std::find_if(step.parts.begin(), step.parts.end(), [&](const auto &p) {
        return p.second == activation.trigger->type;
    });
    if (part == step.parts.end())
        return; // not one of the events this join waits for
    const std::string correlation(correlationOf(*activation.trigger));
    JoinBook &book = m_actors[activation.actor].joins[&step];
    while (!book.closedOrder.empty() && book.closedOrder.front().first <= m_clock.now()) {
        book.closedUntil.erase(book.closedOrder.front().second);
        book.closedOrder.pop_front();
    }
    if (book.closedUntil.contains(correlation)) {
        ++m_metrics.lateJoinParts;
        return;
    }
    // Whichever part comes first opens the join.
    auto [entry, fresh] = book.open.try_emplace(correlation, PendingJoin{m_nextToken, {}});
    routing::NamedEvents &parts = entry->second.parts;
    const auto same = std::find_if(parts.begin(), parts.end(),
                                   [&](const auto &named) { return named.first == part->first; });
    if (same != parts.end())
        same->second = activation.trigger; // a repeated part: the latest counts
    else
        parts.emplace_back(part->first, activation.trigger);
    if (fresh) {
        const std::uint64_t token = m_nextToken++;
        schedule(m_clock.now() + step.within, [this, &step, correlation, token, activation] {
            JoinBook &waiting = m_actors[activation.actor].joins[&step];
            const auto found = waiting.open.find(correlation);
            if (found == waiting.open.end() || found->second.token != token)
                return; // completed in time
            Activation late = activation;
            late.joined = std::move(found->second.parts);
            closeJoin(waiting, step, correlation);
            ++m_metrics.joinTimeouts;
            run(*step.timeout, late);
        });
    }
    if (entry->second.parts.size() < step.parts.size())
        return;
    Activation complete = activation;
    complete.joined = std::move(entry->second.parts);
    closeJoin(book, step, correlation);
    run(*step.then, complete);
}

// Parts that come after the join closed are late for ten times as long as the join waits;
// after that a part opens a new join (memory stays bounded by the joins of that window).
void Engine::closeJoin(JoinBook &book, const JoinStep &step, const std::string &correlation)
{
    book.open.erase(correlation);
    const bus::Nanos until = m_clock.now() + 10 * step.within;
    book.closedUntil[correlation] = until;
    book.closedOrder.emplace_back(until, correlation);
}

void Engine::wait(const WaitStep &step, const Activation &activation)
{
    const std::string correlation(correlationOf(*activation.trigger));
    const std::uint64_t token = m_nextToken++;
    m_waiters.emplace(correlation, Waiter{token, &step, activation});
    schedule(m_clock.now() + step.within, [this, correlation, token] {
        auto [first, last] = m_waiters.equal_range(correlation);
        for (auto it = first; it != last; ++it) {
            if (it->second.token != token)
                continue;
            const Waiter waiter = std::move(it->second);
            m_waiters.erase(it);
            ++m_metrics.waitTimeouts;
            run(*waiter.step->timeout, waiter.activation);
            return;
        }
    });
}

void Engine::wakeWaiters(const model::CloudEvent &event)
{
    auto [first, last] = m_waiters.equal_range(correlationOf(event));
    std::vector<Waiter> woken;
    for (auto it = first; it != last;) {
        const routing::PathRoots roots = contextRoots(it->second.activation);
        const ContextView view(event, roots);
        if (it->second.step->filter.evaluate(view)) {
            woken.push_back(std::move(it->second));
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
    for (Waiter &waiter : woken) {
        waiter.activation.context["awaited"] = model::writeJsonEvent(event);
        run(*waiter.step->then, waiter.activation);
    }
}

// One iteration is scheduled at a time, so a long schedule (a year of repayments) costs one
// agenda entry per workflow rather than one per iteration, and it waits put away.
void Engine::repeat(const RepeatStep &step, DormantActivation activation, int index)
{
    if (index > step.times)
        return;
    ActorState &actor = m_actors[activation.actor];
    ++m_sleepingRepeats;
    m_sleepingBytes += activation.bytes();
    schedule(m_clock.now() + step.every.sample(actor.random),
             [this, &step, activation = std::move(activation), index]() mutable {
                 --m_sleepingRepeats;
                 m_sleepingBytes -= activation.bytes();
                 Activation next = wake(activation);
                 next.context["repeat"] = {{"index", index}, {"times", step.times}};
                 run(*step.body, next);
                 repeat(step, std::move(activation), index + 1);
             });
}

void Engine::remember(const RememberStep &step, const Activation &activation)
{
    ActorState &actor = m_actors[activation.actor];
    // Applied apart, then laid over: the template may read the state it changes.
    json values = step.values.apply(*activation.trigger, inputsFor(activation), actor.random);
    routing::layOver(stateToChange(activation), std::move(values));
}

} // namespace causeway::sim
