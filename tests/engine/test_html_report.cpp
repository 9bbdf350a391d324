// The HTML report: well-formed, self-contained, escaped, one chart per view with its series.
#include "sim/html_report.h"
#include "sim/sim_report.h"
#include "test_support.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <map>

using namespace causeway;
using nlohmann::json;

namespace {

const std::string kHostile = "<script>alert(1)</script>&\"";

// A small run: three event types (one with a hostile name), two actors, three slices.
sim::SimMetrics sampleMetrics()
{
    sim::SimMetrics metrics;
    metrics.elapsed = 60 * bus::kSecond;
    metrics.published = 1000;
    metrics.publishedByType = {
        {"com.acme.submitted", 500}, {"com.acme.approved", 300}, {kHostile, 200}};
    metrics.invalidByType = {{kHostile, 1}};
    metrics.invalidExamples = {"<b>bad</b> at /data/amount"};
    metrics.outcomes = {{"com.acme.approved", 668}, {"com.acme.rejected", 332}};
    for (const std::string &name : {std::string("underwriter"), kHostile}) {
        sim::ActorMetrics &actor = metrics.actors[name];
        actor.capacity = 2;
        actor.processed = 400;
        actor.busy = 30 * bus::kSecond;
        actor.maxQueue = 3;
        for (int i = 1; i <= 100; ++i) {
            actor.processing.record(i * 10 * bus::kMillisecond);
            actor.response.record(i * 20 * bus::kMillisecond);
        }
    }
    for (int i = 0; i < 3; ++i) {
        sim::ThroughputSlice slice;
        slice.start = i * 20 * bus::kSecond;
        slice.published = {
            {"com.acme.submitted", 100 + i}, {"com.acme.approved", 60}, {kHostile, 40}};
        slice.queueDepth = {{"underwriter", i}, {kHostile, 2 - i}};
        metrics.slices.push_back(slice);
    }
    metrics.workflowLatency.record(1500 * bus::kMillisecond);
    return metrics;
}

int occurrences(const std::string &text, const std::string &part)
{
    int found = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
        ++found;
    return found;
}

std::string sampleHtml()
{
    sim::RunSummary summary;
    summary.project = "Loan <application>";
    summary.seed = 42;
    summary.stopReason = "count";
    summary.digest = 0x3193aa86af18fc20;
    summary.wallSeconds = 0.25;
    return sim::renderHtmlReport(sim::reportJson(sampleMetrics(), summary));
}

// Parses @p html as XML (the report is written XHTML-compatible); empty when it parses.
QString parseError(const std::string &html)
{
    QXmlStreamReader reader(QByteArray::fromStdString(html));
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError()
               ? QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString())
               : QString();
}

struct Chart
{
    QString declared; // data-series
    int series = 0;   // <g class="series"> inside it
};

// Charts by their aria-label.
std::map<QString, Chart> charts(const std::string &html)
{
    std::map<QString, Chart> found;
    QXmlStreamReader reader(QByteArray::fromStdString(html));
    Chart *current = nullptr;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"svg" &&
            reader.attributes().value(QStringLiteral("class")) == u"chart") {
            current = &found[reader.attributes().value(QStringLiteral("aria-label")).toString()];
            current->declared = reader.attributes().value(QStringLiteral("data-series")).toString();
        } else if (reader.isEndElement() && reader.name() == u"svg") {
            current = nullptr;
        } else if (current && reader.isStartElement() && reader.name() == u"g" &&
                   reader.attributes().value(QStringLiteral("class")) == u"series") {
            ++current->series;
        }
    }
    return found;
}

