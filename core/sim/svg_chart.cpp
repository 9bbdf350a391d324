#include "sim/svg_chart.h"

#include "sim/duration.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace causeway::sim::svg {

namespace {

constexpr double kWidth = 900;
constexpr double kLeft = 64;  // room for the y tick labels and the y axis title
constexpr double kRight = 24; // room for the last x tick label
constexpr double kTop = 14;
constexpr double kBottom = 46; // x tick labels and the x axis title

// Okabe-Ito, black replaced by grey so that stacked areas stay readable.
constexpr std::array<const char *, 8> kPalette = {"#0072B2", "#E69F00", "#009E73", "#D55E00",
                                                  "#56B4E9", "#CC79A7", "#F0E442", "#999999"};
// Lines differ in dash too, for grey-scale print.
constexpr std::array<const char *, 6> kDashes = {"", "8 3", "3 3", "10 3 3 3", "5 5", "2 4"};

std::string dash(std::size_t index)
{
    const char *pattern = kDashes[index % kDashes.size()];
    return *pattern ? std::string(" stroke-dasharray=\"") + pattern + "\"" : std::string();
}

// A step of 1, 2 or 5 times a power of ten giving about five ticks up to @p max.
double niceStep(double max, bool whole)
{
    if (!(max > 0))
        max = 1;
    const double raw = max / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double normal = raw / magnitude;
    double step = (normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 5 ? 5 : 10) * magnitude;
    return whole ? std::max(step, 1.0) : step;
}

// A step of virtual time giving at most eight ticks: round seconds, minutes, hours, days.
double timeStep(double spanMs)
{
    static constexpr std::array<double, 30> steps = {
        1,      2,      5,      10,      20,      50,      100,     200,      500,      1e3,
        2e3,    5e3,    10e3,   15e3,    30e3,    60e3,    120e3,   300e3,    600e3,    900e3,
        1800e3, 3600e3, 7200e3, 10800e3, 21600e3, 43200e3, 86400e3, 172800e3, 604800e3, 2419200e3};
    for (double step : steps)
        if (spanMs / step <= 8)
            return step;
    return std::ceil(spanMs / 8 / steps.back()) * steps.back();
}

std::string svgOpen(const std::string &title, double height, std::size_t series)
{
    return "<svg class=\"chart\" viewBox=\"0 0 " + number(kWidth) + " " + number(height) +
           "\" data-series=\"" + std::to_string(series) + "\" role=\"img\" aria-label=\"" +
           escape(title) + "\">\n<title>" + escape(title) + "</title>\n";
}

std::string text(double x, double y, const std::string &content, const char *anchor = "middle",
                 const char *cls = "tick")
{
    return "<text class=\"" + std::string(cls) + "\" x=\"" + number(x) + "\" y=\"" + number(y) +
           "\" text-anchor=\"" + anchor + "\">" + escape(content) + "</text>\n";
}

std::string line(double x1, double y1, double x2, double y2, const char *cls)
{
    return "<line class=\"" + std::string(cls) + "\" x1=\"" + number(x1) + "\" y1=\"" + number(y1) +
           "\" x2=\"" + number(x2) + "\" y2=\"" + number(y2) + "\"/>\n";
}

// Long names are cut to fit; the full name stays in the element's <title>.
std::string shorten(const std::string &name, std::size_t characters)
{
    if (name.size() <= characters)
        return name;
    std::size_t cut = characters - 1;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 sequence
    return name.substr(0, cut) + "\u2026";
}

} // namespace

std::string escape(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            // Control characters are not allowed in XML and mean nothing in a report.
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t')
                out += c;
        }
    }
    return out;
}

std::string number(double value, int decimals)
{
    if (!std::isfinite(value))
        value = 0;
    char buffer[64];
    auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    if (error != std::errc())
        return "0";
    std::string out(buffer, end);
    if (out.find('.') != std::string::npos) {
        while (out.back() == '0')
            out.pop_back();
        if (out.back() == '.')
            out.pop_back();
    }
    return out == "-0" ? "0" : out;
}

std::string count(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude >= 1e6)
        return number(value / 1e6, 1) + "M";
    if (magnitude >= 1e4)
        return number(value / 1e3, 1) + "k";
    return number(value, magnitude >= 100 ? 0 : 2);
}

std::string millis(double milliseconds)
{
    if (!std::isfinite(milliseconds) || milliseconds <= 0)
        return "0";
    // Three significant digits: "470ms" reads better than "469.762ms".
    const double scale = std::pow(10.0, std::floor(std::log10(milliseconds)) - 2);
    const double rounded = std::round(milliseconds / scale) * scale;
    return formatDuration(static_cast<Nanos>(std::llround(rounded * 1e6)));
}

std::string colour(std::size_t index)
{
    return kPalette[index % kPalette.size()];
}

