// causeway simulate, run as a user runs it: reports in HTML and JSON, refused options, seeds.
#include "cli_runner.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using testsupport::causeway;
using testsupport::Run;

namespace {

QString loanProject()
{
    return QString::fromStdString(
        testsupport::sourcePath("samples/loan-application/loan-application.causeway.json"));
}

Run simulate(const QStringList &options)
{
    return causeway(QStringList{QStringLiteral("simulate"), loanProject()} + options);
}

QString digest(const Run &run)
{
    static const QRegularExpression pattern(QStringLiteral("event log digest ([0-9a-f]{16})"));
    return pattern.match(run.out).captured(1);
}

} // namespace

class TestSimulateCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void writesAnHtmlReport()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.html"));
        const Run run = simulate(
            {QStringLiteral("--count"), QStringLiteral("3000"), QStringLiteral("--report"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("<svg class=\"chart\""));
        QVERIFY(html.contains("Loan application"));
        QVERIFY(html.trimmed().endsWith("</html>"));
    }

    void writesAJsonReport()
    {
        const QString path = m_dir.filePath(QStringLiteral("report.json"));
        const Run run =
            simulate({QStringLiteral("--count"), QStringLiteral("3000"), QStringLiteral("--report"),
                      path, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto report = nlohmann::json::parse(testsupport::readText(path.toStdString()));
        QCOMPARE(report["events"]["published"].get<int>(), 3000);
        // --format json prints the same report on standard output.
        QCOMPARE(nlohmann::json::parse(run.out.toStdString())["digest"], report["digest"]);
    }

    void aRunTooShortToMeasureShowsNoTimes()
    {
        const QString path = m_dir.filePath(QStringLiteral("short.json"));
        const Run run = simulate(
            {QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--report"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // One application, nothing finished: no latency at all rather than a zero.
        QVERIFY2(run.out.contains(QStringLiteral("latency p50 -, p95 -, p99 -")),
                 qPrintable(run.out));
        static const QRegularExpression unmeasured(
            QStringLiteral("\\ncredit-check +0 +0 +0% +- +- +- +1\\n"));
        QVERIFY2(unmeasured.match(run.out).hasMatch(), qPrintable(run.out));
        const auto report = nlohmann::json::parse(testsupport::readText(path.toStdString()));
        QVERIFY(report["workflows"]["latency"]["p50"].is_null());
        QCOMPARE(report["actors"]["credit-check"]["processing"]["count"].get<int>(), 0);
        QVERIFY(report["actors"]["credit-check"]["processing"]["p99"].is_null());
    }

    void aRunRepeatedIntoItsStoreSaysWhyNothingWasStored()
    {
        const QString store = m_dir.filePath(QStringLiteral("repeated.db"));
        const QStringList options{QStringLiteral("--count"), QStringLiteral("300"),
                                  QStringLiteral("--store"), store};
        const Run first = simulate(options);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const Run again = simulate(options); // the same seed makes the same ids
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("300 events of this run were in the store "
                                                   "already")),
                 qPrintable(again.err));
        QVERIFY2(again.err.contains(QStringLiteral("choose another --seed or store file")),
                 qPrintable(again.err));
        QVERIFY2(again.err.contains(store), qPrintable(again.err));
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::addRow("no events") << QStringList{QStringLiteral("--count"), QStringLiteral("0")}
                                   << QStringLiteral("--count");
        QTest::addRow("too fast") << QStringList{QStringLiteral("--speed"), QStringLiteral("5000")}
                                  << QStringLiteral("--speed");
        QTest::addRow("no duration")
            << QStringList{QStringLiteral("--duration"), QStringLiteral("nonsense")}
            << QStringLiteral("--duration");
    }

    void refusesBadOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const Run run = simulate(options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void refusesAReportItCouldNotWriteBeforeRunning_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addRow("neither json nor html")
            << QStringLiteral("report.txt") << QStringLiteral("FILE.json or FILE.html");
        QTest::addRow("no extension")
            << QStringLiteral("report") << QStringLiteral("FILE.json or FILE.html");
        QTest::addRow("missing folder")
            << QStringLiteral("missing/report.html") << QStringLiteral("does not exist");
    }

    void refusesAReportItCouldNotWriteBeforeRunning()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(file);
        // Refused before the run: no summary, no file.
        const Run run = simulate(
            {QStringLiteral("--count"), QStringLiteral("2000"), QStringLiteral("--report"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY2(!run.out.contains(QStringLiteral("event log digest")), qPrintable(run.out));
        QVERIFY(!QFile::exists(path));
    }

    void aReportThatCannotBeWrittenKeepsTheSummary()
    {
        // A folder where the report file should be: found only when writing, after the run.
        const QString path = m_dir.filePath(QStringLiteral("taken.html"));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("taken.html")));
        const Run run = simulate(
            {QStringLiteral("--count"), QStringLiteral("200"), QStringLiteral("--report"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("cannot write the report")), qPrintable(run.err));
        QVERIFY2(!digest(run).isEmpty(), qPrintable(run.out));
    }

    void anHtmReportIsHtml()
    {
        const QString path = m_dir.filePath(QStringLiteral("REPORT.HTM"));
        const Run run = simulate(
            {QStringLiteral("--count"), QStringLiteral("100"), QStringLiteral("--report"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(testsupport::readText(path.toStdString()).starts_with("<!DOCTYPE html>"));
    }

    void theSeedDecidesTheRun()
    {
        const auto withSeed = [](const char *seed) {
            return simulate({QStringLiteral("--count"), QStringLiteral("500"),
                             QStringLiteral("--seed"), QString::fromLatin1(seed)});
        };
        const Run first = withSeed("7");
        const Run again = withSeed("7");
        const Run other = withSeed("8");
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(!digest(first).isEmpty(), qPrintable(first.out));
        QCOMPARE(digest(again), digest(first));
        QVERIFY(digest(other) != digest(first));
    }
};

QTEST_GUILESS_MAIN(TestSimulateCommand)
#include "test_simulate_command.moc"
