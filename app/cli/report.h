#pragma once

#include "catalog/issue.h"
#include "common/result.h"

#include <nlohmann/json.hpp>
#include <string>

namespace causeway::cli {

/** @brief A problem to report, with its place in the user's file. */
struct Finding
{
    SourceLocation where;
    catalog::Severity severity = catalog::Severity::Error;
    std::string message;
    std::string code;
};

/** @brief "file:line:column" with what is known, the way compilers print places. */
std::string place(const SourceLocation &where);

/** @brief One compiler-style line: "file:3:14: error: /data/amount: message". */
void printFinding(const Finding &finding);

/** @brief The JSON form of a finding, for --format json. */
nlohmann::json findingJson(const Finding &finding);

/** @brief A whole-input error such as an unreadable file, to stderr. */
void printError(const Error &error);

/** @brief @p error naming @p file when it names none: engine errors do not know the file. */
Error inFile(Error error, const std::string &file);

void printJson(const nlohmann::json &document);

} // namespace causeway::cli