std::string legend(const std::vector<std::string> &names, bool lines)
{
    std::string out = "<ul class=\"legend\">\n";
    for (std::size_t i = 0; i < names.size(); ++i) {
        out += "<li><svg class=\"key\" viewBox=\"0 0 28 12\" width=\"28\" height=\"12\" "
               "aria-hidden=\"true\">";
        if (lines)
            out += "<line x1=\"1\" y1=\"6\" x2=\"27\" y2=\"6\" stroke=\"" + colour(i) +
                   "\" stroke-width=\"3\"" + dash(i) + "/>";
        else
            out += "<rect x=\"4\" y=\"1\" width=\"20\" height=\"10\" fill=\"" + colour(i) + "\"/>";
        out += "</svg>" + escape(names[i]) + "</li>\n";
    }
    return out + "</ul>\n";
}

std::string timeChart(const TimeChart &chart)
{
    constexpr double height = 300;
    const double plotWidth = kWidth - kLeft - kRight;
    const double plotHeight = height - kTop - kBottom;
    const std::size_t points = chart.xMs.size();

    double yMax = 0;
    for (std::size_t i = 0; i < points; ++i) {
        double sum = 0;
        for (const Series &series : chart.series) {
            const double value = i < series.values.size() ? series.values[i] : 0;
            sum = chart.stacked ? sum + value : std::max(sum, value);
        }
        yMax = std::max(yMax, sum);
    }
    const double yStep = niceStep(yMax, chart.whole);
    const double yTop = std::max(yStep, std::ceil(yMax / yStep - 1e-9) * yStep);
    double xEnd = chart.endMs;
    for (double x : chart.xMs)
        xEnd = std::max(xEnd, x);
    if (!(xEnd > 0))
        xEnd = 1;
    const auto px = [&](double x) { return kLeft + x / xEnd * plotWidth; };
    const auto py = [&](double y) { return kTop + plotHeight - y / yTop * plotHeight; };

    std::string out = "<figure>\n<figcaption>" + escape(chart.title) + "</figcaption>\n" +
                      svgOpen(chart.title, height, chart.series.size());
    for (double y = 0; y <= yTop + yStep / 2; y += yStep) {
        out += line(kLeft, py(y), kLeft + plotWidth, py(y), "grid");
        out += text(kLeft - 6, py(y) + 4, count(y), "end");
    }
    const double xStep = timeStep(xEnd);
    for (double x = 0; x <= xEnd + 1e-6; x += xStep) {
        out += line(px(x), kTop + plotHeight, px(x), kTop + plotHeight + 4, "axis");
        out += text(px(x), kTop + plotHeight + 17, millis(x));
    }
    out += line(kLeft, kTop + plotHeight, kLeft + plotWidth, kTop + plotHeight, "axis");
    out += text(kLeft + plotWidth / 2, height - 6, "virtual time", "middle", "axis-title");
    out += "<text class=\"axis-title\" transform=\"rotate(-90)\" x=\"" +
           number(-(kTop + plotHeight / 2)) + "\" y=\"14\" text-anchor=\"middle\">" +
           escape(chart.yLabel) + "</text>\n";

    std::vector<double> below(points, 0.0);
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        const Series &series = chart.series[s];
        const auto value = [&](std::size_t i) {
            return i < series.values.size() ? series.values[i] : 0.0;
        };
        out += "<g class=\"series\"><title>" + escape(series.name) + "</title>";
        std::string path;
        if (chart.stacked) {
            for (std::size_t i = 0; i < points; ++i)
                path += (i ? " L" : "M") + number(px(chart.xMs[i])) + " " +
                        number(py(below[i] + value(i)));
            for (std::size_t i = points; i-- > 0;)
                path += " L" + number(px(chart.xMs[i])) + " " + number(py(below[i]));
            out += "<path d=\"" + path + " Z\" fill=\"" + colour(s) +
                   "\" stroke=\"#fff\" stroke-width=\"0.5\"/>";
            for (std::size_t i = 0; i < points; ++i)
                below[i] += value(i);
        } else {
            for (std::size_t i = 0; i < points; ++i)
                path += (i ? " L" : "M") + number(px(chart.xMs[i])) + " " + number(py(value(i)));
            out += "<path d=\"" + path + "\" fill=\"none\" stroke=\"" + colour(s) +
                   "\" stroke-width=\"2\" stroke-linejoin=\"round\"" + dash(s) + "/>";
        }
        out += "</g>\n";
    }
    std::vector<std::string> names;
    for (const Series &series : chart.series)
        names.push_back(series.name);
    return out + "</svg>\n" + legend(names, !chart.stacked) + "</figure>\n";
}

