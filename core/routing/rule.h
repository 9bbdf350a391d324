#pragma once

#include "routing/condition.h"
#include "routing/transform.h"

#include <optional>
#include <string>
#include <vector>

namespace causeway::routing {

/** @brief Where a matching event goes. */
struct Target
{
    enum class Kind { Actor, Sink, DeadLetter, MqttTopic, Webhook };
    Kind kind = Kind::Actor;
    std::string name; // actor or sink name, topic, URL; empty for the dead-letter queue
};

/** @brief "actor credit-check", "sink audit", "mqtt loans/decided", "dead-letter queue". */
std::string targetLabel(const Target &target);

/** @brief A routing rule: when its condition matches an event, the event goes to its targets. */
struct Rule
{
    std::string name;
    std::string description;
    bool enabled = true;
    Condition condition;
    std::vector<Target> targets;
    nlohmann::json transform; // optional payload template as written; null when absent
    std::optional<Transform> compiledTransform; // set when "transform" is given
    std::string pointer;                        // "/rules/3"
};

/**
 * @brief Reads the "rules" array of a project. A rule is {"name", "match" | "pattern" |
 * "filter", "targets": [{"actor": "x"} | {"sink": "x"} | {"deadLetter": true} |
 * {"mqtt": "topic"} | {"webhook": "url"}], "enabled", "transform"}. The transform is
 * compiled here, so a bad template fails with the pointer of its offending member.
 */
Result<std::vector<Rule>> parseRules(const nlohmann::json &rules,
                                     const std::string &pointer = "/rules");

} // namespace causeway::routing
