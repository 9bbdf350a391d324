#pragma once

#include "runtime/simulation_runner.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace causeway::ui {

/**
 * @brief Events per minute of virtual time, one line per event type (the busiest few, the
 * rest summed), redrawn from each progress report of a run.
 */
class ThroughputChart final : public QChartView
{
    Q_OBJECT

public:
    explicit ThroughputChart(QWidget *parent = nullptr);

    void setProgress(const runtime::ProgressPtr &progress);

    /** @brief The lines drawn now, for tests: one per type shown. */
    int seriesCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    runtime::ProgressPtr m_progress; // drawn again when the language changes
    QValueAxis *m_time;
    QValueAxis *m_rate;
};

} // namespace causeway::ui
