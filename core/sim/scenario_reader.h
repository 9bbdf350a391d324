#pragma once

// How parseScenario() reads a project, shared by its two source files; not an interface.

#include "sim/scenario.h"

#include <map>

namespace causeway::sim::scenario_reading {

using nlohmann::json;

// Reads one section against the catalog; keeps one payload generator per type.
class Reader
{
public:
    Reader(const catalog::DefinitionRegistry &registry, std::string directory)
        : m_registry(registry), m_directory(std::move(directory))
    {
    }

    Result<SourceSpec> source(const json &object, const std::string &pointer);
    Result<ActorSpec> actor(const json &object, const std::string &pointer);
    // What every source reads after its payloads: data template, priority, languages, limit.
    Result<SourceSpec> finishSource(SourceSpec spec, const json &object,
                                    const std::string &pointer);
    Result<Behaviours> behaviours(const json &list, const std::string &pointer);
    Result<RunSettings> settings(const json &object, const std::string &pointer);

private:
    Result<Behaviour> behaviour(const json &object, const std::string &pointer);
    Result<EmitStep> emit(const json &object, const std::string &pointer);
    Result<DecideStep> decide(const json &list, const std::string &pointer);
    Result<JoinStep> join(const json &object, const std::string &pointer);
    Result<WaitStep> wait(const json &object, const std::string &pointer);
    Result<RepeatStep> repeat(const json &object, const std::string &pointer);
    Result<std::shared_ptr<const Behaviours>> nested(const json &object, const char *key,
                                                     const std::string &pointer, bool required);
    Result<const catalog::RegisteredDefinition *> definition(const json &object,
                                                             const std::string &pointer);
    Result<std::shared_ptr<const PayloadGenerator>> generator(const catalog::Definition &definition,
                                                              const std::string &pointer);

    const catalog::DefinitionRegistry &m_registry;
    std::string m_directory; // payload files are relative to it
    std::map<std::string, std::shared_ptr<const PayloadGenerator>> m_generators;
};

// Members of the JSON being read, with errors that point at them.
Result<std::string> text(const json &object, const char *key, const std::string &pointer,
                         bool required = true);
Result<std::uint64_t> count(const json &object, const char *key, const std::string &pointer,
                            std::uint64_t fallback);
Result<int> priority(const json &object, const std::string &pointer);
Result<bus::Nanos> duration(const json &object, const char *key, const std::string &pointer);

} // namespace causeway::sim::scenario_reading
