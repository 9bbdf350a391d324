// The headless commands, run as a user runs them: the real executable, real files.
#include "cli_runner.h"
#include "test_support.h"

#include <QProcess>
#include <QTemporaryDir>

namespace {

using testsupport::causeway;
using testsupport::Run;

QString sample(const char *relative)
{
    return QString::fromStdString(testsupport::sourcePath(std::string("samples/") + relative));
}

const QString kLoan = sample("loan-application/loan-application.causeway.json");

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

const QByteArray kValidSubmitted =
    R"({"specversion":"1.0","id":"01J0000000000000000000000A","type":"com.acmefinance.loan.application.submitted","source":"/loans/web"})";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void helpListsEveryCommand()
    {
        const Run run = causeway({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *command : {"validate", "lint", "export"})
            QVERIFY2(run.out.contains(QLatin1String(command)), command);
        for (const char *command : {"validate", "lint", "export"}) {
            const Run help = causeway({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.contains(QStringLiteral("--format")));
            QVERIFY2(
                help.out.startsWith(QStringLiteral("Usage: causeway ") + QLatin1String(command)),
                qPrintable(help.out));
        }
    }

    void validatesTheLoanSampleTraffic()
    {
        QDir events(sample("loan-application/events"));
        QStringList arguments{QStringLiteral("validate"), QStringLiteral("--project"), kLoan};
        for (const QString &name :
             events.entryList({QStringLiteral("*.jsonl"), QStringLiteral("*.json")}))
            arguments << events.filePath(name);
        const Run run = causeway(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral(": OK ")) ||
                run.out.contains(QStringLiteral(": OK")));
        QVERIFY(!run.out.contains(QStringLiteral("INVALID")));
        QVERIFY(run.out.contains(QStringLiteral(" 0 invalid")));
    }

    void invalidEventsNameTheirPlace()
    {
        const QByteArray bad =
            kValidSubmitted + "\n" +
            R"({"specversion":"1.0","id":"2","type":"com.acmefinance.loan.aplication.submitted","source":"/loans/web"})" +
            "\n{\"specversion\": \"1.0\", broken\n";
        const QString path = writeFile(m_dir, QStringLiteral("bad.jsonl"), bad);
        const Run run =
            causeway({QStringLiteral("validate"), QStringLiteral("--project"), kLoan, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(path + QStringLiteral(":2:")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("did you mean")));
        QVERIFY(run.out.contains(path + QStringLiteral(":3:")));
        QVERIFY(run.out.contains(QStringLiteral("3 events:")));
    }

    void machineReadableOutput()
    {
        const QString path = writeFile(m_dir, QStringLiteral("one.json"), kValidSubmitted);
        const Run run =
            causeway({QStringLiteral("validate"), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("--project"), kLoan, path});
        const auto document = nlohmann::json::parse(run.out.toStdString());
        QCOMPARE(document["results"].size(), std::size_t(1));
        QCOMPARE(document["results"][0]["type"].get<std::string>(),
                 std::string("com.acmefinance.loan.application.submitted"));
        // The sample's schema requires a payload, so this event is invalid with a pointer.
        QCOMPARE(document["results"][0]["valid"].get<bool>(), run.exitCode == 0);
        QCOMPARE(
            document["summary"]["valid"].get<int>() + document["summary"]["invalid"].get<int>(), 1);
    }

    void readsStandardInput()
    {
        const Run run = causeway(
            {QStringLiteral("validate"), QStringLiteral("--project"), kLoan, QStringLiteral("-")},
            kValidSubmitted);
        QVERIFY(run.out.contains(QStringLiteral("<stdin>:1:1")));
    }

    void unusableArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("no files") << QStringList{QStringLiteral("validate"),
                                                 QStringLiteral("--project"), kLoan}
                                  << "at least one file";
        QTest::addRow("missing file")
            << QStringList{QStringLiteral("validate"), QStringLiteral("--project"), kLoan,
                           QStringLiteral("/nonexistent.json")}
            << "cannot open";
        QTest::addRow("missing project")
            << QStringList{QStringLiteral("validate"), QStringLiteral("--project"),
                           QStringLiteral("/nonexistent.causeway.json"), QStringLiteral("-")}
            << "cannot open";
        QTest::addRow("unknown profile") << QStringList{QStringLiteral("validate"),
                                                        QStringLiteral("--project"),
                                                        kLoan,
                                                        QStringLiteral("--profile"),
                                                        QStringLiteral("avro"),
                                                        QStringLiteral("-")}
                                         << "unknown profile 'avro'";
        QTest::addRow("unknown option")
            << QStringList{QStringLiteral("lint"), QStringLiteral("--frobnicate"), kLoan}
            << "frobnicate";
        QTest::addRow("bad format")
            << QStringList{QStringLiteral("lint"), QStringLiteral("--format"),
                           QStringLiteral("xml"), kLoan}
            << "text or json";
        QTest::addRow("both modes") << QStringList{QStringLiteral("validate"),
                                                   QStringLiteral("--project"),
                                                   kLoan,
                                                   QStringLiteral("--schema"),
                                                   kLoan,
                                                   QStringLiteral("-")}
                                    << "either --project or --schema";
    }

    void unusableArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const Run run = causeway(arguments, QByteArray());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
    }

