// causeway store, run as a user runs it: import sample traffic, query, count, replay, prune.
#include "cli_runner.h"
#include "test_support.h"

#include <QTemporaryDir>

using testsupport::causeway;
using testsupport::Run;

namespace {

QString sampleEvents(const char *relative)
{
    return QString::fromStdString(testsupport::sourcePath(std::string("samples/") + relative));
}

} // namespace

class TestStoreCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;

    QStringList replay(const QStringList &options) const
    {
        return QStringList{QStringLiteral("store"),
                           QStringLiteral("replay"),
                           QStringLiteral("--store"),
                           m_store,
                           QStringLiteral("--project"),
                           QString::fromStdString(testsupport::sourcePath(
                               "samples/loan-application/loan-application.causeway.json"))} +
               options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = m_dir.filePath(QStringLiteral("events.db"));
        const Run run =
            causeway({QStringLiteral("store"), QStringLiteral("import"), QStringLiteral("--store"),
                      m_store, sampleEvents("loan-application/events/loan-workflows.jsonl"),
                      sampleEvents("order-saga/events/order-sagas.jsonl")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("87 events stored"));
    }

    void countsWithFilters_data()
    {
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<int>("count");
        QTest::addRow("all") << QStringList{} << 87;
        QTest::addRow("exact type")
            << QStringList{QStringLiteral("--type"),
                           QStringLiteral("com.acmefinance.loan.application.submitted")}
            << 4;
        QTest::addRow("type prefix")
            << QStringList{QStringLiteral("--type"), QStringLiteral("com.acmeshop.*")} << 37;
        QTest::addRow("one workflow")
            << QStringList{QStringLiteral("--correlation"),
                           QStringLiteral("b127f441-8f26-4580-b177-73e526d0dbbd")}
            << 12;
        QTest::addRow("time range")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2030-01-01T00:00:00Z")} << 0;
    }

    void countsWithFilters()
    {
        QFETCH(QStringList, filters);
        QFETCH(int, count);
        const Run run = causeway(QStringList{QStringLiteral("store"), QStringLiteral("count"),
                                             QStringLiteral("--store"), m_store} +
                                 filters);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed().toInt(), count);
    }

    void queriesPageByPage()
    {
        const QStringList base{QStringLiteral("store"),    QStringLiteral("query"),
                               QStringLiteral("--store"),  m_store,
                               QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--limit"),  QStringLiteral("50")};
        const auto first = nlohmann::json::parse(causeway(base).out.toStdString());
        QCOMPARE(first["events"].size(), std::size_t(50));
        QVERIFY(first["next"].is_number());
        const auto second = nlohmann::json::parse(
            causeway(base + QStringList{QStringLiteral("--after"),
                                        QString::number(first["next"].get<long long>())})
                .out.toStdString());
        QCOMPARE(second["events"].size(), std::size_t(37));
        QVERIFY(second["next"].is_null());
        // Newest first, with no event twice.
        QVERIFY(first["events"][0]["sequence"].get<int>() >
                second["events"][0]["sequence"].get<int>());
    }

    void duplicatesAreReportedNotStored()
    {
        const Run run =
            causeway({QStringLiteral("store"), QStringLiteral("import"), QStringLiteral("--store"),
                      m_store, sampleEvents("iot-sensors/events/city-morning.jsonl"),
                      sampleEvents("order-saga/events/order-sagas.jsonl")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(m_store) && run.err.contains(QStringLiteral("duplicate")),
                 qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("20 events stored")));
    }

    void refusesWhatIsNotAStore()
    {
        const Run missing =
            causeway({QStringLiteral("store"), QStringLiteral("query"), QStringLiteral("--store"),
                      m_dir.filePath(QStringLiteral("typo.db"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(
            !QFile::exists(m_dir.filePath(QStringLiteral("typo.db")))); // not created by a query
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
        file.close();
        const Run foreign = causeway(
            {QStringLiteral("store"), QStringLiteral("count"), QStringLiteral("--store"), text});
        QCOMPARE(foreign.exitCode, 2);
        QVERIFY(foreign.err.contains(QStringLiteral("not a Causeway store")));
        const Run badTime =
            causeway({QStringLiteral("store"), QStringLiteral("query"), QStringLiteral("--store"),
                      m_store, QStringLiteral("--from"), QStringLiteral("yesterday")});
        QCOMPARE(badTime.exitCode, 2);
    }

    void replaysAWorkflowThroughTheProjectsRules()
    {
        const Run run = causeway(replay({QStringLiteral("--correlation"),
                                         QStringLiteral("b127f441-8f26-4580-b177-73e526d0dbbd"),
                                         QStringLiteral("--format"), QStringLiteral("json")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto result = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(result["total"], nlohmann::json(12));
        QCOMPARE(result["replayed"], nlohmann::json(12));
        QVERIFY(result["refused"].empty());
        const auto &deliveries = result["deliveries"];
        QCOMPARE(deliveries.front()["id"], nlohmann::json("01JNDKVJQKXK6MZZ5H5HNFBK07"));
        QCOMPARE(deliveries.front()["target"], nlohmann::json("actor credit-check"));
        QCOMPARE(deliveries.front()["rule"], nlohmann::json("request credit check"));
        for (std::size_t i = 1; i < deliveries.size(); ++i) // oldest first
            QVERIFY(deliveries[i - 1]["time"].get<std::string>() <=
                    deliveries[i]["time"].get<std::string>());
    }

    void replayRefusesEventsTheCatalogDoesNotKnow()
    {
        const Run run = causeway(replay({QStringLiteral("--type"), QStringLiteral("com.acmeshop.*"),
                                         QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(run.exitCode, 1);
        const auto result = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(result["refused"].size(), std::size_t(37));
        const std::string first = result["refused"].front();
        QVERIFY2(first.find("no definition for type 'com.acmeshop.") != std::string::npos,
                 first.c_str());
    }

    void replayCanCopyIntoAnotherStoreMarkedAsReplays()
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
        const Run run = causeway(
            replay({QStringLiteral("--type"), QStringLiteral("com.acmefinance.loan.application.*"),
                    QStringLiteral("--to-store"), copy}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("events replayed, 0 refused")),
                 qPrintable(run.out));
        const auto stored = nlohmann::json::parse(
            causeway({QStringLiteral("store"), QStringLiteral("query"), QStringLiteral("--store"),
                      copy, QStringLiteral("--format"), QStringLiteral("json")})
                .out.toStdString());
        QVERIFY(!stored["events"].empty());
        for (const auto &event : stored["events"])
            QCOMPARE(event["replay"], nlohmann::json(true));
    }

    void replayNeedsAProjectAndASensibleSpeed()
    {
        const Run noProject = causeway({QStringLiteral("store"), QStringLiteral("replay"),
                                        QStringLiteral("--store"), m_store});
        QCOMPARE(noProject.exitCode, 2);
        QVERIFY(noProject.err.contains(QStringLiteral("--project")));
        QCOMPARE(causeway(replay({QStringLiteral("--speed"), QStringLiteral("fast")})).exitCode, 2);
        QCOMPARE(causeway(replay({QStringLiteral("--speed"), QStringLiteral("-2")})).exitCode, 2);
    }

    void prunesToTheNewest()
    {
        const Run run =
            causeway({QStringLiteral("store"), QStringLiteral("prune"), QStringLiteral("--store"),
                      m_store, QStringLiteral("--keep"), QStringLiteral("10")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("events removed")));
        QCOMPARE(causeway({QStringLiteral("store"), QStringLiteral("count"),
                           QStringLiteral("--store"), m_store})
                     .out.trimmed(),
                 QStringLiteral("10"));
        QCOMPARE(causeway({QStringLiteral("store"), QStringLiteral("prune"),
                           QStringLiteral("--store"), m_store})
                     .exitCode,
                 2);
        // A mistyped --keep is refused, not ignored while --max-age-days 0 empties the store.
        const Run typo =
            causeway({QStringLiteral("store"), QStringLiteral("prune"), QStringLiteral("--store"),
                      m_store, QStringLiteral("--keep"), QStringLiteral("ten"),
                      QStringLiteral("--max-age-days"), QStringLiteral("0")});
        QCOMPARE(typo.exitCode, 2);
        QCOMPARE(causeway({QStringLiteral("store"), QStringLiteral("count"),
                           QStringLiteral("--store"), m_store})
                     .out.trimmed(),
                 QStringLiteral("10"));
    }
};

QTEST_GUILESS_MAIN(TestStoreCommand)
#include "test_store_command.moc"