std::string shareBars(const std::string &title, const std::vector<Bar> &bars)
{
    constexpr double row = 40;
    constexpr double textRoom = 130;
    const double height = kTop + row * static_cast<double>(bars.size()) + 4;
    const double barWidth = kWidth - 8 - kRight - textRoom;
    std::string out = "<figure>\n<figcaption>" + escape(title) + "</figcaption>\n" +
                      svgOpen(title, height, 1) + "<g class=\"series\">\n";
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar &bar = bars[i];
        const double y = kTop + row * static_cast<double>(i);
        const double share = std::isfinite(bar.share) ? std::clamp(bar.share, 0.0, 1.0) : 0.0;
        out += "<g><title>" + escape(bar.label + ": " + bar.text) + "</title>\n";
        out += text(8, y, shorten(bar.label, 120), "start", "label");
        out += "<rect class=\"track\" x=\"8\" y=\"" + number(y + 6) + "\" width=\"" +
               number(barWidth) + "\" height=\"16\"/>\n";
        out += "<rect x=\"8\" y=\"" + number(y + 6) + "\" width=\"" + number(share * barWidth) +
               "\" height=\"16\" fill=\"" + colour(0) + "\"/>\n";
        out += text(8 + barWidth + 8, y + 19, bar.text, "start", "value");
        out += "</g>\n";
    }
    return out + "</g>\n</svg>\n</figure>\n";
}

std::string durationBars(const std::string &title, const std::vector<std::string> &groups,
                         const std::vector<Series> &series)
{
    // Round durations a reader knows, about a decade apart.
    static constexpr std::array<double, 15> ticks = {
        1e-3, 1e-2, 0.1, 1, 10, 100, 1e3, 1e4, 6e4, 6e5, 3.6e6, 3.6e7, 8.64e7, 8.64e8, 8.64e9};
    double smallest = 0, largest = 0;
    for (const Series &s : series)
        for (double value : s.values)
            if (std::isfinite(value) && value > 0) {
                smallest = smallest > 0 ? std::min(smallest, value) : value;
                largest = std::max(largest, value);
            }
    if (!(smallest > 0))
        smallest = largest = 1;
    std::size_t low = 0, high = ticks.size() - 1;
    while (low + 1 < ticks.size() && ticks[low + 1] < smallest)
        ++low;
    while (high > low + 1 && ticks[high - 1] >= largest)
        --high;

    std::size_t longest = 4;
    for (const std::string &group : groups)
        longest = std::max(longest, group.size());
    const std::size_t characters = std::min<std::size_t>(longest, 36);
    const double left = 16 + 7.2 * static_cast<double>(characters);
    constexpr double bar = 11, gap = 2, groupGap = 14, valueRoom = 64;
    const double groupHeight = static_cast<double>(series.size()) * (bar + gap) + groupGap;
    const double plotHeight = groupHeight * static_cast<double>(groups.size());
    const double height = kTop + plotHeight + kBottom;
    const double plotWidth = kWidth - left - kRight - valueRoom;
    const double from = std::log10(ticks[low]), to = std::log10(ticks[high]);
    const auto px = [&](double value) {
        const double clamped = std::clamp(value, ticks[low], ticks[high]);
        return left + (std::log10(clamped) - from) / (to - from) * plotWidth;
    };

    std::string out = "<figure>\n<figcaption>" + escape(title) + "</figcaption>\n" +
                      svgOpen(title, height, series.size());
    for (std::size_t t = low; t <= high; ++t) {
        out += line(px(ticks[t]), kTop, px(ticks[t]), kTop + plotHeight, "grid");
        out += text(px(ticks[t]), kTop + plotHeight + 17, millis(ticks[t]));
    }
    out += text(left + plotWidth / 2, height - 6, "virtual time (logarithmic)", "middle",
                "axis-title");
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const double y = kTop + groupHeight * static_cast<double>(g);
        out += "<g><title>" + escape(groups[g]) + "</title>" +
               text(left - 8, y + groupHeight / 2 - groupGap / 2 + 4, shorten(groups[g], 36), "end",
                    "label") +
               "</g>\n";
    }
    for (std::size_t s = 0; s < series.size(); ++s) {
        out += "<g class=\"series\" fill=\"" + colour(s) + "\"><title>" + escape(series[s].name) +
               "</title>\n";
        for (std::size_t g = 0; g < groups.size() && g < series[s].values.size(); ++g) {
            const double value = series[s].values[g];
            const double y =
                kTop + groupHeight * static_cast<double>(g) + static_cast<double>(s) * (bar + gap);
            const double end = value > 0 ? px(value) : left;
            out += "<rect x=\"" + number(left) + "\" y=\"" + number(y) + "\" width=\"" +
                   number(end - left) + "\" height=\"" + number(bar) + "\"><title>" +
                   escape(groups[g] + " " + series[s].name + ": " + millis(value)) +
                   "</title></rect>\n";
            out += text(end + 4, y + bar - 1.5, millis(value), "start", "value small");
        }
        out += "</g>\n";
    }
    out += line(left, kTop, left, kTop + plotHeight, "axis");
    std::vector<std::string> names;
    for (const Series &s : series)
        names.push_back(s.name);
    return out + "</svg>\n" + legend(names, false) + "</figure>\n";
}

} // namespace causeway::sim::svg
