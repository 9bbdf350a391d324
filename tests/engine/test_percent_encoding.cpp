// Percent-encoding of CloudEvents attribute values in HTTP headers, against the shared vectors.
#include "model/percent_encoding.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

using namespace causeway::model;

namespace {

const std::string kVectorFile = "conformance/cloudevents/percent-encoding.json";

// The vector file, or null when it is missing or unreadable (vectorFileIsComplete fails then).
nlohmann::json vectors()
{
    return nlohmann::json::parse(testsupport::readText(testsupport::sharedPath(kVectorFile)),
                                 nullptr, false);
}

nlohmann::json section(const char *name)
{
    const nlohmann::json all = vectors();
    if (!all.is_object() || !all.contains(name) || !all[name].is_array())
        return nlohmann::json::array();
    return all[name];
}

QByteArray bytes(const nlohmann::json &value)
{
    return QByteArray::fromStdString(value.get<std::string>());
}

QString errorOf(const causeway::Result<std::string> &result)
{
    return result.ok() ? QStringLiteral("accepted as '%1'").arg(QString::fromStdString(*result))
                       : QString::fromStdString(result.error().message);
}

} // namespace

class TestPercentEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectorFileIsComplete()
    {
        const nlohmann::json all = vectors();
        QVERIFY2(all.is_object(), ("cannot read " + kVectorFile).c_str());
        QCOMPARE(section("roundtrip").size(), std::size_t(7));
        QCOMPARE(section("decodeOnly").size(), std::size_t(6));
        QCOMPARE(section("mustReject").size(), std::size_t(16));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("decoded");
        QTest::addColumn<QByteArray>("encoded");
        for (const auto &pair : section("roundtrip"))
            QTest::addRow("%s", bytes(pair.at(1)).constData())
                << bytes(pair.at(0)) << bytes(pair.at(1));
    }

    void roundTrip()
    {
        QFETCH(QByteArray, decoded);
        QFETCH(QByteArray, encoded);
        QCOMPARE(percentEncodeHeaderValue(decoded.toStdString()), encoded.toStdString());
        const auto result = percentDecodeHeaderValue(encoded.toStdString());
        QVERIFY2(result.ok(), qPrintable(errorOf(result)));
        QCOMPARE(*result, decoded.toStdString());
    }

    void decodeOnly_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("decoded");
        for (const auto &pair : section("decodeOnly"))
            QTest::addRow("%s", bytes(pair.at(0)).constData())
                << bytes(pair.at(0)) << bytes(pair.at(1));
        // Beyond the shared vectors: the binding unquotes first, then percent-decodes.
        QTest::addRow("quoted, then percent-decoded")
            << QByteArray("\"caf%C3%A9 x\"") << QByteArray("caf\xC3\xA9 x");
        QTest::addRow("empty quoted-string") << QByteArray("\"\"") << QByteArray();
        QTest::addRow("empty") << QByteArray() << QByteArray();
    }

    void decodeOnly()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, decoded);
        const auto result = percentDecodeHeaderValue(encoded.toStdString());
        QVERIFY2(result.ok(), qPrintable(errorOf(result)));
        QCOMPARE(*result, decoded.toStdString());
    }

    void mustReject_data()
    {
        QTest::addColumn<QByteArray>("header");
        for (const auto &header : section("mustReject"))
            QTest::addRow("%s", bytes(header).constData()) << bytes(header);
    }

    void mustReject()
    {
        QFETCH(QByteArray, header);
        const auto result = percentDecodeHeaderValue(header.toStdString());
        QVERIFY2(!result.ok(), qPrintable(errorOf(result)));
        QVERIFY2(result.error().where.column > 0, qPrintable(errorOf(result)));
    }

    void errorsSayWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("column");
        const auto row = [](const char *header, const char *message, int column) {
            QTest::addRow("%s", header)
                << QByteArray(header) << QString::fromUtf8(message) << column;
        };
        row("ab%", "truncated escape: the '%' at character 3", 3);
        row("ab%4", "truncated escape: the '%' at character 3", 3);
        row("ab%4g", "invalid escape: 'g' at character 5 is not a hex digit", 5);
        row("%ED%B0%80", "UTF-16 surrogate", 1);
        row("ab%C0%A0", "overlong encoding", 3);
        row("ab%E0%80%80", "overlong encoding", 3);
        row("xyz%E2%82", "truncated sequence", 4);
        row("%82", "continuation byte 0x82 where a character should start", 1);
        row("a%E2%E2", "0xE2 is followed by 0xE2", 2);
        row("%F4%90%80%80", "above U+10FFFF", 1);
        row("\"open", "the '\"' at character 1 is never closed", 1);
        row("\"open\\", "the '\\' at character 6 has nothing after it", 6);
    }

    void errorsSayWhatAndWhere()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, message);
        QFETCH(int, column);
        const auto result = percentDecodeHeaderValue(header.toStdString());
        QVERIFY2(!result.ok(), qPrintable(errorOf(result)));
        QVERIFY2(errorOf(result).contains(message), qPrintable(errorOf(result)));
        QCOMPARE(result.error().where.column, column);
    }

    void encodesExactlyTheUnsafeBytes()
    {
        for (int byte = 0; byte < 256; ++byte) {
            const std::string input(1, static_cast<char>(byte));
            const bool unsafe = byte <= 0x20 || byte == '"' || byte == '%' || byte >= 0x7F;
            const std::string expected = unsafe ? QStringLiteral("%%1")
                                                      .arg(byte, 2, 16, QLatin1Char('0'))
                                                      .toUpper()
                                                      .toStdString()
                                                : input;
            QCOMPARE(percentEncodeHeaderValue(input), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestPercentEncoding)
#include "test_percent_encoding.moc"
