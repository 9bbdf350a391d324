// Simulation timing: durations, processing-time distributions and source rate models.
#include "model/attribute.h"
#include "sim/distribution.h"
#include "sim/duration.h"
#include "sim/rate_model.h"
#include "test_support.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

using namespace causeway;
using namespace causeway::sim;
using nlohmann::json;

namespace {

constexpr Nanos kMs = bus::kMillisecond;
constexpr Nanos kS = bus::kSecond;

QString dumped(const json &value)
{
    return QString::fromStdString(value.dump());
}

json undumped(const QString &text)
{
    return json::parse(text.toStdString());
}

Nanos at(const char *timestamp)
{
    const auto nanos = model::timestampToUnixNanos(timestamp);
    if (!nanos)
        qFatal("bad timestamp in test: %s", timestamp);
    return *nanos;
}

Distribution distribution(const json &spec)
{
    auto parsed = Distribution::parse(spec, "/d");
    if (!parsed)
        qFatal("distribution does not parse: %s", parsed.error().toString().c_str());
    return *parsed;
}

RateModel rateModel(const json &spec)
{
    auto parsed = RateModel::parse(spec, "/r");
    if (!parsed)
        qFatal("rate model does not parse: %s", parsed.error().toString().c_str());
    return *parsed;
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

// Moments of normal(mu, sd) cut at zero, by numerical integration rather than the closed form
// the implementation uses.
std::pair<double, double> truncatedNormalByIntegration(double mu, double sd)
{
    double weight = 0, first = 0, second = 0;
    const double step = sd / 2000;
    for (double x = step / 2; x < mu + 12 * sd; x += step) {
        const double w = std::exp(-0.5 * ((x - mu) / sd) * ((x - mu) / sd));
        weight += w;
        first += x * w;
        second += x * x * w;
    }
    const double mean = first / weight;
    return {mean, std::sqrt(second / weight - mean * mean)};
}

} // namespace

class TestSimTiming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durations_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<qint64>("expected");
        const auto row = [](const char *name, json input, Nanos expected) {
            QTest::addRow("%s", name) << dumped(input) << qint64(expected);
        };
        row("milliseconds", "250ms", 250 * kMs);
        row("fractional seconds", "1.5s", 1500 * kMs);
        row("minutes", "10m", 600 * kS);
        row("min", "10min", 600 * kS);
        row("hours", "2h", 7200 * kS);
        row("days", "1d", 86400 * kS);
        row("microseconds", "500us", 500'000);
        row("nanoseconds", "750ns", 750);
        row("zero text", "0", 0);
        row("compound with space", "2h 5m", 7500 * kS);
        row("compound without space", "1m30s", 90 * kS);
        row("space before the unit", "5 s", 5 * kS);
        row("small fraction exact", "0.001s", kMs);
        row("leading point", ".5s", 500 * kMs);
        row("number is seconds", 2, 2 * kS);
        row("fractional number is seconds", 0.25, 250 * kMs);
        row("zero number", 0, 0);
    }

