// The event bus: fan-out, priorities, backpressure, retries, dead letters, breakers, dedup,
// subscriptions and metrics. Time is a ManualClock, so backoff and windows run without sleeps.
#include "bus/bus.h"
#include "bus_test_support.h"
#include "model/json_format.h"
#include "project/project.h"
#include "test_projects.h"
#include "test_support.h"

#include <type_traits>

using namespace causeway;
using namespace causeway::bus;
using namespace bustest;
using nlohmann::json;

namespace {

int retryCount(const model::CloudEvent &e)
{
    const auto found = e.extensions.find("retrycount");
    return found == e.extensions.end() ? 0 : found->second.asInt();
}

// Records what a subscriber received and answers with a scripted outcome.
struct Recorder
{
    std::vector<std::string> ids;
    std::vector<int> retryCounts;
    std::vector<Nanos> times;
    int failuresLeft = 0;
    const Clock *clock = nullptr;

    explicit Recorder(int failures = 0, const Clock *clock = nullptr)
        : failuresLeft(failures), clock(clock)
    {
    }

    Handler handler()
    {
        return [this](const Delivery &delivery) {
            ids.push_back(delivery.event.id);
            retryCounts.push_back(retryCount(delivery.event));
            times.push_back(clock ? clock->now() : 0);
            if (failuresLeft > 0) {
                --failuresLeft;
                return Outcome::failed("service unavailable");
            }
            return Outcome::done();
        };
    }
};

BusOptions clockedBy(const Clock &clock)
{
    BusOptions options;
    options.clock = &clock;
    return options;
}

BusOptions validatedBy(const catalog::DefinitionRegistry &registry)
{
    BusOptions options;
    options.registry = &registry;
    return options;
}

SubscriberOptions withCapacity(std::size_t capacity)
{
    SubscriberOptions options;
    options.queueCapacity = capacity;
    return options;
}

SubscriberOptions withConcurrency(std::size_t concurrency)
{
    SubscriberOptions options;
    options.concurrency = concurrency;
    return options;
}

SubscriberOptions withRetry(const RetryPolicy &retry)
{
    SubscriberOptions options;
    options.retry = retry;
    return options;
}

SubscriberOptions withAttempts(int attempts)
{
    SubscriberOptions options;
    options.retry.maxAttempts = attempts;
    options.retry.jitter = 0;
    return options;
}

SubscriberOptions withBreaker(int threshold, Nanos openFor)
{
    SubscriberOptions options = withAttempts(1);
    options.breaker.failureThreshold = threshold;
    options.breaker.openFor = openFor;
    return options;
}

SubscriberOptions withDedupWindow(Nanos window)
{
    SubscriberOptions options;
    options.dedupWindow = window;
    return options;
}

} // namespace

