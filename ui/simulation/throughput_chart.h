#pragma once

#include "ui/simulation/progress_chart.h"

class QLineSeries;
class QValueAxis;

namespace causeway::ui {

/**
 * @brief Events per minute of virtual time, one line per event type (the busiest few, the
 * rest summed), redrawn from each progress report of a run.
 */
class ThroughputChart final : public ProgressChart
{
    Q_OBJECT

public:
    explicit ThroughputChart(QWidget *parent = nullptr);

protected:
    void draw(const runtime::SimulationProgress &progress) override;
    void retranslate() override;

private:
    QValueAxis *m_time;
    QValueAxis *m_rate;
};

} // namespace causeway::ui
