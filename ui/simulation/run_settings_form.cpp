#include "ui/simulation/run_settings_form.h"

#include "sim/duration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <climits>
#include <cmath>

namespace causeway::ui {

namespace {

using nlohmann::json;

// The slider's stops: 0.1× to 1000× real time in 1-2-5 steps, then as fast as possible (0).
constexpr double kSpeeds[] = {0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 0};
constexpr int kFastest = static_cast<int>(std::size(kSpeeds)) - 1;

bool isCount(const json &value)
{
    return value.is_number_integer() && value.get<std::int64_t>() >= 0;
}

// A stop condition as typed: a JSON condition when it starts with "{", CESQL otherwise.
Result<routing::Condition> parseStopCondition(const std::string &text)
{
    const auto start = text.find_first_not_of(" \t\r\n");
    if (start == std::string::npos)
        return Error{"the condition is empty", {}};
    if (text[start] != '{')
        return routing::parseCondition(json::object({{"sql", text}}), "/stopWhen");
    try {
        return routing::parseCondition(json::parse(text), "/stopWhen");
    } catch (const json::parse_error &error) {
        return Error{error.what(), {}};
    }
}

} // namespace

RunSettingsForm::RunSettingsForm(QWidget *parent)
    : QWidget(parent), m_speedLabel(new QLabel(this)), m_speed(new QSlider(Qt::Horizontal, this)),
      m_speedValue(new QLabel(this)), m_stopLabel(new QLabel(this)), m_stop(new QComboBox(this)),
      m_stopValue(new QStackedWidget(this)), m_count(new QSpinBox(this)),
      m_duration(new QLineEdit(this)), m_condition(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_seedLabel(new QLabel(this)), m_seed(new QSpinBox(this)),
      m_record(new QCheckBox(this))
{
    m_speed->setRange(0, kFastest);
    m_speed->setPageStep(3); // a factor of ten
    m_speed->setTickPosition(QSlider::TicksBelow);
    m_speed->setValue(kFastest);
    m_speedValue->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("1,000× real")));
    connect(m_speed, &QSlider::valueChanged, this, [this] {
        showSpeed();
        Q_EMIT speedChanged(speed());
    });
    auto *speedRow = new QHBoxLayout;
    speedRow->addWidget(m_speed, 1);
    speedRow->addWidget(m_speedValue);

    m_stop->addItems({QString(), QString(), QString()});
    m_count->setRange(1, INT_MAX);
    m_count->setSingleStep(1000);
    m_count->setValue(10'000);
    m_count->setGroupSeparatorShown(true);
    m_duration->setText(QStringLiteral("1h"));
    m_stopValue->addWidget(m_count);
    m_stopValue->addWidget(m_duration);
    m_stopValue->addWidget(m_condition);
    connect(m_stop, &QComboBox::currentIndexChanged, m_stopValue, &QStackedWidget::setCurrentIndex);
    connect(m_stop, &QComboBox::currentIndexChanged, this, &RunSettingsForm::checkStop);
    connect(m_duration, &QLineEdit::textChanged, this, &RunSettingsForm::checkStop);
    connect(m_condition, &QLineEdit::textChanged, this, &RunSettingsForm::checkStop);
    auto *stopRow = new QHBoxLayout;
    stopRow->addWidget(m_stop);
    stopRow->addWidget(m_stopValue, 1);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_problem->hide();

    m_seed->setRange(0, INT_MAX);
    m_seed->setValue(1);
    m_record->setChecked(true);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_speedLabel, speedRow);
    form->addRow(m_stopLabel, stopRow);
    form->addRow(QString(), m_problem);
    form->addRow(m_seedLabel, m_seed);
    form->addRow(QString(), m_record);
    retranslate();
}

void RunSettingsForm::setDefaults(const json &simulation)
{
    const auto seed = simulation.find("seed");
    m_seed->setValue(seed != simulation.end() && isCount(*seed)
                         ? static_cast<int>(seed->get<std::uint64_t>() % INT_MAX)
                         : 1);
    // The project's first limit, in the order the engine checks them.
    if (const auto count = simulation.find("count");
        count != simulation.end() && isCount(*count)) {
        setEventCount(count->get<std::uint64_t>());
        setStop(Stop::AfterCount);
    } else if (const auto length = simulation.find("duration"); length != simulation.end()) {
        setStopText(Stop::AfterDuration,
                    QString::fromStdString(length->is_string() ? length->get<std::string>()
                                                               : length->dump()));
        setStop(Stop::AfterDuration);
    } else if (const auto when = simulation.find("stopWhen"); when != simulation.end()) {
        const auto sql = when->is_object() ? when->find("sql") : when->end();
        setStopText(Stop::OnCondition,
                    QString::fromStdString(sql != when->end() && sql->is_string()
                                               ? sql->get<std::string>()
                                               : when->dump()));
        setStop(Stop::OnCondition);
    }
}

void RunSettingsForm::setRunning(bool running)
{
    for (QWidget *fixed : {static_cast<QWidget *>(m_stop), static_cast<QWidget *>(m_stopValue),
                           static_cast<QWidget *>(m_seed), static_cast<QWidget *>(m_record)})
        fixed->setEnabled(!running);
}

