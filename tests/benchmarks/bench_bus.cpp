// The bus end to end on one thread: publish -> validate -> route -> deliver to three
// subscribers, with the store off and on, against validating the same events alone (the
// baseline) in the same run. Events are the loan sample's, parsed once, with fresh ids so
// neither the dedup windows nor the store's unique key see repeats.
#include "bus/bus.h"
#include "catalog/event_validator.h"
#include "loan_sample.h"
#include "model/json_format.h"
#include "ratio_reporter.h"
#include "store/event_store.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <filesystem>

using namespace causeway;

namespace {

// The sample's recorded events, parsed once.
const std::vector<model::CloudEvent> &recordedEvents()
{
    static const std::vector<model::CloudEvent> events = [] {
        std::vector<model::CloudEvent> out;
        for (const std::string &line : benchsupport::loanSample().lines) {
            if (auto event = model::readJsonEvent(nlohmann::json::parse(line)))
                out.push_back(std::move(*event));
        }
        return out;
    }();
    return events;
}

// One rule sends every loan event to two actors and a sink.
std::vector<routing::Rule> fanOutRules()
{
    auto rules = routing::parseRules(nlohmann::json::array(
        {{{"name", "everything"},
          {"match", {{"type", {{"prefix", "com.acmefinance."}}}}},
          {"targets", {{{"actor", "scoring"}}, {{"actor", "fraud"}}, {{"sink", "audit"}}}}}}));
    return std::move(rules).value();
}

model::CloudEvent nextEvent(std::size_t i)
{
    const auto &events = recordedEvents();
    model::CloudEvent event = events[i % events.size()];
    event.id = "bench-" + std::to_string(i);
    return event;
}

void BM_ValidateOnly(benchmark::State &state)
{
    const catalog::EventValidator validator(benchsupport::loanSample().registry);
    std::size_t i = 0;
    for (auto _ : state) {
        const auto report = validator.validate(nextEvent(i++));
        benchmark::DoNotOptimize(report);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ValidateOnly);

// What preparing each event costs the benchmarks below (a copy with a fresh id).
void BM_CopyEventOnly(benchmark::State &state)
{
    std::size_t i = 0;
    for (auto _ : state) {
        auto event = nextEvent(i++);
        benchmark::DoNotOptimize(event);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CopyEventOnly);

// Publishes in rounds of state.range(0) events and drains the bus after each round: 1 is
// an event at a time, 512 a burst whose events are all alive at once.
void runBus(benchmark::State &state, bus::BusOptions options)
{
    const auto round = static_cast<std::size_t>(state.range(0));
    bus::Bus bus(fanOutRules(), options);
    std::uint64_t delivered = 0;
    const auto count = [&](const bus::Delivery &) {
        ++delivered;
        return bus::Outcome::done();
    };
    std::vector<bus::Subscription> subscriptions;
    for (const routing::Target &target : bus.rules().rules().front().targets)
        subscriptions.push_back(std::move(bus.subscribe(target, count).value()));
    std::size_t i = 0;
    std::size_t refused = 0;
    for (auto _ : state) {
        refused += !bus.publish(nextEvent(i++)).accepted();
        if (i % round == 0)
            while (bus.dispatch() > 0) {
            }
    }
    while (bus.dispatch() > 0) {
    }
    if (!bus.flush() || refused || delivered != 3 * i)
        state.SkipWithError("every event should be accepted, stored and delivered three times");
    state.SetItemsProcessed(state.iterations());
}

void BM_BusStoreOff(benchmark::State &state)
{
    bus::BusOptions options;
    options.registry = &benchsupport::loanSample().registry;
    runBus(state, options);
}
BENCHMARK(BM_BusStoreOff)->Arg(1)->Arg(512);

void BM_BusNoValidation(benchmark::State &state)
{
    runBus(state, {});
}
BENCHMARK(BM_BusNoValidation)->Arg(1)->Arg(512);

void runWithStore(benchmark::State &state, bool deliverAfterCommit)
{
    const auto path = std::filesystem::temp_directory_path() / "causeway-bench-bus.db";
    std::filesystem::remove(path);
    auto store = store::EventStore::open(path.string());
    if (!store) {
        state.SkipWithError(store.error().message.c_str());
        return;
    }
    bus::BusOptions options;
    options.registry = &benchsupport::loanSample().registry;
    options.store = store->get();
    options.deliverAfterCommit = deliverAfterCommit;
    runBus(state, options);
    (*store)->close();
    for (const char *suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path.string() + suffix);
}

void BM_BusStoreOn(benchmark::State &state)
{
    runWithStore(state, true);
}
BENCHMARK(BM_BusStoreOn)->Arg(1)->Arg(512)->UseRealTime();

void BM_BusStoreTrailing(benchmark::State &state)
{
    runWithStore(state, false);
}
BENCHMARK(BM_BusStoreTrailing)->Arg(1)->Arg(512)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    benchsupport::RatioReporter reporter("BM_ValidateOnly", "vs validation", [](const auto &) {
        std::printf("(loan sample events, 3 subscribers per event, drained after every event "
                    "(/1) or bursts of 512 (/512); one thread publishing, the store writes on "
                    "its own thread; with the store, rates are of wall time: /1 waits for a "
                    "commit per event unless the store trails)\n");
    });
    return benchsupport::runBenchmarks(argc, argv, reporter);
}
