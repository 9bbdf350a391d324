#pragma once

#include "catalog/registry.h"
#include "project/project.h"
#include "routing/rule.h"

#include <QString>
#include <optional>

namespace causeway::cli {

/** @brief A project as the commands that route events need it. */
struct ProjectRules
{
    project::LoadedProject loaded;
    catalog::DefinitionRegistry registry;
    std::vector<routing::Rule> rules;
};

/**
 * @brief Loads the project at @p path with its catalog and compiled rules. Warnings go to
 * stderr; on failure the error is printed, naming the file, and nullopt returned.
 */
std::optional<ProjectRules> loadProjectRules(const QString &path);

} // namespace causeway::cli
