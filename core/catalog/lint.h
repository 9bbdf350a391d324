#pragma once

#include "catalog/definition.h"
#include "catalog/issue.h"

#include <string>
#include <vector>

namespace causeway::catalog {

/** @brief A lint finding about one definition; the pointer is into the project file. */
struct LintFinding
{
    std::string subject; // "type@version"
    Issue issue;
};

/**
 * @brief Governance checks over definitions given in file order (entry i lives at
 * @p basePointer + "/i"): naming (past-tense events, imperative commands, reverse-DNS
 * types), documentation (name, description, owner, examples), examples valid against
 * their schema, classified fields that exist, and version bumps that match the
 * compatibility of consecutive versions.
 */
std::vector<LintFinding> lintDefinitions(const std::vector<Definition> &definitions,
                                         const std::string &basePointer = "/catalog/definitions");

} // namespace causeway::catalog
