// The CloudEvents type system: names, canonical encodings and value rules.
#include "common/ascii.h"
#include "common/utf8.h"
#include "model/attribute.h"
#include "model/calendar.h"
#include "model/extensions.h"
#include "test_events.h"
#include "test_support.h"

using namespace causeway::model;
namespace utf8 = causeway::utf8;

class TestAttribute : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attributeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addRow("lower-case letters") << "correlationid" << true;
        QTest::addRow("letters and digits") << "ext2" << true;
        QTest::addRow("exactly 20 characters") << "abcdefghijabcdefghij" << true;
        QTest::addRow("21 characters") << "abcdefghijabcdefghijk" << false;
        QTest::addRow("upper case") << "aString" << false;
        QTest::addRow("underscore") << "a_invalid_name" << false;
        QTest::addRow("hyphen") << "detail-type" << false;
        QTest::addRow("reserved data") << "data" << false;
        QTest::addRow("empty") << "" << false;
    }

    void attributeNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(!checkAttributeName(name.toStdString()).has_value(), valid);
    }

    void canonicalStrings_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("text"); // raw bytes: some rows are not UTF-8
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *name, AttributeType type, const char *text, bool valid) {
            QTest::addRow("%s", name) << int(type) << QByteArray(text) << valid;
        };
        row("boolean true", AttributeType::Boolean, "true", true);
        row("boolean is case-sensitive", AttributeType::Boolean, "True", false);
        row("integer", AttributeType::Integer, "-42", true);
        row("integer max", AttributeType::Integer, "2147483647", true);
        row("integer min", AttributeType::Integer, "-2147483648", true);
        row("integer overflow", AttributeType::Integer, "2147483648", false);
        row("integer leading zero", AttributeType::Integer, "042", false);
        row("integer fraction", AttributeType::Integer, "4.2", false);
        row("integer plus sign", AttributeType::Integer, "+4", false);
        row("string unicode", AttributeType::String, "caf\xC3\xA9 \xF0\x9F\x98\x80", true);
        row("string newline", AttributeType::String, "a\nb", false);
        row("string C1 control", AttributeType::String,
            "a\xC2\x85"
            "b",
            false);
        row("string DEL", AttributeType::String, "a\x7F", false);
        row("string noncharacter FFFE", AttributeType::String, "\xEF\xBF\xBE", false);
        row("string noncharacter FDD0", AttributeType::String, "\xEF\xB7\x90", false);
        row("string plane-1 noncharacter", AttributeType::String, "\xF0\x9F\xBF\xBF", false);
        row("string encoded surrogate", AttributeType::String, "\xED\xA0\x80", false);
        row("string invalid UTF-8", AttributeType::String, "\xC3", false);
        row("binary", AttributeType::Binary, "4P8ARKo=", true);
        row("binary bad padding", AttributeType::Binary, "4P8ARKo", false);
        row("binary bad alphabet", AttributeType::Binary, "4P8A*Ko=", false);
        row("uri", AttributeType::Uri, "https://example.com/a?b=c#d", true);
        row("uri urn", AttributeType::Uri, "urn:causeway:loan", true);
        row("uri relative", AttributeType::Uri, "/relative/path", false);
        row("uri with space", AttributeType::Uri, "http://a b", false);
        row("uri bad escape", AttributeType::Uri, "http://a/%zz", false);
        row("uri-ref relative", AttributeType::UriReference, "/loans/web", true);
        row("uri-ref bare name", AttributeType::UriReference, "OrderService", true);
        row("uri-ref network path", AttributeType::UriReference, "//github.com/x/y", true);
        row("uri-ref absolute", AttributeType::UriReference, "http://localhost/source", true);
        row("uri-ref colon in first segment", AttributeType::UriReference, "1a:b", false);
        row("uri-ref every mark", AttributeType::UriReference, "/a-b._~!$&'()*+,;=@[]?q:/#f", true);
        row("uri-ref escape", AttributeType::UriReference, "/caf%C3%A9", true);
        row("uri-ref two fragments", AttributeType::UriReference, "/a#b#c", false);
        row("uri-ref non-ascii", AttributeType::UriReference, "/caf\u00e9", false);
        row("uri-ref quote", AttributeType::UriReference, "/a\"b", false);
        row("timestamp utc", AttributeType::Timestamp, "2018-04-26T14:48:09Z", true);
        row("timestamp offset", AttributeType::Timestamp, "2018-04-26T14:48:09+02:00", true);
        row("timestamp fraction", AttributeType::Timestamp, "2018-04-26T14:48:09.1234Z", true);
        row("timestamp leap day", AttributeType::Timestamp, "2024-02-29T00:00:00Z", true);
        row("timestamp no leap day", AttributeType::Timestamp, "2023-02-29T00:00:00Z", false);
        row("timestamp no zone", AttributeType::Timestamp, "2018-04-26T14:48:09", false);
        row("timestamp date only", AttributeType::Timestamp, "2018-04-26", false);
        row("timestamp hour 24", AttributeType::Timestamp, "2018-04-26T24:00:00Z", false);
    }

    void canonicalStrings()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        const auto problem = checkCanonical(static_cast<AttributeType>(type), text.toStdString());
        QVERIFY2(problem.has_value() != valid, problem ? problem->c_str() : "accepted");
    }

    void canonicalRoundTrip()
    {
        const auto binary = AttributeValue::binary(std::string("\xE0\xFF\x00\x44\xAA", 5));
        QCOMPARE(binary.canonicalString(), std::string("4P8ARKo="));
        const auto parsed = AttributeValue::fromCanonicalString(AttributeType::Binary, "4P8ARKo=");
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, binary);
        QCOMPARE(AttributeValue::integer(-7).canonicalString(), std::string("-7"));
        QCOMPARE(AttributeValue::boolean(false).canonicalString(), std::string("false"));
    }

    void timestampsConvertToUnixTime()
    {
        QCOMPARE(timestampToUnixNanos("1970-01-01T00:00:00Z").value(), std::int64_t(0));
        QCOMPARE(timestampToUnixNanos("2018-04-26T14:48:09+02:00").value(),
                 std::int64_t(1524746889) * 1000000000);
        QCOMPARE(timestampToUnixNanos("2018-04-26T12:48:09.1234Z").value(),
                 std::int64_t(1524746889) * 1000000000 + 123400000);
        QCOMPARE(formatTimestampMillis(1469918176385), std::string("2016-07-30T22:36:16.385Z"));
    }

    void millisecondsFormatAsTimestamps_data()
    {
        QTest::addColumn<qint64>("millis");
        QTest::addColumn<QString>("text");
        QTest::newRow("epoch") << qint64(0) << "1970-01-01T00:00:00.000Z";
        QTest::newRow("just before") << qint64(-1) << "1969-12-31T23:59:59.999Z";
        QTest::newRow("leap day") << qint64(951782400007) << "2000-02-29T00:00:00.007Z";
        QTest::newRow("last of 9999") << qint64(253402300799999) << "9999-12-31T23:59:59.999Z";
        QTest::newRow("year 10000") << qint64(253402300800000) << "10000-01-01T00:00:00.000Z";
        QTest::newRow("year 1") << qint64(-62135596800000) << "0001-01-01T00:00:00.000Z";
    }

    void millisecondsFormatAsTimestamps()
    {
        QFETCH(qint64, millis);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(formatTimestampMillis(millis)), text);
        if (text.size() == 24) // RFC 3339 reads it back
            QCOMPARE(timestampToUnixNanos(text.toStdString()).value(), millis * 1000000);
    }

    // The eight-bytes-at-a-time scan stops exactly where a byte-by-byte one does, wherever
    // the first byte outside the run falls, and string checks still say where it is.
    void asciiRunsEndWhereTheFirstOtherByteIs()
    {
        for (const unsigned char odd : {0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xFF}) {
            for (std::size_t length = 1; length <= 20; ++length) {
                for (std::size_t at = 0; at < length; ++at) {
                    std::string text(length, 'a');
                    text[at] = static_cast<char>(odd);
                    const bool printableStop = odd < 0x20 || odd >= 0x7F;
                    QCOMPARE(utf8::asciiPrefix(text, true), printableStop ? at : length);
                    QCOMPARE(utf8::asciiPrefix(text), odd >= 0x80 ? at : length);
                    if (odd == 0x1F)
                        QCOMPARE(checkString(text).value_or(""),
                                 "control character U+001F at character " + std::to_string(at + 1));
                }
            }
        }
        QCOMPARE(utf8::countCodePoints("abcdefgh\xc3\xa9ijklmnop", 100), std::size_t(17));
        QCOMPARE(utf8::countCodePoints("abcdefgh\xc3\xa9ijklmnop", 9), std::size_t(9));
    }

    // The same calendar at coarser precision: a date, and whole seconds.
    void datesAndSecondsFormatOnTheSameCalendar_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("timestamp");
        QTest::newRow("epoch") << qint64(0) << "1970-01-01" << "1970-01-01T00:00:00Z";
        QTest::newRow("just before") << qint64(-1) << "1969-12-31" << "1969-12-31T23:59:59Z";
        QTest::newRow("leap day") << qint64(951782400 + 3723) << "2000-02-29"
                                  << "2000-02-29T01:02:03Z";
        QTest::newRow("year 10000") << qint64(253402300800) << "10000-01-01"
                                    << "10000-01-01T00:00:00Z";
    }

    void datesAndSecondsFormatOnTheSameCalendar()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, date);
        QFETCH(QString, timestamp);
        const std::int64_t days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
        QCOMPARE(QString::fromStdString(formatDate(days)), date);
        QCOMPARE(QString::fromStdString(formatTimestampSeconds(seconds)), timestamp);
        QCOMPARE(QString::fromStdString(formatTimestampMillis(seconds * 1000)),
                 timestamp.chopped(1) + QStringLiteral(".000Z"));
    }

    // Names, media types, formats and keywords are ASCII: every byte above 127 is no letter,
    // no digit and no space, and keeps its case, whatever the locale.
    void asciiClassesAreTheAsciiOnes()
    {
        const std::string_view letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        const std::string_view digits = "0123456789";
        const std::string_view hex = "0123456789abcdefABCDEF";
        const std::string_view spaces = " \t\n\v\f\r";
        for (int byte = 0; byte < 256; ++byte) {
            const char c = static_cast<char>(byte);
            const auto in = [c](std::string_view set) { return set.find(c) != set.npos; };
            const QByteArray what = QByteArray::number(byte);
            QVERIFY2(causeway::ascii::isAlpha(c) == in(letters), what);
            QVERIFY2(causeway::ascii::isDigit(c) == in(digits), what);
            QVERIFY2(causeway::ascii::isAlnum(c) == (in(letters) || in(digits)), what);
            QVERIFY2(causeway::ascii::isHex(c) == in(hex), what);
            QVERIFY2(causeway::ascii::isSpace(c) == in(spaces), what);
            const char lower = byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte + 32) : c;
            const char upper = byte >= 'a' && byte <= 'z' ? static_cast<char>(byte - 32) : c;
            QVERIFY2(causeway::ascii::toLower(c) == lower, what);
            QVERIFY2(causeway::ascii::toUpper(c) == upper, what);
        }
        QVERIFY(causeway::ascii::equalsIgnoringCase("Application/JSON", "application/json"));
        QVERIFY(!causeway::ascii::equalsIgnoringCase("application/json", "application/jsonx"));
        // The UTF-8 bytes of "É" and "é" differ beyond ASCII: they are not the same letter here.
        QVERIFY(!causeway::ascii::equalsIgnoringCase("\xc3\x89"
                                                     "cole",
                                                     "\xc3\xa9"
                                                     "cole"));
    }

    // An event's extensions keep their names in order, however they were set.
    void extensionsStayInNameOrder()
    {
        Extensions extensions;
        for (const char *name : {"synthetic", "correlationid", "prioritylevel", "causationid"})
            QVERIFY(extensions.insert_or_assign(name, AttributeValue::string(name)).second);
        std::vector<std::string> names;
        for (const auto &[name, value] : extensions)
            names.push_back(name);
        QCOMPARE(names, (std::vector<std::string>{"causationid", "correlationid", "prioritylevel",
                                                  "synthetic"}));
    }

    void extensionsSetInOrderAreAppendedAndStillReplaced()
    {
        Extensions extensions;
        for (const char *name : {"causationid", "correlationid", "language", "synthetic"})
            QVERIFY(extensions.insert_or_assign(name, AttributeValue::string(name)).second);
        QVERIFY(!extensions.insert_or_assign("synthetic", AttributeValue::boolean(true)).second);
        QVERIFY(!extensions.insert_or_assign("causationid", AttributeValue::string("c")).second);
        QCOMPARE(extensions.size(), std::size_t(4));
        QCOMPARE(extensions.at("synthetic"), AttributeValue::boolean(true));
        QCOMPARE(extensions.at("causationid"), AttributeValue::string("c"));
    }

    // Every core attribute is found by its name, and only by it.
    void coreAttributesAreReadByName()
    {
        CloudEvent event = testsupport::loanApplication();
        event.dataschema = "https://example.com/schema";
        event.subject = "APP-104233";
        const std::vector<std::pair<const char *, std::string>> expected = {
            {"id", event.id},
            {"source", event.source},
            {"specversion", "1.0"},
            {"type", event.type},
            {"datacontenttype", *event.datacontenttype},
            {"dataschema", *event.dataschema},
            {"subject", *event.subject},
            {"time", *event.time}};
        for (const auto &[name, value] : expected)
            QVERIFY2(event.attributeText(name) == std::string_view(value), name);
        // Names of each core name's length, and near misses of other lengths.
        for (const char *other : {"ix", "typo", "tame", "sourcE", "subjekt", "dataschemX",
                                  "specversiom", "datacontenttypX", "subjects", "specversio", ""})
            QVERIFY2(!event.attributeText(other), other);
        event.subject.reset();
        QVERIFY(!event.attributeText("subject")); // unset
    }

    void extensionsAreSetFoundAndRemovedByName()
    {
        Extensions extensions;
        extensions.insert_or_assign("region", AttributeValue::string("eu"));
        QVERIFY(!extensions.insert_or_assign("region", AttributeValue::string("us")).second);
        QCOMPARE(extensions.at("region"), AttributeValue::string("us")); // replaced
        QVERIFY(!extensions.emplace("region", AttributeValue::string("ap")).second);
        QCOMPARE(extensions.at("region"), AttributeValue::string("us")); // emplace keeps it
        QCOMPARE(extensions.size(), std::size_t(1));
        QVERIFY(extensions.find("regio") == extensions.end());
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, extensions.at("zone"));
        extensions.erase(extensions.find("region"));
        QVERIFY(extensions.empty() && !extensions.contains("region"));
    }
};

QTEST_GUILESS_MAIN(TestAttribute)
#include "test_attribute.moc"
