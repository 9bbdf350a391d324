#include "ui/simulation/run_charts.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPieSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace causeway::ui {

namespace {

// Axis labels are rich text: a long name breaks after its hyphens ("customer-" over
// "notifier") where the axis would otherwise elide it to "customer-...".
QString wrappedLabel(const QString &name)
{
    QString label = name.toHtmlEscaped();
    if (name.size() > 10)
        label.replace(u'-', QStringLiteral("-<br>"));
    return label;
}

// The smallest of 1, 2, 5, 10, 20, 50... that is at least @p wanted.
double wholeStep(double wanted)
{
    for (double scale = 1;; scale *= 10) {
        for (const double step : {1.0, 2.0, 5.0}) {
            if (step * scale >= wanted)
                return step * scale;
        }
    }
}

} // namespace

LatencyChart::LatencyChart(QWidget *parent)
    : ProgressChart(parent), m_actors(new QBarCategoryAxis(this)),
      m_seconds(new QLogValueAxis(this))
{
    chart()->addAxis(m_actors, Qt::AlignBottom);
    chart()->addAxis(m_seconds, Qt::AlignLeft);
    QFont names = m_actors->labelsFont(); // a little smaller: a name per column, side by side
    if (names.pointSizeF() > 0) {         // not when the font is sized in pixels
        names.setPointSizeF(names.pointSizeF() * 0.9);
        m_actors->setLabelsFont(names);
    }
    m_seconds->setLabelFormat(QStringLiteral("%g"));
    m_seconds->setMinorTickCount(-1);
    retranslate();
}

void LatencyChart::draw(const runtime::SimulationProgress &progress)
{
    QStringList actors;
    for (const auto &[name, actor] : progress.metrics.actors)
        if (actor.processing.count() > 0)
            actors << wrappedLabel(QString::fromStdString(name));
    m_actors->clear();
    m_actors->append(actors);
    if (actors.isEmpty())
        return;
    double low = 1e9;
    double high = 1e-9;
    // A bar category axis places category i at x = i.
    for (const double fraction : {0.5, 0.95, 0.99}) {
        auto *dots = new QScatterSeries;
        dots->setName(QStringLiteral("p%1").arg(fraction * 100, 0, 'g', 3));
        dots->setMarkerSize(fraction == 0.5 ? 12 : 9);
        int x = 0;
        for (const auto &[name, actor] : progress.metrics.actors) {
            if (actor.processing.count() == 0)
                continue;
            const double seconds = std::max(
                static_cast<double>(actor.processing.percentile(fraction)) / bus::kSecond, 1e-6);
            low = std::min(low, seconds);
            high = std::max(high, seconds);
            dots->append(x++, seconds);
        }
        chart()->addSeries(dots);
        dots->attachAxis(m_actors);
        dots->attachAxis(m_seconds);
    }
    m_seconds->setRange(low / 2, high * 2);
}

void LatencyChart::retranslate()
{
    chart()->setTitle(tr("Processing time per actor"));
    m_seconds->setTitleText(tr("Seconds (log scale)"));
}

QueueChart::QueueChart(QWidget *parent)
    : ProgressChart(parent), m_time(new QValueAxis(this)), m_depth(new QValueAxis(this))
{
    chart()->addAxis(m_time, Qt::AlignBottom);
    chart()->addAxis(m_depth, Qt::AlignLeft);
    m_time->setLabelFormat(QStringLiteral("%.0f"));
    m_depth->setLabelFormat(QStringLiteral("%.0f"));
    retranslate();
}

void QueueChart::draw(const runtime::SimulationProgress &progress)
{
    const auto &slices = progress.metrics.slices;
    if (slices.size() < 2)
        return;
    const std::size_t complete = slices.size() - 1; // the last one has no depth yet
    double deepest = 1;
    for (const auto &[name, actor] : progress.metrics.actors) {
        auto *line = new QLineSeries;
        line->setName(QString::fromStdString(name));
        for (std::size_t i = 0; i < complete; ++i) {
            const auto found = slices[i].queueDepth.find(name);
            const double depth =
                found == slices[i].queueDepth.end() ? 0.0 : static_cast<double>(found->second);
            deepest = std::max(deepest, depth);
            line->append(hoursOf(slices[i].start), depth);
        }
        chart()->addSeries(line);
        line->attachAxis(m_time);
        line->attachAxis(m_depth);
    }
    m_time->setRange(0, hoursOf(slices[complete - 1].start));
    // Whole deliveries only: ticks of 1, 2, 5, 10... ("0 0 1 1 1" was 0 to 1 in quarters).
    const double step = wholeStep(deepest / 5);
    m_depth->setTickType(QValueAxis::TicksDynamic);
    m_depth->setTickAnchor(0);
    m_depth->setTickInterval(step);
    m_depth->setRange(0, std::ceil(deepest * 1.1 / step) * step);
}

void QueueChart::retranslate()
{
    chart()->setTitle(tr("Deliveries waiting per actor"));
    m_time->setTitleText(tr("Virtual time (hours)"));
    m_depth->setTitleText(tr("Waiting"));
}

OutcomeChart::OutcomeChart(QWidget *parent) : ProgressChart(parent)
{
    retranslate();
}

void OutcomeChart::draw(const runtime::SimulationProgress &progress)
{
    std::uint64_t ended = 0;
    for (const auto &[type, count] : progress.metrics.outcomes)
        ended += count;
    if (ended == 0)
        return;
    auto *pie = new QPieSeries;
    for (const auto &[type, count] : progress.metrics.outcomes) {
        const double share = 100.0 * static_cast<double>(count) / static_cast<double>(ended);
        // Named in the legend: labels beside the slices get clipped in a narrow pane.
        pie->append(tr("%1 (%2%)")
                        .arg(QString::fromStdString(type).section(u'.', -2),
                             QLocale().toString(share, 'f', 1)),
                    static_cast<double>(count));
    }
    chart()->addSeries(pie);
}

void OutcomeChart::retranslate()
{
    chart()->setTitle(tr("Outcomes of the workflows that ended"));
}

} // namespace causeway::ui
