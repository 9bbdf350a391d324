// Simulation timing: durations and processing-time distributions (rate models have
// their own test).
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
};

QTEST_GUILESS_MAIN(TestSimTiming)
#include "test_sim_timing.moc"
