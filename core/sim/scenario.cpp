#include "sim/scenario.h"

#include "catalog/registry.h"
#include "common/json_text.h"
#include "model/attribute.h"
#include "project/project.h"
#include "sim/duration.h"
#include "sim/payload_file.h"
#include "sim/scenario_reader.h"

#include <filesystem>
#include <map>

namespace causeway::sim {

using json_text::appendIndex;
using json_text::appendToken;
using nlohmann::json;

using namespace scenario_reading;

namespace scenario_reading {

Result<std::string> text(const json &object, const char *key, const std::string &pointer,
                         bool required)
{
    if (!object.contains(key)) {
        if (required)
            return makeError(std::string("\"") + key + "\" is missing", pointer);
        return std::string();
    }
    const json &value = object[key];
    if (!value.is_string() || value.get_ref<const std::string &>().empty())
        return makeError(std::string("\"") + key + "\" must be a non-empty string",
                         appendToken(pointer, key));
    return value.get<std::string>();
}

// Whether @p value is a whole number of at least @p least, written signed or not (JSON built
// in code holds 5 as signed, JSON read from text as unsigned).
bool isWholeNumber(const json &value, std::int64_t least)
{
    return value.is_number_integer() &&
           (value.is_number_unsigned() ? value.get<std::uint64_t>() >= std::uint64_t(least)
                                       : value.get<std::int64_t>() >= least);
}

Result<std::uint64_t> count(const json &object, const char *key, const std::string &pointer,
                            std::uint64_t fallback)
{
    if (!object.contains(key))
        return fallback;
    const json &value = object[key];
    if (!isWholeNumber(value, 1))
        return makeError(std::string("\"") + key + "\" must be a whole number above 0",
                         appendToken(pointer, key));
    return value.get<std::uint64_t>();
}

Result<int> priority(const json &object, const std::string &pointer)
{
    if (!object.contains("prioritylevel"))
        return 0;
    const json &value = object["prioritylevel"];
    if (!value.is_number_integer() || value.get<int>() < 1 || value.get<int>() > 5)
        return makeError("prioritylevel is 1 (lowest) to 5 (most urgent)",
                         appendToken(pointer, "prioritylevel"));
    return value.get<int>();
}

Result<bus::Nanos> duration(const json &object, const char *key, const std::string &pointer)
{
    if (!object.contains(key))
        return makeError(std::string("\"") + key + "\" is missing", pointer);
    return parseDuration(object[key], appendToken(pointer, key));
}

} // namespace scenario_reading

Result<const catalog::RegisteredDefinition *> Reader::definition(const json &object,
                                                                 const std::string &pointer)
{
    auto type = text(object, "type", pointer);
    if (!type)
        return type.error();
    const auto *found = m_registry.find(*type);
    if (!found)
        return makeError("no definition for type '" + *type + "' in the catalog",
                         appendToken(pointer, "type"));
    return found;
}

Result<std::shared_ptr<const PayloadGenerator>>
Reader::generator(const catalog::Definition &definition, const std::string &pointer)
{
    if (const auto found = m_generators.find(definition.type); found != m_generators.end())
        return found->second;
    auto compiled = PayloadGenerator::compile(definition.payloadSchema, "");
    if (!compiled)
        return makeError("cannot generate payloads of '" + definition.type +
                             "': " + compiled.error().toString(),
                         pointer);
    auto shared = std::make_shared<const PayloadGenerator>(std::move(*compiled));
    m_generators.emplace(definition.type, shared);
    return shared;
}

Result<SourceSpec> Reader::source(const json &object, const std::string &pointer)
{
    if (!object.is_object())
        return makeError("a source is a JSON object", pointer);
    SourceSpec spec;
    spec.pointer = pointer;
    auto name = text(object, "name", pointer);
    auto where = text(object, "source", pointer);
    auto found = definition(object, pointer);
    if (!name || !where || !found)
        return !name ? name.error() : !where ? where.error() : found.error();
    spec.name = *name;
    spec.source = *where;
    spec.type = (*found)->definition.type;
    if (!object.contains("rate"))
        return makeError("\"rate\" is missing", pointer);
    auto rate = RateModel::parse(object["rate"], appendToken(pointer, "rate"));
    if (!rate)
        return rate.error();
    spec.rate = std::move(*rate);
    const json payloadJson = object.value("payload", json("generate"));
    if (payloadJson.is_object() && payloadJson.contains("file") &&
        payloadJson["file"].is_string()) {
        const std::string file = payloadJson["file"].get<std::string>();
        auto payloads =
            readPayloadFile(std::filesystem::path(file).is_absolute() || m_directory.empty()
                                ? file
                                : (std::filesystem::path(m_directory) / file).string());
        if (!payloads) {
            Error error = payloads.error();
            error.message = "cannot send payloads from '" + file + "': " + error.toString();
            error.where = {{}, 0, 0, appendToken(appendToken(pointer, "payload"), "file")};
            return error;
        }
        spec.payloads = std::move(*payloads);
        return finishSource(std::move(spec), object, pointer);
    }
    const std::string payload = payloadJson.is_string() ? payloadJson.get<std::string>() : "";
    if (payload == "examples") {
        spec.payloads = (*found)->definition.examples;
        if (spec.payloads.empty())
            return makeError("'" + spec.type + "' has no examples to send",
                             appendToken(pointer, "payload"));
    } else if (payload == "generate") {
        auto generated = generator((*found)->definition, appendToken(pointer, "type"));
        if (!generated)
            return generated.error();
        spec.generator = *generated;
    } else {
        return makeError("payload is \"generate\", \"examples\" or {\"file\": \"payloads.jsonl\"} "
                         "(JSON lines or CSV, relative to the project)",
                         appendToken(pointer, "payload"));
    }
    return finishSource(std::move(spec), object, pointer);
}

Result<SourceSpec> Reader::finishSource(SourceSpec spec, const json &object,
                                        const std::string &pointer)
{
    if (object.contains("data")) {
        auto data = EmitTemplate::compile(object["data"], appendToken(pointer, "data"));
        if (!data)
            return data.error();
        spec.data = std::move(*data);
    }
    auto level = priority(object, pointer);
    if (!level)
        return level.error();
    spec.priority = *level;
    if (object.contains("languages")) {
        const json &languages = object["languages"];
        const std::string at = appendToken(pointer, "languages");
        if (!languages.is_object() || languages.empty())
            return makeError("languages maps language tags to weights, such as {\"en-IE\": 3}", at);
        for (const auto &[tag, weight] : languages.items()) {
            if (!weight.is_number() || weight.get<double>() < 0)
                return makeError("a weight is a number of at least 0", appendToken(at, tag));
            spec.languages.emplace_back(tag, weight.get<double>());
        }
    }
    if (object.contains("limit")) {
        auto limit = count(object, "limit", pointer, 0);
        if (!limit)
            return limit.error();
        spec.limit = *limit;
    }
    return spec;
}

Result<ActorSpec> Reader::actor(const json &object, const std::string &pointer)
{
    if (!object.is_object())
        return makeError("an actor is a JSON object", pointer);
    ActorSpec spec;
    spec.pointer = pointer;
    auto name = text(object, "name", pointer);
    if (!name)
        return name.error();
    spec.name = *name;
    auto where = text(object, "source", pointer, false);
    if (!where)
        return where.error();
    spec.source = where->empty() ? "/actors/" + spec.name : *where;
    auto capacity = count(object, "capacity", pointer, 1);
    auto queue = count(object, "queueCapacity", pointer, 10'000);
    if (!capacity || !queue)
        return !capacity ? capacity.error() : queue.error();
    spec.capacity = *capacity;
    spec.queueCapacity = *queue;
    auto processing = Distribution::parse(object.value("processing", json("0s")),
                                          appendToken(pointer, "processing"));
    if (!processing)
        return processing.error();
    spec.processing = std::move(*processing);
    const json failure = object.value("failureProbability", json(0));
    if (!failure.is_number() || failure.get<double>() < 0 || failure.get<double>() > 1)
        return makeError("failureProbability is between 0 and 1",
                         appendToken(pointer, "failureProbability"));
    spec.failureProbability = failure.get<double>();
    if (object.contains("retry")) {
        const json &retry = object["retry"];
        const std::string at = appendToken(pointer, "retry");
        if (!retry.is_object())
            return makeError("retry is {\"maxAttempts\": 3, \"backoff\": \"1s\", \"maxBackoff\": "
                             "\"1m\"}",
                             at);
        auto attempts = count(retry, "maxAttempts", at, 5);
        if (!attempts)
            return attempts.error();
        spec.retry.maxAttempts = static_cast<int>(*attempts);
        for (const auto &[key, field] : {std::pair{"backoff", &spec.retry.initialBackoff},
                                         std::pair{"maxBackoff", &spec.retry.maxBackoff}}) {
            if (!retry.contains(key))
                continue;
            auto value = duration(retry, key, at);
            if (!value)
                return value.error();
            *field = *value;
        }
    }
    const json stateJson = object.value("state", json("correlation"));
    const std::string state = stateJson.is_string() ? stateJson.get<std::string>() : "";
    if (state != "correlation" && state != "global")
        return makeError("state is \"correlation\" or \"global\"", appendToken(pointer, "state"));
    spec.state =
        state == "global" ? ActorSpec::StateScope::Global : ActorSpec::StateScope::Correlation;
    auto steps =
        behaviours(object.value("behaviours", json::array()), appendToken(pointer, "behaviours"));
    if (!steps)
        return steps.error();
    spec.behaviours = std::move(*steps);
    return spec;
}

Result<RunSettings> Reader::settings(const json &object, const std::string &pointer)
{
    if (!object.is_object())
        return makeError("simulation settings are a JSON object", pointer);
    RunSettings settings;
    if (object.contains("seed")) {
        if (!isWholeNumber(object["seed"], 0))
            return makeError("the seed is a whole number", appendToken(pointer, "seed"));
        settings.seed = object["seed"].get<std::uint64_t>();
    }
    const json start = object.value("start", json("2025-01-06T08:00:00Z"));
    const auto nanos =
        start.is_string() ? model::timestampToUnixNanos(start.get<std::string>()) : std::nullopt;
    if (!nanos)
        return makeError("start is an RFC 3339 time", appendToken(pointer, "start"));
    settings.start = *nanos;
    if (object.contains("count")) {
        auto events = count(object, "count", pointer, 0);
        if (!events)
            return events.error();
        settings.maxEvents = *events;
    }
    if (object.contains("duration")) {
        auto length = duration(object, "duration", pointer);
        if (!length)
            return length.error();
        settings.maxDuration = *length;
    }
    if (object.contains("stopWhen")) {
        auto condition =
            routing::parseCondition(object["stopWhen"], appendToken(pointer, "stopWhen"));
        if (!condition)
            return condition.error();
        settings.stopWhen = std::move(*condition);
    }
    const json outcomes = object.value("outcomes", json::array());
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        if (!outcomes[i].is_string() || !m_registry.find(outcomes[i].get<std::string>()))
            return makeError("an outcome is a type of the catalog",
                             appendIndex(appendToken(pointer, "outcomes"), i));
        settings.outcomes.push_back(outcomes[i].get<std::string>());
    }
    return settings;
}

Result<Scenario> parseScenario(const project::Project &project,
                               const catalog::DefinitionRegistry &registry,
                               const std::string &directory)
{
    Reader reader(registry, directory);
    Scenario scenario;
    for (std::size_t i = 0; i < project.sources.size(); ++i) {
        auto source = reader.source(project.sources[i], appendIndex("/sources", i));
        if (!source)
            return source.error();
        scenario.sources.push_back(std::move(*source));
    }
    for (std::size_t i = 0; i < project.actors.size(); ++i) {
        auto actor = reader.actor(project.actors[i], appendIndex("/actors", i));
        if (!actor)
            return actor.error();
        scenario.actors.push_back(std::move(*actor));
    }
    auto settings = reader.settings(project.simulation, "/simulation");
    if (!settings)
        return settings.error();
    scenario.settings = std::move(*settings);
    return scenario;
}

} // namespace causeway::sim
