// How the next run goes: speed, stop, seed. The form reads the project's defaults, states a
// stop it cannot read, and the panel runs with exactly the stop the form shows; the panel
// shares its width between these controls and the charts.
#include "test_support.h"
#include "ui/simulation/run_settings_form.h"
#include "ui/simulation/simulation_panel.h"

#include <QAction>
#include <QComboBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSlider>
#include <QSplitter>
#include <QtTest>

using namespace causeway;
using causeway::ui::RunSettingsForm;
using nlohmann::json;
using Stop = RunSettingsForm::Stop;

class TestRunSettingsForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theProjectsSeedAndStopAreTheDefaults()
    {
        RunSettingsForm form;
        form.setDefaults({{"seed", 42}, {"count", 2500}});
        QCOMPARE(form.stop(), Stop::AfterCount);
        auto options = form.options();
        QVERIFY(options);
        QCOMPARE(options->seed, std::optional<std::uint64_t>(42));
        QCOMPARE(options->maxEvents, std::optional<std::uint64_t>(2500));
        QVERIFY(options->replaceLimits); // what the form shows is the whole stop
        QVERIFY(!options->maxDuration && !options->stopWhen);

        form.setDefaults({{"duration", "2h"}});
        QCOMPARE(form.stop(), Stop::AfterDuration);
        options = form.options();
        QCOMPARE(options->maxDuration, std::optional<bus::Nanos>(2 * 3600 * bus::kSecond));
        QVERIFY(!options->maxEvents);
        QCOMPARE(form.duration(), options->maxDuration);

        form.setDefaults({{"stopWhen", {{"sql", "type = 'x.done'"}}}});
        QCOMPARE(form.stop(), Stop::OnCondition);
        QCOMPARE(form.stopText(Stop::OnCondition), QStringLiteral("type = 'x.done'"));
        options = form.options();
        QVERIFY(options->stopWhen);
        QCOMPARE(options->stopWhen->kind, routing::Condition::Kind::Sql);
        QVERIFY(!form.duration()); // a condition's run has no known length
    }

    void aStopThatCannotBeReadIsStatedAndHoldsTheRunBack()
    {
        RunSettingsForm form;
        QSignalSpy validity(&form, &RunSettingsForm::validityChanged);
        form.setStop(Stop::AfterDuration);
        form.setStopText(Stop::AfterDuration, QStringLiteral("soon"));
        QCOMPARE(validity.count(), 1);
        QCOMPARE(validity.last().at(0).toBool(), false);
        QVERIFY(form.problem().contains(QStringLiteral("90s")));
        QVERIFY(!form.options());
        form.setStopText(Stop::AfterDuration, QStringLiteral("1d 12h"));
        QCOMPARE(validity.last().at(0).toBool(), true);
        QCOMPARE(form.options()->maxDuration, std::optional<bus::Nanos>(36 * 3600 * bus::kSecond));

        // A condition is CESQL, or JSON when it starts with a brace; errors say where.
        form.setStop(Stop::OnCondition);
        form.setStopText(Stop::OnCondition, QStringLiteral("type = "));
        QVERIFY(form.problem().startsWith(QStringLiteral("The condition cannot be read")));
        QVERIFY(!form.options());
        form.setStopText(Stop::OnCondition, QStringLiteral("{\"$.data.amount\": {\"between\": 1}}"));
        QVERIFY(form.problem().contains(QStringLiteral("/stopWhen")));
        form.setStopText(Stop::OnCondition, QStringLiteral("{\"$.data.amount\": {\"gt\": 1000}}"));
        QVERIFY(form.problem().isEmpty());
        QCOMPARE(form.options()->stopWhen->kind, routing::Condition::Kind::Field);
    }

    void theSpeedSliderGoesFromATenthOfRealTimeToAsFastAsPossible()
    {
        RunSettingsForm form;
        QCOMPARE(form.speed(), 0.0); // as fast as possible unless asked
        auto *slider = form.findChild<QSlider *>();
        QSignalSpy changed(&form, &RunSettingsForm::speedChanged);
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Home);
        QCOMPARE(form.speed(), 0.1);
        QCOMPARE(changed.last().at(0).toDouble(), 0.1);
        QTest::keyClick(slider, Qt::Key_PageUp); // a factor of ten
        QCOMPARE(form.speed(), 1.0);
        form.setSpeed(90);
        QCOMPARE(form.speed(), 100.0); // the nearest stop
        form.setSpeed(0);
        QCOMPARE(form.speed(), 0.0);
    }

    void thePanelRunsWithTheStopTheFormShows()
    {
        auto snapshot = runtime::loadSnapshot(testsupport::sourcePath(
            "samples/loan-application/loan-application.causeway.json"));
        QVERIFY(snapshot.ok());
        ui::SimulationPanel panel;
        panel.setSnapshot(*snapshot);
        RunSettingsForm *form = panel.settings();
        QCOMPARE(form->stop(), Stop::AfterCount); // the sample's 10,000 events
        QCOMPARE(form->eventCount(), std::uint64_t(10'000));
        form->setRecording(false);
        QAction *run = panel.controlActions().front();
        form->setStop(Stop::AfterDuration);
        form->setStopText(Stop::AfterDuration, QStringLiteral("two hours"));
        QVERIFY(!run->isEnabled());
        form->setStopText(Stop::AfterDuration, QStringLiteral("2h"));
        QVERIFY(run->isEnabled());

        QSignalSpy finished(panel.runner(), &runtime::SimulationRunner::finished);
        run->trigger();
        QVERIFY(!form->findChild<QComboBox *>()->isEnabled()); // the stop is fixed while running
        QVERIFY(finished.wait(30000));
        const auto progress = finished.front().at(0).value<runtime::ProgressPtr>();
        QCOMPARE(progress->stopReason, QStringLiteral("duration"));
        QCOMPARE(progress->elapsed, 2 * 3600 * bus::kSecond);
        QVERIFY(progress->published < 10'000); // the project's count no longer applies
        const auto *bar = panel.findChild<QProgressBar *>();
        QCOMPARE(bar->value(), bar->maximum());
    }

    // Docks beside the panel come and go; until the user drags the divider, the controls and
    // the charts keep half the width each (the table's size hint would take two thirds).
    void theChartsKeepHalfThePanelUntilTheDividerIsDragged()
    {
        ui::SimulationPanel panel;
        panel.resize(1600, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *splitter = panel.findChild<QSplitter *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(splitter);
        const auto halves = [&] {
            const QList<int> sizes = splitter->sizes();
            return std::abs(sizes[0] - sizes[1]) <= 1;
        };
        QTRY_VERIFY(halves());
        panel.resize(900, 600);
        QTRY_VERIFY(halves());

        splitter->setSizes({300, splitter->width() - 300});
        Q_EMIT splitter->splitterMoved(300, 1); // as a drag of the handle reports it
        panel.resize(1200, 600);
        QTest::qWait(20);
        QVERIFY(!halves()); // where the user put it
    }
};

QTEST_MAIN(TestRunSettingsForm)
#include "test_run_settings_form.moc"
