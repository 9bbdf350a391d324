#include "ui/simulation/throughput_chart.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <map>

namespace causeway::ui {

namespace {

constexpr std::size_t kShownTypes = 5; // more lines than this read as noise
constexpr std::size_t kPoints = 60;    // per line; neighbouring slices are summed

} // namespace

ThroughputChart::ThroughputChart(QWidget *parent)
    : ProgressChart(parent), m_time(new QValueAxis(this)), m_rate(new QValueAxis(this))
{
    chart()->addAxis(m_time, Qt::AlignBottom);
    chart()->addAxis(m_rate, Qt::AlignLeft);
    m_time->setLabelFormat(QStringLiteral("%.0f"));
    m_rate->setLabelFormat(QStringLiteral("%.0f"));
    retranslate();
}

void ThroughputChart::draw(const runtime::SimulationProgress &progress)
{
    if (progress.metrics.slices.size() < 2)
        return;
    const auto &slices = progress.metrics.slices;
    // The last slice is still filling up; leave it out rather than draw a false dip.
    const std::size_t complete = slices.size() - 1;
    const std::size_t group = (complete + kPoints - 1) / kPoints;
    const double groupMinutes = static_cast<double>(group) *
                                static_cast<double>(slices[1].start - slices[0].start) /
                                (60.0 * bus::kSecond);
    // The busiest types get a line each; the others share one.
    std::map<std::string, std::uint64_t> totals;
    for (const auto &slice : slices)
        for (const auto &[type, count] : slice.published)
            totals[type] += count;
    std::vector<std::pair<std::uint64_t, std::string>> ranked;
    for (const auto &[type, total] : totals)
        ranked.emplace_back(total, type);
    std::sort(ranked.rbegin(), ranked.rend());
    std::vector<std::string> shown;
    for (std::size_t i = 0; i < std::min(kShownTypes, ranked.size()); ++i)
        shown.push_back(ranked[i].second);
    const bool others = ranked.size() > shown.size();

    double peak = 1;
    const auto addLine = [&](const QString &name, auto countIn) {
        auto *series = new QLineSeries;
        series->setName(name);
        for (std::size_t first = 0; first + group <= complete; first += group) {
            std::uint64_t count = 0;
            for (std::size_t i = first; i < first + group; ++i)
                count += countIn(slices[i]);
            const double rate = static_cast<double>(count) / groupMinutes;
            peak = std::max(peak, rate);
            series->append(hoursOf(slices[first].start), rate);
        }
        chart()->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_rate);
    };
    for (const std::string &type : shown) {
        // "com.acmefinance.loan.application.approved" reads as "application.approved".
        const QString label = QString::fromStdString(type).section(QLatin1Char('.'), -2);
        addLine(label, [&](const sim::ThroughputSlice &slice) {
            const auto found = slice.published.find(type);
            return found == slice.published.end() ? std::uint64_t(0) : found->second;
        });
    }
    if (others) {
        addLine(tr("other types"), [&](const sim::ThroughputSlice &slice) {
            std::uint64_t sum = 0;
            for (const auto &[type, count] : slice.published)
                if (std::find(shown.begin(), shown.end(), type) == shown.end())
                    sum += count;
            return sum;
        });
    }
    m_time->setRange(0, hoursOf(slices[complete - 1].start));
    m_rate->setRange(0, peak * 1.1);
}

void ThroughputChart::retranslate()
{
    chart()->setTitle(tr("Events per minute of virtual time"));
    m_time->setTitleText(tr("Virtual time (hours)"));
    m_rate->setTitleText(tr("Events per minute"));
}

} // namespace causeway::ui
