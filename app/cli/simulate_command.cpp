// causeway simulate: run a project's sources and actors in virtual time, headless.
#include "cli/command.h"
#include "cli/project_rules.h"
#include "cli/report.h"
#include "sim/duration.h"
#include "sim/html_report.h"
#include "sim/sim_report.h"
#include "sim/simulation.h"
#include "store/event_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <chrono>
#include <cstdio>
#include <optional>
#include <thread>
#include <unistd.h>

namespace causeway::cli {

using nlohmann::json;

namespace {

const QString kName = QStringLiteral("simulate");
constexpr std::uint64_t kDefaultCount = 10'000;

struct Options
{
    QCommandLineOption seed{QStringLiteral("seed"),
                            QStringLiteral("Seed of the run (default: the project's): the same "
                                           "seed gives the same events, ids included."),
                            QStringLiteral("N")};
    QCommandLineOption count{QStringLiteral("count"),
                             QStringLiteral("Stop after N events (default 10000 when neither "
                                            "this nor --duration nor the project says)."),
                             QStringLiteral("N")};
    QCommandLineOption duration{QStringLiteral("duration"),
                                QStringLiteral("Stop after this much virtual time, such as 10m."),
                                QStringLiteral("TIME")};
    QCommandLineOption speed{QStringLiteral("speed"),
                             QStringLiteral("0 as fast as possible (default), 1 in real time, "
                                            "10 ten times as fast (0.1 to 1000)."),
                             QStringLiteral("X"), QStringLiteral("0")};
    QCommandLineOption store{QStringLiteral("store"),
                             QStringLiteral("Append the run's events to this store file "
                                            "(created if missing)."),
                             QStringLiteral("FILE")};
    QCommandLineOption report{QStringLiteral("report"),
                              QStringLiteral("Write the report to FILE.json, or to FILE.html "
                                             "(a page with charts)."),
                              QStringLiteral("FILE")};
};

// A one-line progress bar on a terminal, redrawn at most ten times a second.
class Progress
{
public:
    explicit Progress(const sim::Simulation &simulation)
        : m_simulation(simulation), m_terminal(isatty(fileno(stderr)))
    {
    }

