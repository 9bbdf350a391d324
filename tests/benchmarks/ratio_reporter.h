#pragma once

// Console output of Google Benchmark plus a closing table: events/s of every benchmark
// and its ratio to a baseline measured in the same run, so figures compare across machines.

#include <benchmark/benchmark.h>
#include <cstdio>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace benchsupport {

class RatioReporter : public benchmark::ConsoleReporter
{
public:
    using Rates = std::vector<std::pair<std::string, double>>; // "name label", events/s

    /** @brief @p baseline is the start of the baseline benchmark's name; @p footer adds lines. */
    RatioReporter(std::string baseline, std::string column,
                  std::function<void(const Rates &)> footer = {})
        : m_baseline(std::move(baseline)), m_column(std::move(column)), m_footer(std::move(footer))
    {
    }

    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const auto &run : runs) {
            const auto it = run.counters.find("items_per_second");
            if (it == run.counters.end())
                continue;
            std::string name = run.benchmark_name();
            if (!run.report_label.empty())
                name = name.substr(0, name.find('/')) + " " + run.report_label;
            m_rates.emplace_back(std::move(name), it->second.value);
        }
    }

    void Finalize() override
    {
        ConsoleReporter::Finalize();
        double baseline = 0;
        for (const auto &[name, rate] : m_rates) {
            if (name.rfind(m_baseline, 0) == 0)
                baseline = rate;
        }
        std::printf("\n%-44s %14s %10s\n", "benchmark", "events/s", m_column.c_str());
        for (const auto &[name, rate] : m_rates) {
            if (baseline > 0)
                std::printf("%-44s %14.0f %10.2f\n", name.c_str(), rate, rate / baseline);
            else
                std::printf("%-44s %14.0f %10s\n", name.c_str(), rate, "-");
        }
        // A ratio of 0 would read as a measurement; say why there is none.
        if (baseline <= 0)
            std::printf("(no ratios: the baseline, %s, was not run; widen the filter to "
                        "include it)\n",
                        m_baseline.c_str());
        if (m_footer)
            m_footer(m_rates);
    }

private:
    std::string m_baseline;
    std::string m_column;
    std::function<void(const Rates &)> m_footer;
    Rates m_rates;
};

/** @brief The usual main(): run every benchmark with @p reporter. */
inline int runBenchmarks(int argc, char **argv, RatioReporter &reporter)
{
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}

} // namespace benchsupport
