// causeway validate: events against a project's catalog, or JSON documents against a schema.
#include "catalog/event_validator.h"
#include "cli/command.h"
#include "cli/report.h"
#include "common/json_text.h"
#include "ingest/event_file.h"
#include "profiles/profile_registry.h"
#include "project/project.h"
#include "schema/json_schema.h"

#include <algorithm>
#include <cstdio>

namespace causeway::cli {

using nlohmann::json;

namespace {

struct Tally
{
    std::size_t valid = 0;
    std::size_t invalid = 0;
    bool inputError = false;
    json results = json::array();

    // Records one checked item; prints it now in text mode, collects it for JSON.
    void add(json result, const std::string &heading, const std::vector<Finding> &findings,
             bool asJson)
    {
        const bool ok = std::none_of(findings.begin(), findings.end(), [](const Finding &f) {
            return f.severity == catalog::Severity::Error;
        });
        ++(ok ? valid : invalid);
        if (asJson) {
            result["valid"] = ok;
            result["issues"] = json::array();
            for (const auto &finding : findings)
                result["issues"].push_back(findingJson(finding));
            results.push_back(std::move(result));
            return;
        }
        std::printf("%s: %s\n", heading.c_str(), ok ? "OK" : "INVALID");
        for (const auto &finding : findings)
            printFinding(finding);
    }

