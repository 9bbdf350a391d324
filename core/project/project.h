#pragma once

#include "catalog/definition.h"
#include "catalog/registry.h"
#include "common/result.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace causeway::project {

/** @brief The project-file format this build writes. Newer files load with a warning. */
inline constexpr int kFormatVersion = 1;

/**
 * @brief One *.causeway.json project: catalog, rules, sources, actors, simulation settings,
 * connections, layout.
 */
struct Project
{
    std::string name;
    std::string description;
    int formatVersion = kFormatVersion;
    std::vector<catalog::Definition> definitions; // in file order, every version
    // Sections that later parts of Causeway model; kept verbatim until then.
    nlohmann::json rules = nlohmann::json::array();
    nlohmann::json sources = nlohmann::json::array();
    nlohmann::json actors = nlohmann::json::array();
    nlohmann::json simulation = nlohmann::json::object(); // settings of simulated runs
    nlohmann::json connections = nlohmann::json::array();
    nlohmann::json layout = nlohmann::json::object();
    // Members a newer Causeway wrote, kept so that saving does not drop them.
    nlohmann::json unknownMembers = nlohmann::json::object();
    nlohmann::json unknownCatalogMembers = nlohmann::json::object();

    bool operator==(const Project &) const = default;
};

/** @brief A loaded project and what the user should know about the file. */
struct LoadedProject
{
    Project project;
    std::vector<std::string> warnings;
};

/**
 * @brief Reads project-file text. Errors give the file, line, column and JSON pointer
 * of the first problem and say how many more there are.
 */
Result<LoadedProject> parseProject(std::string_view text, std::string_view fileName = {});

Result<LoadedProject> loadProject(const std::string &path);

nlohmann::json projectToJson(const Project &project);

/** @brief Writes atomically: a temporary file in the same folder, flushed, then renamed. */
Status saveProject(const Project &project, const std::string &path);

/** @brief A registry of every definition; a duplicate version is an error with its pointer. */
Result<catalog::DefinitionRegistry> buildRegistry(const Project &project);

/** @brief The JSON Schema of the project file (resources/schemas/project.schema.json). */
const nlohmann::json &projectSchema();

} // namespace causeway::project
