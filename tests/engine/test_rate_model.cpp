// Source rate models: parsing, arrival counts against their expected rates, spacing.
#include "model/attribute.h"
#include "sim/distribution.h"
#include "sim/duration.h"
#include "sim/rate_model.h"
#include "sim_test_specs.h"
#include "test_support.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

using namespace causeway;
using namespace causeway::sim;
using nlohmann::json;
using testsupport::dumped;
using testsupport::undumped;
using namespace simtest;

namespace {

Nanos at(const char *timestamp)
{
    const auto nanos = model::timestampToUnixNanos(timestamp);
    if (!nanos)
        qFatal("bad timestamp in test: %s", timestamp);
    return *nanos;
}

// Arrivals in (from, to], each handed to @p each.
int countArrivals(const RateModel &model, Nanos from, Nanos to, Random &random,
                  const std::function<void(Nanos)> &each = {})
{
    int count = 0;
    for (auto t = model.nextArrival(from, random); t && *t <= to;
         t = model.nextArrival(*t, random)) {
        ++count;
        if (each)
            each(*t);
    }
    return count;
}

// A Poisson count within 4 standard deviations of its expectation (fails ~1 in 16000):
// empty, or what is wrong.
QString poissonMismatch(double count, double expected, const QString &what)
{
    const double tolerance = 4 * std::sqrt(expected);
    if (std::abs(count - expected) <= tolerance)
        return {};
    return QStringLiteral("%1: %2 arrivals, expected %3 +- %4")
        .arg(what)
        .arg(count)
        .arg(expected)
        .arg(tolerance);
}

#define VERIFY_POISSON_COUNT(count, expected, what)                                                \
    do {                                                                                           \
        const QString problem = poissonMismatch((count), (expected), (what));                      \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                          \
    } while (false)

} // namespace

class TestRateModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rates_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<double>("perSecond");
        const auto row = [](const char *name, json input, double perSecond) {
            QTest::addRow("%s", name) << dumped(input) << perSecond;
        };
        row("per second", "10/s", 10);
        row("per minute", "600/min", 10);
        row("per minute short", "3/m", 0.05);
        row("per hour", "5/h", 5.0 / 3600);
        row("per day", "120/d", 120.0 / 86400);
        row("fraction with spaces", " 2.5 / s ", 2.5);
        row("zero", "0/s", 0);
        row("plain number is per second", 4, 4);
    }

    void rates()
    {
        QFETCH(QString, input);
        QFETCH(double, perSecond);
        const auto parsed = parseRate(undumped(input), "/r");
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().toString().c_str());
        QCOMPARE(*parsed, perSecond);
    }

    void constantSpacingIsExact()
    {
        const RateModel model = rateModel(json{{"constant", "4/s"}});
        Random random(1);
        const Nanos start = at("2024-03-15T10:00:00.1Z") + 7; // between two ticks
        auto t = model.nextArrival(start, random);
        QVERIFY(t);
        QCOMPARE(qint64(*t), qint64(at("2024-03-15T10:00:00.25Z")));
        for (int i = 0; i < 1000; ++i) {
            const auto next = model.nextArrival(*t, random);
            QVERIFY(next);
            QCOMPARE(qint64(*next - *t), qint64(250 * kMs));
            t = next;
        }
        // Asking between ticks does not shift the grid.
        QCOMPARE(qint64(*model.nextArrival(*t - 1, random)), qint64(*t));
        QCOMPARE(qint64(*rateModel(json{{"constant", "3/s"}}).nextArrival(0, random)),
                 qint64(333'333'333));
    }

    void poissonCountsAndGaps()
    {
        const RateModel model = rateModel(json{{"poisson", "50/s"}});
        Random random(5);
        const Nanos start = at("2024-03-15T00:00:00Z");
        double gaps = 0, gapSquares = 0;
        Nanos previous = start;
        const int count = countArrivals(model, start, start + 2000 * kS, random, [&](Nanos t) {
            const double gap = double(t - previous);
            gaps += gap;
            gapSquares += gap * gap;
            previous = t;
        });
        VERIFY_POISSON_COUNT(count, 100'000, QStringLiteral("poisson"));
        // Exponential gaps: deviation equal to the mean (a constant stream would have none).
        const double mean = gaps / count;
        const double deviation = std::sqrt(gapSquares / count - mean * mean);
        QVERIFY2(std::abs(deviation / mean - 1) < 0.02,
                 qPrintable(QString::number(deviation / mean)));
        QCOMPARE(model.meanRatePerSecond(start), 50.0);
    }

    void rampFollowsItsIntegral()
    {
        const Nanos start = at("2024-03-15T00:00:00Z");
        const RateModel model = rateModel(json{{"ramp",
                                                {{"from", 0},
                                                 {"to", "100/s"},
                                                 {"over", "1000s"},
                                                 {"start", "2024-03-15T00:00:00Z"}}}});
        Random random(9);
        // Rate 0.1 t per second of ramp: 12500 in the first half, 37500 in the second.
        VERIFY_POISSON_COUNT(countArrivals(model, start - 3600 * kS, start + 500 * kS, random),
                             12'500, QStringLiteral("first half (and nothing before the start)"));
        VERIFY_POISSON_COUNT(countArrivals(model, start + 500 * kS, start + 1000 * kS, random),
                             37'500, QStringLiteral("second half"));
        VERIFY_POISSON_COUNT(countArrivals(model, start + 1000 * kS, start + 1500 * kS, random),
                             50'000, QStringLiteral("after the ramp"));
        QCOMPARE(model.meanRatePerSecond(start + 250 * kS), 25.0);
        QCOMPARE(model.describe(),
                 std::string("ramp 0/s to 100/s over 16m 40s from 2024-03-15T00:00:00.000Z"));

        // Without "start", the ramp begins where the engine anchors it.
        const RateModel unanchored =
            rateModel(json{{"ramp", {{"from", "10/s"}, {"to", "30/s"}, {"over", "100s"}}}})
                .startingAt(start);
        VERIFY_POISSON_COUNT(countArrivals(unanchored, start, start + 100 * kS, random), 2'000,
                             QStringLiteral("ramp anchored at the simulation start"));
        QCOMPARE(unanchored.meanRatePerSecond(start + 50 * kS), 20.0);
    }

    void burstWindows_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<qint64>("anchor");
        json burst = {
            {"baseline", "30/min"}, {"rate", "20/s"}, {"every", "10m"}, {"lasting", "1m"}};
        QTest::addRow("anchored at the epoch") << dumped(json{{"burst", burst}}) << qint64(0);
        burst["start"] = "2024-03-15T00:04:30Z";
        QTest::addRow("anchored at start")
            << dumped(json{{"burst", burst}}) << qint64(at("2024-03-15T00:04:30Z"));
    }

    void burstWindows()
    {
        QFETCH(QString, spec);
        QFETCH(qint64, anchor);
        const RateModel model = rateModel(undumped(spec));
        Random random(13);
        const Nanos start = at("2024-03-15T00:00:00Z");
        int inside = 0, outside = 0;
        countArrivals(model, start, start + 12 * 3600 * kS, random, [&](Nanos t) {
            ((t - anchor) % (600 * kS) < 60 * kS ? inside : outside) += 1;
        });
        VERIFY_POISSON_COUNT(inside, 20.0 * 60 * 72, QStringLiteral("inside the windows"));
        VERIFY_POISSON_COUNT(outside, 0.5 * 540 * 72, QStringLiteral("between the windows"));
        QCOMPARE(model.describe(), std::string("burst 20/s for 1m every 10m, else 30/min"));
    }

    void scheduleFollowsHoursAndDays()
    {
        std::vector<double> hours(24, 0.0);
        for (int h = 6; h < 24; ++h)
            hours[h] = h < 9 ? 1 : (h < 17 ? 4 : 2);
        const RateModel model = rateModel(json{
            {"schedule", {{"hours", hours}, {"peak", "1/s"}, {"days", {1, 1, 1, 1, 0.5, 0, 0}}}}});
        Random random(17);
        const Nanos monday = at("2024-03-18T00:00:00Z");
        std::vector<int> perHour(24 * 7, 0);
        countArrivals(model, monday, monday + 7 * 86400 * kS, random,
                      [&](Nanos t) { ++perHour[(t - monday) / (3600 * kS)]; });
        const std::vector<double> dayWeights = {1, 1, 1, 1, 0.5, 0, 0};
        for (int day = 0; day < 7; ++day)
            for (int h = 0; h < 24; ++h) {
                const double expected = 3600 * hours[h] / 4 * dayWeights[day];
                const int count = perHour[day * 24 + h];
                if (expected == 0)
                    QCOMPARE(count, 0);
                else
                    VERIFY_POISSON_COUNT(count, expected,
                                         QStringLiteral("day %1 hour %2").arg(day).arg(h));
            }
        QCOMPARE(model.meanRatePerSecond(at("2024-03-22T07:30:00Z")), 0.5 * 0.25); // Friday 7:30
    }

    void zeroRateStretchesAreSkipped()
    {
        Random random(19);
        // A quiet burst: from the middle of a long silence straight to the next window.
        const RateModel quiet = rateModel(json{
            {"burst", {{"rate", "10/s"}, {"every", "1h"}, {"lasting", "10s"}, {"baseline", 0}}}});
        const Nanos noon = at("2024-03-15T12:20:00Z");
        const auto next = quiet.nextArrival(noon, random);
        QVERIFY(next && *next > at("2024-03-15T13:00:00Z") && *next < at("2024-03-15T13:00:10Z"));

        // A schedule busy one hour a week: from Tuesday to next Monday, 9:00.
        std::vector<double> hours(24, 0.0);
        hours[9] = 1;
        const RateModel weekly = rateModel(json{
            {"schedule", {{"hours", hours}, {"peak", "100/s"}, {"days", {1, 0, 0, 0, 0, 0, 0}}}}});
        const auto monday = weekly.nextArrival(at("2024-03-19T10:00:00Z"), random);
        QVERIFY(monday && *monday >= at("2024-03-25T09:00:00Z") &&
                *monday < at("2024-03-25T09:01:00Z"));

        // A ramp down to zero ends the stream instead of spinning for ever.
        const RateModel fading = rateModel(json{
            {"ramp",
             {{"from", "10/s"}, {"to", 0}, {"over", "10s"}, {"start", "2024-03-15T00:00:00Z"}}}});
        const Nanos start = at("2024-03-15T00:00:00Z");
        const int count = countArrivals(fading, start, std::numeric_limits<Nanos>::max(), random);
        QVERIFY2(count > 20 && count < 90, qPrintable(QString::number(count)));
        QVERIFY(!fading.nextArrival(start + 10 * kS, random));

        QVERIFY(!rateModel(json{{"constant", 0}}).nextArrival(start, random));
        QVERIFY(!rateModel(json{{"poisson", "0/s"}}).nextArrival(start, random));
        QVERIFY(!rateModel(json{{"burst", {{"rate", 0}, {"every", "1h"}, {"lasting", "1m"}}}})
                     .nextArrival(start, random));
    }

    void rateModelErrors_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("messagePart");
        const auto row = [](const char *name, json spec, const char *pointer, const char *part) {
            QTest::addRow("%s", name) << dumped(spec) << pointer << part;
        };
        std::vector<double> hours(24, 1.0);
        row("negative rate", json{{"poisson", "-1/s"}}, "/sources/0/rate/poisson", "negative");
        row("negative number", json{{"constant", -2}}, "/sources/0/rate/constant", "negative");
        row("unknown unit", json{{"poisson", "10/fortnight"}}, "/sources/0/rate/poisson",
            "unknown unit");
        row("no unit", json{{"poisson", "10"}}, "/sources/0/rate/poisson", "no unit");
        row("not a number", json{{"poisson", "ten/s"}}, "/sources/0/rate/poisson", "number");
        row("unknown model", json{{"linear", 1}}, "/sources/0/rate/linear", "unknown rate model");
        row("bare rate", "10/s", "/sources/0/rate", "exactly one");
        row("burst window longer than period",
            json{{"burst", {{"rate", "10/s"}, {"every", "1h"}, {"lasting", "2h"}}}},
            "/sources/0/rate/burst/lasting", "longer than the period");
        row("burst missing member", json{{"burst", {{"rate", "10/s"}, {"every", "1h"}}}},
            "/sources/0/rate/burst/lasting", "missing");
        row("burst bad period",
            json{{"burst", {{"rate", 1}, {"every", "1 hour"}, {"lasting", "1m"}}}},
            "/sources/0/rate/burst/every", "unknown unit");
        row("ramp bad start",
            json{{"ramp", {{"from", 1}, {"to", 2}, {"over", "1h"}, {"start", "yesterday"}}}},
            "/sources/0/rate/ramp/start", "RFC 3339");
        row("ramp zero length", json{{"ramp", {{"from", 1}, {"to", 2}, {"over", "0"}}}},
            "/sources/0/rate/ramp/over", "longer than 0");
        row("ramp typo", json{{"ramp", {{"from", 1}, {"too", 2}, {"over", "1h"}}}},
            "/sources/0/rate/ramp/too", "unknown member");
        row("schedule short", json{{"schedule", {{"hours", {1, 2, 3}}, {"peak", "1/s"}}}},
            "/sources/0/rate/schedule/hours", "24 weights");
        std::vector<double> negative = hours;
        negative[5] = -1;
        row("schedule negative weight", json{{"schedule", {{"hours", negative}, {"peak", 1}}}},
            "/sources/0/rate/schedule/hours/5", ">= 0");
        row("schedule all zero",
            json{{"schedule", {{"hours", std::vector<double>(24, 0.0)}, {"peak", 1}}}},
            "/sources/0/rate/schedule/hours", "greater than 0");
        row("schedule days", json{{"schedule", {{"hours", hours}, {"peak", 1}, {"days", {1, 1}}}}},
            "/sources/0/rate/schedule/days", "7 weights");
        row("schedule bad peak", json{{"schedule", {{"hours", hours}, {"peak", "lots"}}}},
            "/sources/0/rate/schedule/peak", "no unit");
    }

    void rateModelErrors()
    {
        QFETCH(QString, spec);
        QFETCH(QString, pointer);
        QFETCH(QString, messagePart);
        const auto parsed = RateModel::parse(undumped(spec), "/sources/0/rate");
        QVERIFY(!parsed.ok());
        QCOMPARE(QString::fromStdString(parsed.error().where.pointer), pointer);
        QVERIFY2(QString::fromStdString(parsed.error().message).contains(messagePart),
                 parsed.error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestRateModel)
#include "test_rate_model.moc"
