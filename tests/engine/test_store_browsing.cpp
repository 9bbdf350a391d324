// Browsing a store as the event log does: every matching sequence, headers of a range
// without parsing the JSON, and single events.

#include "store/event_store.h"
#include "store_test_events.h"
#include "test_support.h"

#include <QTemporaryDir>

using namespace causeway;
using namespace causeway::store;
using storetest::makeEvent;
using storetest::rawExec;

class TestStoreBrowsing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::string pathForThisTest() const
    {
        return m_dir.filePath(QLatin1String(QTest::currentTestFunction())).toStdString();
    }

    std::unique_ptr<EventStore> openStore(const std::string &path)
    {
        auto store = EventStore::open(path);
        if (!store)
            qWarning("%s", store.error().toString().c_str());
        return store ? std::move(*store) : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sequencesSkipWhatIsGone()
    {
        const std::string path = pathForThisTest();
        {
            auto store = openStore(path);
            QVERIFY(store);
            std::vector<model::CloudEvent> events;
            for (int i = 1; i <= 10; ++i)
                events.push_back(makeEvent("g" + std::to_string(i), "t"));
            QVERIFY(store->appendNow(std::move(events)).ok());
            QCOMPARE(*store->prune(Retention{std::nullopt, 7}), std::int64_t(3));
            Query oldestFirst;
            oldestFirst.newestFirst = false;
            QCOMPARE(*store->sequences(oldestFirst),
                     (std::vector<std::int64_t>{4, 5, 6, 7, 8, 9, 10}));
            QCOMPARE(*store->sequences(Query{}), (std::vector<std::int64_t>{10, 9, 8, 7, 6, 5, 4}));
        }
        rawExec(QString::fromStdString(path), "DELETE FROM events WHERE seq IN (6, 9)"); // holes
        auto store = openStore(path);
        QCOMPARE(*store->sequences(Query{}), (std::vector<std::int64_t>{10, 8, 7, 5, 4}));
    }

    void headersCarryTheListColumns()
    {
        auto store = openStore(pathForThisTest());
        QVERIFY(store);
        auto simulated = makeEvent("s1", "loan.applied", "/sim", "2024-03-15T10:00:00Z", "c9");
        simulated.subject = "application/7";
        simulated.extensions.emplace("synthetic", model::AttributeValue::boolean(true));
        QVERIFY(store->appendNow({simulated, makeEvent("l1", "loan.approved", "/live")}).ok());
        QVERIFY(store->appendNow({makeEvent("r1", "loan.rejected", "/old")}, true).ok());

        const auto headers = store->headers(Query{}, 0, INT64_MAX);
        QVERIFY(headers.ok());
        QCOMPARE(headers->size(), std::size_t(3));
        const EventHeader &replayed = headers->at(0); // newest first
        QCOMPARE(replayed.type, std::string("loan.rejected"));
        QVERIFY(replayed.replay && !replayed.synthetic);
        const EventHeader &first = headers->at(2);
        QCOMPARE(first.timeText, std::string("2024-03-15T10:00:00Z"));
        QCOMPARE(first.source, std::string("/sim"));
        QCOMPARE(first.subject, std::string("application/7"));
        QCOMPARE(first.correlationId, std::string("c9"));
        QVERIFY(first.synthetic && !first.replay);
        QVERIFY(headers->at(1).subject.empty() && headers->at(1).timeText.empty());

        // A range holds only its own sequences, the ends included.
        const auto middle = store->headers(Query{}, first.sequence + 1, replayed.sequence - 1);
        QCOMPARE(middle->size(), std::size_t(1));
        QCOMPARE(middle->front().type, std::string("loan.approved"));

        const auto one = store->event(first.sequence);
        QVERIFY(one.ok() && one->has_value());
        QCOMPARE((*one)->event.id, std::string("s1"));
        QVERIFY(store->event(replayed.sequence + 100)->has_value() == false);
    }
};

QTEST_APPLESS_MAIN(TestStoreBrowsing)
#include "test_store_browsing.moc"
