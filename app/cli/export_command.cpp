// causeway export: catalog documentation as Markdown pages or JSON Schema files, or the
// project's event design table.
#include "cli/command.h"
#include "cli/report.h"
#include "docs/catalog_export.h"
#include "docs/design_table.h"
#include "project/project.h"

#include <QDir>
#include <QSaveFile>
#include <cstdio>

namespace causeway::cli {

namespace {

// design-table.md and design-table.csv in @p folder (created if needed).
Result<std::vector<std::string>> exportDesignTable(const project::Project &project,
                                                   const std::string &projectPath,
                                                   const QString &folder)
{
    auto rows = docs::designTable(project);
    if (!rows)
        return inFile(rows.error(), projectPath);
    if (!QDir().mkpath(folder))
        return Error{"cannot create the output folder", {folder.toStdString(), 0, 0, {}}};
    std::vector<std::string> written;
    for (const auto &[name, text] : {std::pair{"design-table.md", docs::designTableMarkdown(*rows)},
                                     std::pair{"design-table.csv", docs::designTableCsv(*rows)}}) {
        const QString path = QDir(folder).filePath(QLatin1String(name));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit())
            return Error{"cannot write file: " + file.errorString().toStdString(),
                         {path.toStdString(), 0, 0, {}}};
        written.push_back(path.toStdString());
    }
    return written;
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Folder to write into (created if needed)."),
                                       QStringLiteral("DIR"));
    parser.addOption(outOption);
    parser.addPositionalArgument(
        QStringLiteral("format"),
        QStringLiteral("markdown or jsonschema (the catalog), or designtable (the event design "
                       "table as design-table.md and design-table.csv)."),
        QStringLiteral("{markdown|jsonschema|designtable}"));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."),
                                 QStringLiteral("PROJECT"));
    int exitCode = Success;
    if (!parseArguments(parser, arguments,
                        QStringLiteral("Writes the documentation of every definition, with its "
                                       "schema and examples (classified fields masked), or the "
                                       "event design table: what each service does with which "
                                       "events."),
                        exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(outOption)) {
        printUsageError(
            QStringLiteral("export"),
            QStringLiteral(
                "usage: causeway export {markdown|jsonschema|designtable} PROJECT --out DIR"));
        return UsageOrInputError;
    }
    const QString &kind = positional[0];
    const bool designTable = kind == QLatin1String("designtable");
    if (!designTable && kind != QLatin1String("markdown") && kind != QLatin1String("jsonschema")) {
        printUsageError(
            QStringLiteral("export"),
            QStringLiteral("unknown format '%1'; use markdown, jsonschema or designtable")
                .arg(kind));
        return UsageOrInputError;
    }
    const std::string projectPath = positional[1].toStdString();
    auto loaded = project::loadProject(projectPath);
    if (!loaded) {
        printError(loaded.error());
        return UsageOrInputError;
    }
    const QString folder = parser.value(outOption);
    auto written = designTable ? exportDesignTable(loaded->project, projectPath, folder)
                               : docs::exportCatalog(loaded->project,
                                                     kind == QLatin1String("markdown")
                                                         ? docs::ExportFormat::Markdown
                                                         : docs::ExportFormat::JsonSchema,
                                                     folder.toStdString());
    if (!written) {
        printError(written.error());
        return UsageOrInputError;
    }
    if (wantsJson(parser)) {
        printJson({{"written", *written}});
    } else {
        for (const auto &file : *written)
            std::printf("%s\n", file.c_str());
        std::printf("%zu files written\n", written->size());
    }
    return Success;
}

} // namespace causeway::cli
