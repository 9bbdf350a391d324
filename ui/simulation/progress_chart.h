#pragma once

#include "runtime/simulation_runner.h"

#include <QChartView>

namespace causeway::ui {

/**
 * @brief A chart drawn from a run's progress reports: keeps the latest, draws it again
 * after each report and after a language change (series names are translated too). Its
 * colours follow the palette, light or dark.
 */
class ProgressChart : public QChartView
{
    Q_OBJECT

public:
    explicit ProgressChart(QWidget *parent = nullptr);

    void setProgress(const runtime::ProgressPtr &progress);
    const runtime::ProgressPtr &progress() const { return m_progress; }

    /** @brief The series drawn now, for tests. */
    int seriesCount() const;

protected:
    /** @brief Draws progress() (never null here) from scratch. */
    virtual void draw(const runtime::SimulationProgress &progress) = 0;
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;

    /** @brief Virtual time as hours, the time axis of the charts. */
    static double hoursOf(bus::Nanos time)
    {
        return static_cast<double>(time) / (3600.0 * bus::kSecond);
    }

private:
    /** @brief A dark chart in a dark palette, a light one otherwise, on the palette's base. */
    void followPalette();

    runtime::ProgressPtr m_progress;
};

} // namespace causeway::ui