class TestBus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fansOutToEverySubscriberARuleNames()
    {
        Bus bus(rules(json::array(
            {rule("orders", "com.acme.order.placed",
                  json::array({{{"actor", "billing"}}, {{"actor", "stock"}}})),
             rule("audit", "com.acme.order.placed", json::array({{{"sink", "audit"}}}))})));
        Recorder billing, stock, audit;
        auto a = subscribe(bus, actor("billing"), billing.handler());
        auto b = subscribe(bus, actor("stock"), stock.handler());
        auto c = subscribe(bus, {routing::Target::Kind::Sink, "audit"}, audit.handler());

        const PublishResult result = bus.publish(orderEvent("o-1"));
        QVERIFY(result.accepted());
        QCOMPARE(result.deliveries, std::size_t(3));
        drain(bus);
        QCOMPARE(billing.ids, std::vector<std::string>{"o-1"});
        QCOMPARE(stock.ids, std::vector<std::string>{"o-1"});
        QCOMPARE(audit.ids, std::vector<std::string>{"o-1"});
        QVERIFY(bus.idle());
    }

    void deliversOnceToASubscriberThatTwoRulesName()
    {
        Bus bus(rules(json::array(
            {rule("first", "com.acme.order.placed", json::array({{{"actor", "billing"}}})),
             rule("second", "com.acme.order.placed", json::array({{{"actor", "billing"}}}))})));
        Recorder billing;
        auto s = subscribe(bus, actor("billing"), billing.handler());
        QCOMPARE(bus.publish(orderEvent("o-1")).deliveries, std::size_t(1));
        drain(bus);
        QCOMPARE(billing.ids.size(), std::size_t(1));
        const BusMetrics metrics = bus.metrics();
        QCOMPARE(metrics.rules.at("first").delivered, std::uint64_t(1));
        QCOMPARE(metrics.rules.at("second").matched, std::uint64_t(1));
        QCOMPARE(metrics.rules.at("second").delivered, std::uint64_t(0));
    }

    void aHandlerMayPublishAndItsEventsAreDeliveredInTheSameDrain()
    {
        Bus bus(rules(json::array(
            {rule("placed", "com.acme.order.placed", json::array({{{"actor", "billing"}}})),
             rule("billed", "com.acme.order.billed", json::array({{{"sink", "ledger"}}}))})));
        Recorder ledger;
        auto billing = subscribe(bus, actor("billing"), [&bus](const Delivery &delivery) {
            bus.publish(orderEvent(delivery.event.id + "-billed", "com.acme.order.billed"));
            return Outcome::done();
        });
        auto sink = subscribe(bus, {routing::Target::Kind::Sink, "ledger"}, ledger.handler());
        bus.publish(orderEvent("o-1"));
        drain(bus);
        QCOMPARE(ledger.ids, std::vector<std::string>{"o-1-billed"});
    }

    void aRulesTransformShapesThePayloadItsSubscribersGet()
    {
        json transformed =
            rule("summary", "com.acme.order.placed", json::array({{{"sink", "mail"}}}));
        transformed["transform"] = {{"order", "$.data.orderId"}, {"text", "order {{$.id}} placed"}};
        Bus bus(rules(json::array({transformed, rule("plain", "com.acme.order.placed",
                                                     json::array({{{"actor", "billing"}}}))})));
        json mailed, billed;
        auto mail = subscribe(bus, {routing::Target::Kind::Sink, "mail"}, [&](const Delivery &d) {
            mailed = *d.event.jsonData();
            return Outcome::done();
        });
        auto billing = subscribe(bus, actor("billing"), [&](const Delivery &d) {
            billed = *d.event.jsonData();
            return Outcome::done();
        });
        bus.publish(orderEvent("o-7"));
        drain(bus);
        QCOMPARE(mailed, (json{{"order", "o-7"}, {"text", "order o-7 placed"}}));
        QCOMPARE(billed, (json{{"orderId", "o-7"}}));
    }

    void invalidEventsAreRefusedWithTheirProblems()
    {
        const testsupport::ProjectAndCatalog loan = testsupport::loanSample();
        Bus bus(rules(loan.project.rules), validatedBy(loan.registry));

        auto bad = orderEvent("x-1", "com.acmefinance.loan.application.submitted");
        const PublishResult result = bus.publish(bad);
        QCOMPARE(result.status, PublishResult::Status::Invalid);
        QVERIFY(!result.issues.empty());
        QVERIFY2(result.message.find("x-1") != std::string::npos, result.message.c_str());
        // The message says where, as the first issue does.
        QVERIFY(!result.issues.front().pointer.empty());
        QVERIFY2(result.message.find(result.issues.front().pointer + ": ") != std::string::npos,
                 result.message.c_str());
        QCOMPARE(bus.metrics().types.at(bad.type).invalid, std::uint64_t(1));
        QCOMPARE(bus.metrics().types.at(bad.type).published, std::uint64_t(0));

        std::istringstream lines(testsupport::readText(
            testsupport::sourcePath("samples/loan-application/events/loan-workflows.jsonl")));
        std::string line;
        int accepted = 0;
        while (std::getline(lines, line)) {
            auto e = model::readJsonEvent(json::parse(line));
            QVERIFY(e);
            const PublishResult sample = bus.publish(std::move(*e));
            QVERIFY2(sample.accepted(), sample.message.c_str());
            ++accepted;
        }
        QCOMPARE(accepted, 50);
    }

    void moreUrgentEventsAreDeliveredFirstAndEqualOnesInOrder()
    {
        Bus bus(rules(json::array(
            {rule("all", "com.acme.order.placed", json::array({{{"actor", "billing"}}}))})));
        Recorder billing;
        auto s = subscribe(bus, actor("billing"), billing.handler());
        bus.publish(orderEvent("low", "com.acme.order.placed", 1));
        bus.publish(orderEvent("normal-1"));
        bus.publish(orderEvent("urgent", "com.acme.order.placed", 5));
        bus.publish(orderEvent("normal-2", "com.acme.order.placed", 3));
        drain(bus);
        QCOMPARE(billing.ids, (std::vector<std::string>{"urgent", "normal-1", "normal-2", "low"}));
    }

    void aFullQueueRefusesTheWholeEventAndLosesNothingAccepted()
    {
        Bus bus(
            rules(json::array({rule("orders", "com.acme.order.placed",
                                    json::array({{{"actor", "fast"}}, {{"actor", "slow"}}}))})));
        Recorder fast, slow;
        auto f = subscribe(bus, actor("fast"), fast.handler());
        auto s = subscribe(bus, actor("slow"), slow.handler(), withCapacity(2));
        QVERIFY(bus.publish(orderEvent("o-1")).accepted());
        QVERIFY(bus.publish(orderEvent("o-2")).accepted());
        const PublishResult refused = bus.publish(orderEvent("o-3"));
        QCOMPARE(refused.status, PublishResult::Status::QueueFull);
        QVERIFY2(refused.message.find("actor slow") != std::string::npos, refused.message.c_str());
        QVERIFY2(refused.message.find("o-3") != std::string::npos, refused.message.c_str());
        drain(bus);
        // Refused as a whole: the subscriber with room did not get it either.
        QCOMPARE(fast.ids, (std::vector<std::string>{"o-1", "o-2"}));
        QCOMPARE(slow.ids, (std::vector<std::string>{"o-1", "o-2"}));
        QCOMPARE(bus.metrics().types.at("com.acme.order.placed").refused, std::uint64_t(1));
        QVERIFY(bus.publish(orderEvent("o-3")).accepted()); // room again after the drain
    }

    void aWaitingPublisherRunsDeliveriesUntilThereIsRoom()
    {
        Bus bus(rules(json::array(
            {rule("orders", "com.acme.order.placed", json::array({{{"actor", "slow"}}}))})));
        Recorder slow;
        auto s = subscribe(bus, actor("slow"), slow.handler(), withCapacity(2));
        PublishOptions wait;
        wait.waitForRoom = true;
        for (int i = 1; i <= 5; ++i)
            QVERIFY(bus.publish(orderEvent("o-" + std::to_string(i)), wait).accepted());
        drain(bus);
        QCOMPARE(slow.ids, (std::vector<std::string>{"o-1", "o-2", "o-3", "o-4", "o-5"}));
        QCOMPARE(bus.metrics().subscribers.at("actor slow").maxQueued, std::size_t(2));
    }

    void waitingStillRefusesWhenNothingCanMakeRoom()
    {
        Bus bus(rules(json::array(
            {rule("orders", "com.acme.order.placed", json::array({{{"actor", "stuck"}}}))})));
        auto s = subscribe(
            bus, actor("stuck"), [](const Delivery &) { return Outcome::pending(); },
            withCapacity(1));
        PublishOptions wait;
        wait.waitForRoom = true;
        QVERIFY(bus.publish(orderEvent("o-1"), wait).accepted());
        QVERIFY(bus.publish(orderEvent("o-2"), wait).accepted()); // o-1 went in flight
        QCOMPARE(bus.publish(orderEvent("o-3"), wait).status, PublishResult::Status::QueueFull);
    }

    void failedDeliveriesAreRetriedWithGrowingJitteredBackoff()
    {
        ManualClock clock(1000 * kSecond);
        Bus bus(rules(json::array({rule("orders", "com.acme.order.placed",
                                        json::array({{{"actor", "billing"}}}))})),
                clockedBy(clock));
        Recorder billing(2, &clock);
        RetryPolicy retry;
        retry.maxAttempts = 5;
        retry.initialBackoff = 100 * kMillisecond;
        retry.multiplier = 2.0;
        retry.jitter = 0.5;
        auto s = subscribe(bus, actor("billing"), billing.handler(), withRetry(retry));
        bus.publish(orderEvent("o-1"));
        drain(bus);
        QCOMPARE(billing.ids.size(), std::size_t(1));
        QVERIFY(!bus.idle()); // a retry is waiting

        const Nanos firstDelay = *bus.nextDueTime() - clock.now();
        QVERIFY(firstDelay >= 50 * kMillisecond && firstDelay <= 100 * kMillisecond);
        clock.advance(firstDelay - 1);
        QCOMPARE(bus.dispatch(), std::size_t(0)); // not yet due
        clock.advance(1);
        drain(bus);
        const Nanos secondDelay = *bus.nextDueTime() - clock.now();
        QVERIFY(secondDelay >= 100 * kMillisecond && secondDelay <= 200 * kMillisecond);
        clock.set(*bus.nextDueTime());
        drain(bus);

        QCOMPARE(billing.retryCounts, (std::vector<int>{0, 1, 2}));
        QVERIFY(bus.idle());
        const SubscriberMetrics metrics = bus.metrics().subscribers.at("actor billing");
        QCOMPARE(metrics.failures, std::uint64_t(2));
        QCOMPARE(metrics.retries, std::uint64_t(2));
        QCOMPARE(metrics.delivered, std::uint64_t(1));
        QCOMPARE(metrics.latency.max(), billing.times.back() - billing.times.front());
    }

    void exhaustedRetriesAreDeadLetteredAndCanBeRequeued()
    {
        ManualClock clock;
        Bus bus(rules(json::array({rule("orders", "com.acme.order.placed",
                                        json::array({{{"actor", "billing"}}}))})),
                clockedBy(clock));
        Recorder billing(3);
        auto s = subscribe(bus, actor("billing"), billing.handler(), withAttempts(3));
        bus.publish(orderEvent("o-1"));
        while (!bus.idle()) {
            drain(bus);
            if (auto due = bus.nextDueTime())
                clock.set(*due);
        }
        QCOMPARE(billing.ids.size(), std::size_t(3));
        QCOMPARE(bus.deadLetters().size(), std::size_t(1));
        const DeadLetter &letter = bus.deadLetters().list().front();
        QCOMPARE(letter.target, std::string("actor billing"));
        QCOMPARE(letter.rule, std::string("orders"));
        QCOMPARE(letter.attempts, 3);
        QVERIFY2(letter.reason.find("failed 3 times: service unavailable") != std::string::npos,
                 letter.reason.c_str());
        QCOMPARE(retryCount(letter.event), 2);
        QCOMPARE(bus.metrics().subscribers.at("actor billing").deadLettered, std::uint64_t(1));

        QVERIFY(!bus.requeue(letter.id + 1)); // no such letter
        QVERIFY(bus.requeue(letter.id));
        QCOMPARE(bus.deadLetters().size(), std::size_t(0));
        drain(bus);
        QCOMPARE(billing.ids.size(), std::size_t(4));
        QCOMPARE(bus.metrics().subscribers.at("actor billing").delivered, std::uint64_t(1));
    }

    void eventsNoSubscriberTakesAreDeadLetteredNotDropped()
    {
        Bus bus(rules(json::array(
            {rule("orders", "com.acme.order.placed", json::array({{{"actor", "nobody"}}})),
             rule("poison", "com.acme.order.poison", json::array({{{"deadLetter", true}}}))})));
        QVERIFY(bus.publish(orderEvent("o-1")).accepted());
        QVERIFY(bus.publish(orderEvent("p-1", "com.acme.order.poison")).accepted());
        QCOMPARE(bus.deadLetters().size(), std::size_t(2));
        QVERIFY(bus.deadLetters().list()[0].reason.find("actor nobody") != std::string::npos);
        QVERIFY(bus.deadLetters().list()[1].reason.find("poison") != std::string::npos);

        // Once someone subscribes, a letter that never reached anybody is routed again.
        Recorder late;
        auto s = subscribe(bus, actor("nobody"), late.handler());
        QVERIFY(bus.requeue(bus.deadLetters().list()[0].id));
        drain(bus);
        QCOMPARE(late.ids, std::vector<std::string>{"o-1"});
    }

    void anOpenBreakerHoldsDeliveriesUntilATrialSucceeds()
    {
        ManualClock clock;
        Bus bus(rules(json::array({rule("orders", "com.acme.order.placed",
                                        json::array({{{"actor", "billing"}}}))})),
                clockedBy(clock));
        Recorder billing(2);
        auto s = subscribe(bus, actor("billing"), billing.handler(), withBreaker(2, 10 * kSecond));
        bus.publish(orderEvent("o-1"));
        bus.publish(orderEvent("o-2"));
        drain(bus);
        QCOMPARE(bus.metrics().subscribers.at("actor billing").breaker, std::string("open"));
        bus.publish(orderEvent("o-3"));
        bus.publish(orderEvent("o-4"));
        drain(bus);
        QCOMPARE(billing.ids.size(), std::size_t(2)); // held back, not attempted
        QCOMPARE(bus.metrics().subscribers.at("actor billing").queued, std::size_t(2));
        QCOMPARE(*bus.nextDueTime(), 10 * kSecond);

        clock.set(10 * kSecond);
        drain(bus);
        QCOMPARE(billing.ids, (std::vector<std::string>{"o-1", "o-2", "o-3", "o-4"}));
        const SubscriberMetrics metrics = bus.metrics().subscribers.at("actor billing");
        QCOMPARE(metrics.breaker, std::string("closed"));
        QCOMPARE(metrics.breakerOpened, 1);
        QCOMPARE(bus.deadLetters().size(), std::size_t(2)); // the two failures, no retries allowed
    }

    void aRepeatedSourceAndIdIsDeliveredOnceWithinTheWindow()
    {
        ManualClock clock;
        Bus bus(rules(json::array({rule("orders", "com.acme.order.placed",
                                        json::array({{{"actor", "billing"}}}))})),
                clockedBy(clock));
        Recorder billing;
        auto s = subscribe(bus, actor("billing"), billing.handler(), withDedupWindow(60 * kSecond));
        QCOMPARE(bus.publish(orderEvent("o-1")).deliveries, std::size_t(1));
        const PublishResult again = bus.publish(orderEvent("o-1"));
        QVERIFY(again.accepted());
        QCOMPARE(again.deliveries, std::size_t(0));
        QCOMPARE(again.duplicates, std::size_t(1));
        QCOMPARE(bus.publish(orderEvent("o-1"), asReplay()).deliveries, std::size_t(1));
        clock.advance(61 * kSecond);
        QCOMPARE(bus.publish(orderEvent("o-1")).deliveries, std::size_t(1));
        drain(bus);
        QCOMPARE(billing.ids.size(), std::size_t(3));
        QCOMPARE(bus.metrics().subscribers.at("actor billing").duplicates, std::uint64_t(1));
    }

    void pendingDeliveriesCompleteLaterWithinTheConcurrencyLimit()
    {
        ManualClock clock;
        Bus bus(rules(json::array({rule("orders", "com.acme.order.placed",
                                        json::array({{{"actor", "billing"}}}))})),
                clockedBy(clock));
        std::vector<DeliveryId> started;
        auto s = subscribe(
            bus, actor("billing"),
            [&](const Delivery &delivery) {
                started.push_back(delivery.id);
                return Outcome::pending();
            },
            withConcurrency(2));
        for (const char *id : {"o-1", "o-2", "o-3"})
            bus.publish(orderEvent(id));
        drain(bus);
        QCOMPARE(started.size(), std::size_t(2));
        QCOMPARE(bus.metrics().subscribers.at("actor billing").inFlight, std::size_t(2));

        clock.advance(5 * kMillisecond);
        QVERIFY(bus.complete(started[0], Outcome::done()));
        QVERIFY(!bus.complete(started[0], Outcome::done())); // not twice
        drain(bus);
        QCOMPARE(started.size(), std::size_t(3));
        QVERIFY(bus.complete(started[1], Outcome::done()));
        QVERIFY(bus.complete(started[2], Outcome::done()));
        QVERIFY(bus.idle());
        const LatencyHistogram &latency = bus.metrics().types.at("com.acme.order.placed").latency;
        QCOMPARE(latency.count(), std::uint64_t(3));
        QCOMPARE(latency.percentile(0.5), 5 * kMillisecond);
    }

    void subscriptionsAreMoveOnlyAndEndWithTheirHandle()
    {
        static_assert(!std::is_copy_constructible_v<Subscription>);
        static_assert(std::is_nothrow_move_constructible_v<Subscription>);
        Bus bus(rules(json::array(
            {rule("orders", "com.acme.order.placed", json::array({{{"actor", "billing"}}}))})));
        Recorder billing;
        Subscription outer;
        {
            Subscription inner = subscribe(bus, actor("billing"), billing.handler());
            QVERIFY(!bus.subscribe(actor("billing"), billing.handler())); // one per target
            outer = std::move(inner);
            QVERIFY(!inner.active());
        }
        QVERIFY(outer.active());
        bus.publish(orderEvent("o-1"));
        bus.publish(orderEvent("o-2"));
        outer.reset(); // what was queued for it is dead-lettered, not lost
        QCOMPARE(bus.deadLetters().size(), std::size_t(2));
        QVERIFY(bus.deadLetters().list()[0].reason.find("left") != std::string::npos);
        bus.publish(orderEvent("o-3"));
        QCOMPARE(bus.deadLetters().size(), std::size_t(3));
        drain(bus);
        QVERIFY(billing.ids.empty());
        QVERIFY(bus.subscribe(actor("billing"), billing.handler())); // the target is free again
    }

    void aHandleOutlivingTheBusIsHarmless()
    {
        Subscription survivor;
        {
            Bus bus(rules(json::array()));
            survivor = subscribe(bus, actor("x"), [](const Delivery &) { return Outcome::done(); });
        }
        QVERIFY(!survivor.active());
        survivor.reset();
    }
};

QTEST_GUILESS_MAIN(TestBus)
#include "test_bus.moc"
