// Reading event files: single events, batches, JSON lines, profiles, broken input.
#include "ingest/event_file.h"
#include "profiles/profile_registry.h"
#include "test_support.h"

using namespace causeway;
using namespace causeway::ingest;

namespace {

const std::string kEvent = R"({"specversion":"1.0","id":"1","type":"t.a.b","source":"/s"})";

} // namespace

class TestEventFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleEvent()
    {
        const auto file = EventFile::parse(kEvent, "one.json");
        QVERIFY(!file.error());
        QCOMPARE(file.records().size(), std::size_t(1));
        QVERIFY(file.records().front().ok());
        QCOMPARE(file.records().front().profile, std::string("cloudevents"));
    }

    void batchPositions()
    {
        const std::string text = "[\n  " + kEvent + ",\n  " + kEvent + ",\n\n    {\"id\": 1}\n]";
        const auto file = EventFile::parse(text, "batch.json");
        QCOMPARE(file.records().size(), std::size_t(3));
        QCOMPARE(file.records()[1].line, 3);
        QCOMPARE(file.records()[1].column, 3);
        QCOMPARE(file.records()[1].pointer, std::string("/1"));
        const auto &bad = file.records()[2];
        QVERIFY(!bad.ok());
        QCOMPARE(bad.line, 5);
        QCOMPARE(bad.column, 5);
    }

    void jsonLinesKeepGoingAfterABrokenLine()
    {
        const std::string text = kEvent + "\n{\"specversion\": \"1.0\", oops\n\n" + kEvent + "\n";
        const auto file = EventFile::parse(text, "events.jsonl");
        QVERIFY(!file.error());
        QCOMPARE(file.records().size(), std::size_t(3));
        QVERIFY(file.records()[0].ok());
        QVERIFY(!file.records()[1].ok());
        QCOMPARE(file.records()[1].error->where.line, 2);
        QVERIFY(file.records()[2].ok());
        QCOMPARE(file.records()[2].line, 4);
    }

    void issuePointersMapToLineAndColumn()
    {
        const std::string text =
            kEvent + "\n" +
            R"({"specversion":"1.0","id":"2","type":"t.a.b","source":"/s","data":{"amount":5}})";
        const auto file = EventFile::parse(text, "events.jsonl");
        const auto where = file.locate(file.records()[1], "/data/amount");
        QCOMPARE(where.line, 2);
        QCOMPARE(where.column, 77);
        QCOMPARE(where.file, std::string("events.jsonl"));
    }

    void otherProfilesAreDetected()
    {
        const std::string spec =
            R"({"eventName":"com.acme.order.created","eventId":"e-1","eventSource":"OrderService","timestamp":"2025-02-25T19:05:00Z","payload":{"orderId":"O-1"}})";
        const auto file = EventFile::parse(spec, "spec.json");
        QVERIFY(file.records().front().ok());
        QCOMPARE(file.records().front().profile, std::string("event-spec"));
        QCOMPARE(file.records().front().event->type, std::string("com.acme.order.created"));

        const auto forced =
            EventFile::parse(spec, "spec.json", profiles::findProfile("cloudevents"));
        QVERIFY(!forced.records().front().ok());
    }

    void unknownShapeSaysWhatWasTried()
    {
        const auto file = EventFile::parse(R"({"hello": "world"})", "x.json");
        QCOMPARE(file.records().size(), std::size_t(1));
        QVERIFY(QString::fromStdString(file.records().front().error->message)
                    .contains(QStringLiteral("tried")));
    }

    void wholeFileErrors()
    {
        QVERIFY(EventFile::parse("   \n", "blank.json").error());
        QVERIFY(EventFile::parse("[]", "empty-batch.json").error());
        const auto broken = EventFile::parse("{\"a\": ", "broken.json");
        QVERIFY(broken.error());
        QCOMPARE(broken.error()->where.file, std::string("broken.json"));
        QVERIFY(EventFile::load("/nonexistent/file.json").error());
    }

    void hugePayloadIsReadWhole()
    {
        // A 10 MB string payload: read without truncation or crash.
        const std::string big(10 * 1024 * 1024, 'x');
        nlohmann::json event = nlohmann::json::parse(kEvent);
        event["datacontenttype"] = "text/plain";
        event["data"] = big;
        const std::string text = event.dump();
        const auto file = EventFile::parse(text, "big.json");
        QVERIFY(file.records().front().ok());
        QCOMPARE(std::get<model::TextData>(file.records().front().event->data).text.size(),
                 big.size());
    }
};

QTEST_GUILESS_MAIN(TestEventFile)
#include "test_event_file.moc"
