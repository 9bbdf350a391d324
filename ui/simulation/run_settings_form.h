#pragma once

#include "sim/simulation.h"

#include <QWidget>
#include <nlohmann/json.hpp>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;
class QStackedWidget;

namespace causeway::ui {

/**
 * @brief How the next run goes: its speed (a slider from 0.1× real time to as fast as
 * possible), when it stops (after a number of events, a span of virtual time, or at the first
 * event that matches a condition), its seed, and whether it is recorded. The project's
 * "simulation" section gives the defaults; a stop that cannot be read is stated at once.
 */
class RunSettingsForm final : public QWidget
{
    Q_OBJECT

public:
    enum class Stop { AfterCount, AfterDuration, OnCondition };

    explicit RunSettingsForm(QWidget *parent = nullptr);

    /** @brief Takes the seed and stop of a project's "simulation" section. */
    void setDefaults(const nlohmann::json &simulation);
    /** @brief Everything but the speed is fixed while a run goes on. */
    void setRunning(bool running);

    /** @brief Virtual seconds per wall second; 0 runs as fast as possible. */
    double speed() const;
    void setSpeed(double speed);
    Stop stop() const;
    void setStop(Stop stop);
    std::uint64_t eventCount() const;
    void setEventCount(std::uint64_t count);
    /** @brief The text of a duration ("2h") or a condition (CESQL, or a JSON condition). */
    void setStopText(Stop stop, const QString &text);
    QString stopText(Stop stop) const;
    bool recording() const;
    void setRecording(bool record);

    /** @brief The run's settings with its stop in place of the project's; nullopt when the
     * stop cannot be read (problem() says why). */
    std::optional<sim::SimulationOptions> options() const;
    /** @brief Why the stop cannot be read, in the user's language; empty when it can. */
    QString problem() const { return m_problemText; }
    /** @brief The length of the run when it is known: its events or its virtual time. */
    std::optional<bus::Nanos> duration() const;

Q_SIGNALS:
    void speedChanged(double speed);
    /** @brief The stop became readable or stopped being so. */
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void checkStop();
    void showSpeed();

    QLabel *m_speedLabel;
    QSlider *m_speed;
    QLabel *m_speedValue;
    QLabel *m_stopLabel;
    QComboBox *m_stop;
    QStackedWidget *m_stopValue;
    QSpinBox *m_count;
    QLineEdit *m_duration;
    QLineEdit *m_condition;
    QLabel *m_problem;
    QLabel *m_seedLabel;
    QSpinBox *m_seed;
    QCheckBox *m_record;
    std::optional<bus::Nanos> m_parsedDuration;
    std::optional<routing::Condition> m_parsedCondition;
    QString m_problemText;
};

} // namespace causeway::ui
