// causeway store replay: a stored history played back through the project's rules.
#include "cli/store_replay.h"

#include "bus/replay.h"
#include "cli/command.h"
#include "cli/project_rules.h"
#include "cli/report.h"
#include "store/event_store.h"

#include <cstdio>
#include <set>
#include <unistd.h>

namespace causeway::cli {

using nlohmann::json;

namespace {

// Every target the rules name, once; the dead-letter queue is the bus's own.
std::vector<routing::Target> targetsOf(const std::vector<routing::Rule> &rules)
{
    std::set<std::string> seen;
    std::vector<routing::Target> out;
    for (const auto &rule : rules) {
        for (const auto &target : rule.targets) {
            if (target.kind != routing::Target::Kind::DeadLetter &&
                seen.insert(routing::targetLabel(target)).second)
                out.push_back(target);
        }
    }
    return out;
}

// Prints a progress line on a terminal, overwritten in place at most ten times a second;
// nothing when piped.
bool printProgress(std::size_t done, std::size_t total)
{
    static const bool terminal = isatty(fileno(stderr));
    static const bus::SteadyClock clock;
    static bus::Nanos lastPrinted = 0;
    if (!terminal || total == 0 ||
        (done < total && clock.now() - lastPrinted < 100 * bus::kMillisecond))
        return true;
    lastPrinted = clock.now();
    std::fprintf(stderr, "\rreplaying: %zu of %zu events (%zu%%)", done, total, done * 100 / total);
    return true;
}

} // namespace

int replayStore(const store::EventStore &from, const store::Query &query,
                const ReplayRequest &request)
{
    auto project = loadProjectRules(request.projectPath);
    if (!project)
        return UsageOrInputError;
    std::unique_ptr<store::EventStore> to;
    if (!request.toStore.isEmpty()) {
        auto opened = store::EventStore::open(request.toStore.toStdString());
        if (!opened) {
            printError(inFile(opened.error(), request.toStore.toStdString()));
            return UsageOrInputError;
        }
        to = std::move(*opened);
    }

    bus::BusOptions options;
    options.registry = &project->registry;
    options.store = to.get();
    options.deliverAfterCommit = false; // the copy trails the printout; flush() reports failures
    bus::Bus bus(std::move(project->rules), options);
    json deliveries = json::array();
    std::vector<bus::Subscription> subscriptions;
    for (const routing::Target &target : targetsOf(bus.rules().rules())) {
        const std::string label = routing::targetLabel(target);
        auto print = [&, label](const bus::Delivery &delivery) {
            const model::CloudEvent &event = delivery.event;
            const std::string rule = delivery.rule ? delivery.rule->name : std::string();
            if (request.asJson)
                deliveries.push_back({{"id", event.id},
                                      {"type", event.type},
                                      {"time", event.time ? json(*event.time) : json(nullptr)},
                                      {"target", label},
                                      {"rule", rule}});
            else
                std::printf("%-24s  %-45s  %-28s -> %s (rule %s)\n",
                            event.time.value_or("-").c_str(), event.type.c_str(), event.id.c_str(),
                            label.c_str(), rule.c_str());
            return bus::Outcome::done();
        };
        subscriptions.push_back(std::move(bus.subscribe(target, print).value()));
    }

    bus::ReplaySettings settings;
    settings.query = query;
    settings.speed = request.speed;
    settings.persist = to != nullptr;
    settings.progress = printProgress;
    auto report = bus::replay(from, bus, settings);
    if (isatty(fileno(stderr)))
        std::fputc('\n', stderr);
    if (!report) {
        printError(inFile(report.error(), request.storePath.toStdString()));
        return UsageOrInputError;
    }
    const Status flushed = bus.flush();
    if (!flushed)
        printError(Error{flushed.error().message, {request.toStore.toStdString(), 0, 0, {}}});

    const std::size_t deadLetters = bus.deadLetters().size();
    if (request.asJson) {
        printJson({{"total", report->total},
                   {"replayed", report->published},
                   {"refused", report->refusals},
                   {"deadLetters", deadLetters},
                   {"deliveries", deliveries}});
    } else {
        for (const std::string &refusal : report->refusals)
            std::fprintf(stderr, "%s: refused: %s\n", qPrintable(request.storePath),
                         refusal.c_str());
        std::printf("%zu of %zu events replayed, %zu refused, %zu dead letters\n",
                    report->published, report->total, report->refusals.size(), deadLetters);
    }
    return report->refusals.empty() && flushed ? Success : Findings;
}

} // namespace causeway::cli
