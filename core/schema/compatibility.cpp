#include "schema/compatibility.h"

#include "common/json_text.h"
#include "schema/compatibility_walk.h"
#include "schema/uri.h"

#include <algorithm>

namespace causeway::schema {

namespace {

using nlohmann::json;

// An absent subschema, and the schema true, accept everything: the empty schema.
const json kEmpty = json::object();

bool containsRef(const json &value)
{
    if (value.is_object() && value.contains("$ref"))
        return true;
    if (value.is_structured()) {
        for (const auto &member : value) {
            if (containsRef(member))
                return true;
        }
    }
    return false;
}

} // namespace

SchemaNode SchemaNode::child(const std::string &keyword) const
{
    const std::string path = json_text::appendToken(pointer, keyword);
    if (!value)
        return {nullptr, path};
    if (value->is_array()) {
        const bool isIndex =
            !keyword.empty() && keyword.find_first_not_of("0123456789") == std::string::npos;
        const std::size_t index = isIndex ? std::stoul(keyword) : value->size();
        return {index < value->size() ? &(*value)[index] : nullptr, path};
    }
    if (!value->is_object())
        return {nullptr, path};
    const auto it = value->find(keyword);
    return {it == value->end() ? nullptr : &*it, path};
}

bool SchemaNode::has(const char *keyword) const
{
    return value && value->is_object() && value->contains(keyword);
}

bool CompatibilityReport::backward() const
{
    return std::none_of(findings.begin(), findings.end(),
                        [](const CompatibilityFinding &f) { return f.breaksBackward; });
}

bool CompatibilityReport::forward() const
{
    return std::none_of(findings.begin(), findings.end(),
                        [](const CompatibilityFinding &f) { return f.breaksForward; });
}

bool CompatibilityReport::satisfies(Compatibility level) const
{
    switch (level) {
    case Compatibility::Backward:
        return backward();
    case Compatibility::Forward:
        return forward();
    case Compatibility::Full:
        return full();
    }
    return false;
}

CompatibilityReport compareSchemas(const nlohmann::json &older, const nlohmann::json &newer)
{
    SchemaComparer comparer(older, newer);
    comparer.compare({&older, ""}, {&newer, ""});
    return comparer.report();
}

SchemaComparer::SchemaComparer(const nlohmann::json &older, const nlohmann::json &newer)
    : m_older(older), m_newer(newer)
{
}

void SchemaComparer::add(const std::string &pointer, std::string reason, bool breaksBackward,
                         bool breaksForward)
{
    CompatibilityFinding finding{pointer, std::move(reason), breaksBackward, breaksForward};
    // A definition used in several places is compared once per place.
    if (std::find(m_report.findings.begin(), m_report.findings.end(), finding) ==
        m_report.findings.end())
        m_report.findings.push_back(std::move(finding));
}

SchemaNode SchemaComparer::resolve(const nlohmann::json &root, SchemaNode node) const
{
    // Local references only ("#/definitions/x"); a remote one is compared as text.
    for (int depth = 0; depth < 32 && node.value && node.value->is_object(); ++depth) {
        const auto ref = node.value->find("$ref");
        if (ref == node.value->end() || !ref->is_string() ||
            ref->get<std::string>().rfind('#', 0) != 0)
            break;
        const std::string pointer = percentDecode(ref->get<std::string>().substr(1));
        try {
            const json::json_pointer parsed(pointer);
            if (!root.contains(parsed))
                break;
            node = {&root.at(parsed), pointer};
        } catch (const json::exception &) {
            break;
        }
    }
    return node;
}

void SchemaComparer::compare(SchemaNode older, SchemaNode newer)
{
    older = resolve(m_older, older);
    newer = resolve(m_newer, newer);
    // Each pair once: this also ends the walk through recursive schemas.
    if (!m_visited.insert({older.pointer, newer.pointer}).second)
        return;
    const bool olderFalse = older.value && older.value->is_boolean() && !older.value->get<bool>();
    const bool newerFalse = newer.value && newer.value->is_boolean() && !newer.value->get<bool>();
    if (olderFalse || newerFalse) {
        if (newerFalse && !olderFalse)
            add(newer.pointer, "the newer schema accepts no value here", true, false);
        else if (olderFalse && !newerFalse)
            add(newer.pointer, "the older schema accepted no value here", false, true);
        return;
    }
    if (!older.value || !older.value->is_object())
        older.value = &kEmpty;
    if (!newer.value || !newer.value->is_object())
        newer.value = &kEmpty;
    // Identical text is identical meaning unless a "$ref" leads to definitions that differ.
    if (*older.value == *newer.value && !containsRef(*older.value))
        return;
    if (older.has("$ref") || newer.has("$ref")) {
        const json oldRef = older.value->value("$ref", json());
        const json newRef = newer.value->value("$ref", json());
        if (oldRef != newRef) {
            add(newer.has("$ref") ? newer.child("$ref").pointer : newer.pointer,
                "changed reference from " + oldRef.dump() + " to " + newRef.dump(), true, true);
        }
        return;
    }
    compareTypes(older, newer);
    compareValues(older, newer);
    compareBounds(older, newer);
    compareStrings(older, newer);
    compareObjects(older, newer);
    compareArrays(older, newer);
    compareCombinators(older, newer);
}

void SchemaComparer::compareCombinators(const SchemaNode &older, const SchemaNode &newer)
{
    for (const char *keyword : {"allOf", "anyOf", "oneOf"}) {
        const SchemaNode oldList = older.child(keyword);
        const SchemaNode newList = newer.child(keyword);
        if (oldList.value && newList.value && oldList.value->is_array() &&
            newList.value->is_array() && oldList.value->size() == newList.value->size()) {
            for (std::size_t i = 0; i < oldList.value->size(); ++i)
                compare(oldList.child(std::to_string(i)), newList.child(std::to_string(i)));
        } else {
            compareOpaque(older, newer, keyword);
        }
    }
    for (const char *keyword :
         {"not", "if", "then", "else", "dependencies", "propertyNames", "contains"})
        compareOpaque(older, newer, keyword);
}

// Keywords the walk does not look into: adding one restricts, removing one relaxes, and
// changing one may do either.
void SchemaComparer::compareOpaque(const SchemaNode &older, const SchemaNode &newer,
                                   const char *keyword)
{
    const SchemaNode before = older.child(keyword);
    const SchemaNode after = newer.child(keyword);
    const std::string name = std::string("'") + keyword + "'";
    if (!before.value && after.value)
        add(after.pointer, "added " + name, true, false);
    else if (before.value && !after.value)
        add(before.pointer, "removed " + name, false, true);
    else if (before.value && *before.value != *after.value)
        add(after.pointer, "changed " + name + ", which may accept different values", true, true);
}

} // namespace causeway::schema
