// Single-thread throughput of the ingest path on the loan sample's recorded events:
// JSON text -> canonical event -> envelope + catalog + payload validation.
// Prints events/s per stage and each stage's ratio to plain JSON parsing measured
// in the same run (the baseline), so figures compare across machines.
#include "catalog/event_validator.h"
#include "common/json_text.h"
#include "model/json_format.h"
#include "project/project.h"
#include "ratio_reporter.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <sstream>

using namespace causeway;

namespace {

struct Corpus
{
    std::vector<std::string> lines;
    catalog::DefinitionRegistry registry;
};

const Corpus &corpus()
{
    static const Corpus instance = [] {
        Corpus c;
        const std::string root = CAUSEWAY_SOURCE_DIR "/samples/loan-application/";
        auto loaded = project::loadProject(root + "loan-application.causeway.json");
        auto registry = loaded ? project::buildRegistry(loaded->project)
                               : Result<catalog::DefinitionRegistry>(loaded.error());
        auto text = json_text::readFile(root + "events/loan-workflows.jsonl");
        if (!registry || !text) {
            std::fprintf(stderr, "cannot load the loan sample\n");
            std::exit(2);
        }
        c.registry = std::move(*registry);
        std::istringstream in(*text);
        for (std::string line; std::getline(in, line);) {
            if (!line.empty())
                c.lines.push_back(line);
        }
        return c;
    }();
    return instance;
}

void BM_ParseJson(benchmark::State &state)
{
    const auto &lines = corpus().lines;
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
    const auto &lines = corpus().lines;
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
    const auto &c = corpus();
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
                    corpus().lines.size());
    });
    return benchsupport::runBenchmarks(argc, argv, reporter);
}
