#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <span>

namespace causeway::cli {

/** @brief Exit codes shared by every command. */
enum ExitCode { Success = 0, Findings = 1, UsageOrInputError = 2 };

/** @brief A headless subcommand of the causeway executable. */
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments); // arguments[0] is the command name
};

std::span<const Command> commands();
const Command *findCommand(const QString &name);

/** @brief Prints the list of commands (causeway --help). */
void printOverview();

/**
 * @brief Parses @p arguments with --help and --format added; prints errors and help
 * itself. Returns false when the command should stop, with @p exitCode set.
 */
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                    const QString &description, int &exitCode);

/** @brief Whether --format json was asked for (validated by parseArguments). */
bool wantsJson(const QCommandLineParser &parser);

/** @brief Writes "causeway NAME: message" to stderr. */
void printUsageError(const QString &command, const QString &message);

int runValidate(const QStringList &arguments);
int runLint(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runRoute(const QStringList &arguments);
int runStore(const QStringList &arguments);
int runFilter(const QStringList &arguments);
int runSimulate(const QStringList &arguments);

} // namespace causeway::cli
