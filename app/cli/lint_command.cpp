// causeway lint: governance checks over a project's catalog.
#include "catalog/lint.h"
#include "cli/command.h"
#include "cli/report.h"
#include "common/json_text.h"
#include "project/project.h"

#include <cstdio>

namespace causeway::cli {

using nlohmann::json;

int runLint(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption strictOption(QStringLiteral("strict"),
                                          QStringLiteral("Fail on warnings too, not only errors."));
    parser.addOption(strictOption);
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."),
                                 QStringLiteral("PROJECT"));
    int exitCode = Success;
    if (!parseArguments(parser, arguments,
                        QStringLiteral("Checks naming (past-tense events, imperative commands, "
                                       "reverse-DNS types), documentation, examples and version "
                                       "bumps. Exit status: 0 clean, 1 findings that fail, 2 "
                                       "unusable arguments or input."),
                        exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printUsageError(QStringLiteral("lint"), QStringLiteral("give exactly one project file"));
        return UsageOrInputError;
    }
    const std::string path = parser.positionalArguments().front().toStdString();
    auto text = json_text::readFile(path);
    if (!text) {
        printError(text.error());
        return UsageOrInputError;
    }
    auto loaded = project::parseProject(*text, path);
    if (!loaded) {
        printError(loaded.error());
        return UsageOrInputError;
    }
    std::vector<Finding> findings;
    for (const auto &warning : loaded->warnings)
        findings.push_back({SourceLocation{path, 0, 0, std::string()}, catalog::Severity::Warning,
                            warning, "format.newer"});
    for (const auto &finding : catalog::lintDefinitions(loaded->project.definitions)) {
        const auto pos = json_text::locate(*text, finding.issue.pointer);
        findings.push_back({{path, pos.line, pos.column, finding.issue.pointer},
                            finding.issue.severity,
                            finding.subject + ": " + finding.issue.message,
                            finding.issue.code});
    }
    std::size_t errors = 0;
    std::size_t warnings = 0;
    for (const auto &finding : findings) {
        errors += finding.severity == catalog::Severity::Error;
        warnings += finding.severity == catalog::Severity::Warning;
    }
    if (wantsJson(parser)) {
        json list = json::array();
        for (const auto &finding : findings)
            list.push_back(findingJson(finding));
        printJson({{"file", path},
                   {"findings", list},
                   {"summary",
                    {{"errors", errors},
                     {"warnings", warnings},
                     {"definitions", loaded->project.definitions.size()}}}});
    } else {
        for (const auto &finding : findings)
            printFinding(finding);
        std::printf("%zu definitions: %zu errors, %zu warnings, %zu notes\n",
                    loaded->project.definitions.size(), errors, warnings,
                    findings.size() - errors - warnings);
    }
    const bool fails = errors > 0 || (parser.isSet(strictOption) && warnings > 0);
    return fails ? Findings : Success;
}

} // namespace causeway::cli
