// The event log's model over a real store file, and the trace model: rows are fetched in
// blocks as they are read, filters run in the store, and the cache stays bounded.
#include "store/event_store.h"
#include "trace/trace.h"
#include "ui/eventlog/event_log_model.h"
#include "ui/trace/trace_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace causeway;
using causeway::ui::EventLogModel;
using causeway::ui::TraceModel;

namespace {

constexpr int kEvents = 20'000; // 79 blocks: more than the model keeps

const char *const kTypes[] = {"loan.submitted", "loan.checked", "loan.approved", "audit.noted"};

model::CloudEvent eventNumber(int n)
{
    model::CloudEvent event;
    event.id = "e" + std::to_string(n);
    event.type = kTypes[n % 4];
    event.source = n % 4 == 3 ? "/audit" : "/loans";
    event.extensions.emplace("correlationid",
                             model::AttributeValue::string("w" + std::to_string(n / 4)));
    if (n % 4 != 0)
        event.extensions.emplace("causationid",
                                 model::AttributeValue::string("e" + std::to_string(n - 1)));
    event.data = model::JsonData{nlohmann::json{{"n", n}}};
    return event;
}

} // namespace

class TestEventLogModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // Reads @p row the way a view does, then waits until its block has arrived.
    static bool waitForRow(EventLogModel &model, int row)
    {
        model.index(row, 0).data();
        return QTest::qWaitFor([&] { return model.isLoaded(row); }, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("log.db"));
        auto store = store::EventStore::open(m_path.toStdString());
        QVERIFY(store.ok());
        std::vector<model::CloudEvent> events;
        for (int n = 0; n < kEvents; ++n)
            events.push_back(eventNumber(n));
        QVERIFY((*store)->appendNow(std::move(events)).ok());
    }

    void rowsArriveInBlocksNewestFirst()
    {
        runtime::StoreBrowser browser;
        QSignalSpy opened(&browser, &runtime::StoreBrowser::opened);
        browser.open(m_path);
        QVERIFY(opened.wait(5000));
        EventLogModel model(&browser);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy indexed(&model, &EventLogModel::indexed);
        model.setQuery(store::Query{});
        QVERIFY(indexed.wait(5000));
        QCOMPARE(model.rowCount(), kEvents);
        QCOMPARE(indexed.front().at(0).toInt(), kEvents);

        // Not read yet: a placeholder, and the request is on its way.
        QCOMPARE(model.index(0, EventLogModel::TypeColumn).data().toString(), QStringLiteral("…"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.front().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.front().at(1).toModelIndex().row(), EventLogModel::BlockRows - 1);
        QCOMPARE(model.index(0, EventLogModel::TypeColumn).data().toString(),
                 QString::fromLatin1(kTypes[(kEvents - 1) % 4]));
        QCOMPARE(model.index(0, EventLogModel::CorrelationColumn).data().toString(),
                 QStringLiteral("w%1").arg((kEvents - 1) / 4));
        QCOMPARE(model.index(0, EventLogModel::StatusColumn).data().toString(),
                 QStringLiteral("live"));
        QVERIFY(waitForRow(model, kEvents - 1));
        QCOMPARE(model.index(kEvents - 1, EventLogModel::TypeColumn).data().toString(),
                 QString::fromLatin1(kTypes[0]));
    }

    void scrollingEverywhereKeepsTheCacheBounded()
    {
        runtime::StoreBrowser browser;
        browser.open(m_path);
        EventLogModel model(&browser);
        QSignalSpy indexed(&model, &EventLogModel::indexed);
        model.setQuery(store::Query{});
        QVERIFY(indexed.wait(5000));
        for (int row = 0; row < kEvents; row += EventLogModel::BlockRows) {
            QVERIFY(waitForRow(model, row));
            QVERIFY(model.cachedBlockCount() <= EventLogModel::CachedBlocks);
        }
        QCOMPARE(model.cachedBlockCount(), EventLogModel::CachedBlocks);
        QVERIFY(!model.isLoaded(0)); // the first blocks were dropped for the last ones
        QVERIFY(model.isLoaded(kEvents - 1));
        QVERIFY(waitForRow(model, 0)); // and come back when scrolled to again
    }

    void filtersRunInTheStore_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("correlation");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::addRow("type prefix") << "loan." << "" << "" << kEvents * 3 / 4;
        QTest::addRow("exact type") << "loan.approved" << "" << "" << kEvents / 4;
        QTest::addRow("one workflow") << "" << "w42" << "" << 4;
        QTest::addRow("text in the payload") << "" << "" << "\"n\":1234}" << 1;
        QTest::addRow("nothing") << "nobody." << "" << "" << 0;
    }

    void filtersRunInTheStore()
    {
        QFETCH(QString, type);
        QFETCH(QString, correlation);
        QFETCH(QString, text);
        QFETCH(int, rows);
        runtime::StoreBrowser browser;
        browser.open(m_path);
        EventLogModel model(&browser);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy indexed(&model, &EventLogModel::indexed);
        store::Query query;
        query.type = type.toStdString();
        query.typePrefix = true;
        query.correlationId = correlation.toStdString();
        query.text = text.toStdString();
        model.setQuery(query);
        QVERIFY(indexed.wait(5000));
        QCOMPARE(model.rowCount(), rows);
        for (int row = 0; row < std::min(rows, 300); ++row) {
            QVERIFY(waitForRow(model, row));
            QVERIFY(model.index(row, EventLogModel::TypeColumn).data().toString().startsWith(type));
            if (!correlation.isEmpty())
                QCOMPARE(model.index(row, EventLogModel::CorrelationColumn).data().toString(),
                         correlation);
            QCOMPARE(model.rowOf(model.sequenceAt(row)), row);
        }
    }

    void aNewerFilterSupersedesOneStillRunning()
    {
        runtime::StoreBrowser browser;
        browser.open(m_path);
        EventLogModel model(&browser);
        QSignalSpy indexed(&model, &EventLogModel::indexed);
        store::Query first;
        first.type = "loan.";
        first.typePrefix = true;
        model.setQuery(first);
        store::Query second;
        second.correlationId = "w7";
        model.setQuery(second);
        QVERIFY(indexed.wait(5000));
        QTest::qWait(100); // an answer to the first filter would arrive by now
        QCOMPARE(indexed.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(1), -1); // e0 belongs to w0: hidden by the filter
    }

    void traceModelNestsEffectsUnderCauses()
    {
        runtime::StoreBrowser browser;
        browser.open(m_path);
        QSignalSpy fetched(&browser, &runtime::StoreBrowser::traceFetched);
        browser.fetchTrace(QStringLiteral("w3"));
        QVERIFY(fetched.wait(5000));
        TraceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrace(fetched.front().at(1).value<runtime::TracePtr>());
        // e12 caused e13, which caused e14, which caused e15: a chain four deep.
        QCOMPARE(model.rowCount(), 1);
        QModelIndex at = model.index(0, TraceModel::TypeColumn);
        for (const char *type : kTypes) {
            QVERIFY(at.isValid());
            QCOMPARE(at.data().toString(), QString::fromLatin1(type));
            QCOMPARE(model.indexOfNode(at.data(TraceModel::NodeRole).toULongLong()), at);
            at = model.index(0, TraceModel::TypeColumn, at);
        }
        QVERIFY(!at.isValid());
    }
};

QTEST_MAIN(TestEventLogModel)
#include "test_event_log_model.moc"
