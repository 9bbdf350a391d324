// Workflow traces: the causation tree and the timeline of the events of one correlation id.

#include "trace/trace.h"

#include <QTest>
#include <functional>

using namespace causeway;

namespace {

store::StoredEvent stored(std::int64_t sequence, const std::string &id, const std::string &source,
                          const std::string &time, const std::string &cause = {})
{
    store::StoredEvent result;
    result.sequence = sequence;
    result.event.id = id;
    result.event.type = "t." + id;
    result.event.source = source;
    if (!time.empty())
        result.event.time = time;
    result.storedAtNanos = 1'000'000'000 * sequence; // 1970, seconds after the epoch
    if (!cause.empty())
        result.event.extensions.emplace("causationid", model::AttributeValue::string(cause));
    return result;
}

constexpr std::int64_t kSecond = 1'000'000'000;

} // namespace

class TestTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loanWorkflowBecomesATree()
    {
        // Stored out of time order, as parallel actors do.
        const auto trace = trace::buildTrace(
            "c1", {stored(1, "submitted", "/web", "2025-03-03T10:00:00Z"),
                   stored(3, "fraud", "/risk/fraud", "2025-03-03T10:00:02Z", "submitted"),
                   stored(2, "credit", "/risk/credit", "2025-03-03T10:00:01.5Z", "submitted"),
                   stored(4, "approved", "/underwriting", "2025-03-03T10:00:05Z", "credit"),
                   stored(5, "notified", "/notify", "2025-03-03T10:00:05.25Z", "approved")});
        QCOMPARE(trace.events.size(), std::size_t(5));
        QCOMPARE(trace.events[1].event.id, std::string("credit")); // by time
        QCOMPARE(trace.roots, std::vector<std::size_t>{0});
        QCOMPARE(trace.nodes[0].children, (std::vector<std::size_t>{1, 2}));
        QCOMPARE(*trace.nodes[1].parent, std::size_t(0));
        QCOMPARE(*trace.nodes[1].latencyNanos, 1'500'000'000);
        QCOMPARE(*trace.nodes[4].latencyNanos, 250'000'000);
        QCOMPARE(trace.nodes[4].depth, 3);
        QCOMPARE(trace.nodes[4].offsetNanos, 5'250'000'000);
        QCOMPARE(trace.spanNanos, 5'250'000'000);
        QCOMPARE(trace.lanes, (std::vector<std::string>{"/web", "/risk/credit", "/risk/fraud",
                                                        "/underwriting", "/notify"}));
        QCOMPARE(trace.nodes[2].lane, std::size_t(2));
        QCOMPARE(*trace.nodeOf(4), std::size_t(3));
        QVERIFY(!trace.nodeOf(99));
    }

    void missingCausesAndTimesAreShownNotGuessed()
    {
        const auto trace = trace::buildTrace(
            "c2", {stored(7, "a", "/s", ""), stored(9, "b", "/s", "", "gone")});
        QCOMPARE(trace.roots, (std::vector<std::size_t>{0, 1}));
        QVERIFY(!trace.nodes[0].causeMissing);
        QVERIFY(trace.nodes[1].causeMissing);
        QCOMPARE(trace.nodes[1].offsetNanos, 2 * kSecond); // stored two seconds later
        QCOMPARE(trace.lanes.size(), std::size_t(1));
    }

    void causationCyclesAreCut()
    {
        const auto trace = trace::buildTrace(
            "c3", {stored(1, "x", "/s", "", "z"), stored(2, "y", "/s", "", "x"),
                   stored(3, "z", "/s", "", "y"), stored(4, "w", "/s", "", "self-less")});
        std::size_t reachable = 0;
        const std::function<void(std::size_t)> walk = [&](std::size_t at) {
            ++reachable;
            QVERIFY(reachable <= trace.nodes.size());
            for (const std::size_t child : trace.nodes[at].children)
                walk(child);
        };
        for (const std::size_t root : trace.roots)
            walk(root);
        QCOMPARE(reachable, trace.nodes.size()); // every node once, none lost in a loop
        QCOMPARE(trace.roots.size(), std::size_t(2));
    }

    void anEmptyWorkflowIsAnEmptyTrace()
    {
        const auto trace = trace::buildTrace("none", {});
        QVERIFY(trace.nodes.empty() && trace.roots.empty() && trace.lanes.empty());
        QCOMPARE(trace.spanNanos, std::int64_t(0));
    }
};

QTEST_APPLESS_MAIN(TestTrace)
#include "test_trace.moc"
