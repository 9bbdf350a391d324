// Reading conditions from the JSON shapes rules are written in.
#include "common/json_text.h"
#include "routing/condition.h"

#include "model/attribute.h"

#include <algorithm>

namespace causeway::routing {

using nlohmann::json;

namespace {

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
                return makeError("unknown operator '" + name + "'; use one of " + operatorNames(),
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

Result<Condition> makeFieldCondition(const std::string &field, Operator op, json value,
                                     const std::string &pointer)
{
    Condition c;
    c.kind = Condition::Kind::Field;
    c.field = field;
    c.op = op;
    c.value = std::move(value);
    c.valueText = c.value.is_string() ? c.value.get<std::string>() : c.value.dump();
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
        // Attributes are scalars; other names may be documents a view provides (a simulated
        // actor's "joined" events, for one), so only known attributes are refused.
        if (c.attribute != "data" && !c.path.empty() && model::findKnownAttribute(c.attribute))
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
            c.regex = std::make_shared<const Pattern>(c.value.get<std::string>());
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
            return makeError("unknown operator " + op.dump() + "; use one of " + operatorNames(),
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

} // namespace causeway::routing
