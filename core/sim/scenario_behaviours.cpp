// Reading the behaviours of simulated actors: emit, decide, join, wait, repeat, remember.
#include "catalog/registry.h"
#include "common/json_text.h"
#include "sim/duration.h"
#include "sim/scenario_reader.h"

namespace causeway::sim::scenario_reading {

using json_text::appendIndex;
using json_text::appendToken;

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

namespace {

// Joins and waits may hand the trigger on whole (as a joined part, to a later wake), so they
// read all of it.
void addTriggerReads(const Behaviours &steps, routing::DataReads &reads)
{
    for (const Behaviour &behaviour : steps) {
        std::visit(
            [&](const auto &step) {
                using Step = std::decay_t<decltype(step)>;
                if constexpr (std::is_same_v<Step, EmitStep>) {
                    for (const std::optional<EmitTemplate> *templ : {&step.data, &step.subject})
                        if (*templ)
                            (*templ)->addDataReads(reads);
                } else if constexpr (std::is_same_v<Step, DecideStep>) {
                    for (const DecideStep::Branch &branch : step.branches) {
                        if (branch.when)
                            branch.when->addDataReads(reads);
                        addTriggerReads(*branch.then, reads);
                    }
                } else if constexpr (std::is_same_v<Step, RepeatStep>) {
                    addTriggerReads(*step.body, reads);
                } else if constexpr (std::is_same_v<Step, RememberStep>) {
                    step.values.addDataReads(reads);
                } else {
                    reads.addEverything();
                }
            },
            behaviour.step);
    }
}

} // namespace

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
    RepeatStep step{static_cast<int>(*times), std::move(*every), *body, {}};
    addTriggerReads(**body, step.triggerReads);
    return step;
}

} // namespace causeway::sim::scenario_reading
