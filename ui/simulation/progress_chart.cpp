#include "ui/simulation/progress_chart.h"

#include "ui/flow/flow_colors.h"

#include <QChart>
#include <QEvent>
#include <QLegend>

namespace causeway::ui {

ProgressChart::ProgressChart(QWidget *parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart()->legend()->setAlignment(Qt::AlignRight);
    QFont small = chart()->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart()->legend()->setFont(small);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    followPalette();
}

void ProgressChart::followPalette()
{
    const QPalette colours = palette();
    const auto theme =
        flowcolors::isDark(colours) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart()->theme() != theme) {
        // A theme resets the legend's font and the margins; keep ours.
        const QFont legend = chart()->legend()->font();
        chart()->setTheme(theme);
        chart()->legend()->setFont(legend);
        chart()->setMargins(QMargins(4, 4, 4, 4));
    }
    chart()->setBackgroundBrush(colours.color(QPalette::Base));
}

void ProgressChart::setProgress(const runtime::ProgressPtr &progress)
{
    m_progress = progress;
    chart()->removeAllSeries();
    if (progress)
        draw(*progress);
}

int ProgressChart::seriesCount() const
{
    return static_cast<int>(chart()->series().size());
}

void ProgressChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setProgress(m_progress);
    } else if (event->type() == QEvent::PaletteChange) {
        followPalette();
        setProgress(m_progress); // the theme's series colours
    }
    QChartView::changeEvent(event);
}

} // namespace causeway::ui
