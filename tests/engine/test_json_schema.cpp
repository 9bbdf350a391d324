// JsonSchema beyond the official suite: the messages and pointers people read, schema
// errors, formats, remote documents and use from several threads.
#include "schema/format_checks.h"
#include "schema/json_schema.h"
#include "schema/quick_check.h"
#include "test_support.h"

#include <thread>

using namespace causeway;
using namespace causeway::schema;
using nlohmann::json;

Q_DECLARE_METATYPE(causeway::schema::Draft)

namespace {

std::shared_ptr<const JsonSchema> compiled(const json &schema, Draft draft = Draft::Draft7)
{
    auto result = JsonSchema::compile(schema, draft);
    if (!result)
        qWarning("%s", result.error().toString().c_str());
    return result ? *result : nullptr;
}

json parse(const QString &text)
{
    return json::parse(text.toStdString());
}

} // namespace

class TestJsonSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One problem, one issue: the leaf, with its pointer and a readable message.
    void issues_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const char *schema, const char *instance,
                            const char *pointer, const char *message) {
            QTest::addRow("%s", name) << schema << instance << pointer << message;
        };
        row("minimum", R"({"properties":{"amount":{"type":"integer","minimum":1000}}})",
            R"({"amount":250})", "/amount", "value 250 is less than the minimum 1000");
        row("required", R"({"type":"object","required":["amount"]})", R"({})", "",
            "missing required property 'amount'");
        row("nested required", R"({"properties":{"loan":{"required":["amount"]}}})",
            R"({"loan":{}})", "/loan", "missing required property 'amount'");
        row("type", R"({"properties":{"amount":{"type":"integer"}}})", R"({"amount":"12"})",
            "/amount", "expected type integer, got string");
        row("array item",
            R"({"properties":{"items":{"items":{"properties":{"name":{"type":"string"}}}}}})",
            R"({"items":[{"name":"a"},{"name":5}]})", "/items/1/name",
            "expected type string, got integer");
        row("escaped pointer", R"({"properties":{"a/b":{"properties":{"c~d":{"type":"null"}}}}})",
            R"({"a/b":{"c~d":1}})", "/a~1b/c~0d", "expected type null, got integer");
        row("closed object", R"({"properties":{"id":{}},"additionalProperties":false})",
            R"({"id":1,"extra":2})", "/extra", "property 'extra' is not allowed");
        row("false schema", R"({"properties":{"legacy":false}})", R"({"legacy":1})", "/legacy",
            "property 'legacy' is not allowed");
        row("enum", R"({"enum":["PENDING","DONE"]})", R"("PENDINGX")", "",
            R"(value "PENDINGX" is not one of the allowed values)");
        row("maxLength", R"({"maxLength":5})", R"("abcdefg")", "",
            "string is 7 characters long, more than the maximum 5");
        row("minItems", R"({"minItems":2})", R"([1])", "",
            "array has 1 items, fewer than the minimum 2");
        row("exclusiveMaximum", R"({"exclusiveMaximum":10})", "10", "",
            "value 10 must be less than 10");
        row("fractional maximum", R"({"maximum":0.5})", "0.75", "",
            "value 0.75 is greater than the maximum 0.5");
        row("multipleOf", R"({"multipleOf":5})", "12", "", "value 12 is not a multiple of 5");
        row("pattern", R"({"pattern":"^[A-Z]+$"})", R"("abc")", "",
            R"(value "abc" does not match the required pattern)");
        row("format", R"({"format":"email"})", R"("not-an-email")", "",
            R"("not-an-email" is not an email address)");
        row("uniqueItems", R"({"uniqueItems":true})", "[1,2,1]", "",
            "items 0 and 2 are equal; items must be unique");
        row("anyOf types", R"({"anyOf":[{"type":"integer"},{"type":"string"}]})", "true", "",
            "expected type integer or string, got boolean");
        row("tuple too long", R"({"items":[{}],"additionalItems":false})", "[1,2]", "",
            "array may have at most 1 items");
        row("const", R"({"const":"v1"})", R"("v2")", "",
            R"(value "v2" is not the required constant)");
        row("oneOf twice", R"({"oneOf":[{"type":"integer"},{"minimum":0}]})", "3", "",
            "value matches more than one alternative of 'oneOf'");
        row("dependency", R"({"dependencies":{"card":["billing"]}})", R"({"card":1})", "",
            "missing property 'billing', which another property requires");
    }

    void issues()
    {
        QFETCH(QString, schema);
        QFETCH(QString, instance);
        QFETCH(QString, pointer);
        QFETCH(QString, message);
        const auto compiledSchema = compiled(parse(schema));
        QVERIFY(compiledSchema);
        const json value = parse(instance);
        QVERIFY(!compiledSchema->isValid(value));
        const auto issues = compiledSchema->validate(value);
        QCOMPARE(issues.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(issues[0].pointer), pointer);
        QCOMPARE(QString::fromStdString(issues[0].message), message);
    }

    void everyProblemIsReported()
    {
        const auto schema = compiled(json::parse(R"({
            "type": "object",
            "required": ["id", "amount"],
            "properties": {
                "amount": {"type": "number", "minimum": 0},
                "tags": {"type": "array", "items": {"type": "string"}}
            }
        })"));
        QVERIFY(schema);
        const auto issues = schema->validate(json::parse(R"({"amount": -1, "tags": ["a", 2, 3]})"));
        const std::vector<SchemaIssue> expected = {
            {"", "missing required property 'id'"},
            {"/amount", "value -1 is less than the minimum 0"},
            {"/tags/1", "expected type string, got integer"},
            {"/tags/2", "expected type string, got integer"},
        };
        QCOMPARE(issues.size(), expected.size());
        for (const auto &issue : expected)
            QVERIFY2(std::find(issues.begin(), issues.end(), issue) != issues.end(),
                     (issue.pointer + " " + issue.message).c_str());
        QVERIFY(schema->validate(json::parse(R"({"id": 1, "amount": 3})")).empty());
    }

    void schemaErrors_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<Draft>("draft");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("messagePart");
        const auto row = [](const char *name, const char *schema, Draft draft, const char *pointer,
                            const char *part) {
            QTest::addRow("%s", name) << schema << draft << pointer << part;
        };
        const Draft d7 = Draft::Draft7;
        row("type is a number", R"({"type":5})", d7, "/type", "'type' must be a type name");
        row("unknown type", R"({"properties":{"a":{"type":"strin"}}})", d7, "/properties/a/type",
            "unknown type 'strin'");
        row("required is a string", R"({"required":"x"})", d7, "/required",
            "array of property names");
        row("minimum is a string", R"({"properties":{"a":{"minimum":"3"}}})", d7,
            "/properties/a/minimum", "'minimum' must be a number");
        row("negative count", R"({"minLength":-1})", d7, "/minLength", "non-negative integer");
        // Escaped rather than raw strings where they hold "#" or "(": moc reads a raw string
        // literal as a plain one, and then takes "#" for a directive and "(" for code.
        row("bad pattern", "{\"pattern\":\"([\"}", d7, "/pattern",
            "not a valid regular expression");
        row("items is a number", R"({"items":5})", d7, "/items", "expected a schema");
        row("missing definition", "{\"$ref\":\"#/definitions/nope\"}", d7, "/$ref",
            "points to nothing");
        row("unknown remote", R"({"properties":{"a":{"$ref":"http://example.com/a.json"}}})", d7,
            "/properties/a/$ref", "cannot resolve");
        row("ref loop",
            "{\"definitions\":{\"a\":{\"$ref\":\"#/definitions/b\"},"
            "\"b\":{\"$ref\":\"#/definitions/a\"}},\"$ref\":\"#/definitions/a\"}",
            d7, "/definitions/b/$ref", "loop");
        row("allOf loop", "{\"allOf\":[{\"$ref\":\"#\"}]}", d7, "/allOf/0/$ref", "loop");
        row("root is an array", "[1]", d7, "", "an object or a boolean");
        row("boolean root in draft 4", "true", Draft::Draft4, "", "must be an object");
        row("draft 4 exclusive bound alone", R"({"exclusiveMinimum":true})", Draft::Draft4,
            "/exclusiveMinimum", "needs 'minimum'");
        row("draft 7 exclusive bound as boolean", R"({"minimum":1,"exclusiveMinimum":true})", d7,
            "/exclusiveMinimum", "must be a number");
    }

    void schemaErrors()
    {
        QFETCH(QString, schema);
        QFETCH(Draft, draft);
        QFETCH(QString, pointer);
        QFETCH(QString, messagePart);
        const auto result = JsonSchema::compile(parse(schema), draft);
        QVERIFY(!result.ok());
        QCOMPARE(QString::fromStdString(result.error().where.pointer), pointer);
        QVERIFY2(QString::fromStdString(result.error().message).contains(messagePart),
                 result.error().message.c_str());
    }

    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *format, const char *value, bool valid) {
            QTest::addRow("%s %s", format, value) << format << value << valid;
        };
        row("date", "2024-02-29", true);
        row("date", "2023-02-29", false);
        row("date", "2024-13-01", false);
        row("time", "16:52:45.5+02:00", true);
        row("time", "16:52:45", false);
        row("time", "23:59:60Z", true); // a leap second
        row("time", "24:00:00Z", false);
        row("time", "12:60:00Z", false);
        row("time", "12:00:00.Z", false);
        row("time", "12:00:00+0100", false);
        row("time", "12:00:00+01:00 ", false);
        row("date", "2024-1-01", false);
        row("date-time", "2018-04-26t14:48:09.123-05:30", true);
        row("date-time", "2018-04-26T14:48:09Z", true);
        row("date-time", "2018-04-26 14:48:09", false);
        row("email", "ada.lovelace+loans@example.co.uk", true);
        row("email", "ada@@example.com", false);
        row("email", ".ada@example.com", false);
        row("email", "ada@-example.com", false);
        row("email", "ada@example-.com", false);
        row("email", "ada@example..com", false);
        row("email", "ada@example.com.", false);
        row("email", "ada@localhost", true);
        row("email", "ada@x1-2.example", true);
        row("email", "ada@exa_mple.com", false);
        row("email", "ada@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com", true);
        row("email", "ada@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com", false);
        row("uri", "https://example.com/a?b=c#d", true);
        row("uri", "urn:isbn:0451450523", true);
        row("uri", "/relative/path", false);
        row("uri", "http://exa mple.com", false);
        row("uri", "http://example.com/%zz", false);
        row("uuid", "01234567-89ab-cdef-0123-456789ABCDEF", true);
        row("uuid", "01234567-89ab-cdef-0123-456789abcde", false);
        row("uuid", "01234567-89ab-cdef-0123-456789abcdeg", false);
        row("uuid", "01234567-89ab-cdef-0123-456789abcd\xc3\xa9", false); // 36 bytes
        row("email", "jos\xe9@example.com", false);                       // a Latin-1 letter
        row("email", "jos\xc3\xa9@example.com", false);
        row("uri", "9p://example.com", false);
        row("ipv4", "192.168.0.1", true);
        row("ipv4", "256.1.1.1", false);
        row("ipv4", "01.2.3.4", false);
        row("ipv4", "1.2.3", false);
        row("unknown-format", "anything", true);
    }

    void formats()
    {
        QFETCH(QString, format);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(!formatProblem(format.toStdString(), value.toStdString()).has_value(), valid);
        const auto schema = compiled({{"format", format.toStdString()}});
        QVERIFY(schema);
        QCOMPARE(schema->isValid(value.toStdString()), valid);
    }

    void formatsOnlyConstrainStrings()
    {
        const auto schema = compiled({{"format", "date"}});
        QVERIFY(schema);
        QVERIFY(schema->isValid(12));
        QVERIFY(schema->isValid(json::object({{"a", 1}})));
        QVERIFY(!schema->isValid("12"));
    }

    // valijson looks "propertyNames" up under its parent's path, where a "$ref" to the
    // parent has already left the parent schema; the bundler keeps them apart.
    void propertyNamesBesideARecursiveRef()
    {
        const auto schema = compiled(
            {{"properties", {{"child", {{"$ref", "#"}}}}}, {"propertyNames", {{"maxLength", 5}}}});
        QVERIFY(schema);
        QVERIFY(schema->isValid(json::parse(R"({"child":{"abc":1}})")));
        QVERIFY(!schema->isValid(json::parse(R"({"abcdef":1})")));
        QVERIFY(!schema->isValid(json::parse(R"({"child":{"abcdef":1}})")));
    }

    void schemaDependencies()
    {
        const auto dependencies = compiled(
            json::parse(R"({"dependencies":{"x":{"required":["y"]},"z":{"required":["w"]}}})"));
        QVERIFY(dependencies);
        QVERIFY(dependencies->isValid(json::parse(R"({"z":1,"w":2})")));
        QVERIFY(!dependencies->isValid(json::parse(R"({"z":1,"y":2})")));
        QCOMPARE(dependencies->validate(json::parse(R"({"x":1})")),
                 (std::vector<SchemaIssue>{{"", "missing required property 'y'"}}));
    }

    void integersFollowTheDraft()
    {
        // From draft 6 on 1.0 is an integer; draft 4 wants it written without a fraction.
        const json schema = {{"type", "integer"}};
        QVERIFY(compiled(schema, Draft::Draft7)->isValid(1.0));
        QVERIFY(!compiled(schema, Draft::Draft4)->isValid(1.0));
        QVERIFY(!compiled(schema, Draft::Draft7)->isValid(1.5));
    }

    // The quick check hands every doubtful instance on to the full validator: for each of these
    // invalid instances it must not vouch, and the full answer must be "invalid".
    void theQuickCheckNeverVouchesForAnInvalidInstance_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<int>("draft");
        const auto row = [](const char *name, const char *schema, const char *instance,
                            Draft draft = Draft::Draft7) {
            QTest::newRow(name) << QString::fromUtf8(schema) << QString::fromUtf8(instance)
                                << int(draft);
        };
        row("empty tuple, no more items", R"({"items": [], "additionalItems": false})", "[1]");
        row("tuple item", R"({"items": [{"type": "string"}]})", "[1]");
        row("closed object", R"({"properties": {"a": {}}, "additionalProperties": false})",
            R"({"b": 1})");
        row("additional schema", R"({"additionalProperties": {"type": "string"}})", R"({"b": 1})");
        row("required", R"({"required": ["a"]})", "{}");
        row("required, last of several", R"({"required": ["c", "a", "b"]})", R"({"a": 1, "b": 2})");
        row("required, between members", R"({"required": ["b"]})", R"({"a": 1, "c": 2})");
        row("unique texts", R"({"uniqueItems": true})", R"(["a", "b", "a"])");
        row("unique numbers", R"({"uniqueItems": true})", "[1, 1.0]");
        row("unique objects", R"({"uniqueItems": true})", R"([{"a": "x"}, {"a": "x"}])");
        row("unique objects with numbers", R"({"uniqueItems": true})", R"([{"a": 1}, {"a": 1.0}])");
        row("not an integer", R"({"type": "integer"})", "1.5");
        row("draft 4 exclusive minimum", R"({"minimum": 5, "exclusiveMinimum": true})", "5",
            Draft::Draft4);
        row("draft 7 exclusive maximum", R"({"exclusiveMaximum": 5})", "5");
        row("code points", R"({"maxLength": 2})", R"("äöü")");
        row("pattern", R"({"pattern": "^APP-[0-9]{3}$"})", R"("APP-12")");
        row("format", R"({"format": "email"})", R"("ada@-x.com")");
        row("enum", R"({"enum": [1, "a"]})", "2");
        row("const object", R"({"const": {"a": [1]}})", R"({"a": [2]})");
        row("unknown keyword", R"({"multipleOf": 3})", "4");
        row("false schema", R"({"properties": {"a": false}})", R"({"a": 1})");
        row("item count", R"({"minItems": 2})", "[1]");
        row("member count", R"({"maxProperties": 1})", R"({"a": 1, "b": 2})");
    }

    void theQuickCheckNeverVouchesForAnInvalidInstance()
    {
        QFETCH(QString, schema);
        QFETCH(QString, instance);
        QFETCH(int, draft);
        const json schemaJson = json::parse(schema.toStdString());
        const json instanceJson = json::parse(instance.toStdString());
        const auto compiled = JsonSchema::compile(schemaJson, static_cast<Draft>(draft));
        QVERIFY(compiled.ok());
        QVERIFY(!(*compiled)->isValid(instanceJson));
        QVERIFY(!QuickCheck(schemaJson, static_cast<Draft>(draft)).accepts(instanceJson));
    }

    void remoteDocumentsComeFromTheResolver()
    {
        const json address =
            json::parse(R"({"definitions":{"zip":{"type":"string","pattern":"^[0-9]{5}$"}}})");
        QStringList asked;
        const DocumentResolver resolver = [&](const std::string &uri) -> const json * {
            asked << QString::fromStdString(uri);
            return uri == "https://schemas.example.com/common/address.json" ? &address : nullptr;
        };
        const json schema = {
            {"$id", "https://schemas.example.com/loans/application.json"},
            {"properties", {{"zip", {{"$ref", "../common/address.json#/definitions/zip"}}}}}};
        const auto result = JsonSchema::compile(schema, Draft::Draft7, resolver);
        QVERIFY2(result.ok(), result ? "" : result.error().toString().c_str());
        QCOMPARE(asked,
                 QStringList{QStringLiteral("https://schemas.example.com/common/address.json")});
        QVERIFY((*result)->isValid(json::parse(R"({"zip":"12345"})")));
        QCOMPARE((*result)->validate(json::parse(R"({"zip":"1234"})")).at(0).pointer,
                 std::string("/zip"));
        QCOMPARE((*result)->document(), schema);
        QCOMPARE((*result)->draft(), Draft::Draft7);
    }

    void severalThreadsShareOneSchema()
    {
        const auto schema = compiled(json::parse(R"({
            "type": "object",
            "properties": {"code": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]+$"}},
            "required": ["code"]
        })"));
        QVERIFY(schema);
        std::vector<json> instances;
        for (int i = 0; i < 200; ++i)
            instances.push_back({{"code", i % 3 == 0 ? "abc" : "ABC-" + std::to_string(i)}});
        std::vector<std::size_t> expected;
        for (const auto &instance : instances)
            expected.push_back(schema->validate(instance).size());

        std::atomic<int> mismatches{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int round = 0; round < 20; ++round) {
                    for (std::size_t i = 0; i < instances.size(); ++i) {
                        if (schema->validate(instances[i]).size() != expected[i] ||
                            schema->isValid(instances[i]) != (expected[i] == 0))
                            ++mismatches;
                    }
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
        QCOMPARE(expected[0], std::size_t(1)); // "abc" fails the pattern
    }

    void draftsFromSchemaUris()
    {
        QCOMPARE(draftFromSchemaUri("http://json-schema.org/draft-07/schema#"), Draft::Draft7);
        QCOMPARE(draftFromSchemaUri("https://json-schema.org/draft-07/schema"), Draft::Draft7);
        QCOMPARE(draftFromSchemaUri("http://json-schema.org/draft-04/schema#"), Draft::Draft4);
        QVERIFY(!draftFromSchemaUri("https://json-schema.org/draft/2020-12/schema"));
        QVERIFY(!draftFromSchemaUri(""));
    }
};

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "test_json_schema.moc"
