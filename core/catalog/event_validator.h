#pragma once

#include "catalog/issue.h"
#include "catalog/registry.h"
#include "model/cloud_event.h"

#include <vector>

namespace causeway::catalog {

/** @brief What validating one event found; pointers are into the event's JSON form. */
struct ValidationReport
{
    std::vector<Issue> issues;
    const RegisteredDefinition *definition = nullptr; // the version the event was checked against

    bool valid() const;
};

/**
 * @brief Checks events against the catalog: envelope rules, definition lookup by type
 * (and by the "dataversion" extension), allowed sources, payload against the schema.
 * Safe to use from several threads as long as the registry is not modified.
 */
class EventValidator
{
public:
    explicit EventValidator(const DefinitionRegistry &registry) : m_registry(registry) {}

    ValidationReport validate(const model::CloudEvent &event) const;

private:
    const DefinitionRegistry &m_registry;
};

/** @brief The registered type closest to @p type by edit distance, for "did you mean". */
std::string closestType(const DefinitionRegistry &registry, std::string_view type);

} // namespace causeway::catalog
