#pragma once

#include "bus/clock.h"
#include "common/result.h"
#include "routing/condition.h"
#include "sim/sim_metrics.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace causeway::catalog {
class DefinitionRegistry;
}
namespace causeway::project {
struct Project;
}
namespace causeway::store {
class EventStore;
}
namespace causeway::bus {
class Bus;
}

namespace causeway::sim {

/** @brief Settings of one run; set ones override the project's "simulation" section. */
struct SimulationOptions
{
    std::optional<std::uint64_t> seed;
    std::optional<std::uint64_t> maxEvents;
    std::optional<bus::Nanos> maxDuration;
    std::optional<routing::Condition> stopWhen; // ends the run at the first event that passes
    bool replaceLimits = false; // the three limits above replace the project's instead of joining
    store::EventStore *store = nullptr; // the events of the run are appended here
    bool validate = true;               // check every event against the catalog
    bus::Nanos sliceLength = 0;         // chart resolution; 0 picks one from the duration
    bool digest = true;                 // keep a hash of the event log (determinism checks)
    std::string projectDirectory;       // where sources' payload files are found
};

class Engine;

/**
 * @brief A deterministic discrete-event simulation of a project: its sources publish into
 * an in-process bus, the project's rules route to its actors, and the actors process in
 * virtual time and emit what their behaviours say. Ids, payloads and timings come from one
 * seed, so the same project, seed and settings give the same event log, byte for byte.
 *
 * Time only moves when asked: step() runs the next instant, runUntil() every instant up to
 * a virtual time (what a real-time or paused runner needs), run() to the end.
 */
class Simulation
{
public:
    /** @brief Reads the project's scenario; @p registry must outlive the simulation. */
    static Result<std::unique_ptr<Simulation>> create(const project::Project &project,
                                                      const catalog::DefinitionRegistry &registry,
                                                      SimulationOptions options = {});
    ~Simulation();

    /** @brief Runs the next instant at which anything happens; false once finished. */
    bool step();

    /** @brief Runs every instant up to @p elapsed virtual time since the start, none after. */
    void runUntil(bus::Nanos elapsed);

    /** @brief Virtual time since the start of the next instant; nullopt when none is due. */
    std::optional<bus::Nanos> nextInstant() const;

    /** @brief Runs to the end; @p keepGoing is asked between instants (progress, cancel). */
    void run(const std::function<bool()> &keepGoing = {});

    bool finished() const;
    /** @brief Why it finished: "count", "duration", "condition", "quiet" or "stopped". */
    const std::string &stopReason() const;
    void stop();

    /** @brief Virtual time since the start. */
    bus::Nanos elapsed() const;
    /** @brief Virtual time of the start, Unix nanoseconds. */
    bus::Nanos startTime() const;
    std::uint64_t publishedCount() const;
    std::optional<std::uint64_t> eventLimit() const;
    std::optional<bus::Nanos> durationLimit() const;

    SimMetrics metrics() const;

    /** @brief A 64-bit hash of every published event, in order, in its JSON form. */
    std::uint64_t logDigest() const;

    /** @brief Waits until the store holds every event of the run; its failures, if any. */
    Status flush();

    bus::Bus &bus();

private:
    explicit Simulation(std::unique_ptr<Engine> engine);
    void runInstantsUntil(bus::Nanos elapsed);

    std::unique_ptr<Engine> m_engine;
};

} // namespace causeway::sim
