#include "cli/command.h"

#include <QCoreApplication>
#include <array>
#include <cstdio>

namespace causeway::cli {

namespace {

constexpr std::array kCommands = {
    Command{"validate", "Check events (or plain JSON documents) against a catalog or a schema",
            runValidate},
    Command{"lint", "Check a project's catalog against naming and documentation rules", runLint},
    Command{"route", "Show which routing rules each event matches, and why others do not",
            runRoute},
    Command{"filter", "Evaluate a CloudEvents SQL expression against one event", runFilter},
    Command{"simulate", "Run a project's sources and actors in virtual time, headless",
            runSimulate},
    Command{"store", "Import events into a store file; query, count, replay or prune it", runStore},
    Command{
        "export",
        "Write documentation of a catalog as Markdown, JSON Schema files or the event design table",
        runExport},
};

} // namespace

std::span<const Command> commands()
{
    return kCommands;
}

const Command *findCommand(const QString &name)
{
    for (const auto &command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

void printOverview()
{
    std::printf("Usage: causeway [PROJECT.causeway.json]   open the desktop application\n"
                "       causeway COMMAND [OPTIONS] ...     run a command without a display\n\n"
                "Commands:\n");
    for (const auto &command : kCommands)
        std::printf("  %-10s %s\n", command.name, command.summary);
    std::printf("\nRun 'causeway COMMAND --help' for the options of a command.\n");
}

bool parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                    const QString &description, int &exitCode)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        QStringLiteral("Output format: text (default) or json."),
                                        QStringLiteral("FORMAT"), QStringLiteral("text")));
    const QString name = arguments.value(0);
    // Prefix with "causeway" so that help shows "causeway validate ...".
    if (!parser.parse(QStringList{QStringLiteral("causeway ") + name} + arguments.mid(1))) {
        printUsageError(name, parser.errorText());
        exitCode = UsageOrInputError;
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program by its path; say "causeway NAME" as users type it.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (!program.isEmpty())
            text.replace(text.indexOf(program), program.size(), QStringLiteral("causeway ") + name);
        std::fputs(qPrintable(text), stdout);
        exitCode = Success;
        return false;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        printUsageError(name,
                        QStringLiteral("--format must be text or json, not '%1'").arg(format));
        exitCode = UsageOrInputError;
        return false;
    }
    return true;
}

bool wantsJson(const QCommandLineParser &parser)
{
    return parser.value(QStringLiteral("format")) == QLatin1String("json");
}

void printUsageError(const QString &command, const QString &message)
{
    std::fprintf(stderr, "causeway %s: %s\nRun 'causeway %s --help' for usage.\n",
                 qPrintable(command), qPrintable(message), qPrintable(command));
}

} // namespace causeway::cli
