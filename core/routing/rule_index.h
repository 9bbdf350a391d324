#pragma once

#include "common/text_hash.h"
#include "routing/rule.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace causeway::routing {

/** @brief Why a rule did or did not match an event (the rule sandbox). */
struct RuleVerdict
{
    const Rule *rule = nullptr;
    bool matched = false;
    std::string reason; // the condition that failed, when it did not match
};

/**
 * @brief Rules compiled for matching: rules that pin the event type (equals or prefix)
 * are found through hash maps, one lookup per distinct prefix length, so matching an event
 * looks only at rules that can apply to its type, plus those that do not constrain it.
 */
class RuleIndex
{
public:
    explicit RuleIndex(std::vector<Rule> rules);

    /** @brief The enabled rules that match @p event, in rule order. */
    std::vector<const Rule *> match(const model::CloudEvent &event) const;

    /** @brief Appends to @p out the enabled rules that match @p event, in rule order;
     * @p type is the event's "type", which picks the candidate rules. */
    void match(std::string_view type, const EventView &event, std::vector<const Rule *> &out) const;

    /** @brief A verdict for every rule, with the failing condition of those that do not match. */
    std::vector<RuleVerdict> explain(const model::CloudEvent &event) const;

    const std::vector<Rule> &rules() const { return m_rules; }

private:
    void candidates(std::string_view type, std::vector<std::size_t> &out) const;

    using RulesByText = TextMap<std::vector<std::size_t>>; // found by the event's type as is

    std::vector<Rule> m_rules;
    RulesByText m_byExactType;
    RulesByText m_byTypePrefix;
    std::vector<std::size_t> m_prefixLengths; // the distinct lengths in m_byTypePrefix
    std::vector<std::size_t> m_anyType;
};

} // namespace causeway::routing
