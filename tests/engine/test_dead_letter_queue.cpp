// The dead-letter queue keeps the newest letters whole, up to its capacity, and only counts
// the older ones, so that steady failures in a long run or live traffic do not grow memory.
#include "bus/bus.h"
#include "test_support.h"

using namespace causeway;
using namespace causeway::bus;
using nlohmann::json;

namespace {

DeadLetter letterFor(const std::string &eventId)
{
    DeadLetter letter;
    letter.event.id = eventId;
    letter.event.source = "/shop";
    letter.event.type = "com.acme.order.poison";
    letter.reason = "poison";
    return letter;
}

std::vector<std::string> heldIds(const DeadLetterQueue &queue)
{
    std::vector<std::string> ids;
    for (const DeadLetter &letter : queue.list())
        ids.push_back(letter.event.id);
    return ids;
}

} // namespace

class TestDeadLetterQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theNewestLettersAreHeldAndOlderOnesOnlyCounted()
    {
        DeadLetterQueue queue(2);
        const std::uint64_t first = queue.add(letterFor("p-1"));
        queue.add(letterFor("p-2"));
        const std::uint64_t third = queue.add(letterFor("p-3"));
        QCOMPARE(heldIds(queue), (std::vector<std::string>{"p-2", "p-3"}));
        QCOMPARE(queue.dropped(), std::uint64_t(1));
        QCOMPARE(queue.count(), std::uint64_t(3));
        QVERIFY(!queue.find(first)); // let go
        QCOMPARE(queue.find(third)->event.id, std::string("p-3"));
    }

    void takingALetterBackMakesRoom()
    {
        DeadLetterQueue queue(2);
        const std::uint64_t first = queue.add(letterFor("p-1"));
        queue.add(letterFor("p-2"));
        QCOMPARE(queue.take(first)->event.id, std::string("p-1"));
        queue.add(letterFor("p-3"));
        QCOMPARE(heldIds(queue), (std::vector<std::string>{"p-2", "p-3"}));
        QCOMPARE(queue.dropped(), std::uint64_t(0));
        QCOMPARE(queue.count(), std::uint64_t(2)); // taken back, so no longer counted
    }

    void theBusHoldsAsManyAsItsOptionsSayAndCountsTheRest()
    {
        auto rules = routing::parseRules(
            json::array({{{"name", "poison"},
                          {"match", {{"type", "com.acme.order.poison"}}},
                          {"targets", json::array({{{"deadLetter", true}}})}}}));
        QVERIFY(rules);
        BusOptions options;
        options.deadLetterCapacity = 2;
        Bus bus(std::move(*rules), options);
        for (const char *id : {"p-1", "p-2", "p-3"})
            QVERIFY(bus.publish(letterFor(id).event).accepted());
        QCOMPARE(heldIds(bus.deadLetters()), (std::vector<std::string>{"p-2", "p-3"}));
        QCOMPARE(bus.metrics().deadLetters, std::uint64_t(3));
        QCOMPARE(bus.metrics().deadLettersDropped, std::uint64_t(1));
        QVERIFY(!bus.requeue(1)); // p-1 is no longer held

        // A letter requeued and dead-lettered again comes back at the end, dropping nothing.
        QVERIFY(bus.requeue(bus.deadLetters().list().front().id));
        QCOMPARE(heldIds(bus.deadLetters()), (std::vector<std::string>{"p-3", "p-2"}));
        QCOMPARE(bus.metrics().deadLettersDropped, std::uint64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestDeadLetterQueue)
#include "test_dead_letter_queue.moc"
