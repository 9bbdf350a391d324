// causeway filter, run as a user runs it: the real executable, real files and stdin.
#include "cli_runner.h"
#include "test_support.h"

#include <QProcess>
#include <QTemporaryDir>

using nlohmann::json;

namespace {

using testsupport::causeway;
using testsupport::Run;

QByteArray eventJson()
{
    const json event = {{"specversion", "1.0"},
                        {"id", "o-17"},
                        {"source", "/shop/orders"},
                        {"type", "com.acme.order.placed"},
                        {"priority", 3},
                        {"region", "eu-west"}};
    return QByteArray::fromStdString(event.dump());
}

// The single JSON object of standard output.
json output(const Run &run)
{
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() != 1)
        qFatal("expected one line of output, got: %s", qPrintable(run.out));
    return json::parse(lines.front().toStdString());
}

} // namespace

class TestFilterCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_eventPath;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_eventPath = m_dir.filePath(QStringLiteral("event.json"));
        QFile file(m_eventPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(eventJson());
    }

    void evaluates_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected"); // the whole output object, as JSON
        QTest::addRow("match") << "type LIKE 'com.acme.%' AND priority > 2"
                               << "{\"result\": true, \"error\": null}";
        QTest::addRow("no match") << "region = 'us-east'"
                                  << "{\"result\": false, \"error\": null}";
        QTest::addRow("an Integer") << "priority * 10"
                                    << "{\"result\": 30, \"error\": null}";
        QTest::addRow("a String") << "UPPER(region)"
                                  << "{\"result\": \"EU-WEST\", \"error\": null}";
        QTest::addRow("missing attribute")
            << "tenant = 'a'"
            << "{\"result\": false, \"error\": \"missingAttribute\"}";
        QTest::addRow("math error") << "priority / 0"
                                    << "{\"result\": 0, \"error\": \"math\"}";
        QTest::addRow("parse error") << "priority >"
                                     << "{\"result\": null, \"error\": \"parse\"}";
    }

    void evaluates()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const Run run =
            causeway({QStringLiteral("filter"), QStringLiteral("--sql"), sql, m_eventPath});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(output(run), json::parse(expected.toStdString()));
        // "result" comes first, for people reading it.
        QVERIFY2(run.out.startsWith(QStringLiteral("{\"result\":")), qPrintable(run.out));
        QCOMPARE(run.err.isEmpty(), output(run)["error"].is_null());
    }

    void parseErrorsNameThePosition()
    {
        const Run run = causeway({QStringLiteral("filter"), QStringLiteral("--sql"),
                                  QStringLiteral("priority >"), m_eventPath});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("1:11")), qPrintable(run.err));
    }

    void readsStandardInput()
    {
        for (const QStringList &tail : {QStringList{}, QStringList{QStringLiteral("-")}}) {
            const Run run = causeway(QStringList{QStringLiteral("filter"), QStringLiteral("--sql"),
                                                 QStringLiteral("id")} +
                                         tail,
                                     eventJson());
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(output(run), json({{"result", "o-17"}, {"error", nullptr}}));
        }
    }

    void rejectsUnusableInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("says");
        QTest::addRow("no --sql") << QStringList{} << QByteArray() << "--sql";
        QTest::addRow("unreadable file")
            << QStringList{QStringLiteral("--sql"), QStringLiteral("TRUE"),
                           QStringLiteral("/nonexistent/event.json")}
            << QByteArray() << "/nonexistent/event.json";
        QTest::addRow("not JSON") << QStringList{QStringLiteral("--sql"), QStringLiteral("TRUE")}
                                  << QByteArray("{ not json") << "<stdin>";
        QTest::addRow("not a CloudEvent")
            << QStringList{QStringLiteral("--sql"), QStringLiteral("TRUE")}
            << QByteArray("{\"specversion\": \"1.0\", \"id\": \"1\"}") << "not a valid CloudEvent";
        QTest::addRow("two files")
            << QStringList{QStringLiteral("--sql"), QStringLiteral("TRUE"),
                           QStringLiteral("a.json"), QStringLiteral("b.json")}
            << QByteArray() << "at most one";
    }

    void rejectsUnusableInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, says);
        const Run run = causeway(QStringList{QStringLiteral("filter")} + arguments,
                                 input.isEmpty() ? QByteArray("") : input);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
    }

    void listedInHelp()
    {
        const Run run = causeway({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("filter")));
        const Run help = causeway({QStringLiteral("filter"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--sql")));
    }
};

QTEST_GUILESS_MAIN(TestFilterCommand)
#include "test_filter_command.moc"
