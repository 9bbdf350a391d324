#include "catalog/registry.h"

#include "common/ascii.h"

#include <algorithm>

namespace causeway::catalog {

namespace {

std::unique_ptr<RegisteredDefinition> compile(Definition definition)
{
    auto entry = std::make_unique<RegisteredDefinition>();
    auto compiled = schema::JsonSchema::compile(definition.payloadSchema, definition.draft);
    if (compiled)
        entry->schema = std::move(*compiled);
    else
        entry->schemaError = compiled.error();
    entry->definition = std::move(definition);
    return entry;
}

bool containsIgnoringCase(std::string_view haystack, std::string_view needle)
{
    const auto it =
        std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                    [](char a, char b) { return ascii::toLower(a) == ascii::toLower(b); });
    return it != haystack.end();
}

bool passes(const Definition &def, const DefinitionFilter &filter)
{
    if (filter.kind && def.kind != *filter.kind)
        return false;
    if (!filter.domain.empty() && def.domain != filter.domain)
        return false;
    if (!filter.owner.empty() && def.owner != filter.owner)
        return false;
    if (!filter.tag.empty() &&
        std::find(def.tags.begin(), def.tags.end(), filter.tag) == def.tags.end())
        return false;
    if (!filter.includeDeprecated && def.deprecated)
        return false;
    return filter.text.empty() || containsIgnoringCase(def.type, filter.text) ||
           containsIgnoringCase(def.name, filter.text) ||
           containsIgnoringCase(def.description, filter.text);
}

} // namespace

Status DefinitionRegistry::registerDefinition(Definition definition)
{
    if (m_byType.count(definition.type))
        return makeError("type '" + definition.type +
                         "' is already registered; add a new version with update()");
    return insert(std::move(definition));
}

Status DefinitionRegistry::update(Definition definition)
{
    const auto it = m_byType.find(definition.type);
    if (it == m_byType.end())
        return makeError("type '" + definition.type + "' is not registered yet");
    const SemVer &latest = it->second.back()->definition.version;
    if (!(definition.version > latest))
        return makeError("version " + definition.version.toString() + " of '" + definition.type +
                         "' must be above the latest version " + latest.toString());
    return insert(std::move(definition));
}

Status DefinitionRegistry::insert(Definition definition)
{
    if (definition.type.empty())
        return makeError("a definition needs a type");
    Versions &versions = m_byType[definition.type];
    const auto position = std::lower_bound(versions.begin(), versions.end(), definition.version,
                                           [](const auto &entry, const SemVer &version) {
                                               return entry->definition.version < version;
                                           });
    if (position != versions.end() && (*position)->definition.version == definition.version)
        return makeError("version " + definition.version.toString() + " of '" + definition.type +
                         "' is defined twice");
    versions.insert(position, compile(std::move(definition)));
    return Ok{};
}

const RegisteredDefinition *DefinitionRegistry::find(std::string_view type,
                                                     std::string_view version) const
{
    const auto it = m_byType.find(std::string(type));
    if (it == m_byType.end())
        return nullptr;
    const Versions &versions = it->second;
    if (version.empty())
        return versions.back().get();
    const auto selector = VersionSelector::parse(version);
    if (!selector)
        return nullptr;
    for (auto entry = versions.rbegin(); entry != versions.rend(); ++entry) {
        if (selector->matches((*entry)->definition.version))
            return entry->get();
    }
    return nullptr;
}

std::vector<const RegisteredDefinition *>
DefinitionRegistry::list(const DefinitionFilter &filter) const
{
    std::vector<const RegisteredDefinition *> out;
    for (const auto &[type, versions] : m_byType) {
        if (passes(versions.back()->definition, filter))
            out.push_back(versions.back().get());
    }
    std::sort(out.begin(), out.end(),
              [](const auto *a, const auto *b) { return a->definition.type < b->definition.type; });
    return out;
}

std::vector<const RegisteredDefinition *> DefinitionRegistry::history(std::string_view type) const
{
    std::vector<const RegisteredDefinition *> out;
    if (const auto it = m_byType.find(std::string(type)); it != m_byType.end()) {
        for (const auto &entry : it->second)
            out.push_back(entry.get());
    }
    return out;
}

std::vector<std::string> DefinitionRegistry::types() const
{
    std::vector<std::string> out;
    out.reserve(m_byType.size());
    for (const auto &[type, versions] : m_byType)
        out.push_back(type);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace causeway::catalog
