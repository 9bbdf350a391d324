#include "routing/rule.h"

#include "common/json_text.h"

namespace causeway::routing {

using nlohmann::json;

namespace {

Result<Target> parseTarget(const json &object, const std::string &pointer)
{
    if (!object.is_object() || object.size() != 1)
        return makeError("a target is one of {\"actor\": name}, {\"sink\": name}, "
                         "{\"deadLetter\": true}, {\"mqtt\": topic}, {\"webhook\": url}",
                         pointer);
    // Not *items().begin(): that binds to a proxy that dies at the end of the statement.
    const std::string &key = object.begin().key();
    const json &value = object.begin().value();
    if (key == "deadLetter")
        return Target{Target::Kind::DeadLetter, {}};
    static const std::pair<const char *, Target::Kind> kinds[] = {
        {"actor", Target::Kind::Actor},
        {"sink", Target::Kind::Sink},
        {"mqtt", Target::Kind::MqttTopic},
        {"webhook", Target::Kind::Webhook},
    };
    for (const auto &[name, kind] : kinds) {
        if (key != name)
            continue;
        if (!value.is_string() || value.get<std::string>().empty())
            return makeError("'" + key + "' needs a non-empty name",
                             json_text::appendToken(pointer, key));
        return Target{kind, value.get<std::string>()};
    }
    return makeError("unknown target '" + key + "'", json_text::appendToken(pointer, key));
}

Result<Rule> parseRule(const json &object, const std::string &pointer)
{
    if (!object.is_object())
        return makeError("a rule must be a JSON object", pointer);
    Rule rule;
    rule.pointer = pointer;
    rule.name = object.value("name", "");
    if (rule.name.empty())
        return makeError("a rule needs a 'name'", pointer);
    rule.description = object.value("description", "");
    rule.enabled = object.value("enabled", true);
    rule.transform = object.value("transform", json());
    if (!rule.transform.is_null()) {
        auto transform =
            Transform::compile(rule.transform, json_text::appendToken(pointer, "transform"));
        if (!transform)
            return transform.error();
        rule.compiledTransform = std::move(*transform);
    }
    const char *conditionKey = nullptr;
    for (const char *key : {"match", "pattern", "filter"}) {
        if (object.contains(key)) {
            if (conditionKey)
                return makeError("give one of 'match', 'pattern' or 'filter', not both '" +
                                     std::string(conditionKey) + "' and '" + key + "'",
                                 pointer);
            conditionKey = key;
        }
    }
    if (!conditionKey)
        return makeError("rule '" + rule.name + "' has no 'match' condition", pointer);
    // Seed 004 nests its pattern: {"pattern": {"type": ..., "value": ..., "filters": [...]}}.
    auto condition =
        parseCondition(object[conditionKey], json_text::appendToken(pointer, conditionKey));
    if (!condition)
        return condition.error();
    rule.condition = std::move(*condition);
    const json targets = object.value("targets", json::array());
    if (!targets.is_array())
        return makeError("'targets' must be an array", json_text::appendToken(pointer, "targets"));
    for (std::size_t i = 0; i < targets.size(); ++i) {
        auto target = parseTarget(
            targets[i], json_text::appendIndex(json_text::appendToken(pointer, "targets"), i));
        if (!target)
            return target.error();
        rule.targets.push_back(std::move(*target));
    }
    return rule;
}

} // namespace

Result<std::vector<Rule>> parseRules(const json &rules, const std::string &pointer)
{
    if (!rules.is_array())
        return makeError("'rules' must be an array", pointer);
    std::vector<Rule> out;
    out.reserve(rules.size());
    for (std::size_t i = 0; i < rules.size(); ++i) {
        auto rule = parseRule(rules[i], json_text::appendIndex(pointer, i));
        if (!rule)
            return rule.error();
        for (const auto &other : out) {
            if (other.name == rule->name)
                return makeError("two rules are called '" + rule->name + "'",
                                 json_text::appendIndex(pointer, i) + "/name");
        }
        out.push_back(std::move(*rule));
    }
    return out;
}

std::string targetLabel(const Target &target)
{
    switch (target.kind) {
    case Target::Kind::Actor:
        return "actor " + target.name;
    case Target::Kind::Sink:
        return "sink " + target.name;
    case Target::Kind::MqttTopic:
        return "mqtt " + target.name;
    case Target::Kind::Webhook:
        return "webhook " + target.name;
    case Target::Kind::DeadLetter:
        break;
    }
    return "dead-letter queue";
}

} // namespace causeway::routing
