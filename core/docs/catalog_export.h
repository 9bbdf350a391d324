#pragma once

#include "common/result.h"
#include "project/project.h"

#include <string>
#include <vector>

namespace causeway::docs {

enum class ExportFormat { Markdown, JsonSchema };

/**
 * @brief Writes the documentation of every definition into @p folder (created if
 * needed): Markdown pages with an index, or one JSON Schema file per version.
 * Classified (e.g. PII) example fields are masked. Returns the files written.
 */
Result<std::vector<std::string>> exportCatalog(const project::Project &project, ExportFormat format,
                                               const std::string &folder);

/** @brief The Markdown page of one type; @p versions oldest first. */
std::string markdownPage(const std::vector<const catalog::Definition *> &versions);

/** @brief The exported JSON Schema of one definition version. */
nlohmann::json exportedSchema(const catalog::Definition &definition);

} // namespace causeway::docs