    void durations()
    {
        QFETCH(QString, input);
        QFETCH(qint64, expected);
        const auto parsed = parseDuration(undumped(input), "/d");
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().toString().c_str());
        QCOMPARE(qint64(*parsed), expected);
    }

    void durationErrors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("messagePart");
        const auto row = [](const char *name, json input, const char *part) {
            QTest::addRow("%s", name) << dumped(input) << QString::fromUtf8(part);
        };
        row("negative text", "-5s", "negative");
        row("negative number", -1, "negative");
        row("negative fraction", -0.5, "negative");
        row("garbage", "soon", "not a number followed by a unit");
        row("unitless text", "5", "needs a unit");
        row("unknown unit", "5 weeks", "unknown unit \"weeks\"");
        row("exponent is not a unit", "1e3s", "unknown unit");
        row("empty", "", "empty");
        row("too long", "999999999h", "too long");
        row("boolean", true, "expected a duration");
        row("null", nullptr, "expected a duration");
        row("object", json{{"s", 1}}, "expected a duration");
    }

    void durationErrors()
    {
        QFETCH(QString, input);
        QFETCH(QString, messagePart);
        const std::string pointer = "/actors/2/processing/normal/stddev";
        const auto parsed = parseDuration(undumped(input), pointer);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().where.pointer, pointer);
        QVERIFY2(QString::fromStdString(parsed.error().message).contains(messagePart),
                 parsed.error().message.c_str());
    }

    void formatDurations_data()
    {
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<QString>("expected");
        QTest::addRow("zero") << qint64(0) << "0";
        QTest::addRow("ns") << qint64(750) << "750ns";
        QTest::addRow("us") << qint64(1500) << "1.5us";
        QTest::addRow("ms") << qint64(250 * kMs) << "250ms";
        QTest::addRow("fractional ms") << qint64(1250 * 1000) << "1.25ms";
        QTest::addRow("s") << qint64(1500 * kMs) << "1.5s";
        QTest::addRow("under a minute") << qint64(59500 * kMs) << "59.5s";
        QTest::addRow("minutes") << qint64(600 * kS) << "10m";
        QTest::addRow("minutes and seconds") << qint64(630 * kS) << "10m 30s";
        QTest::addRow("hours") << qint64(7200 * kS) << "2h";
        QTest::addRow("hours and minutes") << qint64(7500 * kS) << "2h 5m";
        QTest::addRow("days and hours, rest dropped")
            << qint64((3 * 86400 + 4 * 3600 + 7) * kS) << "3d 4h";
        QTest::addRow("negative") << qint64(-250 * kMs) << "-250ms";
    }

    void formatDurations()
    {
        QFETCH(qint64, duration);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(formatDuration(duration)), expected);
        if (duration >= 0 && !QByteArray(QTest::currentDataTag()).contains("dropped")) {
            // What the reports print reads back as the same duration.
            const auto back = parseDuration(formatDuration(duration), "/d");
            QVERIFY(back.ok());
            QCOMPARE(qint64(*back), duration);
        }
    }

    void distributionMoments_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<double>("mean");     // ns
        QTest::addColumn<double>("stddev");   // ns
        QTest::addColumn<double>("kurtosis"); // for the standard error of the sample deviation
        QTest::addColumn<double>("low");      // every sample >= low
        QTest::addColumn<double>("high");     // and <= high
        const double never = 1e300;
        const auto row = [](const char *name, json spec, double mean, double sd, double kurtosis,
                            double low, double high) {
            QTest::addRow("%s", name) << dumped(spec) << mean << sd << kurtosis << low << high;
        };
        row("plain duration is fixed", "250ms", 250e6, 0, 1, 250e6, 250e6);
        row("fixed seconds", json{{"fixed", 2}}, 2e9, 0, 1, 2e9, 2e9);
        row("uniform array", json{{"uniform", {"100ms", "300ms"}}}, 200e6, 200e6 / std::sqrt(12.0),
            1.8, 100e6, 300e6);
        row("uniform object", json{{"uniform", {{"min", "1s"}, {"max", "3s"}}}}, 2e9,
            2e9 / std::sqrt(12.0), 1.8, 1e9, 3e9);
        row("exponential object", json{{"exponential", {{"mean", "2s"}}}}, 2e9, 2e9, 9, 0, never);
        row("exponential shorthand", json{{"exponential", "500ms"}}, 500e6, 500e6, 9, 0, never);
        row("normal far from zero", json{{"normal", {{"mean", "1s"}, {"stddev", "100ms"}}}}, 1e9,
            100e6, 3, 0, never);
        const auto [cutMean, cutSd] = truncatedNormalByIntegration(10e6, 20e6);
        row("normal truncated at zero", json{{"normal", {{"mean", "10ms"}, {"stddev", "20ms"}}}},
            cutMean, cutSd, 4, 0, never);
        const double logMean = 1e9 * std::exp(0.125);
        row("lognormal median sigma", json{{"lognormal", {{"median", "1s"}, {"sigma", 0.5}}}},
            logMean, logMean * std::sqrt(std::exp(0.25) - 1), 9, 0, never);
        row("lognormal mean stddev", json{{"lognormal", {{"mean", "2s"}, {"stddev", "1s"}}}}, 2e9,
            1e9, 9, 0, never);
    }

    void distributionMoments()
    {
        QFETCH(QString, spec);
        QFETCH(double, mean);
        QFETCH(double, stddev);
        QFETCH(double, kurtosis);
        QFETCH(double, low);
        QFETCH(double, high);
        const Distribution d = distribution(undumped(spec));
        Random random(42);
        constexpr int n = 100'000;
        double sum = 0, squares = 0;
        for (int i = 0; i < n; ++i) {
            const auto x = static_cast<double>(d.sample(random));
            QVERIFY2(x >= low && x <= high, qPrintable(QString::number(x)));
            sum += x;
            squares += x * x;
        }
        const double sampleMean = sum / n;
        const double sampleSd = std::sqrt(std::max(0.0, squares / n - sampleMean * sampleMean));
        const double meanTolerance = 4 * stddev / std::sqrt(n) + 1;
        const double sdTolerance = 4 * stddev * std::sqrt((kurtosis - 1) / (4.0 * n)) + 1;
        QVERIFY2(std::abs(sampleMean - mean) <= meanTolerance,
                 qPrintable(QStringLiteral("mean %1, expected %2").arg(sampleMean).arg(mean)));
        QVERIFY2(std::abs(sampleSd - stddev) <= sdTolerance,
                 qPrintable(QStringLiteral("sd %1, expected %2").arg(sampleSd).arg(stddev)));
        // What the engine reads for reports agrees with what sample() does.
        QVERIFY(std::abs(double(d.mean()) - mean) <= std::max(2.0, mean * 1e-4));
        QVERIFY(std::abs(double(d.stddev()) - stddev) <= std::max(2.0, stddev * 1e-4));
    }

    void lognormalMedian()
    {
        const Distribution d =
            distribution(json{{"lognormal", {{"median", "1s"}, {"sigma", 0.5}}}});
        Random random(7);
        std::vector<Nanos> samples(100'000);
        for (Nanos &x : samples)
            x = d.sample(random);
        std::nth_element(samples.begin(), samples.begin() + 50'000, samples.end());
        // Standard error of a sample median: 1 / (2 f(median) sqrt(n)) = 1.98ms here.
        QVERIFY2(std::abs(double(samples[50'000]) - 1e9) < 4 * 1.98e6,
                 qPrintable(QString::number(samples[50'000])));
    }

    void normalIsTruncatedNotClamped()
    {
        // Clamping would put half of these at exactly 0; redrawing puts none there.
        const Distribution d = distribution(json{{"normal", {{"mean", 0}, {"stddev", "1s"}}}});
        Random random(3);
        int zeros = 0;
        for (int i = 0; i < 100'000; ++i) {
            const Nanos x = d.sample(random);
            QVERIFY(x >= 0);
            zeros += x == 0;
        }
        QVERIFY2(zeros < 10, qPrintable(QString::number(zeros)));
        QVERIFY(QString::fromStdString(d.describe()).contains(QStringLiteral("truncated at 0")));
    }

    void samplesAreDeterministic()
    {
        const Distribution d = distribution(json{{"exponential", "1s"}});
        const RateModel m = rateModel(json{{"poisson", "5/s"}});
        const auto run = [&](std::uint64_t seed) {
            Random random(seed);
            std::vector<Nanos> values;
            Nanos t = 0;
            for (int i = 0; i < 50; ++i) {
                values.push_back(d.sample(random));
                t = *m.nextArrival(t, random);
                values.push_back(t);
            }
            return values;
        };
        QVERIFY(run(11) == run(11));
        QVERIFY(run(11) != run(12));
        // Pinned values: the same seed must give the same run with any standard library.
        Random random(11);
        const std::vector<Nanos> first = {d.sample(random), d.sample(random), d.sample(random)};
        QVERIFY(first == std::vector<Nanos>({252'667'908, 91'276'167, 281'382'920}));
    }

    void distributionErrors_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("messagePart");
        const auto row = [](const char *name, json spec, const char *pointer, const char *part) {
            QTest::addRow("%s", name) << dumped(spec) << pointer << part;
        };
        const std::string base = "/actors/2/processing";
        row("typo in member", json{{"normal", {{"mean", "1s"}, {"stdev", "1s"}}}},
            "/actors/2/processing/normal/stdev", "unknown member \"stdev\"");
        row("missing member", json{{"normal", {{"mean", "1s"}}}},
            "/actors/2/processing/normal/stddev", "missing \"stddev\"");
        row("negative stddev", json{{"normal", {{"mean", "1s"}, {"stddev", "-1s"}}}},
            "/actors/2/processing/normal/stddev", "negative");
        row("uniform reversed", json{{"uniform", {"3s", "1s"}}}, "/actors/2/processing/uniform/1",
            "less than min");
        row("uniform object reversed", json{{"uniform", {{"min", "3s"}, {"max", "1s"}}}},
            "/actors/2/processing/uniform/max", "less than min");
        row("uniform one bound", json{{"uniform", {"1s"}}}, "/actors/2/processing/uniform",
            "two durations");
        row("uniform bad bound", json{{"uniform", {"1s", "x"}}}, "/actors/2/processing/uniform/1",
            "duration \"x\"");
        row("exponential typo", json{{"exponential", {{"average", "1s"}}}},
            "/actors/2/processing/exponential/average", "unknown member");
        row("fixed garbage", json{{"fixed", "later"}}, "/actors/2/processing/fixed", "duration");
        row("unknown kind", json{{"gamma", 1}}, "/actors/2/processing/gamma",
            "unknown distribution \"gamma\"");
        row("two kinds", json{{"fixed", "1s"}, {"exponential", "1s"}}, "/actors/2/processing",
            "exactly one");
        row("not a distribution", true, "/actors/2/processing", "expected a duration");
        row("lognormal sigma as text", json{{"lognormal", {{"median", "1s"}, {"sigma", "0.5"}}}},
            "/actors/2/processing/lognormal/sigma", "number >= 0");
        row("lognormal zero median", json{{"lognormal", {{"median", "0"}, {"sigma", 0.5}}}},
            "/actors/2/processing/lognormal/median", "greater than 0");
        row("lognormal zero mean", json{{"lognormal", {{"mean", 0}, {"stddev", "1s"}}}},
            "/actors/2/processing/lognormal/mean", "greater than 0");
        row("lognormal without median", json{{"lognormal", {{"sigma", 0.5}}}},
            "/actors/2/processing/lognormal/median", "median and sigma");
    }

    void distributionErrors()
    {
        QFETCH(QString, spec);
        QFETCH(QString, pointer);
        QFETCH(QString, messagePart);
        const auto parsed = Distribution::parse(undumped(spec), "/actors/2/processing");
        QVERIFY(!parsed.ok());
        QCOMPARE(QString::fromStdString(parsed.error().where.pointer), pointer);
        QVERIFY2(QString::fromStdString(parsed.error().message).contains(messagePart),
                 parsed.error().message.c_str());
    }

    void distributionDescriptions()
    {
        QCOMPARE(distribution("250ms").describe(), std::string("fixed 250ms"));
        QCOMPARE(distribution(json{{"uniform", {"100ms", "300ms"}}}).describe(),
                 std::string("uniform 100ms to 300ms"));
        QCOMPARE(distribution(json{{"exponential", "2s"}}).describe(),
                 std::string("exponential, mean 2s"));
        QCOMPARE(distribution(json{{"normal", {{"mean", "1s"}, {"stddev", "100ms"}}}}).describe(),
                 std::string("normal, mean 1s, sd 100ms"));
        QCOMPARE(distribution(json{{"lognormal", {{"median", "1s"}, {"sigma", 0.5}}}}).describe(),
                 std::string("lognormal, median 1s, sigma 0.5 (mean 1.133s)"));
    }

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

QTEST_GUILESS_MAIN(TestSimTiming)
#include "test_sim_timing.moc"
