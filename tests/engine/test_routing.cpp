// Routing rules: JSONPath, operators, condition shapes, the compiled index, the sandbox.
#include "model/json_format.h"
#include "routing/rule_index.h"
#include "routing/text_matcher.h"

#include "test_support.h"

#include <set>

using namespace causeway;
using namespace causeway::routing;
using nlohmann::json;

namespace {

model::CloudEvent loanEvent()
{
    json raw = {{"specversion", "1.0"},
                {"id", "e-1"},
                {"source", "/loans/web"},
                {"type", "com.acme.loan.application.submitted"},
                {"subject", "APP-104233"},
                {"prioritylevel", 3},
                {"data",
                 {{"amount", 25000},
                  {"currency", "EUR"},
                  {"channel", "Web"},
                  {"applicant", {{"country", "IE"}, {"email", "a@example.com"}}},
                  {"items", json::array({{{"sku", "A-1"}, {"qty", 2}}, {{"sku", "B-7"}, {"qty", 1}}})},
                  {"tags", json::array({"new", "priority"})}}}};
    auto event = model::readJsonEvent(raw);
    if (!event)
        qFatal("%s", event.error().toString().c_str());
    return *event;
}

Condition parsed(const json &condition)
{
    auto parsed = parseCondition(condition, "/match");
    if (!parsed)
        qFatal("condition does not parse: %s", parsed.error().toString().c_str());
    return std::move(*parsed);
}

bool matches(const json &condition)
{
    const auto event = loanEvent();
    return parsed(condition).evaluate(CloudEventView(event));
}

json rule(const std::string &name, json match, json targets = json::array({{{"actor", "a"}}}))
{
    return {{"name", name}, {"match", std::move(match)}, {"targets", std::move(targets)}};
}

json ruleNames(const std::vector<const Rule *> &rules)
{
    json names = json::array();
    for (const Rule *r : rules)
        names.push_back(r->name);
    return names;
}

// Valid events in the JSON format that differ in every field the operator rules test,
// including the payload shapes where text and canonical events could disagree.
std::vector<json> variedEvents()
{
    const json base = {
        {"specversion", "1.0"},
        {"id", "e-1"},
        {"source", "/shop/web"},
        {"type", "com.acme.order.paid"},
        {"subject", "ORD-100001"},
        {"time", "2025-03-03T09:02:11.187Z"},
        {"prioritylevel", 3},
        {"synthetic", true},
        {"correlationid", "c-1"},
        {"data",
         {{"amount", 25000},
          {"price", 12.5},
          {"currency", "EUR"},
          {"channel", "Web"},
          {"note", nullptr},
          {"customer", {{"country", "IE"}, {"email", "a@example.com"}}},
          {"items", json::array({{{"sku", "SKU-1"}, {"qty", 2}}, {{"sku", "B-7"}, {"qty", 1}}})},
          {"tags", json::array({"new", "priority"})}}}};
    std::vector<json> events{base};
    json other = base;
    other.update({{"type", "com.acme.order.shipped"}, {"source", "/shop/mobile"},
                  {"subject", "ord-100002 \u00e9 \"quoted\""}, {"prioritylevel", 1},
                  {"synthetic", false}, {"correlationid", "c-2"}});
    other["data"].update({{"amount", 900}, {"price", 99.99}, {"currency", "USD"}, {"channel", "app"},
                          {"customer", {{"country", "DE"}}},
                          {"items", json::array({{{"sku", "A-3"}, {"qty", 6}}})},
                          {"tags", json::array({"old"})}});
    other["data"].erase("note");
    events.push_back(other);
    json foreign = {{"specversion", "1.0"}, {"id", "e-3"}, {"source", "urn:other"},
                    {"type", "org.other.payment.failed"},
                    {"data", {{"amount", -5}, {"price", 1e3}, {"items", json::array({json::array({1, 2})})}}}};
    events.push_back(foreign);
    json text = base; // a text payload is not looked into
    text["datacontenttype"] = "text/plain";
    text["data"] = "amount=25000";
    events.push_back(text);
    json binary = base;
    binary.erase("data");
    binary["data_base64"] = "aGVsbG8=";
    events.push_back(binary);
    json nulls = base; // null means "not set"
    nulls["data"] = nullptr;
    nulls["subject"] = nullptr;
    events.push_back(nulls);
    json suffixed = base;
    suffixed["datacontenttype"] = "application/vnd.acme+json; charset=utf-8";
    suffixed["data"]["amount"] = 18446744073709551615ull;
    suffixed["data"]["price"] = 1.5e300;
    events.push_back(suffixed);
    json array = base;
    array["data"] = json::array({1, 2});
    events.push_back(array);
    return events;
}

} // namespace

class TestRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected"); // compact JSON array of selected values
        QTest::addRow("member") << "$.amount" << "[25000]";
        QTest::addRow("nested") << "$.applicant.country" << R"(["IE"])";
        QTest::addRow("quoted") << "$['applicant']['email']" << R"(["a@example.com"])";
        QTest::addRow("index") << "$.items[1].sku" << R"(["B-7"])";
        QTest::addRow("wildcard") << "$.items[*].sku" << R"(["A-1","B-7"])";
        QTest::addRow("missing") << "$.nothing.here" << "[]";
        QTest::addRow("index past the end") << "$.items[5]" << "[]";
    }

    void jsonPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const auto parsed = JsonPath::parse(path.toStdString());
        QVERIFY(parsed.ok());
        const auto event = loanEvent();
        std::vector<const json *> found;
        parsed->select(*event.jsonData(), found);
        json values = json::array();
        for (const json *value : found)
            values.push_back(*value);
        QCOMPARE(values, json::parse(expected.toStdString()));
    }

    void jsonPathErrors()
    {
        for (const char *bad : {"amount", "$.", "$[", "$['open", "$.a[x]", "$.a b"}) {
            const auto parsed = JsonPath::parse(bad);
            QVERIFY2(!parsed.ok(), bad);
            QVERIFY(QString::fromStdString(parsed.error().message).contains(QStringLiteral("character")));
        }
    }

    void operators_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("matched");
        const auto row = [](const char *name, json condition, bool matched) {
            QTest::addRow("%s", name) << QString::fromStdString(condition.dump()) << matched;
        };
        row("type exact", {{"type", "com.acme.loan.application.submitted"}}, true);
        row("type exact other", {{"type", "com.acme.loan.application.approved"}}, false);
        row("type prefix", {{"type", {{"prefix", "com.acme.loan."}}}}, true);
        row("type suffix", {{"type", {{"suffix", ".submitted"}}}}, true);
        row("type wildcard", {{"type", {{"wildcard", "com.*.application.*"}}}}, true);
        row("type regex", {{"type", {{"regex", "^com\\.acme\\.(loan|risk)\\."}}}}, true);
        row("source equals-ignore-case", {{"source", {{"equals-ignore-case", "/LOANS/WEB"}}}}, true);
        row("integer attribute gt", {{"prioritylevel", {{"gt", 2}}}}, true);
        row("type not-equals", {{"type", {{"not-equals", "com.acme.other"}}}}, true);
        row("type contains", {{"type", {{"contains", "application"}}}}, true);
        row("type in", {{"type", {{"in", {"x", "com.acme.loan.application.submitted"}}}}}, true);
        row("type equals a number", {{"type", 3}}, false);
        row("unset attribute prefix", {{"dataschema", {{"prefix", "https:"}}}}, false);
        row("unset attribute not-equals", {{"dataschema", {{"not-equals", "x"}}}}, true);
        row("integer attribute prefix", {{"prioritylevel", {{"prefix", "3"}}}}, false);
        row("integer attribute equals", {{"prioritylevel", 3}}, true);
        row("payload equals", {{"$.data.currency", "EUR"}}, true);
        row("payload not-equals", {{"$.data.currency", {{"not-equals", "USD"}}}}, true);
        row("not-equals holds for missing", {{"$.data.nothing", {{"not-equals", "x"}}}}, true);
        row("payload contains text", {{"$.data.channel", {{"contains", "e"}}}}, true);
        row("payload contains element", {{"$.data.tags", {{"contains", "priority"}}}}, true);
        row("in", {{"$.data.applicant.country", {{"in", {"IE", "GB"}}}}}, true);
        row("in misses", {{"$.data.applicant.country", {{"in", {"FR", "DE"}}}}}, false);
        row("anything-but", {{"$.data.currency", {{"anything-but", {"USD", "GBP"}}}}}, true);
        row("anything-but misses", {{"$.data.currency", {{"anything-but", "EUR"}}}}, false);
        row("gte", {{"$.data.amount", {{"gte", 25000}}}}, true);
        row("lt", {{"$.data.amount", {{"lt", 25000}}}}, false);
        row("lte decimal", {{"$.data.amount", {{"lte", 25000.5}}}}, true);
        row("range", {{"$.data.amount", {{"range", {1000, 50000}}}}}, true);
        row("range misses", {{"$.data.amount", {{"range", {30000, 50000}}}}}, false);
        row("exists", {{"$.data.applicant.email", {{"exists", true}}}}, true);
        row("not exists", {{"$.data.applicant.phone", {{"exists", false}}}}, true);
        row("missing field fails gt", {{"$.data.nothing", {{"gt", 1}}}}, false);
        row("array any element", {{"$.data.items[*].qty", {{"gt", 1}}}}, true);
        row("array no element", {{"$.data.items[*].qty", {{"gt", 5}}}}, false);
        row("prefix on payload", {{"$.data.items[0].sku", {{"prefix", "A-"}}}}, true);
        row("all", {{"all", {{{"type", {{"prefix", "com.acme"}}}}, {{"$.data.amount", {{"gt", 1000}}}}}}}, true);
        row("any", {{"any", {{{"$.data.amount", {{"gt", 90000}}}}, {{"subject", {{"prefix", "APP-"}}}}}}}, true);
        row("not", {{"not", {{"$.data.currency", "EUR"}}}}, false);
        row("shorthand with several members is all", {{"type", {{"prefix", "com.acme"}}}, {"$.data.currency", "USD"}}, false);
        row("seed 004 pattern", json::parse(R"({"type":"prefix","value":"com.acme.loan","filters":[{"field":"$.data.amount","operator":"gt","value":1000},{"field":"$.data.channel","operator":"contains","value":"We"}]})"), true);
        row("seed 004 pattern failing filter", json::parse(R"({"type":"exact","value":"com.acme.loan.application.submitted","filters":[{"field":"$.data.amount","operator":"lt","value":1000}]})"), false);
        row("subscriptions exact", {{"exact", {{"source", "/loans/web"}, {"subject", "APP-104233"}}}}, true);
        row("subscriptions suffix", {{"suffix", {{"type", "approved"}}}}, false);
        row("sql", {{"sql", "type LIKE 'com.acme.loan.%' AND prioritylevel > 2"}}, true);
        row("sql false", {{"sql", "subject = 'APP-1'"}}, false);
        row("sql error does not match", {{"sql", "missingattr = 'x'"}}, false);
        row("sql inside all", {{"all", {{{"sql", "source = '/loans/web'"}}, {{"$.data.amount", {{"gt", 1}}}}}}}, true);
    }

    void operators()
    {
        QFETCH(QString, condition);
        QFETCH(bool, matched);
        QCOMPARE(matches(json::parse(condition.toStdString())), matched);
        // Asking why must not change the verdict (attributes are read differently then).
        const auto parsed = parseCondition(json::parse(condition.toStdString()), "/match");
        const auto event = loanEvent();
        std::string why;
        QCOMPARE(parsed->evaluate(CloudEventView(event), &why), matched);
        QCOMPARE(why.empty(), matched);
    }

    void conditionErrorsPointAtTheirPlace_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("messagePart");
        const auto row = [](const char *name, json condition, const char *pointer, const char *part) {
            QTest::addRow("%s", name) << QString::fromStdString(condition.dump()) << pointer << part;
        };
        row("unknown operator", {{"$.data.amount", {{"bigger", 5}}}}, "/match/$.data.amount", "unknown operator 'bigger'");
        row("bad regex", {{"type", {{"regex", "(unclosed"}}}}, "/match/type/regex", "invalid regular expression");
        row("range shape", {{"$.data.amount", {{"range", 5}}}}, "/match/$.data.amount/range", "[minimum, maximum]");
        row("bad path", {{"$.data.[", "x"}}, "/match/$.data.[", "JSONPath");
        row("empty all", {{"all", json::array()}}, "/match/all", "non-empty array");
        row("seed filter operator", json::parse(R"({"field":"$.data.a","operator":"near","value":1})"), "/match/operator", "unknown operator");
        row("not an object", json::array(), "/match", "JSON object");
        row("sql parse error", {{"sql", "type = "}}, "/match/sql", "CloudEvents SQL");
    }

    void conditionErrorsPointAtTheirPlace()
    {
        QFETCH(QString, condition);
        QFETCH(QString, pointer);
        QFETCH(QString, messagePart);
        const auto parsed = parseCondition(json::parse(condition.toStdString()), "/match");
        QVERIFY(!parsed.ok());
        QCOMPARE(QString::fromStdString(parsed.error().where.pointer), pointer);
        QVERIFY2(QString::fromStdString(parsed.error().message).contains(messagePart), parsed.error().message.c_str());
    }

    // What a condition reads of the payload: members by name, or "*" for all of it.
    void payloadMembersAConditionReads_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("reads");
        QTest::newRow("attributes only") << R"({"type": "a", "source": {"prefix": "/x"}})" << "";
        QTest::newRow("members, under all, any and not")
            << R"({"all": [{"$.data.amount": {"gt": 5}}, {"any": [{"not": {"$.data.country": "IE"}}]}]})"
            << "amount,country";
        QTest::newRow("the payload") << R"({"field": "data", "operator": "exists", "value": true})"
                                     << "*";
        QTest::newRow("CloudEvents SQL reads attributes") << R"({"sql": "type = 'a'"})" << "";
    }

    void payloadMembersAConditionReads()
    {
        QFETCH(QString, condition);
        QFETCH(QString, reads);
        DataReads found;
        parsed(json::parse(condition.toStdString())).addDataReads(found);
        QCOMPARE(found.everything() ? QStringLiteral("*") : testsupport::joined(found.members()),
                 reads);
    }

    void rulesAndTargets()
    {
        const json rules = json::array(
            {rule("credit", {{"type", "com.acme.loan.application.submitted"}},
                  json::array({{{"actor", "credit-check"}}, {{"sink", "log"}}, {{"deadLetter", true}}})),
             {{"name", "seed"}, {"pattern", {{"type", "prefix"}, {"value", "com.acme"}}}, {"enabled", false}}});
        const auto parsed = parseRules(rules);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().toString().c_str());
        QCOMPARE(parsed->size(), std::size_t(2));
        QCOMPARE(parsed->front().targets.size(), std::size_t(3));
        QVERIFY(parsed->front().targets[2].kind == Target::Kind::DeadLetter);
        QVERIFY(!parsed->back().enabled);

        const auto duplicate = parseRules(json::array({rule("a", {{"type", "x"}}), rule("a", {{"type", "y"}})}));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().where.pointer, std::string("/rules/1/name"));
        const auto badTarget = parseRules(json::array({rule("a", {{"type", "x"}}, json::array({{{"queue", "q"}}}))}));
        QCOMPARE(badTarget.error().where.pointer, std::string("/rules/0/targets/0/queue"));
        QVERIFY(!parseRules(json::array({{{"name", "no condition"}}})).ok());
    }

    // The index must give exactly what evaluating every rule gives.
    void indexAgreesWithEvaluatingEveryRule()
    {
        json rules = json::array();
        const char *types[] = {"com.acme.loan.application.submitted", "com.acme.loan.application.approved",
                               "com.acme.risk.fraudcheck.completed", "org.other.thing.happened"};
        int n = 0;
        for (const char *type : types) {
            rules.push_back(rule("exact-" + std::to_string(n++), {{"type", type}}));
            rules.push_back(rule("exact-amount-" + std::to_string(n++), {{"type", type}, {"$.data.amount", {{"gt", 1000}}}}));
        }
        for (const char *prefix : {"com.", "com.acme.", "com.acme.loan.", "com.acme.loan.application.sub", "org.", "c", "com.acme.risk."})
            rules.push_back(rule("prefix-" + std::to_string(n++), {{"type", {{"prefix", prefix}}}}));
        rules.push_back(rule("any-type", {{"source", {{"prefix", "/loans"}}}}));
        rules.push_back(rule("disabled", {{"type", {{"prefix", "com"}}}}));
        rules.back()["enabled"] = false;
        auto parsed = parseRules(rules);
        QVERIFY(parsed.ok());
        const RuleIndex index(std::move(*parsed));
        for (const char *type : types) {
            auto event = loanEvent();
            event.type = type;
            std::vector<std::string> viaIndex;
            for (const Rule *r : index.match(event))
                viaIndex.push_back(r->name);
            std::vector<std::string> viaAll;
            for (const auto &verdict : index.explain(event)) {
                if (verdict.matched)
                    viaAll.push_back(verdict.rule->name);
            }
            QCOMPARE(viaIndex, viaAll);
            QVERIFY(!viaIndex.empty());
        }
    }

    // Each operator, alone in an index: the text path gives what the CloudEvent path gives on
    // every varied event, and the rule matches some of them and misses others.
    void textMatchingAgreesWithEventMatching_data()
    {
        QTest::addColumn<QString>("condition");
        const auto row = [](const char *name, json condition) {
            QTest::addRow("%s", name) << QString::fromStdString(condition.dump());
        };
        // The benchmark's rule kinds.
        row("exact", {{"type", "com.acme.order.paid"}});
        row("prefix", {{"type", {{"prefix", "com.acme."}}}});
        row("suffix", {{"type", {{"suffix", ".paid"}}}});
        row("equals-ignore-case", {{"subject", {{"equals-ignore-case", "ord-100001"}}}});
        row("wildcard", {{"type", {{"wildcard", "com.*.order.*"}}}});
        row("numeric", {{"type", "com.acme.order.paid"}, {"$.data.amount", {{"range", {1000, 30000}}}}});
        row("anything-but", {{"$.data.currency", {{"anything-but", {"GBP", "USD"}}}}});
        row("arrays", {{"type", {{"prefix", "com.acme."}}}, {"$.data.items[*].sku", {{"prefix", "SKU-"}}}});
        // The other operators and shapes.
        row("regex", {{"type", {{"regex", "^com\\.acme\\.order\\.(paid|refunded)$"}}}});
        row("not-equals", {{"$.data.currency", {{"not-equals", "USD"}}}});
        row("contains text", {{"$.data.channel", {{"contains", "e"}}}});
        row("contains element", {{"$.data.tags", {{"contains", "priority"}}}});
        row("in", {{"$.data.customer.country", {{"in", {"IE", "GB"}}}}});
        row("integer attribute gt", {{"prioritylevel", {{"gt", 2}}}});
        row("boolean attribute", {{"synthetic", true}});
        row("string extension", {{"correlationid", "c-2"}});
        row("time prefix", {{"time", {{"prefix", "2025-03"}}}});
        row("source prefix", {{"source", {{"prefix", "/shop/w"}}}});
        row("gte", {{"$.data.amount", {{"gte", 25000}}}});
        row("lt negative", {{"$.data.amount", {{"lt", 0}}}});
        row("lte decimal", {{"$.data.price", {{"lte", 12.5}}}});
        row("gt beyond int64", {{"$.data.amount", {{"gt", 1e18}}}});
        row("exists", {{"$.data.customer.email", {{"exists", true}}}});
        row("not exists", {{"$.data.customer.email", {{"exists", false}}}});
        row("data exists only for JSON payloads", {{"$.data", {{"exists", true}}}});
        row("index", {{"$.data.items[1].qty", 1}});
        row("quoted names", {{"$['data']['customer']['country']", "DE"}});
        row("wildcard over members", {{"$.data.customer.*", "IE"}});
        row("payload array", {{"$.data[0]", 1}});
        row("nested array element", {{"$.data.items[0]", {{"contains", 2}}}});
        row("null value", {{"$.data.note", nullptr}});
        row("data_base64 is no attribute", {{"all", {{{"data_base64", {{"exists", false}}}}, {{"type", {{"suffix", ".paid"}}}}}}});
        row("any", {{"any", {{{"$.data.amount", {{"gt", 90000}}}}, {{"subject", {{"prefix", "ORD-"}}}}}}});
        row("not", {{"not", {{"$.data.currency", "EUR"}}}});
        row("sql", {{"sql", "type LIKE 'com.acme.%' AND prioritylevel > 2"}});
    }

    void textMatchingAgreesWithEventMatching()
    {
        QFETCH(QString, condition);
        auto parsed = parseRules(json::array({rule("r", json::parse(condition.toStdString()))}));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().toString().c_str());
        const RuleIndex index(std::move(*parsed));
        TextMatcher matcher(index);
        std::vector<const Rule *> viaText;
        int matched = 0;
        const auto events = variedEvents();
        for (const json &raw : events) {
            const auto event = model::readJsonEvent(raw);
            QVERIFY2(event.ok(), event.ok() ? "" : event.error().toString().c_str());
            const auto status = matcher.match(raw.dump(), viaText);
            QVERIFY2(status.ok(), status.ok() ? "" : status.error().toString().c_str());
            const json viaEvent = ruleNames(index.match(*event));
            QVERIFY2(ruleNames(viaText) == viaEvent, raw.dump().c_str());
            matched += viaEvent.empty() ? 0 : 1;
        }
        QVERIFY2(matched > 0, "the rule matches no event, so agreement proves little");
        QVERIFY2(matched < int(events.size()), "the rule matches every event, so agreement proves little");
    }

    // The sample project's rules on its recorded events, as written in the file, and on
    // copies whose payloads cross the thresholds the recorded ones stay below.
    void textMatchingAgreesOnTheLoanSample()
    {
        std::ifstream projectFile(testsupport::sourcePath("samples/loan-application/loan-application.causeway.json"));
        const json project = json::parse(projectFile);
        auto rules = parseRules(project.at("rules"));
        QVERIFY2(rules.ok(), rules.ok() ? "" : rules.error().toString().c_str());
        const RuleIndex index(std::move(*rules));
        TextMatcher matcher(index);
        std::vector<std::string> texts;
        std::ifstream events(testsupport::sourcePath("samples/loan-application/events/loan-workflows.jsonl"));
        for (std::string line; std::getline(events, line);) {
            if (line.empty())
                continue;
            texts.push_back(line);
            json raised = json::parse(line);
            json &data = raised["data"];
            if (data.contains("loan"))
                data["loan"]["amount"] = data["loan"]["amount"].get<int>() + 20000;
            if (data.contains("attempt"))
                data["attempt"] = 3;
            if (data.contains("riskLevel"))
                data["riskLevel"] = data["riskLevel"] == "high" ? "low" : "high";
            texts.push_back(raised.dump());
        }
        QVERIFY(texts.size() >= 20);
        std::vector<const Rule *> viaText;
        std::set<std::string> rulesThatMatched;
        for (const auto &text : texts) {
            const auto event = model::readJsonEvent(json::parse(text));
            QVERIFY2(event.ok(), text.c_str());
            QVERIFY(matcher.match(text, viaText).ok());
            const json viaEvent = ruleNames(index.match(*event));
            QVERIFY2(ruleNames(viaText) == viaEvent, text.c_str());
            for (const auto &name : viaEvent)
                rulesThatMatched.insert(name.get<std::string>());
        }
        // Every rule fires on some event, so the comparison covers each of them.
        QCOMPARE(rulesThatMatched.size(), index.rules().size());
    }

    void malformedTextIsAnError_data()
    {
        QTest::addColumn<QByteArray>("text"); // bytes: the UTF-8 row must stay invalid
        QTest::addColumn<QString>("messagePart");
        const auto row = [](const char *name, const std::string &text, const char *part) {
            QTest::addRow("%s", name) << QByteArray::fromStdString(text) << part;
        };
        const std::string open = "{";
        const std::string good = json{{"type", "com.acme.order.paid"}, {"data", {{"a", 1}}}}.dump();
        row("empty", "", "not valid JSON");
        row("unclosed object", open + "\"type\": \"x\"", "not valid JSON");
        row("cut short", good.substr(0, good.size() - 2), "not valid JSON");
        row("trailing comma", good.substr(0, good.size() - 1) + ",}", "not valid JSON");
        row("trailing text", good + " x", "not valid JSON");
        row("not JSON", "type=x", "not valid JSON");
        row("invalid UTF-8", open + "\"type\": \"\xff\"}", "not valid JSON");
        row("array", json::array({json{{"type", "x"}}}).dump(), "JSON object");
        row("string", json("x").dump(), "JSON object");
        row("no type", json{{"id", "e"}}.dump(), "\"type\" string");
        row("type not a string", json{{"type", 7}}.dump(), "\"type\" string");
        row("empty type", json{{"type", ""}}.dump(), "\"type\" string");
    }

    void malformedTextIsAnError()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, messagePart);
        auto parsed = parseRules(json::array({rule("without id", {{"id", {{"exists", false}}}})}));
        QVERIFY(parsed.ok());
        const RuleIndex index(std::move(*parsed));
        TextMatcher matcher(index);
        std::vector<const Rule *> matched{&index.rules().front()}; // stale results must go
        const auto status = matcher.match(text.toStdString(), matched);
        QVERIFY(!status.ok());
        QVERIFY2(QString::fromStdString(status.error().message).contains(messagePart),
                 status.error().message.c_str());
        QVERIFY(matched.empty());
        // The matcher is usable after an error.
        QVERIFY(matcher.match(json{{"type", "x"}}.dump(), matched).ok());
        QCOMPARE(matched.size(), std::size_t(1));
    }

    // The text path checks no envelope; a CESQL filter, which needs the whole CloudEvent,
    // then fails with the reason instead of matching or crashing.
    void sqlOnTextThatIsNoCloudEventDoesNotMatch()
    {
        auto parsed = parseRules(json::array({rule("sql", {{"sql", "type = 'com.x'"}}), rule("exact", {{"type", "com.x"}})}));
        QVERIFY(parsed.ok());
        const RuleIndex index(std::move(*parsed));
        TextMatcher matcher(index);
        std::vector<const Rule *> matched;
        QVERIFY(matcher.match(json{{"type", "com.x"}}.dump(), matched).ok());
        QCOMPARE(ruleNames(matched), json::array({"exact"}));
        const json valid = {{"specversion", "1.0"}, {"id", "e"}, {"source", "/s"}, {"type", "com.x"}};
        QVERIFY(matcher.match(valid.dump(), matched).ok());
        QCOMPARE(ruleNames(matched), json::array({"sql", "exact"}));
    }

    void sandboxSaysWhichConditionFailed()
    {
        auto parsed = parseRules(json::array(
            {rule("big loans", {{"type", "com.acme.loan.application.submitted"}, {"$.data.amount", {{"gt", 30000}}}}),
             rule("irish", {{"$.data.applicant.country", "IE"}})}));
        QVERIFY(parsed.ok());
        const RuleIndex index(std::move(*parsed));
        const auto verdicts = index.explain(loanEvent());
        QCOMPARE(verdicts.size(), std::size_t(2));
        QVERIFY(!verdicts[0].matched);
        QCOMPARE(QString::fromStdString(verdicts[0].reason), QStringLiteral("$.data.amount is 25000, wanted gt 30000"));
        QVERIFY(verdicts[1].matched);
        QVERIFY(verdicts[1].reason.empty());
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "test_routing.moc"
