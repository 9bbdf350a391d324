#pragma once

#include "catalog/definition.h"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace causeway::catalog {

/** @brief A definition version as registered: with its compiled schema, or why it has none. */
struct RegisteredDefinition
{
    Definition definition;
    std::shared_ptr<const schema::JsonSchema> schema; // null when the schema does not compile
    std::optional<Error> schemaError;                 // pointer is into the payload schema
};

/** @brief Criteria for listing definitions; empty fields match everything. */
struct DefinitionFilter
{
    std::optional<MessageKind> kind;
    std::string domain;
    std::string owner;
    std::string tag;
    std::string text; // case-insensitive, in type, name and description
    bool includeDeprecated = true;
};

/**
 * @brief The event definition registry (seed 003): every version of every type, with
 * schemas compiled once. Not synchronised: share it as an immutable snapshot.
 */
class DefinitionRegistry
{
public:
    /** @brief Registers the first version of a new type. */
    Status registerDefinition(Definition definition);

    /** @brief Adds a newer version of a registered type; it must be above the latest. */
    Status update(Definition definition);

    /** @brief Adds a version of any type in any order (loading); only duplicates are refused. */
    Status insert(Definition definition);

    /** @brief The newest version of @p type, or the newest matching @p version ("1", "1.2"...). */
    const RegisteredDefinition *find(std::string_view type, std::string_view version = {}) const;

    /** @brief The newest version of each type that passes @p filter, sorted by type. */
    std::vector<const RegisteredDefinition *> list(const DefinitionFilter &filter = {}) const;

    /** @brief All versions of @p type, oldest first. */
    std::vector<const RegisteredDefinition *> history(std::string_view type) const;

    /** @brief Registered types, sorted; handy for suggestions. */
    std::vector<std::string> types() const;

    std::size_t typeCount() const { return m_byType.size(); }

private:
    using Versions = std::vector<std::unique_ptr<RegisteredDefinition>>; // ascending

    std::unordered_map<std::string, Versions> m_byType;
};

} // namespace causeway::catalog
