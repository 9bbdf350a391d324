// Compatibility between two versions of a payload schema: each rule with both directions.
#include "schema/compatibility.h"
#include "test_support.h"

#include <algorithm>

using namespace causeway::schema;
using nlohmann::json;

namespace {

// Schemas are written with single quotes to keep the table readable (and away from moc's
// trouble with some raw string literals).
json schemaText(std::string text)
{
    std::replace(text.begin(), text.end(), '\'', '"');
    return json::parse(text);
}

QString describe(const CompatibilityReport &report)
{
    QString text;
    for (const auto &finding : report.findings)
        text += QStringLiteral("\n  %1: %2 (backward %3, forward %4)")
                    .arg(QString::fromStdString(finding.pointer),
                         QString::fromStdString(finding.reason))
                    .arg(!finding.breaksBackward)
                    .arg(!finding.breaksForward);
    return text;
}

} // namespace

class TestCompatibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("older");
        QTest::addColumn<QString>("newer");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<bool>("breaksBackward");
        QTest::addColumn<bool>("breaksForward");
        const auto row = [](const char *name, const char *older, const char *newer,
                            const char *reason, const char *pointer, bool backward, bool forward) {
            QTest::addRow("%s", name) << older << newer << reason << pointer << backward << forward;
        };
        // Properties and required.
        row("added required field", "{'properties':{'a':{}}}",
            "{'properties':{'a':{},'x':{'type':'string'}},'required':['x']}",
            "added required field 'x'", "/properties/x", true, false);
        row("added optional field", "{'properties':{'a':{}}}", "{'properties':{'a':{},'x':{}}}",
            "added optional field 'x'", "/properties/x", false, false);
        row("added field, closed old", "{'properties':{'a':{}},'additionalProperties':false}",
            "{'properties':{'a':{},'x':{}},'additionalProperties':false}",
            "added field 'x', which the older schema does not allow", "/properties/x", false, true);
        row("removed optional field", "{'properties':{'a':{},'x':{}}}", "{'properties':{'a':{}}}",
            "removed field 'x'", "/properties/x", false, false);
        row("removed required field", "{'properties':{'x':{}},'required':['x']}", "{}",
            "removed field 'x'", "/properties/x", false, true);
        row("removed field, closed new",
            "{'properties':{'a':{},'x':{}},'additionalProperties':false}",
            "{'properties':{'a':{}},'additionalProperties':false}", "removed field 'x'",
            "/properties/x", true, false);
        row("became required", "{'properties':{'a':{}}}",
            "{'properties':{'a':{}},'required':['a']}", "field 'a' became required", "/required",
            true, false);
        row("no longer required", "{'properties':{'a':{}},'required':['a']}",
            "{'properties':{'a':{}}}", "field 'a' is no longer required", "/required", false, true);
        row("closed", "{'properties':{'a':{}}}",
            "{'properties':{'a':{}},'additionalProperties':false}",
            "properties the schema does not list are no longer allowed", "/additionalProperties",
            true, false);
        row("opened", "{'properties':{'a':{}},'additionalProperties':false}",
            "{'properties':{'a':{}}}", "properties the schema does not list are now allowed",
            "/additionalProperties", false, true);
        row("field forbidden", "{'properties':{'a':{}}}", "{'properties':{'a':false}}",
            "the newer schema accepts no value here", "/properties/a", true, false);
        // Types and values.
        row("narrowed type", "{'type':['string','null']}", "{'type':'string'}",
            "narrowed type from null or string to string", "/type", true, false);
        row("widened type", "{'type':'integer'}", "{'type':'number'}",
            "widened type from integer to number", "/type", false, true);
        row("changed type", "{'type':'string'}", "{'type':'integer'}",
            "changed type from string to integer", "/type", true, true);
        row("removed enum value", "{'enum':['a','b']}", "{'enum':['a']}",
            "removed enum value \"b\"", "/enum", true, false);
        row("added enum value", "{'enum':['a']}", "{'enum':['a','b']}", "added enum value \"b\"",
            "/enum", false, true);
        row("added const", "{'type':'string'}", "{'type':'string','const':'v1'}",
            "restricted the value to const \"v1\"", "/const", true, false);
        row("removed enum", "{'enum':[1,2]}", "{}", "removed the restriction to enum", "/enum",
            false, true);
        // Bounds.
        row("tightened minimum", "{'minimum':1}", "{'minimum':5}", "tightened minimum from 1 to 5",
            "/minimum", true, false);
        row("loosened maximum", "{'maximum':10}", "{'maximum':20}",
            "loosened maximum from 10 to 20", "/maximum", false, true);
        row("exclusive at the same value", "{'maximum':10}", "{'exclusiveMaximum':10}",
            "tightened maximum from 10 to exclusive 10", "/exclusiveMaximum", true, false);
        row("added maxLength", "{'type':'string'}", "{'type':'string','maxLength':10}",
            "added maxLength 10", "/maxLength", true, false);
        row("removed minItems", "{'minItems':2}", "{}", "removed minItems 2", "/minItems", false,
            true);
        row("loosened minLength", "{'minLength':3}", "{'minLength':1}",
            "loosened minLength from 3 to 1", "/minLength", false, true);
        row("multipleOf 2 to 4", "{'multipleOf':2}", "{'multipleOf':4}",
            "changed multipleOf from 2 to 4", "/multipleOf", true, false);
        row("multipleOf 4 to 2", "{'multipleOf':4}", "{'multipleOf':2}",
            "changed multipleOf from 4 to 2", "/multipleOf", false, true);
        row("changed pattern", "{'pattern':'^a'}", "{'pattern':'^b'}",
            "changed pattern from \"^a\" to \"^b\"", "/pattern", true, true);
        row("added format", "{'type':'string'}", "{'type':'string','format':'email'}",
            "added format \"email\"", "/format", true, false);
        // Arrays, nesting and references.
        row("nested object", "{'properties':{'loan':{'properties':{'amount':{'type':'number'}}}}}",
            "{'properties':{'loan':{'properties':{'amount':{'type':'integer'}}}}}",
            "narrowed type from number to integer", "/properties/loan/properties/amount/type", true,
            false);
        row("array items", "{'items':{'type':'string'}}", "{'items':{'type':['string','null']}}",
            "widened type from string to null or string", "/items/type", false, true);
        row("longer tuple", "{'items':[{'type':'string'}]}",
            "{'items':[{'type':'string'},{'type':'integer'}]}",
            "narrowed type from any type to integer", "/items/1/type", true, false);
        row("unique items", "{'items':{}}", "{'items':{},'uniqueItems':true}",
            "items must now be unique", "/uniqueItems", true, false);
        row("through $ref",
            "{'properties':{'a':{'$ref':'#/definitions/A'}},'definitions':{'A':{'type':'string'}}}",
            "{'properties':{'a':{'$ref':'#/definitions/"
            "A'}},'definitions':{'A':{'type':'integer'}}}",
            "changed type from string to integer", "/definitions/A/type", true, true);
        row("changed remote $ref", "{'$ref':'http://example.com/a.json'}",
            "{'$ref':'http://example.com/b.json'}",
            "changed reference from \"http://example.com/a.json\" to \"http://example.com/b.json\"",
            "/$ref", true, true);
        row("anyOf grew", "{'anyOf':[{'type':'string'}]}",
            "{'anyOf':[{'type':'string'},{'type':'null'}]}",
            "changed 'anyOf', which may accept different values", "/anyOf", true, true);
        row("anyOf branch", "{'anyOf':[{'type':'string'},{'type':'null'}]}",
            "{'anyOf':[{'type':'string','maxLength':5},{'type':'null'}]}", "added maxLength 5",
            "/anyOf/0/maxLength", true, false);
    }

    void rules()
    {
        QFETCH(QString, older);
        QFETCH(QString, newer);
        QFETCH(QString, reason);
        QFETCH(QString, pointer);
        QFETCH(bool, breaksBackward);
        QFETCH(bool, breaksForward);
        const auto report =
            compareSchemas(schemaText(older.toStdString()), schemaText(newer.toStdString()));
        QVERIFY2(report.findings.size() == 1, qPrintable(describe(report)));
        const auto &finding = report.findings.front();
        QCOMPARE(QString::fromStdString(finding.reason), reason);
        QCOMPARE(QString::fromStdString(finding.pointer), pointer);
        QCOMPARE(finding.breaksBackward, breaksBackward);
        QCOMPARE(finding.breaksForward, breaksForward);
        QCOMPARE(report.backward(), !breaksBackward);
        QCOMPARE(report.forward(), !breaksForward);
        QCOMPARE(report.full(), !breaksBackward && !breaksForward);
        QCOMPARE(report.satisfies(Compatibility::Backward), report.backward());
        QCOMPARE(report.satisfies(Compatibility::Forward), report.forward());
        QCOMPARE(report.satisfies(Compatibility::Full), report.full());
    }

    void identicalSchemasAreFullyCompatible()
    {
        const json schema =
            schemaText("{'type':'object','required':['id'],'properties':{'id':{'type':'string','"
                       "format':'uuid'},"
                       "'amount':{'type':'number','minimum':0,'exclusiveMaximum':1e6},"
                       "'children':{'type':'array','items':{'$ref':'#'}},"
                       "'status':{'enum':['OPEN','CLOSED']},'meta':{'$ref':'#/definitions/meta'}},"
                       "'additionalProperties':false,'definitions':{'meta':{'type':'object'}}}");
        const auto report = compareSchemas(schema, schema);
        QVERIFY2(report.findings.empty(), qPrintable(describe(report)));
        QVERIFY(report.full());
        QVERIFY(report.satisfies(Compatibility::Full));
    }

    void sameBoundWrittenTwoWays()
    {
        // Draft 4 and draft 7 spell an exclusive minimum differently.
        const auto report = compareSchemas(schemaText("{'minimum':5,'exclusiveMinimum':true}"),
                                           schemaText("{'exclusiveMinimum':5}"));
        QVERIFY2(report.findings.empty(), qPrintable(describe(report)));
    }

    void recursiveSchemasTerminate()
    {
        const json older = schemaText("{'type':'object','properties':{'name':{'type':'string'},"
                                      "'children':{'type':'array','items':{'$ref':'#'}}}}");
        json newer = older;
        newer["properties"]["name"]["maxLength"] = 20;
        const auto report = compareSchemas(older, newer);
        QVERIFY2(report.findings.size() == 1, qPrintable(describe(report)));
        QCOMPARE(report.findings[0].pointer, std::string("/properties/name/maxLength"));
        QVERIFY(!report.backward());
        QVERIFY(report.forward());
        QVERIFY(!report.satisfies(Compatibility::Full));
    }

    void severalChangesAddUp()
    {
        const auto report =
            compareSchemas(schemaText("{'properties':{'a':{'type':'string'}},'required':['a']}"),
                           schemaText("{'properties':{'b':{'type':'string'}},'required':['b']}"));
        // 'a' removed while required (forward), 'b' added as required (backward).
        QCOMPARE(report.findings.size(), std::size_t(2));
        QVERIFY(!report.backward());
        QVERIFY(!report.forward());
        QVERIFY(!report.satisfies(Compatibility::Backward));
        QVERIFY(!report.satisfies(Compatibility::Forward));
    }
};

QTEST_GUILESS_MAIN(TestCompatibility)
#include "test_compatibility.moc"
