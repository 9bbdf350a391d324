#include "sim/scenario.h"

#include "catalog/registry.h"
#include "common/json_text.h"
#include "model/attribute.h"
#include "project/project.h"
#include "sim/duration.h"

#include <map>

namespace causeway::sim {

using json_text::appendIndex;
using json_text::appendToken;
using nlohmann::json;

namespace {

// Reads one section against the catalog; keeps one payload generator per type.
class Reader
{
public:
    explicit Reader(const catalog::DefinitionRegistry &registry) : m_registry(registry) {}

    Result<SourceSpec> source(const json &object, const std::string &pointer);
    Result<ActorSpec> actor(const json &object, const std::string &pointer);
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
    std::map<std::string, std::shared_ptr<const PayloadGenerator>> m_generators;
};

Result<std::string> text(const json &object, const char *key, const std::string &pointer,
                         bool required = true)
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

Result<std::uint64_t> count(const json &object, const char *key, const std::string &pointer,
                            std::uint64_t fallback)
{
    if (!object.contains(key))
        return fallback;
    const json &value = object[key];
    if (!value.is_number_unsigned() || value.get<std::uint64_t>() == 0)
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

} // namespace

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
    const std::string payload = object.value("payload", "generate");
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
        return makeError("payload is \"generate\" or \"examples\"",
                         appendToken(pointer, "payload"));
    }
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
    const std::string state = object.value("state", "correlation");
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

Result<Behaviours> Reader::behaviours(const json &list, const std::string &pointer)
{
    if (!list.is_array())
        return makeError("behaviours are a list", pointer);
    Behaviours out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto step = behaviour(list[i], appendIndex(pointer, i));
        if (!step)
            return step.error();
        out.push_back(std::move(*step));
    }
    return out;
}

Result<std::shared_ptr<const Behaviours>> Reader::nested(const json &object, const char *key,
                                                         const std::string &pointer, bool required)
{
    if (!object.contains(key)) {
        if (required)
            return makeError(std::string("\"") + key + "\" is missing", pointer);
        return std::make_shared<const Behaviours>();
    }
    auto steps = behaviours(object[key], appendToken(pointer, key));
    if (!steps)
        return steps.error();
    return std::make_shared<const Behaviours>(std::move(*steps));
}

Result<Behaviour> Reader::behaviour(const json &object, const std::string &pointer)
{
    if (!object.is_object() || object.size() != 1)
        return makeError("a behaviour is one of {\"emit\": ...}, {\"decide\": ...}, {\"join\": "
                         "...}, {\"wait\": ...}, {\"repeat\": ...}, {\"remember\": ...}",
                         pointer);
    const std::string &kind = object.begin().key();
    const json &body = object.begin().value();
    const std::string at = appendToken(pointer, kind);
    Behaviour out;
    out.pointer = pointer;
    const auto take = [&](auto result) -> Result<Behaviour> {
        if (!result)
            return result.error();
        out.step = std::move(*result);
        return std::move(out);
    };
    if (kind == "emit")
        return take(emit(body, at));
    if (kind == "decide")
        return take(decide(body, at));
    if (kind == "join")
        return take(join(body, at));
    if (kind == "wait")
        return take(wait(body, at));
    if (kind == "repeat")
        return take(repeat(body, at));
    if (kind == "remember") {
        auto values = EmitTemplate::compile(body, at);
        if (!values)
            return values.error();
        return take(Result<RememberStep>(RememberStep{std::move(*values)}));
    }
    return makeError("unknown behaviour '" + kind + "'", at);
}

Result<EmitStep> Reader::emit(const json &object, const std::string &pointer)
{
    if (!object.is_object())
        return makeError("emit is {\"type\": ..., \"data\": {...}}", pointer);
    auto found = definition(object, pointer);
    if (!found)
        return found.error();
    EmitStep step;
    step.type = (*found)->definition.type;
    auto where = text(object, "source", pointer, false);
    auto generated = generator((*found)->definition, appendToken(pointer, "type"));
    auto level = priority(object, pointer);
    if (!where || !generated || !level)
        return !where ? where.error() : !generated ? generated.error() : level.error();
    step.source = *where;
    step.generator = *generated;
    step.priority = *level;
    for (const auto &[key, field] : {std::pair{"data", &step.data}, {"subject", &step.subject}}) {
        if (!object.contains(key))
            continue;
        auto compiled = EmitTemplate::compile(object[key], appendToken(pointer, key));
        if (!compiled)
            return compiled.error();
        *field = std::move(*compiled);
    }
    return step;
}

