// The event-log digest tells runs apart by everything an event carries, and only by that:
// the same events in the same order give the same digest.
#include "sim/event_digest.h"
#include "test_events.h"
#include "test_support.h"

#include <functional>
#include <limits>

using namespace causeway;
using namespace causeway::sim;
using nlohmann::json;

namespace {

std::uint64_t digestOf(const std::vector<model::CloudEvent> &events)
{
    EventDigest digest;
    for (const model::CloudEvent &event : events)
        digest.set(digest.with(event));
    return digest.value();
}

std::uint64_t digestAfter(const std::function<void(model::CloudEvent &)> &change)
{
    model::CloudEvent event = testsupport::loanApplication();
    change(event);
    return digestOf({event});
}

} // namespace

class TestEventDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSameEventsGiveTheSameDigest()
    {
        QCOMPARE(digestOf({testsupport::loanApplication(), testsupport::loanApplication()}),
                 digestOf({testsupport::loanApplication(), testsupport::loanApplication()}));
        QVERIFY(digestOf({testsupport::loanApplication()}) !=
                EventDigest().value()); // an event counts
    }

    void withDoesNotCountTheEventUntilSet()
    {
        EventDigest digest;
        const std::uint64_t before = digest.value();
        const std::uint64_t after = digest.with(testsupport::loanApplication());
        QCOMPARE(digest.value(), before); // refused events leave no trace
        digest.set(after);
        QCOMPARE(digest.value(), digestOf({testsupport::loanApplication()}));
    }

    void everyPartOfAnEventChangesTheDigest()
    {
        const std::uint64_t original = digestOf({testsupport::loanApplication()});
        const std::vector<std::pair<const char *, std::function<void(model::CloudEvent &)>>>
            changes = {
                {"id", [](model::CloudEvent &e) { e.id.back() = '8'; }},
                {"source", [](model::CloudEvent &e) { e.source = "/loans/mobile"; }},
                {"type", [](model::CloudEvent &e) { e.type += "2"; }},
                {"type inside", [](model::CloudEvent &e) { e.type[5] = 'X'; }},
                {"time", [](model::CloudEvent &e) { e.time = "2025-03-03T09:02:11.188Z"; }},
                {"no time", [](model::CloudEvent &e) { e.time.reset(); }},
                {"subject", [](model::CloudEvent &e) { e.subject = "APP-104233"; }},
                {"extension value",
                 [](model::CloudEvent &e) {
                     e.extensions.insert_or_assign("correlationid",
                                                   model::AttributeValue::string("c-2"));
                 }},
                {"extension type",
                 [](model::CloudEvent &e) {
                     e.extensions.insert_or_assign("synthetic",
                                                   model::AttributeValue::string("true"));
                 }},
                {"payload member",
                 [](model::CloudEvent &e) {
                     std::get<model::JsonData>(e.data).value["loan"]["amount"] = 12001;
                 }},
                {"payload number type",
                 [](model::CloudEvent &e) {
                     std::get<model::JsonData>(e.data).value["loan"]["amount"] = 12000.0;
                 }},
                {"payload as text",
                 [](model::CloudEvent &e) {
                     e.data = model::TextData{std::get<model::JsonData>(e.data).value.dump()};
                 }},
            };
        for (const auto &[what, change] : changes)
            QVERIFY2(digestAfter(change) != original, what);
    }

    void payloadsDifferingAnywhereInsideDiffer()
    {
        const auto withData = [](json data) {
            model::CloudEvent event = testsupport::loanApplication();
            event.data = model::JsonData{std::move(data)};
            return digestOf({event});
        };
        const std::vector<json> payloads = {
            json::parse(R"({"a": [1, 2]})"),        json::parse(R"({"a": [1, 3]})"),
            json::parse(R"({"a": [[1], 2]})"),      json::parse(R"({"a": [1, 2], "b": null})"),
            json::parse(R"({"b": [1, 2]})"),        json::parse(R"({"a": {"1": 2}})"),
            json::parse(R"({"a": [true, false]})"), json::parse(R"({"a": [false, true]})"),
            json::parse(R"({"a": "x", "b": "y"})"), json::parse(R"({"a": "xb", "": "y"})"),
            json::parse(R"({"a": 1.5})"),           json::parse(R"({"a": -1})"),
        };
        for (std::size_t i = 0; i < payloads.size(); ++i) {
            for (std::size_t j = i + 1; j < payloads.size(); ++j)
                QVERIFY2(withData(payloads[i]) != withData(payloads[j]),
                         (payloads[i].dump() + " and " + payloads[j].dump()).c_str());
        }
    }

    void integersCountAlikeHoweverTheyAreStored()
    {
        const auto withAmount = [](json amount) {
            return digestAfter([&](model::CloudEvent &e) {
                std::get<model::JsonData>(e.data).value["loan"]["amount"] = amount;
            });
        };
        // A parser keeps 12000 as unsigned, the generator as signed: the same event.
        QCOMPARE(withAmount(json(std::uint64_t{12000})), withAmount(json(std::int64_t{12000})));
        QVERIFY(withAmount(json(std::int64_t{-1})) !=
                withAmount(json(std::numeric_limits<std::uint64_t>::max())));
    }

    void fieldsDoNotRunIntoEachOther()
    {
        // Written one after the other, subject "time" + T and subject "" then time T would
        // be the same bytes.
        const std::string time = *testsupport::loanApplication().time;
        const std::uint64_t first = digestAfter([&](model::CloudEvent &e) {
            e.subject = "time" + time;
            e.time.reset();
        });
        const std::uint64_t second = digestAfter([&](model::CloudEvent &e) {
            e.subject = "";
            e.time = time;
        });
        QVERIFY(first != second);
    }

    void theOrderOfEventsCounts()
    {
        model::CloudEvent other = testsupport::loanApplication();
        other.id = "01JNDKVKBNC7T7WWNGKAH4G453";
        QVERIFY(digestOf({testsupport::loanApplication(), other}) !=
                digestOf({other, testsupport::loanApplication()}));
    }
};

QTEST_APPLESS_MAIN(TestEventDigest)
#include "test_event_digest.moc"
