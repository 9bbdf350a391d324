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

} // namespace causeway::runtime
