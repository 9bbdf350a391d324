// Rule transforms: a JSON template whose JSONPath strings and {{placeholders}} are filled
// from the event, producing the payload a rule's targets receive.
#include "model/json_format.h"
#include "routing/rule.h"
#include "routing/transform.h"
#include "test_support.h"

using namespace causeway;
using namespace causeway::routing;
using nlohmann::json;

namespace {

json loanEventJson()
{
    return {
        {"specversion", "1.0"},
        {"id", "e-1"},
        {"source", "/loans/web"},
        {"type", "com.acme.loan.application.submitted"},
        {"subject", "APP-104233"},
        {"prioritylevel", 3},
        {"datacontenttype", "application/vnd.acme.loan+json"},
        {"dataschema", "https://schemas.acme.example/loan/1.json"},
        {"data",
         {{"amount", 25000},
          {"currency", "EUR"},
          {"coupon", nullptr},
          {"applicant", {{"country", "IE"}, {"email", "a@example.com"}}},
          {"items", json::array({{{"sku", "A-1"}, {"qty", 2}}, {{"sku", "B-7"}, {"qty", 1}}})}}}};
}

model::CloudEvent eventFrom(const json &raw)
{
    auto event = model::readJsonEvent(raw);
    if (!event)
        qFatal("%s", event.error().toString().c_str());
    return *event;
}

Transform compiled(const json &templ)
{
    auto transform = Transform::compile(templ, "/transform");
    if (!transform)
        qFatal("template does not compile: %s", transform.error().toString().c_str());
    return *transform;
}

QString text(const json &value)
{
    return QString::fromStdString(value.dump());
}

json rule(const std::string &name, json transform)
{
    json out = {{"name", name},
                {"match", {{"type", "com.acme.loan.application.submitted"}}},
                {"targets", json::array({{{"sink", "notifications"}}})}};
    if (!transform.is_null())
        out["transform"] = std::move(transform);
    return out;
}

} // namespace

