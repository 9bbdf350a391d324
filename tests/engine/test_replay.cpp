// Replay of a store query into the bus: order, ids kept, marked as replays, pace by event
// time (original, scaled, as fast as possible), stopping early. Waits run on a ManualClock.
#include "bus/replay.h"
#include "store/event_store.h"
#include "test_support.h"

#include <QTemporaryDir>

using namespace causeway;
using namespace causeway::bus;
using nlohmann::json;

namespace {

model::CloudEvent loanEvent(const std::string &id, const std::string &type, const std::string &time)
{
    model::CloudEvent e;
    e.id = id;
    e.source = "/loans";
    e.type = type;
    e.time = time;
    e.data = model::JsonData{json{{"applicationId", id}}};
    return e;
}

std::vector<routing::Rule> everythingTo(const std::string &actorName)
{
    return routing::parseRules(json::array({{{"name", "all"},
                                             {"match", {{"type", {{"prefix", "com."}}}}},
                                             {"targets", {{{"actor", actorName}}}}}}))
        .value();
}

// A store with three applications 1 s and 3 s apart, and one decision in between.
class History
{
public:
    History()
    {
        m_store = std::move(
            store::EventStore::open(m_dir.filePath(QStringLiteral("h.db")).toStdString()).value());
        const Status stored =
            m_store->appendNow({loanEvent("a-1", "com.loan.submitted", "2025-03-03T09:00:00Z"),
                                loanEvent("d-1", "com.loan.decided", "2025-03-03T09:00:00.500Z"),
                                loanEvent("a-2", "com.loan.submitted", "2025-03-03T09:00:01Z"),
                                loanEvent("a-3", "com.loan.submitted", "2025-03-03T09:00:03Z")});
        if (!stored)
            qFatal("%s", stored.error().toString().c_str());
    }
    store::EventStore &store() { return *m_store; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::EventStore> m_store;
};

// Replays into a bus on a ManualClock whose waits move the clock; returns when each
// delivery happened, relative to the start, and its id.
struct Run
{
    std::vector<std::pair<std::string, Nanos>> deliveries;
    std::vector<bool> replayFlags;
    ReplayReport report;
};

Run replayInto(store::EventStore &from, ReplaySettings settings)
{
    ManualClock clock(5 * kSecond);
    Bus bus(everythingTo("scoring"), [&] {
        BusOptions options;
        options.clock = &clock;
        return options;
    }());
    Run run;
    auto subscription = std::move(bus.subscribe({routing::Target::Kind::Actor, "scoring"},
                                                [&](const Delivery &d) {
                                                    run.deliveries.emplace_back(
                                                        d.event.id, clock.now() - 5 * kSecond);
                                                    run.replayFlags.push_back(d.replay);
                                                    return Outcome::done();
                                                })
                                      .value());
    settings.clock = &clock;
    settings.sleepFor = [&](Nanos nanos) { clock.advance(nanos); };
    auto report = replay(from, bus, settings);
    if (!report)
        qFatal("%s", report.error().toString().c_str());
    run.report = *report;
    return run;
}

using Deliveries = std::vector<std::pair<std::string, Nanos>>;

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asFastAsPossibleKeepsOrderAndIdsAndMarksReplays()
    {
        History history;
        ReplaySettings settings;
        const Run run = replayInto(history.store(), settings);
        QCOMPARE(run.deliveries, (Deliveries{{"a-1", 0}, {"d-1", 0}, {"a-2", 0}, {"a-3", 0}}));
        QCOMPARE(run.replayFlags, (std::vector<bool>{true, true, true, true}));
        QCOMPARE(run.report.total, std::size_t(4));
        QCOMPARE(run.report.published, std::size_t(4));
        QVERIFY(run.report.refusals.empty());
        QCOMPARE(*history.store().count({}), std::int64_t(4)); // not stored a second time
    }

    void originalPaceWaitsAsTheEventsWereApart()
    {
        History history;
        ReplaySettings settings;
        settings.speed = 1;
        QCOMPARE(replayInto(history.store(), settings).deliveries,
                 (Deliveries{{"a-1", 0},
                             {"d-1", 500 * kMillisecond},
                             {"a-2", 1 * kSecond},
                             {"a-3", 3 * kSecond}}));
    }

    void scaledPaceDividesTheGaps()
    {
        History history;
        ReplaySettings settings;
        settings.speed = 10;
        QCOMPARE(replayInto(history.store(), settings).deliveries,
                 (Deliveries{{"a-1", 0},
                             {"d-1", 50 * kMillisecond},
                             {"a-2", 100 * kMillisecond},
                             {"a-3", 300 * kMillisecond}}));
    }

    void theQuerySelectsWhatIsReplayed()
    {
        History history;
        ReplaySettings settings;
        settings.query.type = "com.loan.decided";
        const Run run = replayInto(history.store(), settings);
        QCOMPARE(run.deliveries, (Deliveries{{"d-1", 0}}));
        QCOMPARE(run.report.total, std::size_t(1));
    }

    void progressCanStopAReplay()
    {
        History history;
        ReplaySettings settings;
        std::vector<std::size_t> reported;
        settings.progress = [&](std::size_t done, std::size_t total) {
            reported.push_back(done);
            return done < total - 2;
        };
        const Run run = replayInto(history.store(), settings);
        QVERIFY(run.report.stopped);
        QCOMPARE(reported, (std::vector<std::size_t>{1, 2}));
        QCOMPARE(run.deliveries.size(), std::size_t(2));
    }

    void aNegativeSpeedIsRefused()
    {
        History history;
        ReplaySettings settings;
        settings.speed = -1;
        Bus bus(everythingTo("scoring"));
        const auto report = replay(history.store(), bus, settings);
        QVERIFY(!report);
        QVERIFY(report.error().message.find("speed") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "test_replay.moc"