    int finish(const char *noun, bool asJson) const
    {
        if (asJson)
            printJson(
                {{"results", results}, {"summary", {{"valid", valid}, {"invalid", invalid}}}});
        else
            std::printf("%zu %s: %zu valid, %zu invalid\n", valid + invalid, noun, valid, invalid);
        return inputError ? UsageOrInputError : invalid > 0 ? Findings : Success;
    }
};

int validateEvents(const QString &projectPath, const QStringList &files,
                   const profiles::EnvelopeProfile *profile, bool asJson)
{
    auto loaded = project::loadProject(projectPath.toStdString());
    if (!loaded) {
        printError(loaded.error());
        return UsageOrInputError;
    }
    for (const auto &warning : loaded->warnings)
        std::fprintf(stderr, "%s: warning: %s\n", qPrintable(projectPath), warning.c_str());
    auto registry = project::buildRegistry(loaded->project);
    if (!registry) {
        printError(registry.error());
        return UsageOrInputError;
    }
    const catalog::EventValidator validator(*registry);
    Tally tally;
    for (const QString &path : files) {
        const auto file = ingest::EventFile::load(path.toStdString(), profile);
        if (file.error()) {
            tally.inputError = true;
            printError(*file.error());
            continue;
        }
        for (const auto &record : file.records()) {
            json result = {{"file", file.fileName()},
                           {"line", record.line},
                           {"index", record.index},
                           {"profile", record.profile}};
            std::vector<Finding> findings;
            std::string label = "#" + std::to_string(record.index + 1);
            if (!record.event) {
                findings.push_back({record.error->where, catalog::Severity::Error,
                                    record.error->message, "envelope"});
            } else {
                result["id"] = record.event->id;
                result["type"] = record.event->type;
                label = record.event->type + " " + record.event->id;
                for (const auto &issue : validator.validate(*record.event).issues)
                    findings.push_back({file.locate(record, issue.pointer), issue.severity,
                                        issue.message, issue.code});
            }
            const std::string heading =
                place({file.fileName(), record.line, record.column, {}}) + ": " + label;
            tally.add(std::move(result), heading, findings, asJson);
        }
    }
    return tally.finish("events", asJson);
}

int validateDocuments(const QString &schemaPath, const QString &draftText, const QStringList &files,
                      bool asJson)
{
    const std::string path = schemaPath.toStdString();
    auto text = json_text::readFile(path);
    auto schemaJson = text ? json_text::parse(*text, path) : Result<json>(text.error());
    if (!schemaJson) {
        printError(schemaJson.error());
        return UsageOrInputError;
    }
    schema::Draft draft = schema::Draft::Draft7;
    if (!draftText.isEmpty()) {
        if (draftText != QLatin1String("4") && draftText != QLatin1String("7")) {
            printUsageError(QStringLiteral("validate"), QStringLiteral("--draft must be 4 or 7"));
            return UsageOrInputError;
        }
        draft = draftText == QLatin1String("4") ? schema::Draft::Draft4 : schema::Draft::Draft7;
    } else if (schemaJson->is_object() && schemaJson->contains("$schema") &&
               (*schemaJson)["$schema"].is_string()) {
        draft = schema::draftFromSchemaUri((*schemaJson)["$schema"].get<std::string>())
                    .value_or(schema::Draft::Draft7);
    }
    auto compiled = schema::JsonSchema::compile(*schemaJson, draft);
    if (!compiled) {
        Error error = compiled.error();
        error.message = "the schema is invalid: " + error.message;
        printError(json_text::located(error, *text, path));
        return UsageOrInputError;
    }
    Tally tally;
    for (const QString &file : files) {
        const std::string dataPath = file.toStdString();
        auto dataText = json_text::readFile(dataPath);
        auto data =
            dataText ? json_text::parse(*dataText, dataPath) : Result<json>(dataText.error());
        std::vector<Finding> findings;
        if (!data) {
            tally.inputError = tally.inputError || !dataText;
            findings.push_back(
                {data.error().where, catalog::Severity::Error, data.error().message, {}});
        } else {
            for (const auto &issue : (*compiled)->validate(*data)) {
                const auto pos = json_text::locate(*dataText, issue.pointer);
                findings.push_back({{dataPath, pos.line, pos.column, issue.pointer},
                                    catalog::Severity::Error,
                                    issue.message,
                                    "payload.schema"});
            }
        }
        tally.add({{"file", dataPath}}, dataPath, findings, asJson);
    }
    return tally.finish("documents", asJson);
}

} // namespace

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption projectOption(
        QStringLiteral("project"),
        QStringLiteral("Validate events against this project's catalog."),
        QStringLiteral("PROJECT"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("Envelope of the events: cloudevents, event-spec, workflow-event or "
                       "eventbridge (default: detected per event)."),
        QStringLiteral("PROFILE"));
    const QCommandLineOption schemaOption(
        QStringLiteral("schema"),
        QStringLiteral("Validate plain JSON documents against this JSON Schema."),
        QStringLiteral("SCHEMA"));
    const QCommandLineOption draftOption(QStringLiteral("draft"),
                                         QStringLiteral("JSON Schema draft for --schema: 4 or 7 "
                                                        "(default: from $schema, else 7)."),
                                         QStringLiteral("N"));
    parser.addOptions({projectOption, profileOption, schemaOption, draftOption});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QStringLiteral("Event files (one event, a batch, or JSON lines; - "
                       "for standard input), or JSON documents with --schema."),
        QStringLiteral("[FILE|-]..."));
    int exitCode = Success;
    if (!parseArguments(parser, arguments,
                        QStringLiteral("Checks each event or document and prints OK or every "
                                       "problem with its place. Exit status: 0 all valid, 1 "
                                       "something invalid, 2 unusable arguments or input."),
                        exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    const bool byProject = parser.isSet(projectOption);
    if (byProject == parser.isSet(schemaOption)) {
        printUsageError(QStringLiteral("validate"),
                        QStringLiteral("give either --project or --schema"));
        return UsageOrInputError;
    }
    if (files.isEmpty()) {
        printUsageError(
            QStringLiteral("validate"),
            QStringLiteral("give at least one file to validate (- reads standard input)"));
        return UsageOrInputError;
    }
    if (!byProject)
        return validateDocuments(parser.value(schemaOption), parser.value(draftOption), files,
                                 wantsJson(parser));
    const profiles::EnvelopeProfile *profile = nullptr;
    if (parser.isSet(profileOption)) {
        profile = profiles::findProfile(parser.value(profileOption).toStdString());
        if (!profile) {
            printUsageError(QStringLiteral("validate"),
                            QStringLiteral("unknown profile '%1'; known: cloudevents, event-spec, "
                                           "workflow-event, eventbridge")
                                .arg(parser.value(profileOption)));
            return UsageOrInputError;
        }
    }
    return validateEvents(parser.value(projectOption), files, profile, wantsJson(parser));
}

} // namespace causeway::cli