class TestTransform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QString>("expected");

        // Field mapping: a string that is a JSONPath becomes the value it selects.
        QTest::addRow("payload and attributes")
            << text({{"amount", "$.data.amount"}, {"id", "$.id"}, {"source", "$.source"}})
            << text({{"amount", 25000}, {"id", "e-1"}, {"source", "/loans/web"}});
        QTest::addRow("extension keeps its JSON type")
            << text({{"priority", "$.prioritylevel"}}) << text({{"priority", 3}});
        QTest::addRow("quoted names") << text({{"country", "$['data']['applicant']['country']"}})
                                      << text({{"country", "IE"}});
        QTest::addRow("a whole subtree")
            << text({{"who", "$.data.applicant"}})
            << text({{"who", {{"country", "IE"}, {"email", "a@example.com"}}}});
        QTest::addRow("the template is one path") << text("$.data.amount") << text(25000);
        QTest::addRow("an index") << text({{"first", "$.data.items[0].sku"}})
                                  << text({{"first", "A-1"}});

        // Nested templates keep their shape; constants are copied as written.
        QTest::addRow("nested objects")
            << text({{"kind", "loan"},
                     {"summary",
                      {{"money", {{"amount", "$.data.amount"}, {"currency", "$.data.currency"}}},
                       {"country", "$.data.applicant.country"}}}})
            << text({{"kind", "loan"},
                     {"summary",
                      {{"money", {{"amount", 25000}, {"currency", "EUR"}}}, {"country", "IE"}}}});
        QTest::addRow("array of paths") << text(json::array({"$.id", "$.data.currency", 7}))
                                        << text(json::array({"e-1", "EUR", 7}));
        QTest::addRow("constants")
            << text({{"version", 2}, {"flags", json::array({true, nullptr})}, {"note", "plain"}})
            << text({{"version", 2}, {"flags", json::array({true, nullptr})}, {"note", "plain"}});
        QTest::addRow("a '$' later in the text is plain")
            << text({{"fee", "costs $5"}}) << text({{"fee", "costs $5"}});

        // Wildcards always give an array of everything selected.
        QTest::addRow("wildcard") << text({{"skus", "$.data.items[*].sku"}})
                                  << text({{"skus", json::array({"A-1", "B-7"})}});
        QTest::addRow("dot wildcard") << text({{"quantities", "$.data.items.*.qty"}})
                                      << text({{"quantities", json::array({2, 1})}});
        QTest::addRow("wildcard selecting nothing")
            << text({{"skus", "$.data.orders[*].sku"}}) << text({{"skus", json::array()}});

        // Interpolation: strings inserted raw, other values as compact JSON.
        QTest::addRow("placeholders")
            << text({{"line", "Loan {{$.subject}} for {{$.data.amount}} {{$.data.currency}}"}})
            << text({{"line", "Loan APP-104233 for 25000 EUR"}});
        QTest::addRow("object placeholder")
            << text({{"line", "by {{$.data.applicant}}"}})
            << text({{"line", "by {\"country\":\"IE\",\"email\":\"a@example.com\"}"}});
        QTest::addRow("wildcard placeholder") << text({{"line", "skus {{$.data.items[*].sku}}"}})
                                              << text({{"line", "skus [\"A-1\",\"B-7\"]"}});
        QTest::addRow("placeholder is always text")
            << text({{"amount", "{{$.data.amount}}"}}) << text({{"amount", "25000"}});
        QTest::addRow("spaces inside braces")
            << text({{"id", "{{ $.id }}"}}) << text({{"id", "e-1"}});
        QTest::addRow("braces without a path are text")
            << text({{"line", "{{name}} is {{$.id}}"}}) << text({{"line", "{{name}} is e-1"}});

        // "$$" escapes a leading "$".
        QTest::addRow("literal $$")
            << text({{"price", "$$.data.amount"}}) << text({{"price", "$.data.amount"}});
        QTest::addRow("literal $$ in a constant subtree")
            << text({{"a", {{"b", "$$x"}}}, {"c", json::array({"$$y"})}})
            << text({{"a", {{"b", "$x"}}}, {"c", json::array({"$y"})}});
        QTest::addRow("literal $$ then a placeholder")
            << text({{"price", "$${{$.data.amount}}"}}) << text({{"price", "$25000"}});

        // Missing paths: left out of objects, null in arrays, empty in text.
        QTest::addRow("missing member is left out")
            << text({{"id", "$.id"}, {"missing", "$.data.nothing"}}) << text({{"id", "e-1"}});
        QTest::addRow("unset attribute is left out")
            << text({{"time", "$.time"}, {"id", "$.id"}}) << text({{"id", "e-1"}});
        QTest::addRow("below a scalar is missing")
            << text({{"x", "$.data.amount.value"}, {"y", "$.id.z"}}) << text(json::object());
        QTest::addRow("missing in an array is null")
            << text(json::array({"$.data.nothing", "$.id"})) << text(json::array({nullptr, "e-1"}));
        QTest::addRow("missing in text is empty")
            << text({{"line", "[{{$.data.nothing}}]"}}) << text({{"line", "[]"}});
        QTest::addRow("missing whole template is null") << text("$.data.nothing") << text(nullptr);
        QTest::addRow("present null stays null")
            << text({{"coupon", "$.data.coupon"}}) << text({{"coupon", nullptr}});
    }

    void apply()
    {
        QFETCH(QString, templ);
        QFETCH(QString, expected);
        const auto transform = compiled(json::parse(templ.toStdString()));
        QCOMPARE(transform.apply(eventFrom(loanEventJson())), json::parse(expected.toStdString()));
    }

    void wholeEvent()
    {
        // "$" is the event's JSON form, the same one the event log shows.
        const auto event = eventFrom(loanEventJson());
        QCOMPARE(compiled({{"event", "$"}}).apply(event),
                 json({{"event", model::writeJsonEvent(event)}}));
        QCOMPARE(compiled({{"names", "$.*"}}).apply(event).at("names").size(),
                 model::writeJsonEvent(event).size());
    }

    // Events handed to a template by name (a join's parts) are read where they are, and
    // every path gets what it would get from their JSON form.
    void namedEventsReadAsTheirJsonForm_data()
    {
        QTest::addColumn<QString>("templ");
        for (const char *path :
             {"$.joined.credit.data.amount", "$.joined.credit.id", "$.joined.credit.prioritylevel",
              "$.joined.credit", "$.joined", "$.joined.*.type", "$.joined.credit.*",
              "$.joined.credit.data.items[*].sku", "$.joined.nobody.data", "$.joined.note.data",
              "$.joined.note.datacontenttype", "$.joined[0]", "Dear {{$.joined.credit.subject}}"})
            QTest::addRow("%s", path) << QString::fromUtf8(json({{"out", path}}).dump());
    }

    void namedEventsReadAsTheirJsonForm()
    {
        QFETCH(QString, templ);
        json note = loanEventJson();
        note["id"] = "e-2";
        note["datacontenttype"] = "text/plain";
        note["data"] = "hello";
        const NamedEvents events = {
            {"credit", std::make_shared<const model::CloudEvent>(eventFrom(loanEventJson()))},
            {"note", std::make_shared<const model::CloudEvent>(eventFrom(note))}};
        json asJson = json::object();
        for (const auto &[alias, event] : events)
            asJson[alias] = model::writeJsonEvent(*event);

        PathRoots inPlace, written;
        inPlace.addEvents("joined", events);
        written.add("joined", asJson);
        const auto transform = compiled(json::parse(templ.toStdString()));
        const auto trigger = eventFrom(loanEventJson());
        QCOMPARE(text(transform.apply(trigger, inPlace)), text(transform.apply(trigger, written)));
    }

    void nonJsonPayloads()
    {
        json raw = loanEventJson();
        raw["datacontenttype"] = "text/plain";
        raw["data"] = "hello";
        QCOMPARE(compiled({{"body", "$.data"}, {"len", "$.data.length"}}).apply(eventFrom(raw)),
                 json({{"body", "hello"}}));

        raw.erase("data");
        raw["datacontenttype"] = "application/octet-stream";
        raw["data_base64"] = "AAEC";
        QCOMPARE(compiled({{"bytes", "$.data_base64"}, {"body", "$.data"}}).apply(eventFrom(raw)),
                 json({{"bytes", "AAEC"}}));
    }

    void reusedAcrossEvents()
    {
        // One compiled template serves every event; nothing of an earlier event leaks.
        const auto transform = compiled({{"id", "$.id"}, {"amount", "$.data.amount"}});
        json second = loanEventJson();
        second["id"] = "e-2";
        second["data"].erase("amount");
        QCOMPARE(transform.apply(eventFrom(loanEventJson())),
                 json({{"id", "e-1"}, {"amount", 25000}}));
        QCOMPARE(transform.apply(eventFrom(second)), json({{"id", "e-2"}}));
    }

    // Simulated actors lay a template over a generated payload, in place.
    void laidOverAPayload_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("members replace, the others stay")
            << R"({"amount": "$.data.amount", "k": 1})"
            << R"({"amount": 0, "z": true})"
            << R"({"amount": 25000, "k": 1, "z": true})";
        QTest::newRow("a path that selects nothing leaves the member")
            << R"({"gone": "$.data.nothing", "currency": "$.data.currency"})"
            << R"({"gone": "kept"})"
            << R"({"currency": "EUR", "gone": "kept"})";
        QTest::newRow("null is a value") << R"({"coupon": "$.data.coupon"})"
                                         << R"({"coupon": "X"})"
                                         << R"({"coupon": null})";
        QTest::newRow("objects merge member by member")
            << R"({"applicant": {"country": "$.data.applicant.country"}})"
            << R"({"applicant": {"country": "XX", "name": "Aoife"}})"
            << R"({"applicant": {"country": "IE", "name": "Aoife"}})";
        QTest::newRow("constant objects merge too") << R"({"id": "$.id", "meta": {"v": 1}})"
                                                    << R"({"meta": {"v": 0, "w": 2}})"
                                                    << R"({"id": "e-1", "meta": {"v": 1, "w": 2}})";
        QTest::newRow("an object replaces what is not one")
            << R"({"applicant": {"country": "$.data.applicant.country"}})"
            << R"({"applicant": "none"})"
            << R"({"applicant": {"country": "IE"}})";
        QTest::newRow("over what is not an object") << R"({"a": 1})"
                                                    << R"("text")"
                                                    << R"({"a": 1})";
        QTest::newRow("a whole-template path") << R"("$.data.currency")"
                                               << R"({"a": 1})"
                                               << R"("EUR")";
        QTest::newRow("a whole-template path that selects nothing") << R"("$.data.nothing")"
                                                                    << R"({"a": 1})"
                                                                    << "null";
    }

    void laidOverAPayload()
    {
        QFETCH(QString, templ);
        QFETCH(QString, base);
        QFETCH(QString, expected);
        const auto transform = compiled(json::parse(templ.toStdString()));
        const model::CloudEvent event = eventFrom(loanEventJson());
        json inPlace = json::parse(base.toStdString());
        transform.applyOver(inPlace, event, PathRoots());
        QCOMPARE(text(inPlace), text(json::parse(expected.toStdString())));
        json apart = json::parse(base.toStdString()); // the same as building it apart first
        layOver(apart, transform.apply(event));
        QCOMPARE(text(apart), text(inPlace));
    }

    // What a template reads of the payload: members by name, or "*" for all of it.
    void payloadMembersATemplateReads_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QString>("reads");
        QTest::newRow("none") << R"({"id": "$.id", "at": "{{$.time}}", "k": 1})" << "";
        QTest::newRow("members, nested and placeholders")
            << R"({"a": "$.data.amount", "c": "$.data.applicant.country", "t": "{{$.data.items[0].sku}}"})"
            << "amount,applicant,items";
        QTest::newRow("the payload") << R"({"copy": "$.data"})" << "*";
        QTest::newRow("its members by wildcard") << R"({"all": "$.data[*]"})" << "*";
        QTest::newRow("the whole event") << R"({"event": "$"})" << "*";
    }

    void payloadMembersATemplateReads()
    {
        QFETCH(QString, templ);
        QFETCH(QString, reads);
        DataReads found;
        compiled(json::parse(templ.toStdString())).addDataReads(found);
        QCOMPARE(found.everything() ? QStringLiteral("*") : testsupport::joined(found.members()),
                 reads);
    }

    void transformedCopy()
    {
        const auto event = eventFrom(loanEventJson());
        const auto copy =
            compiled({{"amount", "$.data.amount"}, {"type", "$.type"}}).transformed(event);
        QCOMPARE(*copy.jsonData(), json({{"amount", 25000}, {"type", event.type}}));
        QCOMPARE(copy.datacontenttype.value_or(""), std::string("application/json"));
        // The new payload does not follow the original schema any more.
        QVERIFY(!copy.dataschema.has_value());
        QCOMPARE(copy.id, event.id);
        QCOMPARE(copy.source, event.source);
        QCOMPARE(copy.type, event.type);
        QCOMPARE(copy.subject.value_or(""), std::string("APP-104233"));
        QVERIFY(copy.extensions == event.extensions);
        QVERIFY(model::checkEnvelope(copy).ok());
    }

    void compileErrors_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("message"); // a fragment the message must contain

        QTest::addRow("bad path in a nested member")
            << text({{"summary", {{"id", "$.id"}, {"amount", "$.data.[amount"}}}})
            << "/rules/2/transform/summary/amount"
            << "JSONPath '$.data.[amount'";
        QTest::addRow("not a path at all") << text({{"price", "$5"}}) << "/rules/2/transform/price"
                                           << "write $$";
        QTest::addRow("array element")
            << text({{"list", json::array({"$.id", "$.items[x]"})}}) << "/rules/2/transform/list/1"
            << "expected an index";
        QTest::addRow("bad placeholder")
            << text({{"line", "Loan {{$.data..amount}}"}}) << "/rules/2/transform/line"
            << "placeholder {{$.data..amount}}: JSONPath '$.data..amount'";
        QTest::addRow("unclosed placeholder")
            << text({{"line", "Loan {{$.id"}}) << "/rules/2/transform/line"
            << "not closed";
        QTest::addRow("escaped key") << text({{"a/b", "$x"}}) << "/rules/2/transform/a~1b"
                                     << "JSONPath '$x'";
        QTest::addRow("whole template") << text("$.data[") << "/rules/2/transform"
                                        << "JSONPath '$.data['";
    }

    void compileErrors()
    {
        QFETCH(QString, templ);
        QFETCH(QString, pointer);
        QFETCH(QString, message);
        const auto transform =
            Transform::compile(json::parse(templ.toStdString()), "/rules/2/transform");
        QVERIFY(!transform.ok());
        QCOMPARE(transform.error().where.pointer, pointer.toStdString());
        QVERIFY2(transform.error().message.find(message.toStdString()) != std::string::npos,
                 transform.error().message.c_str());
    }

    void parseRulesCompilesTransforms()
    {
        const json templ = {{"summary", "Loan {{$.subject}}"}, {"amount", "$.data.amount"}};
        const auto rules =
            parseRules(json::array({rule("plain", nullptr), rule("summary", templ)}));
        QVERIFY2(rules.ok(), rules.ok() ? "" : rules.error().toString().c_str());
        QVERIFY(!rules->at(0).compiledTransform.has_value());
        QVERIFY(rules->at(0).transform.is_null());
        QVERIFY(rules->at(1).compiledTransform.has_value());
        QCOMPARE(rules->at(1).transform, templ);
        QCOMPARE(rules->at(1).compiledTransform->apply(eventFrom(loanEventJson())),
                 json({{"summary", "Loan APP-104233"}, {"amount", 25000}}));
    }

    void parseRulesRejectsBadTransform()
    {
        const auto rules =
            parseRules(json::array({rule("a", nullptr), rule("b", {{"id", "$.id"}}),
                                    rule("c", {{"summary", {{"amount", "$.data.amount]"}}}})}));
        QVERIFY(!rules.ok());
        QCOMPARE(rules.error().where.pointer, std::string("/rules/2/transform/summary/amount"));
    }
};

QTEST_GUILESS_MAIN(TestTransform)
#include "test_transform.moc"
