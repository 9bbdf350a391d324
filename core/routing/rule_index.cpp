#include "routing/rule_index.h"

#include <algorithm>

namespace causeway::routing {

namespace {

// The type test a rule cannot match without: a top-level (or top-level "all") field test
// on "type" with equals or prefix.
const Condition *typeKey(const Condition &condition)
{
    const auto isKey = [](const Condition &c) {
        return c.kind == Condition::Kind::Field && c.attribute == "type" && c.value.is_string() &&
               (c.op == Operator::Equals || c.op == Operator::Prefix);
    };
    if (isKey(condition))
        return &condition;
    if (condition.kind == Condition::Kind::All) {
        for (const auto &child : condition.children) {
            if (isKey(child))
                return &child;
        }
    }
    return nullptr;
}

} // namespace

RuleIndex::RuleIndex(std::vector<Rule> rules) : m_rules(std::move(rules))
{
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        if (!m_rules[i].enabled)
            continue;
        const Condition *key = typeKey(m_rules[i].condition);
        if (!key)
            m_anyType.push_back(i);
        else if (key->op == Operator::Equals)
            m_byExactType[key->value.get<std::string>()].push_back(i);
        else
            m_byTypePrefix[key->value.get<std::string>()].push_back(i);
    }
    for (const auto &[prefix, indexes] : m_byTypePrefix)
        m_prefixLengths.push_back(prefix.size());
    std::sort(m_prefixLengths.begin(), m_prefixLengths.end());
    m_prefixLengths.erase(std::unique(m_prefixLengths.begin(), m_prefixLengths.end()),
                          m_prefixLengths.end());
}

void RuleIndex::candidates(std::string_view type, std::vector<std::size_t> &out) const
{
    if (const auto it = m_byExactType.find(type); it != m_byExactType.end())
        out.insert(out.end(), it->second.begin(), it->second.end());
    for (const std::size_t length : m_prefixLengths) {
        if (length > type.size())
            break;
        if (const auto it = m_byTypePrefix.find(type.substr(0, length)); it != m_byTypePrefix.end())
            out.insert(out.end(), it->second.begin(), it->second.end());
    }
    out.insert(out.end(), m_anyType.begin(), m_anyType.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

std::vector<const Rule *> RuleIndex::match(const model::CloudEvent &event) const
{
    std::vector<const Rule *> matched;
    match(event.type, CloudEventView(event), matched);
    return matched;
}

void RuleIndex::match(std::string_view type, const EventView &event,
                      std::vector<const Rule *> &out) const
{
    std::vector<std::size_t> indexes;
    candidates(type, indexes);
    for (const std::size_t i : indexes) {
        if (m_rules[i].condition.evaluate(event))
            out.push_back(&m_rules[i]);
    }
}

std::vector<RuleVerdict> RuleIndex::explain(const model::CloudEvent &event) const
{
    std::vector<RuleVerdict> verdicts;
    const CloudEventView view(event);
    for (const auto &rule : m_rules) {
        RuleVerdict verdict{&rule, false, {}};
        if (!rule.enabled)
            verdict.reason = "the rule is disabled";
        else
            verdict.matched = rule.condition.evaluate(view, &verdict.reason);
        verdicts.push_back(std::move(verdict));
    }
    return verdicts;
}

} // namespace causeway::routing
