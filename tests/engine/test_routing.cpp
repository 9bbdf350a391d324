// Routing rules: JSONPath, operators, condition shapes, the compiled index, the sandbox.
#include "model/json_format.h"
#include "routing/rule_index.h"

#include "test_support.h"

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

bool matches(const json &condition)
{
    auto parsed = parseCondition(condition, "/match");
    if (!parsed)
        qFatal("condition does not parse: %s", parsed.error().toString().c_str());
    const auto event = loanEvent();
    return parsed->evaluate(EventView(event));
}

json rule(const std::string &name, json match, json targets = json::array({{{"actor", "a"}}}))
{
    return {{"name", name}, {"match", std::move(match)}, {"targets", std::move(targets)}};
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
