#pragma once

// The simulation's insides, shared by its source files; not part of the interface.

#include "bus/bus.h"
#include "catalog/registry.h"
#include "common/text_hash.h"
#include "sim/event_digest.h"
#include "sim/scenario.h"
#include "sim/simulation.h"
#include "ulid/ulid.h"

#include <deque>
#include <functional>
#include <map>
#include <queue>
#include <unordered_map>

namespace causeway::sim {

/** @brief What a behaviour runs with: the event that triggered it and what it can read. */
struct Activation
{
    std::size_t actor = 0;
    std::shared_ptr<const model::CloudEvent> trigger;
    routing::NamedEvents joined;                       // the parts of a join, read in place
    nlohmann::json context; // awaited, repeat: null (no allocation) until one is set
};

/**
 * @brief An activation put away for a long wait, such as the month between two repayments:
 * the trigger and the context as CBOR, several times smaller than their JSON trees, so that
 * a year of open schedules costs a fraction of the memory.
 */
struct DormantActivation
{
    std::size_t actor = 0;
    std::vector<std::uint8_t> trigger;
    std::vector<std::uint8_t> context;

    std::size_t bytes() const { return trigger.size() + context.size(); }
};

/** @brief Puts @p activation away with only the members of its trigger's payload @p reads names. */
DormantActivation putAway(const Activation &activation, const routing::DataReads &reads);
/** @brief What paths read from the activation itself: its context members and joined events. */
routing::PathRoots contextRoots(const Activation &activation);
Activation wake(const DormantActivation &dormant);

class Engine
{
public:
    Engine(Scenario scenario, const catalog::DefinitionRegistry &registry,
           std::vector<routing::Rule> rules, const SimulationOptions &options);

    Status start();
    bool step();
    std::optional<bus::Nanos> nextInstant() const; // since the start
    bool finished() const { return !m_stopReason.empty(); }
    void stop(std::string reason);
    SimMetrics metrics() const;

    bus::Bus &bus() { return m_bus; }
    bus::Nanos elapsed() const { return m_clock.now() - m_settings.start; }
    const RunSettings &settings() const { return m_settings; }
    const std::string &stopReason() const { return m_stopReason; }
    std::uint64_t published() const { return m_metrics.published; }
    std::uint64_t digest() const { return m_digest.value(); }

private:
    // The agenda orders plain entries; what each runs waits in a slot of m_taskRuns, so the
    // heap moves 24 bytes per step however many schedules sleep.
    struct Task
    {
        bus::Nanos at;
        std::uint64_t sequence;
        std::size_t slot; // in m_taskRuns
        bool operator>(const Task &other) const
        {
            return at != other.at ? at > other.at : sequence > other.sequence;
        }
    };
    struct PendingJoin
    {
        std::uint64_t token; // tells its timeout from that of a later join
        routing::NamedEvents parts;
    };
    // The joins of one join step: open ones by correlation id, and those recently closed, so
    // that a part arriving after its join completed or timed out is known to be late.
    struct JoinBook
    {
        std::unordered_map<std::string, PendingJoin> open;
        std::unordered_map<std::string, bus::Nanos> closedUntil;
        std::deque<std::pair<bus::Nanos, std::string>> closedOrder; // oldest first
    };
    struct ActorState
    {
        const ActorSpec *spec;
        Random random;
        bus::Subscription subscription;
        TextMap<nlohmann::json> stateByWorkflow;
        nlohmann::json globalState = nlohmann::json::object();
        std::unordered_map<const JoinStep *, JoinBook> joins;
        std::string publisher; // "actor <name>", as publish() knows it
    };
    struct Waiter
    {
        std::uint64_t token;
        const WaitStep *step;
        Activation activation;
    };

