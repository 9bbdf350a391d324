#include "routing/condition.h"

#include "common/glob.h"
#include "common/json_text.h"
#include "model/json_format.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace causeway::routing {

using nlohmann::json;

namespace {

struct OperatorName
{
    Operator op;
    std::string_view name;
};

constexpr std::array kOperators = {
    OperatorName{Operator::Equals, "equals"},
    OperatorName{Operator::NotEquals, "not-equals"},
    OperatorName{Operator::EqualsIgnoreCase, "equals-ignore-case"},
    OperatorName{Operator::Contains, "contains"},
    OperatorName{Operator::In, "in"},
    OperatorName{Operator::AnythingBut, "anything-but"},
    OperatorName{Operator::Gt, "gt"},
    OperatorName{Operator::Gte, "gte"},
    OperatorName{Operator::Lt, "lt"},
    OperatorName{Operator::Lte, "lte"},
    OperatorName{Operator::Range, "range"},
    OperatorName{Operator::Exists, "exists"},
    OperatorName{Operator::Prefix, "prefix"},
    OperatorName{Operator::Suffix, "suffix"},
    OperatorName{Operator::Wildcard, "wildcard"},
    OperatorName{Operator::Regex, "regex"},
};

std::optional<Operator> operatorFromString(std::string_view name)
{
    // "exact" is the Subscriptions and seed 004 spelling of equals.
    if (name == "exact")
        return Operator::Equals;
    for (const auto &entry : kOperators) {
        if (entry.name == name)
            return entry.op;
    }
    return std::nullopt;
}

std::string operatorList()
{
    std::string list;
    for (const auto &entry : kOperators)
        list += (list.empty() ? "" : ", ") + std::string(entry.name);
    return list;
}

bool lowerEquals(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

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

// The test of one selected value against a field condition.
bool test(const Condition &c, const json &actual)
{
    const auto text = [&]() -> const std::string * {
        return actual.is_string() ? &actual.get_ref<const std::string &>() : nullptr;
    };
    const auto wanted = [&]() -> std::string {
        return c.value.is_string() ? c.value.get<std::string>() : c.value.dump();
    };
    switch (c.op) {
    case Operator::Equals:
        return actual == c.value;
    case Operator::NotEquals:
        return actual != c.value;
    case Operator::EqualsIgnoreCase:
        return text() && lowerEquals(*text(), wanted());
    case Operator::Contains:
        if (actual.is_array())
            return std::any_of(actual.begin(), actual.end(),
                               [&](const json &v) { return v == c.value; });
        return text() && text()->find(wanted()) != std::string::npos;
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
    case Operator::Prefix:
        return text() && text()->rfind(wanted(), 0) == 0;
    case Operator::Suffix:
        return text() && text()->size() >= wanted().size() &&
               text()->compare(text()->size() - wanted().size(), wanted().size(), wanted()) == 0;
    case Operator::Wildcard:
        return text() && globMatch(wanted(), *text());
    case Operator::Regex:
        return text() && std::regex_search(*text(), *c.regex);
    case Operator::Exists:
        return true;
    }
    return false;
}

std::string describe(const Condition &c)
{
    return c.field + " " + std::string(toString(c.op)) + " " + c.value.dump();
}

bool evaluateField(const Condition &c, const EventView &event, std::string *whyNot)
{
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

Result<Condition> combine(Condition::Kind kind, const json &items, const std::string &pointer);

// {"type": "com.x", "$.data.amount": {"gt": 5}}: one field test per member.
Result<Condition> parseShorthand(const json &object, const std::string &pointer)
{
    Condition all;
    all.kind = Condition::Kind::All;
    all.pointer = pointer;
    for (const auto &[field, spec] : object.items()) {
        const std::string where = json_text::appendToken(pointer, field);
        if (spec.is_object()) {
            if (spec.size() != 1)
                return makeError("give one operator per field, such as {\"prefix\": \"/loans\"}",
                                 where);
            const std::string &name = spec.begin().key();
            const json &value = spec.begin().value();
            const auto op = operatorFromString(name);
            if (!op)
                return makeError("unknown operator '" + name + "'; use one of " + operatorList(),
                                 where);
            auto field_ =
                makeFieldCondition(field, *op, value, json_text::appendToken(where, name));
            if (!field_)
                return field_.error();
            all.children.push_back(std::move(*field_));
        } else {
            auto field_ = makeFieldCondition(field, Operator::Equals, spec, where);
            if (!field_)
                return field_.error();
            all.children.push_back(std::move(*field_));
        }
    }
    // JSON objects come sorted by name; test attributes before payload fields, which is
    // cheaper and makes the sandbox name the type mismatch rather than a payload detail.
    std::stable_partition(all.children.begin(), all.children.end(),
                          [](const Condition &c) { return c.attribute != "data"; });
    if (all.children.size() == 1)
        return std::move(all.children.front());
    return all;
}

// {"exact": {"type": "x", "source": "y"}} of the CloudEvents Subscriptions API.
Result<Condition> parseDialect(Operator op, const json &attributes, const std::string &pointer)
{
    if (!attributes.is_object() || attributes.empty())
        return makeError("expects an object of attribute names and values", pointer);
    Condition all;
    all.kind = Condition::Kind::All;
    all.pointer = pointer;
    for (const auto &[name, value] : attributes.items()) {
        auto field = makeFieldCondition(name, op, value, json_text::appendToken(pointer, name));
        if (!field)
            return field.error();
        all.children.push_back(std::move(*field));
    }
    if (all.children.size() == 1)
        return std::move(all.children.front());
    return all;
}

Result<Condition> parseSeedPattern(const json &object, const std::string &pointer)
{
    const std::string kind = object["type"].get<std::string>();
    Condition all;
    all.kind = Condition::Kind::All;
    all.pointer = pointer;
    auto typeTest = makeFieldCondition("type", *operatorFromString(kind), object["value"],
                                       json_text::appendToken(pointer, "value"));
    if (!typeTest)
        return typeTest.error();
    all.children.push_back(std::move(*typeTest));
    if (const auto filters = object.find("filters"); filters != object.end()) {
        auto rest =
            combine(Condition::Kind::All, *filters, json_text::appendToken(pointer, "filters"));
        if (!rest)
            return rest.error();
        for (auto &child : rest->children)
            all.children.push_back(std::move(child));
    }
    return all;
}

Result<Condition> combine(Condition::Kind kind, const json &items, const std::string &pointer)
{
    if (!items.is_array() || items.empty())
        return makeError("expects a non-empty array of conditions", pointer);
    Condition node;
    node.kind = kind;
    node.pointer = pointer;
    for (std::size_t i = 0; i < items.size(); ++i) {
        auto child = parseCondition(items[i], json_text::appendIndex(pointer, i));
        if (!child)
            return child.error();
        node.children.push_back(std::move(*child));
    }
    return node;
}

} // namespace

std::string_view toString(Operator op)
{
    for (const auto &entry : kOperators) {
        if (entry.op == op)
            return entry.name;
    }
    return "?";
}

void EventView::select(const std::string &attribute, const JsonPath &path,
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

Result<Condition> makeFieldCondition(const std::string &field, Operator op, json value,
                                     const std::string &pointer)
{
    Condition c;
    c.kind = Condition::Kind::Field;
    c.field = field;
    c.op = op;
    c.value = std::move(value);
    c.pointer = pointer;
    if (field.rfind("$", 0) == 0) {
        auto path = JsonPath::parse(field);
        if (!path)
            return makeError(path.error().message, pointer);
        c.attribute = path->head();
        if (c.attribute.empty())
            return makeError("path '" + field + "' must name an attribute or $.data first",
                             pointer);
        c.path = path->tail();
        if (c.attribute != "data" && !c.path.empty())
            return makeError("only $.data has members; '" + field + "' goes below attribute " +
                                 c.attribute,
                             pointer);
    } else {
        c.attribute = field;
    }
    if (op == Operator::Regex || op == Operator::Wildcard || op == Operator::Prefix ||
        op == Operator::Suffix || op == Operator::EqualsIgnoreCase) {
        if (!c.value.is_string())
            return makeError(std::string(toString(op)) + " needs a string value", pointer);
    }
    if (op == Operator::Regex) {
        try {
            c.regex = std::make_shared<const std::regex>(c.value.get<std::string>(),
                                                         std::regex::ECMAScript);
        } catch (const std::regex_error &e) {
            return makeError("invalid regular expression " + c.value.dump() + ": " + e.what(),
                             pointer);
        }
    }
    if (op == Operator::Range && !(c.value.is_array() && c.value.size() == 2))
        return makeError("range needs [minimum, maximum]", pointer);
    if (op == Operator::In && !c.value.is_array())
        return makeError("in needs an array of values", pointer);
    return c;
}

Result<Condition> parseCondition(const json &object, const std::string &pointer)
{
    if (!object.is_object() || object.empty())
        return makeError("a condition must be a non-empty JSON object", pointer);
    const auto only = [&](const char *key) { return object.size() == 1 && object.contains(key); };
    if (only("all"))
        return combine(Condition::Kind::All, object["all"], json_text::appendToken(pointer, "all"));
    if (only("any"))
        return combine(Condition::Kind::Any, object["any"], json_text::appendToken(pointer, "any"));
    if (only("not")) {
        auto child = parseCondition(object["not"], json_text::appendToken(pointer, "not"));
        if (!child)
            return child.error();
        Condition node;
        node.kind = Condition::Kind::Not;
        node.pointer = pointer;
        node.children.push_back(std::move(*child));
        return node;
    }
    if (only("sql")) {
        const std::string where = json_text::appendToken(pointer, "sql");
        if (!object["sql"].is_string())
            return makeError("'sql' takes a CloudEvents SQL expression as a string", where);
        auto expression = cesql::Expression::parse(object["sql"].get<std::string>());
        if (!expression)
            return makeError("CloudEvents SQL: " + expression.error().toString(), where);
        Condition node;
        node.kind = Condition::Kind::Sql;
        node.pointer = where;
        node.sql = std::move(*expression);
        return node;
    }
    for (const char *dialect : {"exact", "prefix", "suffix"}) {
        if (only(dialect))
            return parseDialect(*operatorFromString(dialect), object[dialect],
                                json_text::appendToken(pointer, dialect));
    }
    if (object.contains("field") && object.contains("operator")) {
        const json &op = object["operator"];
        const auto parsed =
            op.is_string() ? operatorFromString(op.get<std::string>()) : std::nullopt;
        if (!parsed)
            return makeError("unknown operator " + op.dump() + "; use one of " + operatorList(),
                             json_text::appendToken(pointer, "operator"));
        if (!object["field"].is_string())
            return makeError("'field' must be a JSONPath string",
                             json_text::appendToken(pointer, "field"));
        return makeFieldCondition(object["field"].get<std::string>(), *parsed,
                                  object.value("value", json(true)), pointer);
    }
    if (object.contains("value") && object.contains("type") && object["type"].is_string()) {
        const std::string kind = object["type"].get<std::string>();
        if (kind == "exact" || kind == "prefix" || kind == "regex")
            return parseSeedPattern(object, pointer);
    }
    return parseShorthand(object, pointer);
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
            if (child.evaluate(event, first.empty() ? &first : nullptr))
                return true;
        }
        if (whyNot)
            *whyNot = "none of " + std::to_string(children.size()) +
                      " alternatives matched (first: " + first + ")";
        return false;
    }
    case Kind::Sql: {
        // A filter passes only on Boolean true without an error (CESQL section 1.2).
        const auto result = sql->evaluate(event.event());
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

} // namespace causeway::routing
