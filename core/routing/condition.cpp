#include "routing/condition.h"

#include "common/ascii.h"
#include "common/glob.h"
#include "common/json_text.h"
#include "model/json_format.h"

#include <algorithm>

namespace causeway::routing {

using nlohmann::json;

namespace {

constexpr auto lowerEquals = ascii::equalsIgnoringCase;

bool ordered(const json &left, const json &right, Operator op)
{
    const bool numbers = left.is_number() && right.is_number();
    if (!numbers && !(left.is_string() && right.is_string()))
        return false;
    const bool less = numbers ? left.get<double>() < right.get<double>() : left < right;
    const bool equal = numbers ? left.get<double>() == right.get<double>() : left == right;
    switch (op) {
    case Operator::Gt:
        return !less && !equal;
    case Operator::Gte:
        return !less;
    case Operator::Lt:
        return less;
    case Operator::Lte:
        return less || equal;
    default:
        return false;
    }
}

bool oneOf(const json &candidate, const json &list)
{
    if (!list.is_array())
        return candidate == list;
    return std::any_of(list.begin(), list.end(), [&](const json &v) { return v == candidate; });
}

// The string tests, on a text as it is; nullopt for the tests that need the JSON value.
std::optional<bool> testText(const Condition &c, std::string_view text)
{
    const std::string &wanted = c.valueText;
    switch (c.op) {
    case Operator::Equals:
    case Operator::NotEquals:
        if (!c.value.is_string())
            return std::nullopt;
        return (text == wanted) == (c.op == Operator::Equals);
    case Operator::EqualsIgnoreCase:
        return lowerEquals(text, wanted);
    case Operator::Contains:
        return text.find(wanted) != std::string_view::npos;
    case Operator::Prefix:
        return text.starts_with(wanted);
    case Operator::Suffix:
        return text.ends_with(wanted);
    case Operator::Wildcard:
        return globMatch(wanted, text);
    case Operator::Regex:
        return c.regex->search(text);
    case Operator::Exists:
        return true;
    default:
        return std::nullopt;
    }
}

// The test of one selected value against a field condition.
bool test(const Condition &c, const json &actual)
{
    if (actual.is_string()) {
        if (const auto verdict = testText(c, actual.get_ref<const std::string &>()))
            return *verdict;
    }
    switch (c.op) {
    case Operator::Equals:
        return actual == c.value;
    case Operator::NotEquals:
        return actual != c.value;
    case Operator::Contains:
        return actual.is_array() && std::any_of(actual.begin(), actual.end(),
                                                [&](const json &v) { return v == c.value; });
    case Operator::In:
        return oneOf(actual, c.value);
    case Operator::AnythingBut:
        return !oneOf(actual, c.value);
    case Operator::Gt:
    case Operator::Gte:
    case Operator::Lt:
    case Operator::Lte:
        return ordered(actual, c.value, c.op);
    case Operator::Range:
        return ordered(actual, c.value[0], Operator::Gte) &&
               ordered(actual, c.value[1], Operator::Lte);
    case Operator::Exists:
        return true;
    default: // the string tests, which a value that is not a string fails
        return false;
    }
}

std::string describe(const Condition &c)
{
    return c.field + " " + std::string(toString(c.op)) + " " + c.value.dump();
}

bool evaluateField(const Condition &c, const EventView &event, std::string *whyNot)
{
    // Type, source and the like: tested as they are, with no JSON copy (routing does this for
    // every event and rule).
    if (!whyNot && c.attribute != "data" && c.op != Operator::Exists) {
        if (const auto text = event.text(c.attribute)) {
            if (const auto verdict = testText(c, *text))
                return *verdict;
        }
    }
    std::vector<json> values;
    event.select(c.attribute, c.path, values);
    if (c.op == Operator::Exists) {
        const bool wanted = !c.value.is_boolean() || c.value.get<bool>();
        if (values.empty() == wanted && whyNot)
            *whyNot = c.field + (wanted ? " is missing" : " is present");
        return values.empty() != wanted;
    }
    // Negative tests hold for a missing field; the others need a value to look at.
    const bool negative = c.op == Operator::NotEquals;
    if (values.empty()) {
        if (!negative && whyNot)
            *whyNot = c.field + " is missing (wanted " + describe(c) + ")";
        return negative;
    }
    const auto passes = [&](const json &value) {
        // A field holding an array passes when one of its elements does (EventBridge style).
        if (value.is_array() && c.op != Operator::Contains && c.op != Operator::Equals &&
            c.op != Operator::NotEquals)
            return std::any_of(value.begin(), value.end(),
                               [&](const json &v) { return test(c, v); });
        return test(c, value);
    };
    const bool matched = negative ? std::all_of(values.begin(), values.end(), passes)
                                  : std::any_of(values.begin(), values.end(), passes);
    if (!matched && whyNot) {
        *whyNot = c.field + " is " +
                  values.front().dump(-1, ' ', false, json::error_handler_t::replace) +
                  ", wanted " + std::string(toString(c.op)) + " " + c.value.dump();
    }
    return matched;
}

} // namespace

void CloudEventView::select(const std::string &attribute, const JsonPath &path,
                            std::vector<json> &out) const
{
    if (attribute == "data") {
        const json *data = m_event.jsonData();
        if (!data)
            return;
        std::vector<const json *> found;
        path.select(*data, found);
        for (const json *value : found)
            out.push_back(*value);
        return;
    }
    if (const auto value = m_event.attribute(attribute))
        out.push_back(model::attributeToJson(*value));
}

std::optional<std::string_view> CloudEventView::text(const std::string &attribute) const
{
    return attribute == "data" ? std::nullopt : m_event.attributeText(attribute);
}

bool Condition::evaluate(const EventView &event, std::string *whyNot) const
{
    switch (kind) {
    case Kind::Field:
        return evaluateField(*this, event, whyNot);
    case Kind::All:
        for (const auto &child : children) {
            if (!child.evaluate(event, whyNot))
                return false;
        }
        return true;
    case Kind::Any: {
        std::string first;
        for (const auto &child : children) {
            // The reasons are only written when someone asked for them.
            if (child.evaluate(event, whyNot && first.empty() ? &first : nullptr))
                return true;
        }
        if (whyNot)
            *whyNot = "none of " + std::to_string(children.size()) +
                      " alternatives matched (first: " + first + ")";
        return false;
    }
    case Kind::Sql: {
        // A filter passes only on Boolean true without an error (CESQL section 1.2).
        std::string unreadable;
        const model::CloudEvent *whole = event.cloudEvent(unreadable);
        if (!whole) {
            if (whyNot)
                *whyNot =
                    "SQL needs the whole event, which is not a valid CloudEvent: " + unreadable;
            return false;
        }
        const auto result = sql->evaluate(*whole);
        const bool *value = std::get_if<bool>(&result.value);
        const bool matched = !result.error && value && *value;
        if (!matched && whyNot) {
            *whyNot = result.error ? "SQL " + std::string(cesql::toString(*result.error)) +
                                         " error: " + result.message
                                   : "SQL '" + sql->text() + "' is not true";
        }
        return matched;
    }
    case Kind::Not:
        if (children.front().evaluate(event, nullptr)) {
            if (whyNot)
                *whyNot = "the negated condition at " + children.front().pointer + " matched";
            return false;
        }
        return true;
    }
    return false;
}

void Condition::addDataReads(DataReads &reads) const
{
    if (kind == Kind::Field && attribute == "data")
        reads.addBelowData(path);
    for (const Condition &child : children)
        child.addDataReads(reads);
}

} // namespace causeway::routing
