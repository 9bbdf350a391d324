// Simulated events per second on the loan sample, one thread: the whole engine (payload
// generation, validation, routing, actors in virtual time) with validation and the store
// on and off, against validating one of the sample's recorded events (the baseline).
#include "catalog/event_validator.h"
#include "loan_sample.h"
#include "model/json_format.h"
#include "ratio_reporter.h"
#include "sim/simulation.h"
#include "store/event_store.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <vector>

using namespace causeway;

namespace {

using benchsupport::loanSample;

// An application from the recorded traffic.
const model::CloudEvent &recordedApplication()
{
    static const model::CloudEvent event =
        *model::readJsonEvent(nlohmann::json::parse(loanSample().lines.front()));
    return event;
}

void BM_ValidateRecordedEvent(benchmark::State &state)
{
    const catalog::EventValidator validator(loanSample().registry);
    for (auto _ : state) {
        const auto report = validator.validate(recordedApplication());
        benchmark::DoNotOptimize(report);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ValidateRecordedEvent);

// One iteration is a whole run of kEvents events, until the store has them all: rates are
// of wall time, since the store's writer works on a thread of its own.
constexpr std::uint64_t kEvents = 50'000;

void simulate(benchmark::State &state, bool validate, bool withStore)
{
    for (auto _ : state) {
        state.PauseTiming();
        const auto path = std::filesystem::temp_directory_path() / "causeway-bench-sim.db";
        for (const char *suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(path.string() + suffix);
        std::unique_ptr<store::EventStore> store;
        if (withStore)
            store = std::move(store::EventStore::open(path.string()).value());
        sim::SimulationOptions options;
        options.maxEvents = kEvents;
        options.validate = validate;
        options.digest = false;
        options.store = store.get();
        auto run = std::move(
            sim::Simulation::create(loanSample().project, loanSample().registry, options).value());
        state.ResumeTiming();
        run->run();
        if (!run->flush() || run->publishedCount() != kEvents)
            state.SkipWithError("the run should publish and store every event");
        state.PauseTiming();
        run.reset();
        store.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kEvents));
}

void BM_SimulateStoreOff(benchmark::State &state)
{
    simulate(state, true, false);
}
BENCHMARK(BM_SimulateStoreOff)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();

void BM_SimulateStoreOn(benchmark::State &state)
{
    simulate(state, true, true);
}
BENCHMARK(BM_SimulateStoreOn)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();

void BM_SimulateNoValidation(benchmark::State &state)
{
    simulate(state, false, false);
}
BENCHMARK(BM_SimulateNoValidation)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();

// ---- Memory over a long run, store off ----

// How many events the long run publishes: CAUSEWAY_BENCH_LONG_EVENTS, 2 million by default
// (about two minutes here); the figure is for 10 million.
std::uint64_t longRunEvents()
{
    const char *set = std::getenv("CAUSEWAY_BENCH_LONG_EVENTS");
    return set ? std::strtoull(set, nullptr, 10) : 2'000'000;
}

double residentMegabytes()
{
    std::ifstream statm("/proc/self/statm");
    unsigned long long size = 0, resident = 0;
    statm >> size >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1e6;
}

struct MemorySample
{
    std::uint64_t events;
    double megabytes;
    std::uint64_t sleeping; // repayment schedules waiting for their next month
    std::uint64_t sleepingBytes; // what they hold, encoded
    double days;            // virtual time: the schedules level off after a year
    std::uint64_t deadLetters; // kept whole by the bus
    std::uint64_t openWorkflows; // started by a source, no outcome yet
};
std::vector<MemorySample> memorySamples; // for the closing table

void BM_MemoryOverLongRun(benchmark::State &state)
{
    const std::uint64_t events = longRunEvents();
    for (auto _ : state) {
        sim::SimulationOptions options;
        options.maxEvents = events;
        options.digest = false;
        auto run = std::move(
            sim::Simulation::create(loanSample().project, loanSample().registry, options).value());
        memorySamples = {{0, residentMegabytes(), 0, 0, 0, 0, 0}};
        std::uint64_t next = events / 10;
        run->run([&] {
            if (run->publishedCount() >= next) {
                const sim::SimMetrics metrics = run->metrics();
                memorySamples.push_back(
                    {run->publishedCount(), residentMegabytes(), metrics.sleepingRepeats,
                     metrics.sleepingBytes,
                     static_cast<double>(run->elapsed()) / (86400.0 * bus::kSecond),
                     metrics.deadLetters, metrics.openWorkflows});
                next += events / 10;
            }
            return true;
        });
        if (run->publishedCount() != events)
            state.SkipWithError("the run should publish every event");
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(events));
}
BENCHMARK(BM_MemoryOverLongRun)->Unit(benchmark::kMillisecond)->Iterations(1);

void printMemorySamples()
{
    if (memorySamples.size() < 3)
        return;
    std::printf("\nresident memory over the long run (validation on, store off):\n");
    for (const MemorySample &sample : memorySamples)
        std::printf("  %10llu events  %8.1f MB  %9llu sleeping schedules (%4.0f bytes each)  day "
                    "%5.1f  %7llu dead letters  %7llu open workflows\n",
                    static_cast<unsigned long long>(sample.events), sample.megabytes,
                    static_cast<unsigned long long>(sample.sleeping),
                    sample.sleeping ? static_cast<double>(sample.sleepingBytes) /
                                          static_cast<double>(sample.sleeping)
                                    : 0.0,
                    sample.days,
                    static_cast<unsigned long long>(sample.deadLetters),
                    static_cast<unsigned long long>(sample.openWorkflows));
    // The last stretch: in a run past a virtual year the schedules have levelled off there.
    const MemorySample &before = memorySamples[memorySamples.size() - 2];
    const MemorySample &end = memorySamples.back();
    std::printf("growth over the last tenth: %.2f MB per million events\n",
                (end.megabytes - before.megabytes) * 1e6 /
                    static_cast<double>(end.events - before.events));
    // What each sleeping schedule costs, from the first sample on (the start-up is behind).
    const MemorySample &first = memorySamples[1];
    if (end.sleeping > first.sleeping)
        std::printf("resident memory per added sleeping schedule: %.0f bytes\n",
                    (end.megabytes - first.megabytes) * 1e6 /
                        static_cast<double>(end.sleeping - first.sleeping));
}

} // namespace

int main(int argc, char **argv)
{
    benchsupport::RatioReporter reporter(
        "BM_ValidateRecordedEvent", "vs validation", [](const auto &) {
            std::printf(
                "(loan sample, %llu events per run, one thread; the store writes on its own "
                "thread)\n",
                static_cast<unsigned long long>(kEvents));
            printMemorySamples();
        });
    return benchsupport::runBenchmarks(argc, argv, reporter);
}
