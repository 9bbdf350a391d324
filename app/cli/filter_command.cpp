// causeway filter: one CloudEvents SQL expression against one event, the result as JSON.
#include "cesql/expression.h"
#include "cli/command.h"
#include "cli/report.h"
#include "common/json_text.h"
#include "model/json_format.h"

#include <cstdio>
#include <iostream>
#include <iterator>

namespace causeway::cli {

namespace {

// Reads the event file, or standard input for "" and "-".
Result<std::string> readInput(const std::string &path)
{
    if (!path.empty() && path != "-")
        return json_text::readFile(path);
    std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    if (std::cin.bad())
        return makeError("cannot read standard input");
    return text;
}

nlohmann::ordered_json valueJson(const cesql::Value &value)
{
    return std::visit([](const auto &v) { return nlohmann::ordered_json(v); }, value);
}

// One line, "result" before "error", so that scripts can read it as they please.
void printResult(const nlohmann::ordered_json &result, const nlohmann::ordered_json &error)
{
    const nlohmann::ordered_json document = {{"result", result}, {"error", error}};
    std::puts(document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
}

} // namespace

int runFilter(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption sqlOption(QStringLiteral("sql"),
                                       QStringLiteral("The CloudEvents SQL (CESQL v1) expression."),
                                       QStringLiteral("EXPR"));
    parser.addOption(sqlOption);
    parser.addPositionalArgument(QStringLiteral("event"),
                                 QStringLiteral("A CloudEvent in the JSON format; standard input "
                                                "when absent or '-'."),
                                 QStringLiteral("[EVENT.json]"));
    int exitCode = Success;
    if (!parseArguments(parser, arguments,
                        QStringLiteral("Evaluates a CloudEvents SQL expression against one event "
                                       "and prints {\"result\": VALUE, \"error\": KIND or null} "
                                       "as one line of JSON, whatever --format says. An "
                                       "evaluation error is a result, with exit status 0; exit "
                                       "status 2 means unusable arguments or input."),
                        exitCode))
        return exitCode;
    const QString command = QStringLiteral("filter");
    if (!parser.isSet(sqlOption)) {
        printUsageError(command, QStringLiteral("--sql EXPR is required"));
        return UsageOrInputError;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        printUsageError(command, QStringLiteral("give at most one event file"));
        return UsageOrInputError;
    }
    const std::string path = positional.value(0).toStdString();
    const std::string fileName = path.empty() || path == "-" ? "<stdin>" : path;
    auto text = readInput(path);
    auto document = text ? json_text::parse(*text, fileName) : Result<nlohmann::json>(text.error());
    if (!document) {
        printError(document.error());
        return UsageOrInputError;
    }
    auto event = model::readJsonEvent(*document);
    if (!event) {
        Error error = json_text::located(event.error(), *text, fileName);
        error.message = "not a valid CloudEvent: " + error.message;
        printError(error);
        return UsageOrInputError;
    }

    const auto expression = cesql::Expression::parse(parser.value(sqlOption).toStdString());
    if (!expression) {
        // A bad expression is a result too (error "parse"); the position goes to stderr.
        Error error = expression.error();
        error.where.file = "--sql";
        printError(error);
        printResult(nullptr, cesql::toString(cesql::ErrorKind::Parse));
        return Success;
    }
    const cesql::EvaluationResult outcome = expression->evaluate(*event);
    if (outcome.error) {
        std::fprintf(stderr, "causeway filter: %s: %s\n",
                     std::string(cesql::toString(*outcome.error)).c_str(), outcome.message.c_str());
        printResult(valueJson(outcome.value), cesql::toString(*outcome.error));
    } else {
        printResult(valueJson(outcome.value), nullptr);
    }
    return Success;
}

} // namespace causeway::cli
