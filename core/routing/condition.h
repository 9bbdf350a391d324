#pragma once

#include "cesql/expression.h"
#include "common/result.h"
#include "model/cloud_event.h"
#include "routing/json_path.h"
#include "routing/operators.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

namespace causeway::routing {

/** @brief The event as conditions see it: attributes by name, the payload by JSONPath. */
class EventView
{
public:
    explicit EventView(const model::CloudEvent &event) : m_event(event) {}

    /** @brief The values of @p attribute (empty when unset) or, for "data", of @p path. */
    void select(const std::string &attribute, const JsonPath &path,
                std::vector<nlohmann::json> &out) const;

    const model::CloudEvent &event() const { return m_event; }

private:
    const model::CloudEvent &m_event;
};

/** @brief A routing condition: a test of one field, or all / any / not of others. */
struct Condition
{
    enum class Kind { Field, All, Any, Not, Sql };

    Kind kind = Kind::All;
    // Field conditions: "type", "source", "$.data.amount"... as written, and resolved.
    std::string field;
    std::string attribute; // "data" for payload paths
    JsonPath path;         // below the attribute ($.data.amount -> $.amount)
    Operator op = Operator::Equals;
    nlohmann::json value;
    std::shared_ptr<const std::regex> regex; // Regex and Wildcard
    std::vector<Condition> children;         // All, Any, Not (one child)
    std::optional<cesql::Expression> sql;    // Sql: a CloudEvents SQL filter
    std::string pointer;                     // where it was written, for messages

    /** @brief Whether @p event passes; on failure @p whyNot says which test failed. */
    bool evaluate(const EventView &event, std::string *whyNot = nullptr) const;
};

/**
 * @brief Reads a condition from a rule's JSON. Accepted shapes:
 *  - {"all": [...]}, {"any": [...]}, {"not": {...}}
 *  - {"field": "$.data.amount", "operator": "gt", "value": 1000} (seed 004 filters)
 *  - {"type": "exact|prefix|regex", "value": "...", "filters": [...]} (seed 004 patterns)
 *  - {"exact"|"prefix"|"suffix": {"attribute": "value", ...}}, {"sql": "CESQL expression"}
 *    (the CloudEvents Subscriptions filter dialects)
 *  - {"type": "com.x", "source": {"prefix": "/loans"}, "$.data.amount": {"gt": 5}}:
 *    attribute or path -> a value (equals) or {operator: value}; several members are "all".
 */
Result<Condition> parseCondition(const nlohmann::json &json, const std::string &pointer);

/** @brief A field test built in code (used by parsing and by tests). */
Result<Condition> makeFieldCondition(const std::string &field, Operator op, nlohmann::json value,
                                     const std::string &pointer = {});

} // namespace causeway::routing
