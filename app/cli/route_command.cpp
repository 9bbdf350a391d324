// causeway route: the rule sandbox — which rules an event matches, and why the others do not.
#include "cli/command.h"
#include "cli/project_rules.h"
#include "cli/report.h"
#include "ingest/event_file.h"
#include "routing/rule_index.h"

#include <cstdio>

namespace causeway::cli {

using nlohmann::json;

namespace {

std::string targetsText(const routing::Rule &rule)
{
    std::string out;
    for (const auto &target : rule.targets)
        out += (out.empty() ? "" : ", ") + routing::targetLabel(target);
    return out.empty() ? std::string("no targets") : out;
}

} // namespace

int runRoute(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption projectOption(QStringLiteral("project"),
                                           QStringLiteral("The project whose rules to apply."),
                                           QStringLiteral("PROJECT"));
    parser.addOption(projectOption);
    parser.addPositionalArgument(
        QStringLiteral("events"),
        QStringLiteral("Event files (one event, a batch, or JSON lines; - for "
                       "standard input)."),
        QStringLiteral("EVENT..."));
    int exitCode = Success;
    if (!parseArguments(parser, arguments,
                        QStringLiteral("Shows, for each event, the rules that match it and, for "
                                       "the others, the condition that failed."),
                        exitCode))
        return exitCode;
    if (!parser.isSet(projectOption) || parser.positionalArguments().isEmpty()) {
        printUsageError(QStringLiteral("route"),
                        QStringLiteral("usage: causeway route --project PROJECT EVENT..."));
        return UsageOrInputError;
    }
    auto project = loadProjectRules(parser.value(projectOption));
    if (!project)
        return UsageOrInputError;
    const routing::RuleIndex index(std::move(project->rules));
    const bool asJson = wantsJson(parser);
    json results = json::array();
    bool inputError = false;
    for (const QString &path : parser.positionalArguments()) {
        const auto file = ingest::EventFile::load(path.toStdString());
        if (file.error()) {
            printError(*file.error());
            inputError = true;
            continue;
        }
        for (const auto &record : file.records()) {
            const std::string where = place({file.fileName(), record.line, record.column, {}});
            if (!record.event) {
                printError(*record.error);
                inputError = true;
                continue;
            }
            json verdicts = json::array();
            if (!asJson)
                std::printf("%s: %s %s\n", where.c_str(), record.event->type.c_str(),
                            record.event->id.c_str());
            for (const auto &verdict : index.explain(*record.event)) {
                verdicts.push_back({{"rule", verdict.rule->name},
                                    {"matched", verdict.matched},
                                    {"reason", verdict.reason},
                                    {"targets", targetsText(*verdict.rule)}});
                if (asJson)
                    continue;
                if (verdict.matched)
                    std::printf("  match    %s -> %s\n", verdict.rule->name.c_str(),
                                targetsText(*verdict.rule).c_str());
                else
                    std::printf("  no match %s: %s\n", verdict.rule->name.c_str(),
                                verdict.reason.c_str());
            }
            results.push_back({{"file", file.fileName()},
                               {"line", record.line},
                               {"id", record.event->id},
                               {"type", record.event->type},
                               {"rules", verdicts}});
        }
    }
    if (asJson)
        printJson({{"results", results}});
    return inputError ? UsageOrInputError : Success;
}

} // namespace causeway::cli