    void update(bool last = false)
    {
        if (!m_terminal)
            return;
        const auto now = std::chrono::steady_clock::now();
        if (!last && now - m_drawn < std::chrono::milliseconds(100))
            return;
        m_drawn = now;
        double fraction = 0;
        if (const auto limit = m_simulation.eventLimit())
            fraction = static_cast<double>(m_simulation.publishedCount()) / *limit;
        if (const auto limit = m_simulation.durationLimit())
            fraction = std::max(fraction, static_cast<double>(m_simulation.elapsed()) / *limit);
        fraction = std::min(fraction, 1.0);
        const int filled = static_cast<int>(fraction * 30);
        std::fprintf(stderr, "\r[%.*s%*s] %3d%%  %llu events  %s virtual", filled,
                     "##############################", 30 - filled, "",
                     static_cast<int>(fraction * 100),
                     static_cast<unsigned long long>(m_simulation.publishedCount()),
                     sim::formatDuration(m_simulation.elapsed()).c_str());
        if (last)
            std::fputc('\n', stderr);
    }

private:
    const sim::Simulation &m_simulation;
    bool m_terminal;
    std::chrono::steady_clock::time_point m_drawn{};
};

void printSummary(const json &report)
{
    std::printf(
        "%llu events in %s of virtual time (%.2f/s), %.2f s of wall time; "
        "stopped by %s\n",
        report["events"]["published"].get<unsigned long long>(),
        sim::formatDuration(static_cast<bus::Nanos>(report["virtualSeconds"].get<double>() * 1e9))
            .c_str(),
        report["events"]["perSecond"].get<double>(), report["wallSeconds"].get<double>(),
        report["stopReason"].get<std::string>().c_str());
    // Slow workflows read better per hour than per second.
    const bool hourly = report["events"]["perSecond"].get<double>() < 1;
    std::printf("\n%-52s %10s %10s\n", "event type", "events", hourly ? "per h" : "per s");
    for (const auto &[type, row] : report["types"].items())
        std::printf("%-52s %10llu %10.2f%s\n", type.c_str(),
                    row.value("published", json(0)).get<unsigned long long>(),
                    row.value("perSecond", 0.0) * (hourly ? 3600 : 1),
                    row.contains("invalid") ? "  (some invalid)" : "");
    if (!report["outcomes"].empty()) {
        std::printf("\n%-52s %10s %10s\n", "outcome", "workflows", "share");
        for (const auto &[type, row] : report["outcomes"].items())
            std::printf("%-52s %10llu %9.1f%%\n", type.c_str(),
                        row["count"].get<unsigned long long>(), row["share"].get<double>() * 100);
    }
    // A report's duration in milliseconds; null when nothing was measured (ASCII, as the
    // table's columns are padded by bytes).
    const auto duration = [](const json &milliseconds) {
        return milliseconds.is_null()
                   ? std::string("-")
                   : sim::formatDuration(static_cast<bus::Nanos>(milliseconds.get<double>() * 1e6));
    };
    const json &workflows = report["workflows"];
    const json &latency = workflows["latency"];
    std::printf("\nworkflows: %llu ended, %llu open; latency p50 %s, p95 %s, p99 %s; "
                "%llu join timeouts, %llu wait timeouts\n",
                workflows["ended"].get<unsigned long long>(),
                workflows["open"].get<unsigned long long>(), duration(latency["p50"]).c_str(),
                duration(latency["p95"]).c_str(), duration(latency["p99"]).c_str(),
                workflows["joinTimeouts"].get<unsigned long long>(),
                workflows["waitTimeouts"].get<unsigned long long>());
    std::printf("\n%-24s %10s %8s %6s %10s %10s %10s %8s\n", "actor", "processed", "failed", "util",
                "p50", "p95", "p99", "queue");
    for (const auto &[name, row] : report["actors"].items()) {
        const auto ms = [&](const char *p) { return duration(row["processing"][p]); };
        std::printf("%-24s %10llu %8llu %5.0f%% %10s %10s %10s %8zu\n", name.c_str(),
                    row["processed"].get<unsigned long long>(),
                    row["failures"].get<unsigned long long>(),
                    row["utilisation"].get<double>() * 100, ms("p50").c_str(), ms("p95").c_str(),
                    ms("p99").c_str(), row["maxQueue"].get<std::size_t>());
    }
    std::printf("\nretries %llu, dead letters %llu, publishes held back by full queues %llu\n",
                report["delivery"]["retries"].get<unsigned long long>(),
                report["delivery"]["deadLetters"].get<unsigned long long>(),
                report["events"]["blocked"].get<unsigned long long>());
    for (const auto &letter : report["delivery"]["deadLetterExamples"])
        std::printf("dead letter: %s\n", letter.get<std::string>().c_str());
    for (const auto &example : report["events"]["invalidExamples"])
        std::printf("invalid: %s\n", example.get<std::string>().c_str());
    std::printf("event log digest %s\n", report["digest"].get<std::string>().c_str());
}

// Paced runs: virtual time follows the wall clock times the speed.
void runPaced(sim::Simulation &simulation, double speed, Progress &progress)
{
    const auto started = std::chrono::steady_clock::now();
    while (!simulation.finished()) {
        const auto wall = std::chrono::steady_clock::now() - started;
        const auto target = static_cast<bus::Nanos>(
            static_cast<double>(
                std::chrono::duration_cast<std::chrono::nanoseconds>(wall).count()) *
            speed);
        simulation.runUntil(target);
        progress.update();
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

enum class ReportFormat { Json, Html };

// The report's format, from its file name; checked with its folder before the run, so a
// slip in the name does not cost a long run's report.
std::optional<ReportFormat> reportFormat(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    std::optional<ReportFormat> format;
    if (suffix == QLatin1String("json"))
        format = ReportFormat::Json;
    else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        format = ReportFormat::Html;
    if (!format) {
        printUsageError(kName, QStringLiteral("--report writes FILE.json or FILE.html; '%1' "
                                              "ends in neither")
                                   .arg(path));
        return std::nullopt;
    }
    if (!info.absoluteDir().exists()) {
        printError(Error{"cannot write the report: the folder " +
                             info.absolutePath().toStdString() + " does not exist",
                         {path.toStdString(), 0, 0, {}}});
        return std::nullopt;
    }
    return format;
}

Status writeReport(const QString &path, ReportFormat format, const json &report)
{
    QFile file(path);
    const std::string text =
        format == ReportFormat::Html ? sim::renderHtmlReport(report) : report.dump(2);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()))
        return Error{"cannot write the report: " + file.errorString().toStdString(),
                     {path.toStdString(), 0, 0, {}}};
    return Ok{};
}

} // namespace

int runSimulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options o;
    parser.addOptions({o.seed, o.count, o.duration, o.speed, o.store, o.report});
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project to run."),
                                 QStringLiteral("PROJECT"));
    int exitCode = Success;
    if (!parseArguments(parser, arguments,
                        QStringLiteral("Runs the project's sources and actors in virtual time and "
                                       "prints what happened: events per type, outcomes, "
                                       "latencies, dead letters."),
                        exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printUsageError(kName, QStringLiteral("usage: causeway simulate PROJECT [--count N | "
                                              "--duration TIME] [--seed N] [--speed X]"));
        return UsageOrInputError;
    }
    sim::SimulationOptions options;
    bool ok = true;
    if (parser.isSet(o.seed)) {
        options.seed = parser.value(o.seed).toULongLong(&ok);
        if (!ok) {
            printUsageError(kName, QStringLiteral("--seed takes a whole number"));
            return UsageOrInputError;
        }
    }
    if (parser.isSet(o.count)) {
        options.maxEvents = parser.value(o.count).toULongLong(&ok);
        if (!ok || *options.maxEvents == 0) {
            printUsageError(kName, QStringLiteral("--count takes a whole number above 0"));
            return UsageOrInputError;
        }
    }
    if (parser.isSet(o.duration)) {
        auto length = sim::parseDuration(parser.value(o.duration).toStdString(), "");
        if (!length || *length <= 0) {
            printUsageError(kName,
                            QStringLiteral("--duration takes a time such as 90s, 10m or 2h"));
            return UsageOrInputError;
        }
        options.maxDuration = *length;
    }
    const double speed = parser.value(o.speed).toDouble(&ok);
    if (!ok || (speed != 0 && (speed < 0.1 || speed > 1000))) {
        printUsageError(kName,
                        QStringLiteral("--speed is 0 (as fast as possible) or from 0.1 to 1000"));
        return UsageOrInputError;
    }
    std::optional<ReportFormat> format;
    if (parser.isSet(o.report) && !(format = reportFormat(parser.value(o.report))))
        return UsageOrInputError;
    const QString projectPath = parser.positionalArguments().front();
    auto project = loadProjectRules(projectPath);
    if (!project)
        return UsageOrInputError;
    const json &settings = project->loaded.project.simulation;
    if (!options.maxEvents && !options.maxDuration && !settings.contains("count") &&
        !settings.contains("duration") && !settings.contains("stopWhen"))
        options.maxEvents = kDefaultCount;

    std::unique_ptr<store::EventStore> store;
    if (parser.isSet(o.store)) {
        auto opened = store::EventStore::open(parser.value(o.store).toStdString());
        if (!opened) {
            printError(inFile(opened.error(), parser.value(o.store).toStdString()));
            return UsageOrInputError;
        }
        store = std::move(*opened);
        options.store = store.get();
    }
    options.projectDirectory = QFileInfo(projectPath).absolutePath().toStdString();
    auto simulation = sim::Simulation::create(project->loaded.project, project->registry, options);
    if (!simulation) {
        printError(inFile(simulation.error(), projectPath.toStdString()));
        return UsageOrInputError;
    }
    sim::Simulation &run = **simulation;
    Progress progress(run);
    const auto started = std::chrono::steady_clock::now();
    if (speed > 0)
        runPaced(run, speed, progress);
    else
        run.run([&] {
            progress.update();
            return true;
        });
    progress.update(true);
    const Status flushed = run.flush();
    if (!flushed) {
        std::string message = flushed.error().message;
        if (const std::uint64_t repeated = store->duplicatesRefused())
            message = std::to_string(repeated) +
                      " events of this run were in the store already, as a run of this project "
                      "with this seed writes the same ids: choose another --seed or store file (" +
                      message + ")";
        printError(Error{message, {parser.value(o.store).toStdString(), 0, 0, {}}});
    }

    sim::RunSummary summary;
    summary.project = project->loaded.project.name;
    summary.seed = options.seed.value_or(settings.value("seed", std::uint64_t{1}));
    summary.stopReason = run.stopReason();
    summary.start = run.startTime();
    summary.digest = run.logDigest();
    summary.wallSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const json report = sim::reportJson(run.metrics(), summary);
    // The summary comes first: a report that cannot be written does not take it along.
    if (wantsJson(parser))
        printJson(report);
    else
        printSummary(report);
    if (format) {
        if (const Status written = writeReport(parser.value(o.report), *format, report); !written) {
            printError(written.error());
            return UsageOrInputError;
        }
    }
    const bool invalid = !report["events"]["invalidExamples"].empty();
    return invalid || !flushed ? Findings : Success;
}

} // namespace causeway::cli
