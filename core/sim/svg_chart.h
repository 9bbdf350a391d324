#pragma once

// Inline SVG charts for the simulation's HTML report: no scripts, no external references,
// colours from the Okabe-Ito palette (readable for colour-blind readers and in print).

#include <string>
#include <string_view>
#include <vector>

namespace causeway::sim::svg {

/** @brief @p text with &, <, >, " and ' as entities and control characters left out. */
std::string escape(std::string_view text);

/** @brief A number in the C locale with at most @p decimals decimals; 0 for NaN or infinity. */
std::string number(double value, int decimals = 1);

/** @brief A count for an axis or a table: "950", "12.5k", "3.2M". */
std::string count(double value);

/** @brief A duration in milliseconds as formatDuration writes it: "250ms", "1.5s", "2h 5m". */
std::string millis(double milliseconds);

/** @brief The colour of series @p index. */
std::string colour(std::size_t index);

/** @brief One named row of values. */
struct Series
{
    std::string name;
    std::vector<double> values;
};

/** @brief Series over virtual time; x values in milliseconds from the start of the run. */
struct TimeChart
{
    std::string title;
    std::string yLabel;
    std::vector<double> xMs;
    double endMs = 0;
    std::vector<Series> series;
    bool stacked = false; // stacked areas, else lines
    bool whole = false;   // y ticks are whole numbers
};

/** @brief An SVG chart of @p chart with a legend below it. */
std::string timeChart(const TimeChart &chart);

/** @brief One horizontal bar: a share of 0..1 and the text written after it. */
struct Bar
{
    std::string label;
    double share = 0;
    std::string text;
};

/** @brief Horizontal bars, each labelled above itself, for long names such as event types. */
std::string shareBars(const std::string &title, const std::vector<Bar> &bars);

/**
 * @brief Grouped horizontal bars of durations on a logarithmic axis: one group per
 * @p groups name, one bar per series (values in milliseconds, series.values[group]).
 */
std::string durationBars(const std::string &title, const std::vector<std::string> &groups,
                         const std::vector<Series> &series);

/** @brief A legend of coloured keys; dashed keys for line charts. */
std::string legend(const std::vector<std::string> &names, bool lines);

} // namespace causeway::sim::svg
