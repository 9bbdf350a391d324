#include "routing/condition_shape.h"

#include <algorithm>

namespace causeway::routing {

using nlohmann::json;
using Mode = ConditionShape::Mode;
using Unshown = ConditionShape::Unshown;

namespace {

bool isOneOf(const std::string &key, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *name) { return key == name; });
}

// Seed 004's {"type": "exact|prefix|regex", "value": ..., "filters": [...]}.
bool isSeedPattern(const json &object)
{
    const auto type = object.find("type");
    return object.contains("value") && type != object.end() && type->is_string() &&
           isOneOf(type->get<std::string>(), {"exact", "prefix", "regex"});
}

// Whether routing::parseCondition reads a non-empty @p object as compact members (field ->
// value or {operator: value}) rather than as one of its other shapes; mirrors its order.
bool readsAsMembers(const json &object)
{
    if (object.size() == 1 &&
        isOneOf(object.begin().key(), {"all", "any", "not", "sql", "exact", "prefix", "suffix"}))
        return false;
    return !(object.contains("field") && object.contains("operator")) && !isSeedPattern(object);
}

FieldTest makeTest(const std::string &field, Operator op, json value)
{
    // Exists wants a Boolean; the engine reads anything else as true.
    if (op == Operator::Exists)
        value = !value.is_boolean() || value.get<bool>();
    return {field, op, std::move(value)};
}

// Appends the test of @p field, unless the form could not write it back as it is.
Unshown addTest(const std::string &field, std::optional<Operator> op, json value,
                std::vector<FieldTest> &out)
{
    if (!op.has_value())
        return Unshown::Unreadable;
    const Operator known = op.value();
    // A text operator with another value is an error the form would quietly mend.
    if (takesText(known) && !value.is_string())
        return Unshown::Unreadable;
    out.push_back(makeTest(field, known, std::move(value)));
    return Unshown::Nothing;
}

Unshown readMember(const std::string &field, const json &spec, std::vector<FieldTest> &out)
{
    if (!spec.is_object())
        return addTest(field, Operator::Equals, spec, out);
    if (spec.size() != 1)
        return spec.empty() ? Unshown::Unreadable : Unshown::SeveralOperators;
    return addTest(field, operatorFromString(spec.begin().key()), spec.begin().value(), out);
}

// Appends the field tests @p object makes when it is only field tests, explicit
// ({"field": ..., "operator": ..., "value": ...}) or compact.
Unshown readTests(const json &object, std::vector<FieldTest> &out)
{
    if (!object.is_object() || object.empty())
        return Unshown::Unreadable;
    if (object.size() == 1) {
        const std::string &key = object.begin().key();
        if (isOneOf(key, {"all", "any", "not"}))
            return Unshown::Nested;
        if (key == "sql")
            return Unshown::Sql;
        if (isOneOf(key, {"exact", "prefix", "suffix"}))
            return Unshown::Dialect;
    }
    if (object.contains("field") && object.contains("operator")) {
        const json &field = object["field"];
        const json &name = object["operator"];
        // Other members (a note, say) would be lost when the form writes the test back.
        const bool plain = object.size() == 2u + (object.contains("value") ? 1u : 0u);
        if (!field.is_string() || !name.is_string() || !plain)
            return Unshown::Unreadable;
        return addTest(field.get<std::string>(), operatorFromString(name.get<std::string>()),
                       object.value("value", json(true)), out);
    }
    if (isSeedPattern(object))
        return Unshown::Dialect;
    for (const auto &[field, spec] : object.items()) {
        if (const Unshown why = readMember(field, spec, out); why != Unshown::Nothing)
            return why;
    }
    return Unshown::Nothing;
}

bool isPayload(const std::string &field)
{
    return field == "data" || field.starts_with("$.data");
}

// {"gt": 1000}, or the value alone for equals (unless it is an object, read as operators).
json specOf(const FieldTest &test)
{
    if (test.op == Operator::Equals && !test.value.is_object())
        return test.value;
    return {{std::string(toString(test.op)), test.value}};
}

json itemOf(const FieldTest &test)
{
    const std::string &field = test.field;
    json item = json::object();
    item[field] = specOf(test);
    if (readsAsMembers(item))
        return item;
    // A field called "all", "sql"... is only a field in the explicit shape.
    return {{"field", field}, {"operator", std::string(toString(test.op))}, {"value", test.value}};
}

} // namespace

bool takesText(Operator op)
{
    // The engine refuses anything but a string for these.
    return op == Operator::Prefix || op == Operator::Suffix || op == Operator::Wildcard ||
           op == Operator::Regex || op == Operator::EqualsIgnoreCase;
}

ConditionShape readConditionShape(const json &match)
{
    ConditionShape shape;
    if (match.is_null() || (match.is_object() && match.empty()))
        return shape;
    if (match.is_object() && match.size() == 1 &&
        (match.contains("all") || match.contains("any"))) {
        shape.mode = match.contains("any") ? Mode::Any : Mode::All;
        const json &items = match.begin().value();
        if (!items.is_array() || items.empty())
            shape.unshown = Unshown::Unreadable;
        for (std::size_t i = 0; shape.unshown == Unshown::Nothing && i < items.size(); ++i) {
            const std::size_t before = shape.tests.size();
            shape.unshown = readTests(items[i], shape.tests);
            // Several members in one item are an "all" inside the list.
            if (shape.unshown == Unshown::Nothing && shape.tests.size() != before + 1)
                shape.unshown = Unshown::Nested;
        }
        return shape;
    }
    shape.unshown = readTests(match, shape.tests);
    // Attributes first, as the engine tests them (members come sorted by name).
    std::stable_partition(shape.tests.begin(), shape.tests.end(),
                          [](const FieldTest &test) { return !isPayload(test.field); });
    return shape;
}

json writeConditionShape(Mode mode, const std::vector<FieldTest> &tests)
{
    if (tests.empty())
        return json::object();
    if (mode == Mode::All) {
        json members = json::object();
        for (const FieldTest &test : tests)
            members[test.field] = specOf(test);
        // Two tests of one field, or members that read as another shape, need the list.
        if (members.size() == tests.size() && readsAsMembers(members))
            return members;
    }
    json items = json::array();
    for (const FieldTest &test : tests)
        items.push_back(itemOf(test));
    return {{mode == Mode::Any ? "any" : "all", std::move(items)}};
}

} // namespace causeway::routing
