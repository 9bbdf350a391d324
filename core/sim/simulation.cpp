#include "sim/simulation.h"

#include "project/project.h"
#include "sim/engine.h"

namespace causeway::sim {

Result<std::unique_ptr<Simulation>> Simulation::create(const project::Project &project,
                                                       const catalog::DefinitionRegistry &registry,
                                                       SimulationOptions options)
{
    auto rules = routing::parseRules(project.rules);
    if (!rules)
        return rules.error();
    auto scenario = parseScenario(project, registry, options.projectDirectory);
    if (!scenario)
        return scenario.error();
    auto engine =
        std::make_unique<Engine>(std::move(*scenario), registry, std::move(*rules), options);
    if (const Status started = engine->start(); !started)
        return started.error();
    return std::unique_ptr<Simulation>(new Simulation(std::move(engine)));
}

Simulation::Simulation(std::unique_ptr<Engine> engine) : m_engine(std::move(engine)) {}

Simulation::~Simulation() = default;

bool Simulation::step()
{
    return m_engine->step();
}

void Simulation::runUntil(bus::Nanos elapsed)
{
    runInstantsUntil(elapsed);
    m_engine->bus().persistQueued(); // the store catches up while the runner waits
}

void Simulation::runInstantsUntil(bus::Nanos elapsed)
{
    while (!m_engine->finished()) {
        const auto next = nextInstant();
        const auto limit = durationLimit();
        if (!next || (limit && *next > *limit && elapsed >= *limit)) {
            m_engine->step(); // nothing left, or the duration is up: this step ends the run
            return;
        }
        if (*next > elapsed)
            return;
        m_engine->step();
    }
}

std::optional<bus::Nanos> Simulation::nextInstant() const
{
    return m_engine->nextInstant();
}

void Simulation::run(const std::function<bool()> &keepGoing)
{
    while (m_engine->step()) {
        if (keepGoing && !keepGoing()) {
            m_engine->stop("stopped");
            break;
        }
    }
}

bool Simulation::finished() const
{
    return m_engine->finished();
}

const std::string &Simulation::stopReason() const
{
    return m_engine->stopReason();
}

void Simulation::stop()
{
    m_engine->stop("stopped");
}

bus::Nanos Simulation::elapsed() const
{
    return m_engine->elapsed();
}

bus::Nanos Simulation::startTime() const
{
    return m_engine->settings().start;
}

std::uint64_t Simulation::publishedCount() const
{
    return m_engine->published();
}

std::optional<std::uint64_t> Simulation::eventLimit() const
{
    return m_engine->settings().maxEvents;
}

std::optional<bus::Nanos> Simulation::durationLimit() const
{
    return m_engine->settings().maxDuration;
}

SimMetrics Simulation::metrics() const
{
    return m_engine->metrics();
}

std::uint64_t Simulation::logDigest() const
{
    return m_engine->digest();
}

Status Simulation::flush()
{
    return m_engine->bus().flush();
}

bus::Bus &Simulation::bus()
{
    return m_engine->bus();
}

} // namespace causeway::sim
