// causeway export: catalog documentation as Markdown pages or JSON Schema files.
#include "cli/command.h"
#include "cli/report.h"
#include "docs/catalog_export.h"
#include "project/project.h"

#include <cstdio>

namespace causeway::cli {

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Folder to write into (created if needed)."),
                                       QStringLiteral("DIR"));
    parser.addOption(outOption);
    parser.addPositionalArgument(QStringLiteral("format"),
                                 QStringLiteral("markdown or jsonschema."),
                                 QStringLiteral("{markdown|jsonschema}"));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."),
                                 QStringLiteral("PROJECT"));
    int exitCode = Success;
    if (!parseArguments(parser, arguments,
                        QStringLiteral("Writes the documentation of every definition, with its "
                                       "schema and examples (classified fields masked)."),
                        exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(outOption)) {
        printUsageError(
            QStringLiteral("export"),
            QStringLiteral("usage: causeway export {markdown|jsonschema} PROJECT --out DIR"));
        return UsageOrInputError;
    }
    docs::ExportFormat format;
    if (positional[0] == QLatin1String("markdown")) {
        format = docs::ExportFormat::Markdown;
    } else if (positional[0] == QLatin1String("jsonschema")) {
        format = docs::ExportFormat::JsonSchema;
    } else {
        printUsageError(
            QStringLiteral("export"),
            QStringLiteral("unknown format '%1'; use markdown or jsonschema").arg(positional[0]));
        return UsageOrInputError;
    }
    auto loaded = project::loadProject(positional[1].toStdString());
    if (!loaded) {
        printError(loaded.error());
        return UsageOrInputError;
    }
    auto written =
        docs::exportCatalog(loaded->project, format, parser.value(outOption).toStdString());
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
