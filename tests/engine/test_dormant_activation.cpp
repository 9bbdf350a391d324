// An activation put away for a long wait wakes with what its steps read: the trigger's
// attributes whole, the payload members its paths name, its context and its joined events.
// Events are compared in their JSON form, which is how steps read them: like any event read
// from JSON, a woken one knows its unregistered extensions as strings and numbers.
#include "model/json_format.h"
#include "sim/engine.h"
#include "test_events.h"
#include "test_support.h"

#include <limits>

using namespace causeway;
using namespace causeway::sim;
using nlohmann::json;

namespace {

model::CloudEvent approved()
{
    model::CloudEvent event = testsupport::loanApplication();
    event.source = "/loans/decisioning";
    event.type = "com.acmefinance.loan.application.approved";
    event.dataschema = "https://example.com/schemas/approved.json";
    event.subject = "APP-104233";
    auto &extensions = event.extensions;
    extensions.insert_or_assign("prioritylevel", model::AttributeValue::integer(3));
    extensions.insert_or_assign("offset", model::AttributeValue::integer(-70000));
    extensions.insert_or_assign("limit",
                                model::AttributeValue::integer(std::numeric_limits<int>::max()));
    extensions.insert_or_assign("signature", model::AttributeValue::binary("\x01\x02\xff"));
    extensions.insert_or_assign("origin", model::AttributeValue::uri("https://example.com/a"));
    extensions.insert_or_assign("dueat", model::AttributeValue::timestamp("2025-04-03T00:00:00Z"));
    event.data = model::JsonData{json::parse(R"({
        "applicationId": "APP-104233", "approvedAmount": 12000.5, "currency": "EUR",
        "schedule": {"months": 12, "first": "2025-04-03"}, "notes": ["a", "b"]})")};
    return event;
}

routing::DataReads reading(std::initializer_list<const char *> members)
{
    routing::DataReads reads;
    for (const char *member : members)
        reads.addBelowData(*routing::JsonPath::parse(std::string("$.") + member));
    return reads;
}

std::string jsonOf(const model::CloudEvent &event)
{
    return model::writeJsonEvent(event).dump();
}

Activation activationOf(model::CloudEvent trigger)
{
    return {2, std::make_shared<const model::CloudEvent>(std::move(trigger)), {}, nullptr};
}

} // namespace

class TestDormantActivation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wakesWithEveryAttributeAndTheMembersRead()
    {
        const Activation woken =
            wake(putAway(activationOf(approved()), reading({"currency", "schedule", "absent"})));
        model::CloudEvent expected = approved();
        expected.data = model::JsonData{json::parse(
            R"({"currency": "EUR", "schedule": {"months": 12, "first": "2025-04-03"}})")};
        QCOMPARE(woken.actor, std::size_t(2));
        QCOMPARE(jsonOf(*woken.trigger), jsonOf(expected));
    }

    void wakesWithAnEmptyPayloadWhenNothingIsRead()
    {
        const Activation woken = wake(putAway(activationOf(approved()), reading({})));
        QCOMPARE(*woken.trigger->jsonData(), json::object());
    }

    void keepsThePayloadWholeWhenPathsReadAllOfIt()
    {
        routing::DataReads everything;
        everything.addEverything();
        QCOMPARE(jsonOf(*wake(putAway(activationOf(approved()), everything)).trigger),
                 jsonOf(approved()));
        model::CloudEvent text = approved(); // a payload that is no object is kept as it is
        text.data = model::JsonData{json("plain")};
        QCOMPARE(jsonOf(*wake(putAway(activationOf(text), reading({"currency"}))).trigger),
                 jsonOf(text));
    }

    void wakesWithItsContextAndJoinedEvents()
    {
        Activation activation = activationOf(approved());
        activation.context = json{{"repeat", {{"index", 4}}}};
        model::CloudEvent credit = approved();
        credit.type = "com.acmefinance.risk.creditcheck.completed";
        activation.joined = {{"credit", std::make_shared<const model::CloudEvent>(credit)}};
        const Activation woken = wake(putAway(activation, reading({"currency"})));
        QCOMPARE(woken.context, activation.context);
        QCOMPARE(woken.joined.size(), std::size_t(1));
        QCOMPARE(woken.joined[0].first, std::string("credit"));
        QCOMPARE(jsonOf(*woken.joined[0].second), jsonOf(credit));
    }
};

QTEST_APPLESS_MAIN(TestDormantActivation)
#include "test_dormant_activation.moc"
