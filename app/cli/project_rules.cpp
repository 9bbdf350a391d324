#include "cli/project_rules.h"

#include "cli/report.h"

#include <cstdio>

namespace causeway::cli {

std::optional<ProjectRules> loadProjectRules(const QString &path)
{
    // Errors from the catalog and the rules carry a pointer but not the file; add it.
    const auto report = [&](const Error &error) {
        printError(inFile(error, path.toStdString()));
        return std::nullopt;
    };
    auto loaded = project::loadProject(path.toStdString());
    if (!loaded)
        return report(loaded.error());
    for (const auto &warning : loaded->warnings)
        std::fprintf(stderr, "%s: warning: %s\n", qPrintable(path), warning.c_str());
    auto registry = project::buildRegistry(loaded->project);
    if (!registry)
        return report(registry.error());
    auto rules = routing::parseRules(loaded->project.rules);
    if (!rules)
        return report(rules.error());
    return ProjectRules{std::move(*loaded), std::move(*registry), std::move(*rules)};
}

} // namespace causeway::cli
