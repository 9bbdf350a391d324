// The structure compareSchemas() walks: properties, required, additionalProperties,
// patternProperties, items and additionalItems.
#include "schema/compatibility_walk.h"

#include <algorithm>

namespace causeway::schema {

namespace {

std::set<std::string> namesIn(const SchemaNode &node, const char *keyword)
{
    std::set<std::string> names;
    const SchemaNode list = node.child(keyword);
    if (list.value && list.value->is_array()) {
        for (const auto &name : *list.value) {
            if (name.is_string())
                names.insert(name.get<std::string>());
        }
    }
    return names;
}

bool isTrue(const SchemaNode &node, const char *keyword)
{
    const SchemaNode value = node.child(keyword);
    return value.value && value.value->is_boolean() && value.value->get<bool>();
}

bool isClosed(const SchemaNode &node)
{
    const SchemaNode additional = node.child("additionalProperties");
    return additional.value && additional.value->is_boolean() && !additional.value->get<bool>();
}

} // namespace

void SchemaComparer::compareObjects(const SchemaNode &older, const SchemaNode &newer)
{
    compareProperties(older, newer);
    const SchemaNode oldProps = older.child("properties");
    const SchemaNode newProps = newer.child("properties");
    const std::set<std::string> oldRequired = namesIn(older, "required");
    const std::set<std::string> newRequired = namesIn(newer, "required");
    // Fields that were added or removed are reported by compareProperties().
    for (const std::string &name : newRequired) {
        if (!oldRequired.count(name) &&
            !(newProps.child(name).value && !oldProps.child(name).value))
            add(newer.child("required").pointer, "field '" + name + "' became required", true,
                false);
    }
    for (const std::string &name : oldRequired) {
        if (!newRequired.count(name) &&
            !(oldProps.child(name).value && !newProps.child(name).value))
            add((newer.has("required") ? newer : older).child("required").pointer,
                "field '" + name + "' is no longer required", false, true);
    }

    const bool oldClosed = isClosed(older);
    const bool newClosed = isClosed(newer);
    const SchemaNode oldExtra = older.child("additionalProperties");
    const SchemaNode newExtra = newer.child("additionalProperties");
    if (newClosed && !oldClosed)
        add(newExtra.pointer, "properties the schema does not list are no longer allowed", true,
            false);
    else if (oldClosed && !newClosed)
        add((newExtra.value ? newExtra : oldExtra).pointer,
            "properties the schema does not list are now allowed", false, true);
    else if (!oldClosed)
        compare(oldExtra, newExtra);

    // The same rule as for properties below, for names matched by a pattern.
    const SchemaNode oldPatterns = older.child("patternProperties");
    const SchemaNode newPatterns = newer.child("patternProperties");
    if (newPatterns.value && newPatterns.value->is_object()) {
        for (const auto &[pattern, schema] : newPatterns.value->items()) {
            if (oldPatterns.child(pattern).value)
                compare(oldPatterns.child(pattern), newPatterns.child(pattern));
            else
                add(newPatterns.child(pattern).pointer, "added pattern property '" + pattern + "'",
                    false, oldClosed);
        }
    }
    if (oldPatterns.value && oldPatterns.value->is_object()) {
        for (const auto &[pattern, schema] : oldPatterns.value->items()) {
            if (!newPatterns.child(pattern).value)
                add(oldPatterns.child(pattern).pointer,
                    "removed pattern property '" + pattern + "'", newClosed, false);
        }
    }
}

// Added and removed properties. Backward: old data meets the new reader; forward: new
// data meets the old reader.
// - A removed field breaks forward when the old schema required it: new writers leave it
//   out and old readers insist on it. It breaks backward when the new schema is closed
//   (additionalProperties false): old data still carries the field and the new reader
//   rejects it as unknown. A new schema that stays open takes it as an additional property.
// - An added field breaks backward when the new schema requires it (old data lacks it), and
//   forward when the old schema is closed (old readers reject the field as unknown).
// - We assume writers do not use names their schema does not declare. So an added optional
//   field of an open schema breaks nothing, though an old writer could in theory have sent
//   that name with some other value; it is reported as information only.
void SchemaComparer::compareProperties(const SchemaNode &older, const SchemaNode &newer)
{
    const SchemaNode oldProps = older.child("properties");
    const SchemaNode newProps = newer.child("properties");
    const std::set<std::string> oldRequired = namesIn(older, "required");
    const std::set<std::string> newRequired = namesIn(newer, "required");
    const bool oldClosed = isClosed(older);
    const bool newClosed = isClosed(newer);
    if (newProps.value && newProps.value->is_object()) {
        for (const auto &[name, schema] : newProps.value->items()) {
            if (oldProps.child(name).value) {
                compare(oldProps.child(name), newProps.child(name));
                continue;
            }
            const bool required = newRequired.count(name) > 0;
            const std::string reason =
                required    ? "added required field '" + name + "'"
                : oldClosed ? "added field '" + name + "', which the older schema does not allow"
                            : "added optional field '" + name + "'";
            add(newProps.child(name).pointer, reason, required, oldClosed);
        }
    }
    if (oldProps.value && oldProps.value->is_object()) {
        for (const auto &[name, schema] : oldProps.value->items()) {
            if (!newProps.child(name).value)
                add(oldProps.child(name).pointer, "removed field '" + name + "'", newClosed,
                    oldRequired.count(name) > 0);
        }
    }
}

void SchemaComparer::compareArrays(const SchemaNode &older, const SchemaNode &newer)
{
    // The schema for item i: an entry of an "items" list, else "additionalItems" after a
    // list, else "items" itself. Comparing position by position covers every mix.
    const auto isList = [](const SchemaNode &node) {
        return node.child("items").value && node.child("items").value->is_array();
    };
    const auto forItem = [&](const SchemaNode &node, std::size_t i) {
        if (!isList(node))
            return node.child("items");
        const SchemaNode items = node.child("items");
        return i < items.value->size() ? items.child(std::to_string(i))
                                       : node.child("additionalItems");
    };
    const auto rest = [&](const SchemaNode &node) {
        return isList(node) ? node.child("additionalItems") : node.child("items");
    };
    const std::size_t listed = std::max(isList(older) ? older.child("items").value->size() : 0,
                                        isList(newer) ? newer.child("items").value->size() : 0);
    for (std::size_t i = 0; i < listed; ++i)
        compare(forItem(older, i), forItem(newer, i));
    compare(rest(older), rest(newer));

    const bool oldUnique = isTrue(older, "uniqueItems");
    const bool newUnique = isTrue(newer, "uniqueItems");
    if (newUnique && !oldUnique)
        add(newer.child("uniqueItems").pointer, "items must now be unique", true, false);
    else if (oldUnique && !newUnique)
        add((newer.has("uniqueItems") ? newer : older).child("uniqueItems").pointer,
            "items no longer need to be unique", false, true);
}

} // namespace causeway::schema
