// Delivery policy pieces: latency histograms and the retry backoff.
#include "bus/delivery_policy.h"
#include "bus/latency_histogram.h"
#include "test_support.h"

#include <cmath>

using namespace causeway::bus;

class TestDeliveryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latencyPercentilesAreWithinTheHistogramsResolution()
    {
        LatencyHistogram histogram;
        for (int ms = 1; ms <= 1000; ++ms)
            histogram.record(ms * kMillisecond);
        QCOMPARE(histogram.count(), std::uint64_t(1000));
        QCOMPARE(histogram.min(), 1 * kMillisecond);
        QCOMPARE(histogram.max(), 1000 * kMillisecond);
        for (const double p : {0.5, 0.95, 0.99}) {
            const double exact = p * 1000 * kMillisecond;
            const double measured = static_cast<double>(histogram.percentile(p));
            QVERIFY2(std::abs(measured - exact) / exact < 1.0 / 16,
                     qPrintable(QStringLiteral("p%1: %2").arg(p).arg(measured)));
        }
        QCOMPARE(histogram.mean(), 500.5 * kMillisecond);
        LatencyHistogram other;
        other.record(2000 * kMillisecond);
        histogram.merge(other);
        QCOMPARE(histogram.max(), 2000 * kMillisecond);
        QCOMPARE(LatencyHistogram().percentile(0.5), Nanos(0));
    }

    void backoffGrowsExponentiallyUpToItsCap()
    {
        RetryPolicy policy;
        policy.initialBackoff = 100 * kMillisecond;
        policy.maxBackoff = 1 * kSecond;
        policy.multiplier = 2.0;
        policy.jitter = 0.5;
        QCOMPARE(backoffDelay(policy, 1, 0.0), 100 * kMillisecond);
        QCOMPARE(backoffDelay(policy, 2, 0.0), 200 * kMillisecond);
        QCOMPARE(backoffDelay(policy, 3, 0.0), 400 * kMillisecond);
        QCOMPARE(backoffDelay(policy, 9, 0.0), 1 * kSecond);
        QCOMPARE(backoffDelay(policy, 2, 1.0), 100 * kMillisecond); // half of it jittered away
    }
};

QTEST_GUILESS_MAIN(TestDeliveryPolicy)
#include "test_delivery_policy.moc"