    // engine.cpp: time, sources, publishing.
    void schedule(bus::Nanos at, std::function<void()> run);
    void scheduleArrival(std::size_t source, bus::Nanos after);
    void arrive(std::size_t source);
    /** @brief What a new event says of where it comes from, in Causeway's extensions. */
    struct Lineage
    {
        std::string_view causation{};   // the trigger's id; empty for a source's event
        std::string_view correlation{}; // empty: the event starts a workflow of its own
        std::string_view language{};    // empty: none
        const model::AttributeValue *priority = nullptr;
    };
    model::CloudEvent newEvent(const std::string &type, const std::string &source,
                               const Lineage &lineage);
    void publish(model::CloudEvent event, const std::string &publisher);
    // Publishes; false when the bus refused for a full queue and @p event is still here.
    bool tryPublish(model::CloudEvent &event);
    void retryBlocked();
    void endWorkflow(const std::string &correlation);
    void sliceAt(bus::Nanos now);
    /** @brief The virtual time in RFC 3339, written once per instant: events share it. */
    const std::string &nowText() const;

    // engine_actors.cpp: deliveries and behaviours.
    Status subscribeActors();
    bus::Outcome deliver(std::size_t actor, const bus::Delivery &delivery);
    void finishDelivery(std::size_t actor, bus::DeliveryId id,
                        std::shared_ptr<const model::CloudEvent> event, bus::Nanos startedAt);
    void run(const Behaviours &steps, const Activation &activation);
    void emit(const EmitStep &step, const Activation &activation);
    void decide(const DecideStep &step, const Activation &activation);
    void join(const JoinStep &step, const Activation &activation);
    void closeJoin(JoinBook &book, const JoinStep &step, const std::string &correlation);
    void wait(const WaitStep &step, const Activation &activation);
    void repeat(const RepeatStep &step, DormantActivation activation, int index);
    void remember(const RememberStep &step, const Activation &activation);
    void wakeWaiters(const model::CloudEvent &event);
    TemplateInputs inputsFor(const Activation &activation);
    const nlohmann::json &stateFor(const Activation &activation) const;
    nlohmann::json &stateToChange(const Activation &activation);
    /** @brief What paths in the activation's templates and conditions read besides the event. */
    routing::PathRoots rootsFor(const Activation &activation) const;

    Scenario m_scenario;
    RunSettings m_settings;
    SimulationOptions m_options;
    const catalog::DefinitionRegistry &m_registry;
    bus::ManualClock m_clock;
    bus::Bus m_bus;
    Random m_random;
    Random m_idRandom;
    ulid::Generator m_ids;
    std::vector<Random> m_sourceRandom;
    std::vector<std::uint64_t> m_sourceSent;
    std::vector<std::string> m_sourcePublishers; // "source <name>", as publish() knows them
    std::vector<ActorState> m_actors;
    std::vector<bus::Subscription> m_sinks;
    std::priority_queue<Task, std::vector<Task>, std::greater<>> m_agenda;
    std::vector<std::function<void()>> m_taskRuns;
    std::vector<std::size_t> m_freeTaskSlots; // of tasks that have run
    std::uint64_t m_taskSequence = 0;
    // Events refused for a full queue wait here, each behind its own publisher's (a source's
    // or an actor's) earlier ones: a blocked publisher waits, the others go on.
    std::map<std::string, std::deque<model::CloudEvent>> m_held;
    std::size_t m_heldCount = 0;
    std::unordered_map<std::string, bus::Nanos> m_workflowStarts;
    std::unordered_multimap<std::string, Waiter, TextHash, std::equal_to<>>
        m_waiters; // by correlation id
    std::uint64_t m_nextToken = 1;
    std::uint64_t m_invalidInARow = 0;   // events the bus refused as invalid since one it took
    std::uint64_t m_sleepingRepeats = 0; // scheduled repeat rounds, each holding its activation
    std::uint64_t m_sleepingBytes = 0;   // the encoded activations they hold
    SimMetrics m_metrics;
    bus::Nanos m_sliceLength = 0;
    EventDigest m_digest;
    std::string m_stopReason;
    mutable std::string m_nowText; // nowText() of m_nowTextAt
    mutable bus::Nanos m_nowTextAt = -1;
};

/** @brief The workflow an event belongs to: its correlationid, else its own id. */
std::string_view correlationOf(const model::CloudEvent &event);

} // namespace causeway::sim
