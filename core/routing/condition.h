#pragma once

#include "cesql/expression.h"
#include "common/pattern.h"
#include "common/result.h"
#include "model/cloud_event.h"
#include "routing/data_reads.h"
#include "routing/json_path.h"
#include "routing/operators.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace causeway::routing {

/**
 * @brief The event as conditions see it: attributes by name, the payload by JSONPath.
 * An interface so that rules run on a canonical CloudEvent or straight on JSON text.
 */
class EventView
{
public:
    virtual ~EventView() = default;

    /** @brief Appends the value of @p attribute (none when unset) or, for "data", what @p path
     * reaches in a JSON payload. */
    virtual void select(const std::string &attribute, const JsonPath &path,
                        std::vector<nlohmann::json> &out) const = 0;

    /** @brief The whole canonical event, which CESQL filters need; nullptr, with @p why set,
     * when the event cannot be read as one. */
    virtual const model::CloudEvent *cloudEvent(std::string &why) const = 0;

    /**
     * @brief The text of a textual attribute, for the string tests of routing without a copy
     * into JSON; nullopt when the view cannot say cheaply (then select() is asked).
     */
    virtual std::optional<std::string_view> text(const std::string &attribute) const
    {
        (void)attribute;
        return std::nullopt;
    }
};

/** @brief A view of a canonical CloudEvent. */
class CloudEventView final : public EventView
{
public:
    explicit CloudEventView(const model::CloudEvent &event) : m_event(event) {}

    void select(const std::string &attribute, const JsonPath &path,
                std::vector<nlohmann::json> &out) const override;
    const model::CloudEvent *cloudEvent(std::string &) const override { return &m_event; }
    std::optional<std::string_view> text(const std::string &attribute) const override;

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
    std::string valueText;                // value as the string tests read it
    std::shared_ptr<const Pattern> regex; // Regex
    std::vector<Condition> children;      // All, Any, Not (one child)
    std::optional<cesql::Expression> sql; // Sql: a CloudEvents SQL filter
    std::string pointer;                  // where it was written, for messages

    /** @brief Whether @p event passes; on failure @p whyNot says which test failed. */
    bool evaluate(const EventView &event, std::string *whyNot = nullptr) const;

    /** @brief Adds what the tests read of the event's payload (CloudEvents SQL reads none). */
    void addDataReads(DataReads &reads) const;
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
