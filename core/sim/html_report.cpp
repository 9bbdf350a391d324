#include "sim/html_report.h"

#include "sim/svg_chart.h"

#include <algorithm>
#include <set>
#include <utility>

namespace causeway::sim {

using nlohmann::json;
using svg::escape;
using svg::millis;
using svg::number;

namespace {

// The report is read defensively: a missing or mistyped field renders as zero or empty.
const json &field(const json &object, const char *key)
{
    static const json empty = json::object();
    if (!object.is_object())
        return empty;
    const auto found = object.find(key);
    return found != object.end() ? *found : empty;
}

double value(const json &object, const char *key)
{
    const json &found = field(object, key);
    return found.is_number() ? found.get<double>() : 0.0;
}

// A duration of the report in milliseconds; null when nothing was measured.
std::string durationText(const json &object, const char *key)
{
    return field(object, key).is_null() ? "—" : millis(value(object, key));
}

std::string text(const json &object, const char *key)
{
    const json &found = field(object, key);
    if (found.is_string())
        return found.get<std::string>();
    return found.is_number() ? found.dump() : std::string();
}

std::string whole(double count)
{
    return number(count, 0);
}

// Table columns line up with a fixed number of decimals: "1.70", not "1.7".
std::string fixed(double value, int decimals)
{
    std::string out = number(value, decimals);
    std::size_t point = out.find('.');
    if (point == std::string::npos) {
        point = out.size();
        out += '.';
    }
    out.append(static_cast<std::size_t>(decimals) - (out.size() - point - 1), '0');
    return out;
}

std::string percent(double share)
{
    return fixed(share * 100, 1) + "%";
}

const char *kStyle = R"css(
:root{color-scheme:light}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
 color:#1a1a1a;background:#fff;max-width:1000px;margin:0 auto;padding:24px;
 -webkit-print-color-adjust:exact;print-color-adjust:exact}
h1{font-size:1.6em;margin:0 0 .4em}
h2{font-size:1.25em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.8em}
h3{font-size:1.05em;margin:1.2em 0 .3em}
dl.facts{display:grid;grid-template-columns:max-content 1fr max-content 1fr;gap:.2em 1.2em;margin:0}
dt{color:#555}
dd{margin:0;font-variant-numeric:tabular-nums;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums;margin:.5em 0}
th,td{padding:.25em .5em;border-bottom:1px solid #e3e3e3;text-align:right;vertical-align:top}
th:first-child,td:first-child{text-align:left;overflow-wrap:anywhere}
thead th{border-bottom:2px solid #999;font-weight:600}
thead tr.group th{border-bottom:1px solid #ccc;text-align:center}
table.facts{width:auto;min-width:50%}
figure{margin:1em 0}
figcaption{font-weight:600;margin-bottom:.3em}
svg.chart{width:100%;height:auto;display:block;font-family:inherit}
svg.chart .tick{font-size:11px;fill:#444}
svg.chart .axis-title{font-size:12px;fill:#222}
svg.chart .label{font-size:12.5px;fill:#1a1a1a}
svg.chart .value{font-size:12px;fill:#1a1a1a}
svg.chart .small{font-size:10.5px}
svg.chart .grid{stroke:#e2e2e2;stroke-width:1}
svg.chart .axis{stroke:#666;stroke-width:1}
svg.chart .track{fill:#eee}
ul.legend{list-style:none;padding:0;margin:.4em 0;display:flex;flex-wrap:wrap;gap:.2em 1.4em;
 font-size:12.5px}
ul.legend li{display:flex;align-items:center;gap:.4em;overflow-wrap:anywhere}
svg.key{flex:none}
.meter{display:inline-block;width:80px;height:10px;border:1px solid #888;vertical-align:middle;
 margin-right:.4em;text-align:left}
.meter span{display:block;height:0;border-top:10px solid #0072B2}
.warn{color:#B00000;font-weight:600}
.empty{color:#666;font-style:italic}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
footer{margin-top:2.5em;color:#777;font-size:12px}
@media print{body{max-width:none;padding:0;font-size:10.5pt}
 section,figure,tr{break-inside:avoid} h2,h3{break-after:avoid}}
@page{margin:14mm}
)css";

std::string fact(const std::string &term, const std::string &definition, bool warn = false)
{
    return "<dt>" + escape(term) + "</dt><dd" + (warn ? " class=\"warn\"" : "") + ">" +
           escape(definition) + "</dd>\n";
}

std::string header(const json &report)
{
    const json &events = field(report, "events");
    const double virtualMs = value(report, "virtualSeconds") * 1000;
    return "<header>\n<h1>Simulation report: " + escape(text(report, "project")) +
           "</h1>\n<dl class=\"facts\">\n" + fact("Seed", text(report, "seed")) +
           fact("Start of virtual time", text(report, "start")) +
           fact("Virtual duration", millis(virtualMs)) +
           fact("Wall time", number(value(report, "wallSeconds"), 2) + " s") +
           fact("Stopped by", text(report, "stopReason")) +
           fact("Event log digest", text(report, "digest")) +
           fact("Events published", whole(value(events, "published"))) +
           fact("Events per second", number(value(events, "perSecond"), 3)) + "</dl>\n</header>\n";
}

// Rates per second, minute or hour, whichever reads as numbers above one.
struct RateUnit
{
    double perSecond;
    const char *name;
};

RateUnit rateUnit(double maxPerSecond)
{
    if (maxPerSecond >= 1)
        return {1, "second"};
    if (maxPerSecond * 60 >= 1)
        return {60, "minute"};
    return {3600, "hour"};
}

// The throughput and the queue depth sections, both drawn from the time series.
std::pair<std::string, std::string> timeCharts(const json &report)
{
    const json &series = field(report, "series");
    if (!series.is_array() || series.empty())
        return {"<section id=\"throughput\">\n<h2>Throughput</h2>\n<p class=\"empty\">No time "
                "series: the run published no events.</p>\n</section>\n",
                std::string()};
    const std::size_t slices = series.size();
    const double endMs =
        std::max(value(report, "virtualSeconds") * 1000, value(series.back(), "at"));
    const double nominal = slices > 1 ? value(series[1], "at") - value(series[0], "at") : endMs;
    std::vector<double> starts, widths;
    std::set<std::string> types, actors;
    for (std::size_t i = 0; i < slices; ++i) {
        const double at = value(series[i], "at");
        const double next = i + 1 < slices ? value(series[i + 1], "at") : endMs;
        // A short last slice would show a spike: count it as at least half a slice.
        double width = i + 1 < slices ? next - at : std::max(next - at, nominal / 2);
        starts.push_back(at);
        widths.push_back(width > 0 ? width : 1);
        for (const auto &[type, count] : field(series[i], "published").items())
            types.insert(type);
        for (const auto &[actor, depth] : field(series[i], "queueDepth").items())
            actors.insert(actor);
    }

    svg::TimeChart throughput;
    throughput.title = "Events published over virtual time, by type";
    throughput.endMs = endMs;
    throughput.stacked = true;
    double peak = 0;
    std::vector<double> totals(slices, 0.0);
    for (const std::string &type : types) {
        svg::Series row{type, {}};
        for (std::size_t i = 0; i < slices; ++i) {
            row.values.push_back(value(field(series[i], "published"), type.c_str()) /
                                 (widths[i] / 1000));
            totals[i] += row.values.back();
            peak = std::max(peak, totals[i]);
        }
        throughput.series.push_back(std::move(row));
    }
    const RateUnit unit = rateUnit(peak);
    for (svg::Series &row : throughput.series)
        for (double &rate : row.values)
            rate *= unit.perSecond;
    throughput.yLabel = std::string("events per ") + unit.name + " (stacked)";
    svg::TimeChart queues;
    queues.title = "Queue depth per actor at the end of each slice";
    queues.yLabel = "deliveries waiting";
    queues.endMs = endMs;
    queues.whole = true;
    for (std::size_t i = 0; i < slices; ++i) {
        throughput.xMs.push_back(starts[i] + widths[i] / 2);
        queues.xMs.push_back(std::min(starts[i] + widths[i], endMs));
    }
    // Queues that stayed empty would only hide each other along the x axis.
    std::string idle;
    for (const std::string &actor : actors) {
        svg::Series row{actor, {}};
        for (std::size_t i = 0; i < slices; ++i)
            row.values.push_back(value(field(series[i], "queueDepth"), actor.c_str()));
        if (std::any_of(row.values.begin(), row.values.end(), [](double v) { return v > 0; }))
            queues.series.push_back(std::move(row));
        else
            idle += (idle.empty() ? "" : ", ") + actor;
    }
    std::string first = "<section id=\"throughput\">\n<h2>Throughput</h2>\n<p>" +
                        std::to_string(slices) + " slices of " + millis(nominal) +
                        " each; rates are per " + unit.name + " of virtual time.</p>\n" +
                        svg::timeChart(throughput) + "</section>\n";
    if (actors.empty())
        return {first, std::string()};
    std::string second = "<section id=\"queues\">\n<h2>Queues</h2>\n";
    if (!queues.series.empty())
        second += svg::timeChart(queues);
    if (!idle.empty())
        second += "<p>Queues empty at the end of every slice (see Max queue above for peaks): " +
                  escape(idle) + ".</p>\n";
    return {first, second + "</section>\n"};
}

std::string outcomes(const json &report)
{
    std::string out = "<section id=\"outcomes\">\n<h2>Outcomes</h2>\n";
    const json &rows = field(report, "outcomes");
    if (rows.empty())
        return out + "<p class=\"empty\">No workflow reached an outcome.</p>\n</section>\n";
    std::vector<svg::Bar> bars;
    for (const auto &[type, row] : rows.items())
        bars.push_back({type, value(row, "share"),
                        whole(value(row, "count")) + " \u00b7 " + percent(value(row, "share"))});
    return out + svg::shareBars("Workflows ended, by outcome event type", bars) + "</section>\n";
}

std::string actors(const json &report)
{
    std::string out = "<section id=\"actors\">\n<h2>Actors</h2>\n";
    const json &rows = field(report, "actors");
    if (rows.empty())
        return out + "<p class=\"empty\">The project has no actors.</p>\n</section>\n";
    out += "<table>\n<thead>\n<tr class=\"group\"><th></th><th colspan=\"4\"></th>"
           "<th colspan=\"3\">processing time</th><th colspan=\"3\">response time</th>"
           "<th></th></tr>\n<tr><th>Actor</th><th>Processed</th><th>Failures</th>"
           "<th>Capacity</th><th>Utilisation</th><th>p50</th><th>p95</th><th>p99</th>"
           "<th>p50</th><th>p95</th><th>p99</th><th>Max queue</th></tr>\n</thead>\n<tbody>\n";
    std::vector<std::string> names;
    std::vector<svg::Series> processing{{"p50", {}}, {"p95", {}}, {"p99", {}}};
    std::vector<svg::Series> response = processing;
    static constexpr const char *kPercentiles[] = {"p50", "p95", "p99"};
    for (const auto &[name, row] : rows.items()) {
        const double utilisation = std::clamp(value(row, "utilisation"), 0.0, 1.0);
        out += "<tr><td>" + escape(name) + "</td><td>" + whole(value(row, "processed")) +
               "</td><td" + (value(row, "failures") > 0 ? " class=\"warn\"" : "") + ">" +
               whole(value(row, "failures")) + "</td><td>" + whole(value(row, "capacity")) +
               "</td><td><span class=\"meter\"><span style=\"width:" + number(utilisation * 100) +
               "%\"></span></span>" + percent(utilisation) + "</td>";
        names.push_back(name);
        for (int p = 0; p < 3; ++p) {
            processing[p].values.push_back(value(field(row, "processing"), kPercentiles[p]));
            out += "<td>" + durationText(field(row, "processing"), kPercentiles[p]) + "</td>";
        }
        for (int p = 0; p < 3; ++p) {
            response[p].values.push_back(value(field(row, "response"), kPercentiles[p]));
            out += "<td>" + durationText(field(row, "response"), kPercentiles[p]) + "</td>";
        }
        out += "<td>" + whole(value(row, "maxQueue")) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n<p>Processing time is one delivery's work; response time runs "
           "from the publish to the end of the delivery, queueing and retries included.</p>\n";
    out += svg::durationBars("Processing time per actor: p50, p95, p99", names, processing);
    out += svg::durationBars("Response time per actor: p50, p95, p99", names, response);
    return out + "</section>\n";
}

std::string row(const std::string &name, const std::string &cell, bool warn = false)
{
    return "<tr><th scope=\"row\">" + escape(name) + "</th><td" + (warn ? " class=\"warn\"" : "") +
           ">" + escape(cell) + "</td></tr>\n";
}

// A list of messages as code, or nothing when there are none.
std::string examples(const char *heading, const json &list)
{
    if (!list.is_array() || list.empty())
        return {};
    std::string out = std::string("<h3>") + heading + "</h3>\n<ul>\n";
    for (const json &example : list)
        out += "<li><code>" +
               escape(example.is_string() ? example.get<std::string>() : example.dump()) +
               "</code></li>\n";
    return out + "</ul>\n";
}

std::string workflows(const json &report)
{
    const json &flows = field(report, "workflows");
    const json &latency = field(flows, "latency");
    const json &delivery = field(report, "delivery");
    const json &events = field(report, "events");
    const auto count = [](const json &object, const char *key) {
        return whole(value(object, key));
    };
    std::string out = "<section id=\"workflows\">\n<h2>Workflows and delivery</h2>\n"
                      "<table class=\"facts\">\n<tbody>\n";
    out += row("Workflows ended", count(flows, "ended"));
    out += row("Workflows still open at the stop", count(flows, "open"));
    out += row("Workflow latency p50 / p95 / p99 / max",
               durationText(latency, "p50") + " / " + durationText(latency, "p95") + " / " +
                   durationText(latency, "p99") + " / " + durationText(latency, "max"));
    out += row("Join timeouts", count(flows, "joinTimeouts"), value(flows, "joinTimeouts") > 0);
    out += row("Late join parts", count(flows, "lateJoinParts"));
    out += row("Wait timeouts", count(flows, "waitTimeouts"), value(flows, "waitTimeouts") > 0);
    out += row("Retries", count(delivery, "retries"));
    out += row("Dead letters", count(delivery, "deadLetters"), value(delivery, "deadLetters") > 0);
    out += row("Publishes that waited for queue room", count(events, "blocked"));
    out += row("Publishes held back at the stop", count(events, "heldBack"),
               value(events, "heldBack") > 0);
    const json &invalid = field(events, "invalidExamples");
    out += row("Invalid examples", std::to_string(invalid.is_array() ? invalid.size() : 0),
               invalid.is_array() && !invalid.empty());
    out += "</tbody>\n</table>\n";
    out += examples("Events refused by their schema (first examples)", invalid);
    out += examples("Dead letters (first examples)", field(delivery, "deadLetterExamples"));
    return out + "</section>\n";
}

std::string counts(const char *heading, const char *column, const json &rows)
{
    std::string out = std::string("<h3>") + heading + "</h3>\n";
    if (rows.empty())
        return out + "<p class=\"empty\">None.</p>\n";
    out += std::string("<table>\n<thead>\n<tr><th>") + column +
           "</th><th>Events</th></tr>\n</thead>\n<tbody>\n";
    for (const auto &[name, count] : rows.items())
        out += "<tr><td>" + escape(name) + "</td><td>" +
               whole(count.is_number() ? count.get<double>() : 0.0) + "</td></tr>\n";
    return out + "</tbody>\n</table>\n";
}

std::string types(const json &report)
{
    const json &rows = field(report, "types");
    const json &events = field(report, "events");
    const double total = value(events, "published");
    std::string out = "<section id=\"types\">\n<h2>Events per type</h2>\n";
    if (rows.empty())
        out += "<p class=\"empty\">No events were published.</p>\n";
    else {
        const RateUnit unit = rateUnit(value(events, "perSecond"));
        out += std::string("<table>\n<thead>\n<tr><th>Event type</th><th>Published</th><th>Per ") +
               unit.name + "</th><th>Share</th><th>Invalid</th></tr>\n</thead>\n<tbody>\n";
        for (const auto &[type, row] : rows.items()) {
            const double published = value(row, "published");
            const double invalid = value(row, "invalid");
            out += "<tr><td>" + escape(type) + "</td><td>" + whole(published) + "</td><td>" +
                   fixed(value(row, "perSecond") * unit.perSecond, 2) + "</td><td>" +
                   (total > 0 ? percent(published / total) : std::string("\u2013")) + "</td><td" +
                   (invalid > 0 ? " class=\"warn\"" : "") + ">" + whole(invalid) + "</td></tr>\n";
        }
        out += "</tbody>\n</table>\n";
    }
    out += counts("Events created by each source", "Source", field(events, "bySource"));
    out += counts("Deliveries to sinks", "Sink", field(report, "sinks"));
    return out + "</section>\n";
}

} // namespace

std::string renderHtmlReport(const json &report)
{
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                      "<title>Simulation report: " +
                      escape(text(report, "project")) + "</title>\n<style>" + kStyle +
                      "</style>\n</head>\n<body>\n";
    out += header(report);
    out += "<main>\n";
    const auto [throughput, queues] = timeCharts(report);
    out += throughput;
    out += outcomes(report);
    out += actors(report);
    out += queues;
    out += workflows(report);
    out += types(report);
    out += "</main>\n<footer>Generated by Causeway from a simulated run. Durations are virtual "
           "time.</footer>\n</body>\n</html>\n";
    return out;
}

} // namespace causeway::sim
