// The constraints compareSchemas() checks on the value itself: type, enum/const, numeric
// and size bounds, multipleOf, pattern and format.
#include "schema/compatibility_walk.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace causeway::schema {

namespace {

using nlohmann::json;

// nullopt: any type.
std::optional<std::set<std::string>> typesOf(const SchemaNode &node)
{
    const SchemaNode type = node.child("type");
    if (!type.value)
        return std::nullopt;
    std::set<std::string> types;
    for (const auto &name : type.value->is_array() ? *type.value : json::array({*type.value})) {
        if (name.is_string())
            types.insert(name.get<std::string>());
    }
    return types;
}

bool covers(const std::optional<std::set<std::string>> &types, const std::string &type)
{
    return !types || types->count(type) || (type == "integer" && types->count("number"));
}

std::string describeTypes(const std::optional<std::set<std::string>> &types)
{
    if (!types)
        return "any type";
    std::string text;
    for (const auto &type : *types)
        text += (text.empty() ? "" : " or ") + type;
    return text;
}

// enum, or const as an enum of one; nullopt when the schema has neither.
std::optional<std::vector<json>> valuesOf(const SchemaNode &node, std::string &keyword)
{
    if (const SchemaNode constant = node.child("const"); constant.value) {
        keyword = "const";
        return std::vector<json>{*constant.value};
    }
    keyword = "enum";
    const SchemaNode list = node.child("enum");
    if (!list.value || !list.value->is_array())
        return std::nullopt;
    return std::vector<json>(list.value->begin(), list.value->end());
}

bool contains(const std::vector<json> &values, const json &value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

struct Bound
{
    json value; // a number, as written
    bool exclusive = false;
    std::string keyword; // where the bound is written

    double number() const { return value.get<double>(); }
    std::string text() const { return (exclusive ? "exclusive " : "") + value.dump(); }
};

// Draft 4 writes "minimum": 5 with "exclusiveMinimum": true; draft 7 writes
// "exclusiveMinimum": 5. Either way the result is one bound, the tighter if there are two.
std::optional<Bound> boundOf(const SchemaNode &node, bool lower)
{
    const char *inclusive = lower ? "minimum" : "maximum";
    const char *exclusive = lower ? "exclusiveMinimum" : "exclusiveMaximum";
    std::optional<Bound> bound;
    const SchemaNode plain = node.child(inclusive);
    const SchemaNode strict = node.child(exclusive);
    if (plain.value && plain.value->is_number()) {
        const bool draft4Exclusive =
            strict.value && strict.value->is_boolean() && strict.value->get<bool>();
        bound = Bound{*plain.value, draft4Exclusive, inclusive};
    }
    if (strict.value && strict.value->is_number()) {
        const double value = strict.value->get<double>();
        if (!bound || (lower ? value >= bound->number() : value <= bound->number()))
            bound = Bound{*strict.value, true, exclusive};
    }
    return bound;
}

std::optional<Bound> countOf(const SchemaNode &node, const char *keyword)
{
    const SchemaNode count = node.child(keyword);
    if (!count.value || !count.value->is_number())
        return std::nullopt;
    return Bound{*count.value, false, keyword};
}

bool isMultipleOf(double value, double divisor)
{
    const double ratio = value / divisor;
    return std::abs(ratio - std::round(ratio)) < 1e-9;
}

} // namespace

void SchemaComparer::compareTypes(const SchemaNode &older, const SchemaNode &newer)
{
    const auto before = typesOf(older);
    const auto after = typesOf(newer);
    bool narrowed = !before && after;
    bool widened = before && !after;
    if (before && after) {
        for (const auto &type : *before)
            narrowed = narrowed || !covers(after, type);
        for (const auto &type : *after)
            widened = widened || !covers(before, type);
    }
    if (!narrowed && !widened)
        return;
    const std::string verb = narrowed && widened ? "changed" : narrowed ? "narrowed" : "widened";
    add((after ? newer : older).child("type").pointer,
        verb + " type from " + describeTypes(before) + " to " + describeTypes(after), narrowed,
        widened);
}

void SchemaComparer::compareValues(const SchemaNode &older, const SchemaNode &newer)
{
    std::string oldKeyword;
    std::string newKeyword;
    const auto before = valuesOf(older, oldKeyword);
    const auto after = valuesOf(newer, newKeyword);
    if (!before && !after)
        return;
    if (!before) {
        add(newer.child(newKeyword).pointer,
            "restricted the value to " + newKeyword + " " + newer.child(newKeyword).value->dump(),
            true, false);
        return;
    }
    if (!after) {
        add(older.child(oldKeyword).pointer, "removed the restriction to " + oldKeyword, false,
            true);
        return;
    }
    for (const json &value : *before) {
        if (!contains(*after, value))
            add(newer.child(newKeyword).pointer, "removed enum value " + value.dump(), true, false);
    }
    for (const json &value : *after) {
        if (!contains(*before, value))
            add(newer.child(newKeyword).pointer, "added enum value " + value.dump(), false, true);
    }
}

void SchemaComparer::compareBounds(const SchemaNode &older, const SchemaNode &newer)
{
    // A lower bound tightens when it rises; an upper bound when it falls.
    const auto check = [&](const char *name, const std::optional<Bound> &before,
                           const std::optional<Bound> &after, bool lower) {
        if (!before && !after)
            return;
        if (!before) {
            add(newer.child(after->keyword).pointer,
                std::string("added ") + name + " " + after->text(), true, false);
            return;
        }
        if (!after) {
            add(older.child(before->keyword).pointer,
                std::string("removed ") + name + " " + before->text(), false, true);
            return;
        }
        const double from = before->number();
        const double to = after->number();
        if (from == to && before->exclusive == after->exclusive)
            return;
        const bool tightened = (lower ? to > from : to < from) ||
                               (from == to && after->exclusive && !before->exclusive);
        add(newer.child(after->keyword).pointer,
            std::string(tightened ? "tightened " : "loosened ") + name + " from " + before->text() +
                " to " + after->text(),
            tightened, !tightened);
    };
    check("minimum", boundOf(older, true), boundOf(newer, true), true);
    check("maximum", boundOf(older, false), boundOf(newer, false), false);
    for (const char *keyword : {"minLength", "minItems", "minProperties"})
        check(keyword, countOf(older, keyword), countOf(newer, keyword), true);
    for (const char *keyword : {"maxLength", "maxItems", "maxProperties"})
        check(keyword, countOf(older, keyword), countOf(newer, keyword), false);

    const auto before = countOf(older, "multipleOf");
    const auto after = countOf(newer, "multipleOf");
    if (before && after && before->number() != after->number() && before->number() > 0 &&
        after->number() > 0) {
        // Multiples of 4 are multiples of 2: 2 -> 4 rejects old data, 4 -> 2 accepts more.
        const bool tightened = isMultipleOf(after->number(), before->number());
        const bool loosened = isMultipleOf(before->number(), after->number());
        add(newer.child("multipleOf").pointer,
            "changed multipleOf from " + before->text() + " to " + after->text(), !loosened,
            !tightened);
    } else if (before && !after) {
        add(older.child("multipleOf").pointer, "removed multipleOf " + before->text(), false, true);
    } else if (!before && after) {
        add(newer.child("multipleOf").pointer, "added multipleOf " + after->text(), true, false);
    }
}

void SchemaComparer::compareStrings(const SchemaNode &older, const SchemaNode &newer)
{
    // Two patterns or formats cannot be compared, so a change counts both ways.
    for (const char *keyword : {"pattern", "format"}) {
        const SchemaNode before = older.child(keyword);
        const SchemaNode after = newer.child(keyword);
        if (!before.value && after.value)
            add(after.pointer, std::string("added ") + keyword + " " + after.value->dump(), true,
                false);
        else if (before.value && !after.value)
            add(before.pointer, std::string("removed ") + keyword + " " + before.value->dump(),
                false, true);
        else if (before.value && *before.value != *after.value)
            add(after.pointer,
                std::string("changed ") + keyword + " from " + before.value->dump() + " to " +
                    after.value->dump(),
                true, true);
    }
}

} // namespace causeway::schema