double RunSettingsForm::speed() const
{
    return kSpeeds[m_speed->value()];
}

void RunSettingsForm::setSpeed(double speed)
{
    int closest = kFastest;
    if (speed > 0) {
        const auto distance = [speed](int i) { return std::abs(std::log(kSpeeds[i] / speed)); };
        closest = 0;
        for (int i = 1; i < kFastest; ++i)
            if (distance(i) < distance(closest))
                closest = i;
    }
    m_speed->setValue(closest);
}

RunSettingsForm::Stop RunSettingsForm::stop() const
{
    return static_cast<Stop>(m_stop->currentIndex());
}

void RunSettingsForm::setStop(Stop stop)
{
    m_stop->setCurrentIndex(static_cast<int>(stop));
}

std::uint64_t RunSettingsForm::eventCount() const
{
    return static_cast<std::uint64_t>(m_count->value());
}

void RunSettingsForm::setEventCount(std::uint64_t count)
{
    m_count->setValue(static_cast<int>(std::min<std::uint64_t>(count, INT_MAX)));
}

void RunSettingsForm::setStopText(Stop stop, const QString &text)
{
    if (stop != Stop::AfterCount)
        (stop == Stop::OnCondition ? m_condition : m_duration)->setText(text);
}

QString RunSettingsForm::stopText(Stop stop) const
{
    return stop == Stop::AfterCount    ? QLocale().toString(m_count->value())
           : stop == Stop::OnCondition ? m_condition->text()
                                       : m_duration->text();
}

bool RunSettingsForm::recording() const
{
    return m_record->isChecked();
}

void RunSettingsForm::setRecording(bool record)
{
    m_record->setChecked(record);
}

std::optional<sim::SimulationOptions> RunSettingsForm::options() const
{
    if (!m_problemText.isEmpty())
        return std::nullopt;
    sim::SimulationOptions options;
    options.seed = static_cast<std::uint64_t>(m_seed->value());
    options.replaceLimits = true;
    switch (stop()) {
    case Stop::AfterCount:
        options.maxEvents = eventCount();
        break;
    case Stop::AfterDuration:
        options.maxDuration = m_parsedDuration;
        break;
    case Stop::OnCondition:
        options.stopWhen = m_parsedCondition;
        break;
    }
    return options;
}

std::optional<bus::Nanos> RunSettingsForm::duration() const
{
    return stop() == Stop::AfterDuration ? m_parsedDuration : std::nullopt;
}

void RunSettingsForm::checkStop()
{
    const bool wasValid = m_problemText.isEmpty();
    m_problemText.clear();
    m_parsedDuration.reset();
    m_parsedCondition.reset();
    if (stop() == Stop::AfterDuration) {
        auto length = sim::parseDuration(json(m_duration->text().trimmed().toStdString()), {});
        if (length && *length > 0)
            m_parsedDuration = *length;
        else
            m_problemText = tr("The time cannot be read: write it as 90s, 10m, 2h or 1d 12h.");
    } else if (stop() == Stop::OnCondition) {
        auto condition = parseStopCondition(m_condition->text().toStdString());
        if (condition)
            m_parsedCondition = std::move(*condition);
        else
            m_problemText = tr("The condition cannot be read: %1")
                                .arg(QString::fromStdString(condition.error().toString()));
    }
    m_problem->setText(m_problemText);
    m_problem->setVisible(!m_problemText.isEmpty());
    if (wasValid != m_problemText.isEmpty())
        Q_EMIT validityChanged(m_problemText.isEmpty());
}

void RunSettingsForm::showSpeed()
{
    const double value = speed();
    m_speedValue->setText(value == 0   ? tr("As fast as possible")
                          : value == 1 ? tr("Real time")
                                       : tr("%1× real time").arg(QLocale().toString(value)));
}

void RunSettingsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RunSettingsForm::retranslate()
{
    m_speedLabel->setText(tr("Speed:"));
    m_speed->setToolTip(tr("From a tenth of real time to as fast as the machine can go; it "
                           "can change while the run goes on."));
    m_stopLabel->setText(tr("Stop after:"));
    m_stop->setItemText(0, tr("Events"));
    m_stop->setItemText(1, tr("Virtual time"));
    m_stop->setItemText(2, tr("A matching event"));
    m_duration->setPlaceholderText(tr("e.g. 90s, 10m, 2h, 1d 12h"));
    m_condition->setPlaceholderText(tr("CESQL, e.g. type = 'com.acme.order.cancelled'"));
    m_condition->setToolTip(tr("The run ends at the first event that passes: a CloudEvents SQL "
                               "expression, or a routing condition written as JSON."));
    m_seedLabel->setText(tr("Seed:"));
    m_record->setText(tr("Record the events for the event log"));
    m_record->setToolTip(tr("Each run is written to a new store file, which the event log "
                            "opens when the run pauses or ends."));
    showSpeed();
    checkStop();
}

} // namespace causeway::ui