    void plainDocumentsAgainstASchema()
    {
        const QString schema = writeFile(
            m_dir, QStringLiteral("s.json"),
            R"({"type":"object","required":["n"],"properties":{"n":{"type":"integer","minimum":10}}})");
        const QString good = writeFile(m_dir, QStringLiteral("good.json"), R"({"n": 12})");
        const QString bad = writeFile(m_dir, QStringLiteral("bad.json"), "{\n  \"n\": 3\n}");
        const Run run =
            causeway({QStringLiteral("validate"), QStringLiteral("--schema"), schema, good, bad});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(good + QStringLiteral(": OK")));
        QVERIFY2(run.out.contains(bad + QStringLiteral(":2:8: error: /n: ")), qPrintable(run.out));

        const Run draft4 = causeway({QStringLiteral("validate"), QStringLiteral("--schema"), schema,
                                     QStringLiteral("--draft"), QStringLiteral("4"), good});
        QCOMPARE(draft4.exitCode, 0);

        const QString broken = writeFile(
            m_dir, QStringLiteral("broken-schema.json"),
            "{\n  \"type\": \"object\",\n  \"properties\": {\"n\": {\"minimum\": \"ten\"}}\n}");
        const Run invalid =
            causeway({QStringLiteral("validate"), QStringLiteral("--schema"), broken, good});
        QCOMPARE(invalid.exitCode, 2);
        QVERIFY2(invalid.err.contains(broken + QStringLiteral(":3:")), qPrintable(invalid.err));
        QVERIFY(invalid.err.contains(QStringLiteral("schema is invalid")));
    }

    void nastyInput()
    {
        const QString utf8 = writeFile(m_dir, QStringLiteral("latin1.json"),
                                       QByteArray("{\"specversion\":\"1.0\",\"id\":\"caf\xE9\"}"));
        const Run bad =
            causeway({QStringLiteral("validate"), QStringLiteral("--project"), kLoan, utf8});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("UTF-8")), qPrintable(bad.err));

        nlohmann::json event = nlohmann::json::parse(kValidSubmitted.toStdString());
        event["data"] = {{"notes", std::string(10 * 1024 * 1024, 'a')}};
        const QByteArray huge = QByteArray::fromStdString(event.dump());
        const QString big = writeFile(m_dir, QStringLiteral("big.json"), huge);
        const Run run =
            causeway({QStringLiteral("validate"), QStringLiteral("--project"), kLoan, big});
        QCOMPARE(run.exitCode, 1); // the payload misses required fields, but it was read whole
        QVERIFY(run.out.contains(QStringLiteral("INVALID")));
    }

    void lintsAProject()
    {
        const Run clean = causeway({QStringLiteral("lint"), kLoan});
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.out + clean.err));
        QVERIFY(clean.out.contains(QStringLiteral(" 0 errors")));

        const QString project = writeFile(m_dir, QStringLiteral("p.causeway.json"), R"({
  "format": "causeway-project", "formatVersion": 1, "name": "Lint me",
  "catalog": {"definitions": [
    {"type": "OrderCreate", "kind": "event", "version": "1.0.0",
     "payloadSchema": {"type": "object", "properties": {"n": {"type": "integer"}}},
     "examples": [{"n": "seven"}]}
  ]}
})");
        const Run findings = causeway({QStringLiteral("lint"), project});
        QCOMPARE(findings.exitCode, 1);
        QVERIFY2(findings.out.contains(
                     project + QStringLiteral(":4:14: warning: /catalog/definitions/0/type")),
                 qPrintable(findings.out));
        QVERIFY(findings.out.contains(QStringLiteral("past-tense")));
        QVERIFY(findings.out.contains(QStringLiteral("reverse-DNS")));
        QVERIFY(findings.out.contains(QStringLiteral("does not match the schema")));
        const Run asJson = causeway(
            {QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json"), project});
        const auto document = nlohmann::json::parse(asJson.out.toStdString());
        QVERIFY(document["summary"]["errors"].get<int>() >= 1);
    }

    void routeExplainsEveryRule()
    {
        const QString path = writeFile(m_dir, QStringLiteral("route.json"), kValidSubmitted);
        const Run run =
            causeway({QStringLiteral("route"), QStringLiteral("--project"), kLoan, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.out.contains(QStringLiteral("match    request credit check -> actor credit-check")),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("no match disburse approved loans: type is")));
        const Run asJson =
            causeway({QStringLiteral("route"), QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--project"), kLoan, path});
        const auto document = nlohmann::json::parse(asJson.out.toStdString());
        const auto project = nlohmann::json::parse(testsupport::readText(kLoan.toStdString()));
        QCOMPARE(document["results"][0]["rules"].size(), project["rules"].size()); // every one
        const Run missing = causeway({QStringLiteral("route"), QStringLiteral("--project"), kLoan});
        QCOMPARE(missing.exitCode, 2);
    }

    void exportsDocumentation()
    {
        const QString markdown = m_dir.filePath(QStringLiteral("md"));
        const Run run = causeway({QStringLiteral("export"), QStringLiteral("markdown"), kLoan,
                                  QStringLiteral("--out"), markdown});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(markdown + QStringLiteral("/index.md")));
        QFile page(markdown + QStringLiteral("/com.acmefinance.loan.application.submitted.md"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(page.readAll());
        QVERIFY(text.contains(QStringLiteral("## Payload")));
        QVERIFY(text.contains(QStringLiteral("## Version history")));
        QVERIFY(text.contains(QStringLiteral("\"***\""))); // classified example fields are masked
        QVERIFY(text.contains(QStringLiteral("| Classification |")));
        // Where nothing is classified, the payload table has no column for it.
        QFile unclassified(markdown +
                           QStringLiteral("/com.acmefinance.loan.application.approved.md"));
        QVERIFY(unclassified.open(QIODevice::ReadOnly));
        const QString approved = QString::fromUtf8(unclassified.readAll());
        QVERIFY(approved.contains(QStringLiteral("| Field | Type | Required | Constraints | "
                                                 "Description |")));
        QVERIFY(!approved.contains(QStringLiteral("Classification")));

        const QString schemas = m_dir.filePath(QStringLiteral("schemas"));
        const Run json = causeway({QStringLiteral("export"), QStringLiteral("jsonschema"), kLoan,
                                   QStringLiteral("--out"), schemas});
        QCOMPARE(json.exitCode, 0);
        const QStringList files = QDir(schemas).entryList({QStringLiteral("*.schema.json")});
        QVERIFY(files.size() > 5);
        QFile first(schemas + u'/' + files.front());
        QVERIFY(first.open(QIODevice::ReadOnly));
        const auto schema = nlohmann::json::parse(first.readAll().toStdString());
        QVERIFY(schema.contains("$id"));
        QVERIFY(schema.contains("x-causeway"));

        const Run badFormat = causeway({QStringLiteral("export"), QStringLiteral("pdf"), kLoan,
                                        QStringLiteral("--out"), schemas});
        QCOMPARE(badFormat.exitCode, 2);
    }

    void exportsTheDesignTable()
    {
        const QString out = m_dir.filePath(QStringLiteral("design"));
        const Run run =
            causeway({QStringLiteral("export"), QStringLiteral("designtable"),
                      sample("order-saga/order-saga.causeway.json"), QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("2 files written")));
        QFile markdown(out + QStringLiteral("/design-table.md"));
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const QString table = QString::fromUtf8(markdown.readAll());
        QVERIFY(table.startsWith(
            QStringLiteral("| Input events | Service | Action | Output events | Notes |\n")));
        QVERIFY2(table.contains(QStringLiteral(
                     "| com.acmeshop.payment.failed | inventory-service | unreserve items | "
                     "com.acmeshop.inventory.item.unreserved<br>")),
                 qPrintable(table));
        QFile csv(out + QStringLiteral("/design-table.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("Input events,Service,Action,Output events,Notes\r\n"));

        // A project a simulation would refuse is refused here too, naming the place.
        auto project = nlohmann::json::parse(testsupport::readText(kLoan.toStdString()));
        project["actors"][0]["behaviours"] = {{{"emit", {{"type", "com.acmefinance.nope"}}}}};
        const QString bad = writeFile(m_dir, QStringLiteral("bad.causeway.json"),
                                      QByteArray::fromStdString(project.dump()));
        const Run refused = causeway({QStringLiteral("export"), QStringLiteral("designtable"), bad,
                                      QStringLiteral("--out"), out});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("/actors/0/behaviours/0/emit/type")),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("bad.causeway.json")),
                 qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
