// Single-thread throughput of the ingest path on the loan sample's recorded events:
// JSON text -> canonical event -> envelope + catalog + payload validation.
// Prints events/s per stage and each stage's ratio to plain JSON parsing measured
// in the same run (the baseline), so figures compare across machines.
#include "catalog/event_validator.h"
#include "loan_sample.h"
#include "model/json_format.h"
#include "ratio_reporter.h"

#include <benchmark/benchmark.h>
#include <cstdio>

using namespace causeway;

namespace {

using benchsupport::loanSample;

void BM_ParseJson(benchmark::State &state)
{
    const auto &lines = loanSample().lines;
    std::size_t i = 0;
    for (auto _ : state) {
        auto json = nlohmann::json::parse(lines[i++ % lines.size()]);
        benchmark::DoNotOptimize(json);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseJson);

void BM_ParseAndReadEnvelope(benchmark::State &state)
{
    const auto &lines = loanSample().lines;
    std::size_t i = 0;
    for (auto _ : state) {
        auto event = model::readJsonEvent(nlohmann::json::parse(lines[i++ % lines.size()]));
        benchmark::DoNotOptimize(event);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseAndReadEnvelope);

void BM_ParseReadAndValidate(benchmark::State &state)
{
    const auto &c = loanSample();
    const catalog::EventValidator validator(c.registry);
    std::size_t i = 0;
    std::size_t invalid = 0;
    for (auto _ : state) {
        auto event = model::readJsonEvent(nlohmann::json::parse(c.lines[i++ % c.lines.size()]));
        const auto report = validator.validate(*event);
        invalid += !report.valid();
    }
    if (invalid > 0)
        state.SkipWithError("the sample's events should all be valid");
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseReadAndValidate);

} // namespace

int main(int argc, char **argv)
{
    benchsupport::RatioReporter reporter("BM_ParseJson", "vs parse", [](const auto &) {
        std::printf("(%zu distinct events of the loan sample, one thread)\n",
                    loanSample().lines.size());
    });
    return benchsupport::runBenchmarks(argc, argv, reporter);
}
