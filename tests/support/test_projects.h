#pragma once

// Engine tests: the catalog entry of a made-up event type, for projects built in code, and
// projects loaded with their catalogs.

#include "project/project.h"
#include "test_support.h"

#include <QtGlobal>
#include <nlohmann/json.hpp>
#include <string>

namespace testsupport {

/** @brief A valid version 1.0.0 definition of @p type whose payload is @p payloadSchema. */
inline nlohmann::json testDefinition(const std::string &type,
                                     nlohmann::json payloadSchema = {{"type", "object"}})
{
    return {{"type", type},           {"kind", "event"},    {"name", type},
            {"description", "A test event."}, {"version", "1.0.0"}, {"owner", "tests"},
            {"domain", "test"},       {"payloadSchema", std::move(payloadSchema)}};
}

/** @brief A project and the catalog built from it. */
struct ProjectAndCatalog
{
    causeway::project::Project project;
    causeway::catalog::DefinitionRegistry registry;
};

/** @brief @p loaded with its catalog; a project that does not load stops the test. */
inline ProjectAndCatalog withCatalog(causeway::Result<causeway::project::LoadedProject> loaded)
{
    if (!loaded)
        qFatal("%s", loaded.error().toString().c_str());
    auto registry = causeway::project::buildRegistry(loaded->project);
    if (!registry)
        qFatal("%s", registry.error().toString().c_str());
    return {std::move(loaded->project), std::move(*registry)};
}

/** @brief The loan sample, the flagship project. */
inline ProjectAndCatalog loanSample()
{
    return withCatalog(causeway::project::loadProject(
        sourcePath("samples/loan-application/loan-application.causeway.json")));
}

} // namespace testsupport
