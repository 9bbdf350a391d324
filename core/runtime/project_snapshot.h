#pragma once

#include "catalog/lint.h"
#include "catalog/registry.h"
#include "project/project.h"

#include <memory>
#include <string>
#include <vector>

namespace causeway::runtime {

/** @brief An opened project as the UI sees it: immutable, shared between views. */
struct ProjectSnapshot
{
    std::string path;
    project::Project project;
    catalog::DefinitionRegistry registry;
    std::vector<catalog::LintFinding> lint;
    std::vector<std::string> warnings;
};

using SnapshotPtr = std::shared_ptr<const ProjectSnapshot>;

/** @brief Loads, indexes and lints a project file; blocking, for worker threads and tools. */
Result<SnapshotPtr> loadSnapshot(const std::string &path);

/**
 * @brief Indexes and lints @p project as it is in memory (an edited one, say); refuses one
 * whose catalog does not index, such as two definitions with one type and version.
 */
Result<SnapshotPtr> makeSnapshot(project::Project project, std::string path,
                                 std::vector<std::string> warnings = {});

} // namespace causeway::runtime
