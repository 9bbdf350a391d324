// Kill test: a child process appends and reports what was acknowledged; after SIGKILL
// mid-stream, every acknowledged event must be in the store, and the store must open cleanly.
#include "store/event_store.h"
#include "test_support.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <unordered_set>

using namespace causeway;
using namespace causeway::store;

class TestStoreDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedEventsSurviveSigkill_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::addRow("one event per append") << 1;
        QTest::addRow("batches of 250") << 250;
    }

    void acknowledgedEventsSurviveSigkill()
    {
        QFETCH(int, batchSize);
        constexpr int wanted = 3000;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("durable.db"));

        QProcess child;
        child.start(QStringLiteral(STORE_APPEND_CHILD), {path, QString::number(batchSize)});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (output.count('\n') < wanted && child.state() == QProcess::Running &&
               timer.elapsed() < 30000) {
            child.waitForReadyRead(200);
            output += child.readAllStandardOutput();
        }
        QVERIFY2(output.count('\n') >= wanted, child.readAllStandardError().constData());
        child.kill(); // SIGKILL, while the child keeps appending
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        output += child.readAllStandardOutput();

        // Only whole lines are acknowledgements; a torn last line is not.
        const QList<QByteArray> acknowledged = output.left(output.lastIndexOf('\n')).split('\n');
        QVERIFY(acknowledged.size() >= wanted);

        Options options;
        options.verifyIntegrity = true;
        auto store = EventStore::open(path.toStdString(), options);
        QVERIFY2(store.ok(), store ? "" : store.error().toString().c_str());
        std::unordered_set<std::string> stored;
        Query query;
        query.newestFirst = false;
        query.limit = 5000;
        for (;;) {
            const auto page = (*store)->query(query);
            QVERIFY(page.ok());
            for (const auto &event : page->events)
                stored.insert(event.event.id);
            if (!page->next)
                break;
            query.after = page->next;
        }
        int missing = 0;
        for (const QByteArray &id : acknowledged)
            missing += stored.count(id.toStdString()) == 0;
        QCOMPARE(missing, 0);
        QVERIFY(stored.size() >= static_cast<std::size_t>(acknowledged.size()));

        model::CloudEvent after;
        after.id = "after-the-kill";
        after.source = "/durability/test";
        after.type = "test.appended";
        QVERIFY((*store)->appendNow({after}).ok());
    }
};

QTEST_GUILESS_MAIN(TestStoreDurability)
#include "test_store_durability.moc"