bool hasNotANumber(const std::string &html)
{
    static const QRegularExpression pattern(QStringLiteral("\\b-?(nan|inf)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(QString::fromStdString(html)).hasMatch();
}

} // namespace

class TestHtmlReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isWellFormedWithEverySection()
    {
        const std::string html = sampleHtml();
        QVERIFY2(parseError(html).isEmpty(), qPrintable(parseError(html)));
        QVERIFY(html.starts_with("<!DOCTYPE html>"));
        for (const char *id : {"throughput", "outcomes", "actors", "queues", "workflows", "types"})
            QVERIFY2(html.find(std::string("<section id=\"") + id + "\">") != std::string::npos,
                     id);
        QVERIFY(!hasNotANumber(html));
    }

    void drawsOneChartPerViewWithItsSeries_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("series");
        QTest::addRow("throughput per type") << "Events published over virtual time, by type" << 3;
        QTest::addRow("outcomes") << "Workflows ended, by outcome event type" << 1;
        QTest::addRow("processing") << "Processing time per actor: p50, p95, p99" << 3;
        QTest::addRow("response") << "Response time per actor: p50, p95, p99" << 3;
        QTest::addRow("queue depth") << "Queue depth per actor at the end of each slice" << 2;
    }

    void drawsOneChartPerViewWithItsSeries()
    {
        QFETCH(QString, title);
        QFETCH(int, series);
        const auto found = charts(sampleHtml());
        QCOMPARE(found.size(), std::size_t(5));
        QVERIFY2(found.contains(title), qPrintable(title));
        QCOMPARE(found.at(title).series, series);
        QCOMPARE(found.at(title).declared, QString::number(series));
    }

    void escapesNamesFromTheProject()
    {
        const std::string html = sampleHtml();
        QVERIFY(html.find("<script") == std::string::npos);
        QVERIFY(html.find("&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;") != std::string::npos);
        QVERIFY(html.find("Loan &lt;application&gt;") != std::string::npos);
        QVERIFY(html.find("&lt;b&gt;bad&lt;/b&gt; at /data/amount") != std::string::npos);
    }

    void isSelfContained()
    {
        const std::string html = sampleHtml();
        for (const char *external :
             {"http", "src=", "href=", "url(", "@import", "<link", "<script"})
            QVERIFY2(html.find(external) == std::string::npos, external);
    }

    void writesTheNumbers()
    {
        const std::string html = sampleHtml();
        QVERIFY(html.find("66.8%") != std::string::npos); // outcome share
        QVERIFY(html.find("33.2%") != std::string::npos);
        QVERIFY(html.find("3193aa86af18fc20") != std::string::npos); // digest
        QVERIFY(html.find(">1m<") != std::string::npos);             // virtual duration
        QVERIFY(html.find("50.0%") != std::string::npos); // submitted: 500 of 1000 events
        QVERIFY(html.find("25.0%") != std::string::npos); // utilisation: 30 s of 2 x 60 s
    }

    void rendersAnEmptyRun()
    {
        const std::string html = sim::renderHtmlReport(sim::reportJson({}, {}));
        QVERIFY2(parseError(html).isEmpty(), qPrintable(parseError(html)));
        QVERIFY(!hasNotANumber(html));
        QVERIFY(html.find("No events were published") != std::string::npos);
        QVERIFY(html.find("No workflow reached an outcome") != std::string::npos);
        QVERIFY(charts(html).empty());
    }

    void showsNoTimeWhereNothingWasMeasured()
    {
        sim::SimMetrics metrics = sampleMetrics();
        metrics.actors["carriers"].capacity = 1; // its deliveries take days: none finished
        metrics.workflowLatency = {};
        const json report = sim::reportJson(metrics, {});
        QVERIFY(report["actors"]["carriers"]["processing"]["p50"].is_null());
        const std::string html = sim::renderHtmlReport(report);
        QVERIFY2(parseError(html).isEmpty(), qPrintable(parseError(html)));
        const std::size_t row = html.find("<td>carriers</td>");
        QVERIFY(row != std::string::npos);
        const std::string cells = html.substr(row, html.find("</tr>", row) - row);
        QCOMPARE(occurrences(cells, "<td>—</td>"), 6); // p50, p95, p99: processing, response
        QVERIFY(html.find("— / — / — / —") != std::string::npos); // workflow latency
        const std::size_t measured = html.find("<td>underwriter</td>");
        QCOMPARE(occurrences(html.substr(measured, html.find("</tr>", measured) - measured),
                             "<td>—</td>"),
                 0);
    }

    void toleratesMissingFields()
    {
        const std::string html = sim::renderHtmlReport(json::object());
        QVERIFY2(parseError(html).isEmpty(), qPrintable(parseError(html)));
        QVERIFY(!hasNotANumber(html));
        const std::string odd =
            sim::renderHtmlReport({{"series", json::array({json{{"at", 0}}})},
                                   {"actors", {{"a", {{"utilisation", "x"}}}}}});
        QVERIFY2(parseError(odd).isEmpty(), qPrintable(parseError(odd)));
        QVERIFY(!hasNotANumber(odd));
    }
};

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "test_html_report.moc"
