#include "cli/report.h"

#include <cstdio>

namespace causeway::cli {

Error inFile(Error error, const std::string &file)
{
    if (error.where.file.empty())
        error.where.file = file;
    return error;
}

std::string place(const SourceLocation &where)
{
    std::string out = where.file.empty() ? std::string("<input>") : where.file;
    if (where.line > 0) {
        out += ':' + std::to_string(where.line);
        if (where.column > 0)
            out += ':' + std::to_string(where.column);
    }
    return out;
}

void printFinding(const Finding &finding)
{
    const std::string pointer =
        finding.where.pointer.empty() ? std::string() : finding.where.pointer + ": ";
    std::printf("%s: %s: %s%s\n", place(finding.where).c_str(),
                std::string(toString(finding.severity)).c_str(), pointer.c_str(),
                finding.message.c_str());
}

nlohmann::json findingJson(const Finding &finding)
{
    nlohmann::json out = {{"severity", toString(finding.severity)},
                          {"message", finding.message},
                          {"pointer", finding.where.pointer}};
    if (!finding.where.file.empty())
        out["file"] = finding.where.file;
    if (finding.where.line > 0) {
        out["line"] = finding.where.line;
        out["column"] = finding.where.column;
    }
    if (!finding.code.empty())
        out["code"] = finding.code;
    return out;
}

void printError(const Error &error)
{
    const std::string pointer =
        error.where.pointer.empty() ? std::string() : error.where.pointer + ": ";
    std::fprintf(stderr, "%s: error: %s%s\n", place(error.where).c_str(), pointer.c_str(),
                 error.message.c_str());
}

void printJson(const nlohmann::json &document)
{
    // Invalid UTF-8 in user input must not make dump() throw.
    std::puts(document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
}

} // namespace causeway::cli