Result<DecideStep> Reader::decide(const json &list, const std::string &pointer)
{
    if (!list.is_array() || list.empty())
        return makeError("decide is a list of {\"when\": condition, \"then\": [...]} ending "
                         "with {\"otherwise\": [...]}, or of {\"weight\": 3, \"then\": [...]}",
                         pointer);
    DecideStep step;
    step.byWeight = list.front().is_object() && list.front().contains("weight");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const json &item = list[i];
        const std::string at = appendIndex(pointer, i);
        if (!item.is_object())
            return makeError("a branch is a JSON object", at);
        DecideStep::Branch branch;
        if (step.byWeight) {
            if (!item.contains("weight") || !item["weight"].is_number() ||
                item["weight"].get<double>() < 0)
                return makeError("every branch of a weighted decide has a weight of at least 0",
                                 at);
            branch.weight = item["weight"].get<double>();
        } else if (item.contains("otherwise")) {
            auto then = nested(item, "otherwise", at, true);
            if (!then)
                return then.error();
            branch.then = *then;
            step.branches.push_back(std::move(branch));
            continue;
        } else {
            if (!item.contains("when"))
                return makeError("a branch needs \"when\" (or \"otherwise\")", at);
            auto condition = routing::parseCondition(item["when"], appendToken(at, "when"));
            if (!condition)
                return condition.error();
            branch.when = std::move(*condition);
        }
        auto then = nested(item, "then", at, true);
        if (!then)
            return then.error();
        branch.then = *then;
        step.branches.push_back(std::move(branch));
    }
    return step;
}

Result<JoinStep> Reader::join(const json &object, const std::string &pointer)
{
    if (!object.is_object() || !object.contains("types") || !object["types"].is_object() ||
        object["types"].size() < 2)
        return makeError("join needs \"types\": {\"alias\": \"type\", ...} with at least two",
                         pointer);
    JoinStep step;
    for (const auto &[alias, type] : object["types"].items()) {
        if (!type.is_string() || !m_registry.find(type.get<std::string>()))
            return makeError("not a type of the catalog",
                             appendToken(appendToken(pointer, "types"), alias));
        step.parts.emplace_back(alias, type.get<std::string>());
    }
    auto within = duration(object, "within", pointer);
    auto then = nested(object, "then", pointer, true);
    auto timeout = nested(object, "timeout", pointer, false);
    if (!within || !then || !timeout)
        return !within ? within.error() : !then ? then.error() : timeout.error();
    step.within = *within;
    step.then = *then;
    step.timeout = *timeout;
    return step;
}

Result<WaitStep> Reader::wait(const json &object, const std::string &pointer)
{
    if (!object.is_object() || !object.contains("for"))
        return makeError("wait needs \"for\": a condition, and \"within\": a duration", pointer);
    auto filter = routing::parseCondition(object["for"], appendToken(pointer, "for"));
    auto within = duration(object, "within", pointer);
    auto then = nested(object, "then", pointer, false);
    auto timeout = nested(object, "timeout", pointer, false);
    if (!filter || !within || !then || !timeout)
        return !filter   ? filter.error()
               : !within ? within.error()
               : !then   ? then.error()
                         : timeout.error();
    return WaitStep{std::move(*filter), *within, *then, *timeout};
}

Result<RepeatStep> Reader::repeat(const json &object, const std::string &pointer)
{
    if (!object.is_object())
        return makeError("repeat is {\"times\": 6, \"every\": \"30d\", \"do\": [...]}", pointer);
    auto times = count(object, "times", pointer, 1);
    if (!times)
        return times.error();
    if (!object.contains("every"))
        return makeError("\"every\" is missing", pointer);
    auto every = Distribution::parse(object["every"], appendToken(pointer, "every"));
    auto body = nested(object, "do", pointer, true);
    if (!every || !body)
        return !every ? every.error() : body.error();
    return RepeatStep{static_cast<int>(*times), std::move(*every), *body};
}

Result<RunSettings> Reader::settings(const json &object, const std::string &pointer)
{
    if (!object.is_object())
        return makeError("simulation settings are a JSON object", pointer);
    RunSettings settings;
    if (object.contains("seed")) {
        if (!object["seed"].is_number_unsigned())
            return makeError("the seed is a whole number", appendToken(pointer, "seed"));
        settings.seed = object["seed"].get<std::uint64_t>();
    }
    const std::string start = object.value("start", "2025-01-06T08:00:00Z");
    const auto nanos = model::timestampToUnixNanos(start);
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
                               const catalog::DefinitionRegistry &registry)
{
    Reader reader(registry);
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
