// The CloudEvents JSON format: reading, writing, and the conformance fixtures.
#include "common/json_text.h"
#include "model/json_format.h"
#include "test_support.h"

#include <QDir>
#include <QRegularExpression>

using namespace causeway;
using namespace causeway::model;
using nlohmann::json;

namespace {

Result<CloudEvent> readText(const std::string &text)
{
    auto parsed = json_text::parse(text);
    if (!parsed)
        return parsed.error();
    return readJsonEvent(*parsed);
}

const char *kMinimal = R"({"specversion":"1.0","id":"1","type":"t","source":"/s")";

std::string minimalWith(const std::string &members)
{
    return std::string(kMinimal) + "," + members + "}";
}

} // namespace

class TestJsonFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every fixture gets the verdict EXPECTED.md gives it.
    void conformanceFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("accept");
        const std::string expected = testsupport::readText(
            testsupport::sharedPath("conformance/cloudevents/json-fixtures/EXPECTED.md"));
        QRegularExpression row(QStringLiteral(R"(^\| (\S+\.json) \| (ACCEPT|REJECT) \|)"),
                               QRegularExpression::MultilineOption);
        int rows = 0;
        for (const auto &match : row.globalMatch(QString::fromStdString(expected))) {
            QTest::addRow("%s", qPrintable(match.captured(1)))
                << match.captured(1) << (match.captured(2) == QStringLiteral("ACCEPT"));
            ++rows;
        }
        QCOMPARE(rows, 17);
    }

    void conformanceFixtures()
    {
        QFETCH(QString, file);
        QFETCH(bool, accept);
        const std::string text = testsupport::readText(
            testsupport::sharedPath("conformance/cloudevents/json-fixtures/" + file.toStdString()));
        QVERIFY(!text.empty());
        const auto event = readText(text);
        QVERIFY2(event.ok() == accept, event.ok() ? "accepted" : event.error().toString().c_str());
        if (!accept)
            return;
        // Writing and reading again gives the same event.
        const auto again = readJsonEvent(writeJsonEvent(*event));
        QVERIFY(again.ok());
        QCOMPARE(*again, *event);
    }

    void fixturesDecodeToTheirPayloads()
    {
        const auto dir = testsupport::sharedPath("conformance/cloudevents/json-fixtures/");
        const auto text = readText(testsupport::readText(dir + "base64_text_data.json"));
        QVERIFY(text.ok());
        QCOMPARE(std::get<BinaryData>(text->data).bytes, std::string("Hello World Lorena!"));

        const auto plain = readText(testsupport::readText(dir + "text_data.json"));
        QCOMPARE(std::get<TextData>(plain->data).text, std::string("Hello World Lorena!"));

        const auto nullSubject = readText(testsupport::readText(dir + "min_subject_null.json"));
        const auto minimal = readText(testsupport::readText(dir + "min.json"));
        QVERIFY(!nullSubject->subject.has_value());
        QCOMPARE(*nullSubject, *minimal);

        const auto numbers = readText(testsupport::readText(dir + "numeric_ext.json"));
        QCOMPARE(numbers->extensions.at("integer"), AttributeValue::integer(42));
        QCOMPARE(numbers->extensions.at("decimal"), AttributeValue::string("42.42"));

        const auto fraction =
            readText(testsupport::readText(dir + "json_data_with_fractional_time.json"));
        QCOMPARE(writeJsonEvent(*fraction)["time"].get<std::string>(),
                 std::string("2018-04-26T14:48:09.1234Z"));
    }

    void rejections_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("messagePart");
        const auto row = [](const char *name, const std::string &text, const char *pointer,
                            const char *part) {
            QTest::addRow("%s", name) << QString::fromStdString(text) << pointer << part;
        };
        row("not an object", "[1]", "", "JSON object");
        row("missing id", R"({"specversion":"1.0","type":"t","source":"/s"})", "/id", "missing");
        row("empty type", R"({"specversion":"1.0","id":"1","type":"","source":"/s"})", "/type",
            "missing or empty");
        row("wrong specversion", R"({"specversion":"0.3","id":"1","type":"t","source":"/s"})",
            "/specversion", "unsupported specversion");
        row("id is a number", R"({"specversion":"1.0","id":1,"type":"t","source":"/s"})", "/id",
            "not a number");
        row("source with space", R"({"specversion":"1.0","id":"1","type":"t","source":"a b"})",
            "/source", "space");
        row("bad time", minimalWith(R"("time":"yesterday")"), "/time", "RFC 3339");
        row("dataschema relative", minimalWith(R"("dataschema":"/x")"), "/dataschema",
            "absolute URI");
        row("both data forms", minimalWith(R"("data":{},"data_base64":"e30=")"), "",
            "mutually exclusive");
        row("bad base64", minimalWith(R"("data_base64":"e30")"), "/data_base64", "base64");
        row("object data for text", minimalWith(R"("datacontenttype":"text/plain","data":{})"),
            "/data", "must be a string");
        row("decimal extension", minimalWith(R"("ratio":0.5)"), "/ratio", "decimal");
        row("too large extension", minimalWith(R"("big":2147483648)"), "/big", "32-bit");
        row("array extension", minimalWith(R"("list":[1])"), "/list", "array");
        row("object extension", minimalWith(R"("obj":{})"), "/obj", "object");
        row("integer extension as string", minimalWith(R"("prioritylevel":"3")"), "/prioritylevel",
            "Integer");
        row("boolean extension as string", minimalWith(R"("synthetic":"true")"), "/synthetic",
            "Boolean");
        row("control character", minimalWith(R"("subject":"a\u0007b")"), "/subject",
            "control character");
        row("name too long", minimalWith(R"("abcdefghijabcdefghijk":"x")"),
            "/abcdefghijabcdefghijk", "longer than 20");
    }

    void rejections()
    {
        QFETCH(QString, text);
        QFETCH(QString, pointer);
        QFETCH(QString, messagePart);
        const auto event = readText(text.toStdString());
        QVERIFY(!event.ok());
        QCOMPARE(QString::fromStdString(event.error().where.pointer), pointer);
        QVERIFY2(QString::fromStdString(event.error().message).contains(messagePart),
                 event.error().message.c_str());
    }

    void jsonDataIsNeverDoubleEncoded()
    {
        // A JSON string payload stays a string; a JSON object stays an object.
        // (Built as JSON rather than a raw string literal: moc mis-reads \" inside R"(...)".)
        json input = json::parse(std::string(kMinimal) + "}");
        input["datacontenttype"] = "application/json";
        input["data"] = "{\"a\":1}";
        const auto event = readJsonEvent(input);
        QVERIFY(event.ok());
        const json written = writeJsonEvent(*event);
        QVERIFY(written["data"].is_string());
        QCOMPARE(written["data"].get<std::string>(), std::string("{\"a\":1}"));

        const auto object = readText(minimalWith(R"("data":{"a":[1,2]})"));
        QCOMPARE(writeJsonEvent(*object)["data"], json::parse(R"({"a":[1,2]})"));
        QVERIFY(writeJsonEvent(*object).dump().find("\\\"") == std::string::npos);
    }

    void movingReaderGivesTheSameEvent()
    {
        const json raw = json::parse(minimalWith(R"("subject":"s","data":{"a":[1,2],"b":"x"})"));
        const auto copied = readJsonEvent(raw);
        json movable = raw;
        const auto moved = readJsonEvent(std::move(movable));
        QVERIFY(copied.ok() && moved.ok());
        QCOMPARE(*moved, *copied);
        QVERIFY(!readJsonEvent(json::parse(minimalWith(R"("data":{},"data_base64":"e30=")"))).ok());
    }

    void nullDataMeansNoData()
    {
        const auto event = readText(minimalWith(R"("data":null)"));
        QVERIFY(event.ok());
        QVERIFY(std::holds_alternative<std::monostate>(event->data));
        QVERIFY(!writeJsonEvent(*event).contains("data"));
    }

    void knownExtensionsAreTyped()
    {
        const auto event = readText(minimalWith(
            R"("prioritylevel":3,"synthetic":true,"retrycount":0,"correlationid":"c-1")"));
        QVERIFY(event.ok());
        QCOMPARE(event->attribute("prioritylevel")->type(), AttributeType::Integer);
        QCOMPARE(event->attribute("synthetic")->asBool(), true);
        QCOMPARE(event->attribute("source")->type(), AttributeType::UriReference);
        QCOMPARE(event->extensionText("correlationid"), std::string_view("c-1"));
    }

    void batches()
    {
        const auto batch =
            json::parse(std::string("[") + kMinimal + "}," + kMinimal + R"(,"id":""}])");
        const auto events = readJsonBatch(batch);
        QVERIFY(!events.ok());
        QCOMPARE(events.error().where.pointer, std::string("/1/id"));

        const auto good = readJsonBatch(json::parse(std::string("[") + kMinimal + "}]"));
        QVERIFY(good.ok());
        QCOMPARE(good->size(), std::size_t(1));
        QCOMPARE(writeJsonBatch(*good).size(), std::size_t(1));
        QVERIFY(!readJsonBatch(json::object()).ok());
    }

    void parseErrorsHaveLineAndColumn()
    {
        const auto parsed = json_text::parse("{\n  \"id\": \"1\",\n  \"type\": tru\n}", "e.json");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().where.file, std::string("e.json"));
        QCOMPARE(parsed.error().where.line, 3);
        QVERIFY(parsed.error().where.column > 0);

        const auto invalid = json_text::parse("{\"a\": \"\xC3\x28\"}", "bad.json");
        QVERIFY(!invalid.ok());
        QVERIFY(QString::fromStdString(invalid.error().message).contains(QStringLiteral("UTF-8")));
        QCOMPARE(invalid.error().where.column, 8);
    }

    void pointersLocateInText()
    {
        const std::string text = "{\n  \"a\": {\n    \"b/c\": [10,\n      20]\n  }\n}";
        const auto pos = json_text::locate(text, "/a/b~1c/1");
        QCOMPARE(pos.line, 4);
        QCOMPARE(pos.column, 7);
        // A missing member points at the deepest value that exists.
        QCOMPARE(json_text::locate(text, "/a/missing").line, 2);
        QCOMPARE(json_text::locate(text, "").line, 1);
    }
};

QTEST_GUILESS_MAIN(TestJsonFormat)
#include "test_json_format.moc"
