#include "ui/simulation/progress_chart.h"

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
    }
    QChartView::changeEvent(event);
}

} // namespace causeway::ui
