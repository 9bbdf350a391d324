#pragma once

#include "ui/simulation/progress_chart.h"

class QBarCategoryAxis;
class QLogValueAxis;
class QValueAxis;

namespace causeway::ui {

/**
 * @brief Processing time per actor as dots for p50, p95 and p99 on a logarithmic axis, so
 * milliseconds and hours fit one chart.
 */
class LatencyChart final : public ProgressChart
{
    Q_OBJECT

public:
    explicit LatencyChart(QWidget *parent = nullptr);

protected:
    void draw(const runtime::SimulationProgress &progress) override;
    void retranslate() override;

private:
    QBarCategoryAxis *m_actors;
    QLogValueAxis *m_seconds;
};

/** @brief How many deliveries wait at each actor, over virtual time. */
class QueueChart final : public ProgressChart
{
    Q_OBJECT

public:
    explicit QueueChart(QWidget *parent = nullptr);

protected:
    void draw(const runtime::SimulationProgress &progress) override;
    void retranslate() override;

private:
    QValueAxis *m_time;
    QValueAxis *m_depth;
};

/** @brief The workflows that ended so far, by outcome, as shares of a pie. */
class OutcomeChart final : public ProgressChart
{
    Q_OBJECT

public:
    explicit OutcomeChart(QWidget *parent = nullptr);

protected:
    void draw(const runtime::SimulationProgress &progress) override;
    void retranslate() override;
};

} // namespace causeway::ui
