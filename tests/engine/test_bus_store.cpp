// The bus and its store: committed before delivery by default; trailing delivery, in
// batches that a full batch, a waiting time or the driver hands to the writer.
// Whether the writer has an event yet is seen by appending one more and waiting for it:
// the writer takes appends in order.
#include "bus_test_support.h"
#include "project/project.h"
#include "sim/simulation.h"
#include "store/event_store.h"
#include "test_projects.h"
#include "test_support.h"

#include <QTemporaryDir>

using namespace causeway;
using namespace causeway::bus;
using namespace bustest;
using nlohmann::json;

namespace {

json ordersToBilling()
{
    return json::array(
        {rule("orders", "com.acme.order.placed", json::array({{{"actor", "billing"}}}))});
}

BusOptions storedIn(store::EventStore &store)
{
    BusOptions options;
    options.store = &store;
    return options;
}

BusOptions trailing(store::EventStore &store, std::chrono::milliseconds latency)
{
    BusOptions options = storedIn(store);
    options.deliverAfterCommit = false;
    options.trailingStoreLatency = latency;
    return options;
}

// Events the writer had been given before now, counted once it has stored one more.
std::int64_t storedBeforeNow(store::EventStore &store)
{
    store::Query markers;
    markers.source = "/marker";
    model::CloudEvent marker;
    marker.id = "m-" + std::to_string(*store.count(markers));
    marker.source = markers.source;
    marker.type = "com.acme.marker";
    if (!store.appendNow({marker}))
        qFatal("the store refused a marker");
    return *store.count({}) - *store.count(markers);
}

class StoreFile
{
public:
    StoreFile()
        : m_store(std::move(
              store::EventStore::open(m_dir.filePath(QStringLiteral("bus.db")).toStdString())
                  .value()))
    {
    }
    store::EventStore &operator*() { return *m_store; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::EventStore> m_store;
};

} // namespace

class TestBusStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedEventsAreStoredBeforeTheyAreDelivered()
    {
        StoreFile store;
        Bus bus(rules(ordersToBilling()), storedIn(*store));
        std::vector<std::int64_t> storedWhenDelivered;
        auto s = subscribe(bus, actor("billing"), [&](const Delivery &) {
            storedWhenDelivered.push_back(*(*store).count({}));
            return Outcome::done();
        });
        for (int i = 0; i < 3; ++i)
            QVERIFY(bus.publish(orderEvent("o-" + std::to_string(i))).accepted());
        drain(bus);
        QVERIFY(bus.flush());
        QCOMPARE(*(*store).count({}), std::int64_t(3));
        QCOMPARE(storedWhenDelivered, (std::vector<std::int64_t>{3, 3, 3}));

        // The store refuses a second (source, id); the bus reports it instead of hiding it.
        QVERIFY(bus.publish(orderEvent("o-0"), asReplay()).accepted());
        const Status flushed = bus.flush();
        QVERIFY(!flushed);
        QVERIFY2(flushed.error().message.find("o-0") != std::string::npos,
                 flushed.error().message.c_str());
        QCOMPARE(bus.metrics().persistFailures, std::uint64_t(1));
    }

    void aTrailingStoreGetsEventsInBatchesNotOneByOne()
    {
        StoreFile store;
        Bus bus(rules(ordersToBilling()), trailing(*store, std::chrono::hours(1)));
        int delivered = 0;
        auto s = subscribe(bus, actor("billing"), [&](const Delivery &) {
            ++delivered;
            return Outcome::done();
        });
        for (int i = 0; i < 3; ++i) {
            QVERIFY(bus.publish(orderEvent("o-" + std::to_string(i))).accepted());
            drain(bus);
        }
        QCOMPARE(delivered, 3);
        QCOMPARE(storedBeforeNow(*store), std::int64_t(0)); // still filling the batch

        bus.persistQueued(); // a driver pausing between slices
        QCOMPARE(storedBeforeNow(*store), std::int64_t(3));
        QVERIFY(bus.publish(orderEvent("o-3")).accepted());
        QVERIFY(bus.flush());
        QCOMPARE(storedBeforeNow(*store), std::int64_t(4));
    }

    void aTrailingEventWaitsNoLongerThanTheLatency()
    {
        StoreFile store;
        Bus bus(rules(ordersToBilling()), trailing(*store, std::chrono::milliseconds(0)));
        auto s = subscribe(bus, actor("billing"), [](const Delivery &) { return Outcome::done(); });
        QVERIFY(bus.publish(orderEvent("o-0")).accepted());
        drain(bus);
        QCOMPARE(storedBeforeNow(*store), std::int64_t(1));
    }

    void aPacedSimulationSliceLeavesNoEventBehindForTheStore()
    {
        const testsupport::ProjectAndCatalog loan = testsupport::loanSample();
        StoreFile store;
        sim::SimulationOptions options;
        options.store = &*store;
        auto run = sim::Simulation::create(loan.project, loan.registry, options);
        QVERIFY(run);
        (*run)->runUntil(kSecond * 3600); // a virtual hour, a moment of wall time
        QVERIFY((*run)->publishedCount() > 10);
        QCOMPARE(storedBeforeNow(*store), static_cast<std::int64_t>((*run)->publishedCount()));
        QVERIFY((*run)->flush());
    }
};

QTEST_GUILESS_MAIN(TestBusStore)
#include "test_bus_store.moc"
