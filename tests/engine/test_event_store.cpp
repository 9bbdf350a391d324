// The SQLite event store on real files: append, queries, paging, causation chains,
// retention, duplicates, concurrent readers, reopening, and refusing files it must not touch.
#include "model/json_format.h"
#include "store/event_row.h"
#include "store/event_store.h"
#include "store_test_events.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <atomic>
#include <limits>
#include <sqlite3.h>
#include <thread>

using namespace causeway;
using namespace causeway::store;
using nlohmann::json;
using storetest::makeEvent;
using storetest::rawExec;

Q_DECLARE_METATYPE(causeway::store::Query)

namespace {


// The loan and shop events the filter tests run against, in append order.
std::vector<model::CloudEvent> sampleEvents()
{
    return {
        makeEvent("e1", "loan.applied", "/bank/web", "2024-03-15T10:00:00Z", "c1", {},
                  json{{"customer", "Alice"}, {"amount", 1000}}),
        makeEvent("e2", "loan.approved", "/bank/core", "2024-03-15T10:05:00Z", "c1", "e1",
                  json{{"customer", "Alice"}, {"note", "100% sure"}}),
        makeEvent("e3", "order.placed", "/shop", "2024-03-15T11:00:00Z", "c2", {},
                  json{{"item", "Widget"}}),
        makeEvent("e4", "loan.rejected", "/bank/core", "2024-03-15T12:00:00Z", "c3", {},
                  json{{"customer", "Bob"}}),
        makeEvent("e5", "loans.audit", "/bank/audit", std::nullopt, {}, {},
                  json{{"customer", "Carol"}}),
    };
}

QStringList names(std::initializer_list<const char *> ids)
{
    QStringList list;
    for (const char *id : ids)
        list << QString::fromUtf8(id);
    return list;
}

QStringList idsOf(const std::vector<StoredEvent> &events)
{
    QStringList ids;
    for (const auto &stored : events)
        ids << QString::fromStdString(stored.event.id);
    return ids;
}

std::int64_t nanos(const char *timestamp)
{
    return *model::timestampToUnixNanos(timestamp);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}


} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::string pathFor(const char *name) const
    {
        return m_dir.filePath(QLatin1String(name)).toStdString();
    }

    // A file of its own for each test function and data row.
    std::string pathForThisTest() const
    {
        return pathFor(
            (QByteArray(QTest::currentTestFunction()) + '-' + QTest::currentDataTag()).constData());
    }

    std::unique_ptr<EventStore> openStore(const std::string &path, Options options = {})
    {
        auto store = EventStore::open(path, std::move(options));
        if (!store)
            qWarning("%s", store.error().toString().c_str());
        return store ? std::move(*store) : nullptr;
    }

    // A closed store of @p count events, for the tests that take files apart.
    void writeStore(const std::string &path, int count)
    {
        auto store = openStore(path);
        QVERIFY(store);
        std::vector<model::CloudEvent> events;
        for (int i = 0; i < count; ++i)
            events.push_back(makeEvent("id-" + std::to_string(i), "loan.applied", "/bank", {}, {},
                                       {}, json{{"n", i}, {"padding", std::string(200, 'x')}}));
        QVERIFY(store->appendNow(std::move(events)).ok());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void queryByFilter_data()
    {
        QTest::addColumn<Query>("query");
        QTest::addColumn<QStringList>("expected");
        const auto with = [](auto change) {
            Query q;
            change(q);
            return q;
        };
        QTest::addRow("everything, newest first")
            << Query{} << names({"e5", "e4", "e3", "e2", "e1"});
        QTest::addRow("oldest first") << with([](Query &q) { q.newestFirst = false; })
                                      << names({"e1", "e2", "e3", "e4", "e5"});
        QTest::addRow("exact type")
            << with([](Query &q) { q.type = "loan.approved"; }) << names({"e2"});
        QTest::addRow("exact type is not a prefix")
            << with([](Query &q) { q.type = "loan"; }) << names({});
        QTest::addRow("type prefix") << with([](Query &q) {
            q.type = "loan.";
            q.typePrefix = true;
        }) << names({"e4", "e2", "e1"});
        QTest::addRow("shorter type prefix") << with([](Query &q) {
            q.type = "loan";
            q.typePrefix = true;
        }) << names({"e5", "e4", "e2", "e1"});
        QTest::addRow("source") << with([](Query &q) { q.source = "/bank/core"; })
                                << names({"e4", "e2"});
        QTest::addRow("time from, inclusive")
            << with([](Query &q) { q.fromNanos = nanos("2024-03-15T10:05:00Z"); })
            << names({"e4", "e3", "e2"});
        QTest::addRow("time range, end exclusive") << with([](Query &q) {
            q.fromNanos = nanos("2024-03-15T10:00:00Z");
            q.toNanos = nanos("2024-03-15T11:00:00Z");
        }) << names({"e2", "e1"});
        QTest::addRow("correlation")
            << with([](Query &q) { q.correlationId = "c1"; }) << names({"e2", "e1"});
        QTest::addRow("text in payload, any case")
            << with([](Query &q) { q.text = "wIDGET"; }) << names({"e3"});
        QTest::addRow("text with LIKE wildcards")
            << with([](Query &q) { q.text = "100%"; }) << names({"e2"});
        QTest::addRow("text matching nothing")
            << with([](Query &q) { q.text = "Zed"; }) << names({});
        QTest::addRow("filters combine") << with([](Query &q) {
            q.type = "loan.";
            q.typePrefix = true;
            q.source = "/bank/core";
            q.correlationId = "c1";
        }) << names({"e2"});
    }

    void queryByFilter()
    {
        QFETCH(Query, query);
        QFETCH(QStringList, expected);
        auto store = openStore(pathForThisTest());
        QVERIFY(store);
        QVERIFY(store->appendNow(sampleEvents()).ok());
        const auto page = store->query(query);
        QVERIFY2(page.ok(), page ? "" : page.error().message.c_str());
        QCOMPARE(idsOf(page->events), expected);
        QVERIFY(!page->next);
        QCOMPARE(*store->count(query), std::int64_t(expected.size()));

        // What an event list browses by agrees with the query: same events, same order.
        std::vector<std::int64_t> sequences;
        for (const auto &stored : page->events)
            sequences.push_back(stored.sequence);
        QCOMPARE(*store->sequences(query), sequences);
        const auto headers = store->headers(query, 0, INT64_MAX);
        QVERIFY(headers.ok());
        std::vector<std::int64_t> headerSequences;
        for (const auto &header : *headers)
            headerSequences.push_back(header.sequence);
        QCOMPARE(headerSequences, sequences);
    }

    void rowJsonIsTheJsonFormat()
    {
        auto events = sampleEvents();
        auto text = makeEvent("t", "note.taken", "/notes");
        text.datacontenttype = "text/plain";
        text.data = model::TextData{"plain words"};
        auto binary = makeEvent("b", "blob.stored", "/blobs");
        binary.data = model::BinaryData{std::string("\x00\x01\xff", 3)};
        auto empty = makeEvent("n", "nothing.happened", "/void");
        empty.data = std::monostate{};
        auto early = makeEvent("z", "t", "/s", "2024-01-01T00:00:00Z", "corr", "cause",
                               json{{"nested", {{"list", {1, 2, 3}}}}});
        early.dataschema = "https://example.com/schema.json";
        early.subject = "subject";
        auto awkward =
            makeEvent("q\"uote\\", "t\n\t", "/s\x01\x1f\x7f", {}, {}, {},
                      json{{"caf\xc3\xa9", "\xe2\x82\xac \b\f\r"},
                           {"numbers",
                            {-7, 0, 18446744073709551615ull, 0.1, 1e300, -2.5, 3.0, 1e-7, -0.0,
                             std::numeric_limits<double>::infinity()}},
                           {"literals", {true, false, nullptr}},
                           {"empty", {{"object", json::object()}, {"array", json::array()}}},
                           {"", "empty key"}});
        awkward.extensions.emplace("prioritylevel", model::AttributeValue::integer(3));
        awkward.extensions.emplace("synthetic", model::AttributeValue::boolean(true));
        awkward.extensions.emplace("zz", model::AttributeValue::string("after data"));
        awkward.extensions.emplace("blob", model::AttributeValue::binary(std::string("\0\xff", 2)));
        auto array = makeEvent("a", "t", "/s", {}, {}, {}, json::array({1, "two"}));
        events.insert(events.end(), {text, binary, empty, early, awkward, array});
        for (const auto &event : events)
            QCOMPARE(store::makeRow(event).json, model::writeJsonEvent(event).dump());
    }

    void rowJsonEscapesAsDumpDoesWhereverTheCharacterIs()
    {
        // Plain runs are copied eight bytes at a time: every place in a word must count.
        json strings = json::array();
        for (const std::string special : {"\"", "\\", "\n", "\x1f", "\x7f", "\xc3\xa9"})
            for (std::size_t before = 0; before < 18; ++before)
                strings.push_back(std::string(before, 'a') + special + std::string(9, 'b'));
        auto event = makeEvent("e", "t", "/s", {}, {}, {}, json{{"strings", strings}});
        event.subject = std::string(11, 's') + "\"" + std::string(20, 's');
        QCOMPARE(store::makeRow(event).json, model::writeJsonEvent(event).dump());
    }

    void invalidUtf8IsStoredNotThrown()
    {
        auto store = openStore(pathForThisTest());
        QVERIFY(store);
        auto event = makeEvent("bad", "t", "/s", {}, {}, {}, json{{"text", "caf\xe9"}});
        QVERIFY(store->appendNow({event}).ok());
        const auto page = store->query({});
        QVERIFY(page.ok());
        QCOMPARE(page->events.at(0).event.jsonData()->at("text").get<std::string>(),
                 std::string("caf\xef\xbf\xbd"));
    }

    void storedEventsRoundTrip()
    {
        const std::int64_t storedAt = nanos("2030-01-01T00:00:00Z");
        Options options;
        options.nowNanos = [storedAt] { return storedAt; };
        auto store = openStore(pathFor("roundtrip.db"), options);
        QVERIFY(store);
        const auto events = sampleEvents();
        QVERIFY(store->appendNow(events).ok());
        QVERIFY(store->appendNow({makeEvent("r1", "loan.applied")}, true).ok());
        Query oldestFirst;
        oldestFirst.newestFirst = false;
        const auto page = store->query(oldestFirst);
        QVERIFY(page.ok());
        QCOMPARE(page->events.size(), events.size() + 1);
        for (std::size_t i = 0; i < events.size(); ++i) {
            QVERIFY(page->events[i].event == events[i]);
            QVERIFY(!page->events[i].replay);
            QCOMPARE(page->events[i].storedAtNanos, storedAt);
            QCOMPARE(page->events[i].sequence, static_cast<std::int64_t>(i + 1));
        }
        QVERIFY(page->events.back().replay);
    }

    void paging_data()
    {
        QTest::addColumn<bool>("newestFirst");
        QTest::addRow("newest first") << true;
        QTest::addRow("oldest first") << false;
    }

    void paging()
    {
        QFETCH(bool, newestFirst);
        auto store = openStore(pathForThisTest());
        QVERIFY(store);
        std::vector<model::CloudEvent> events;
        QStringList all;
        for (int i = 0; i < 10; ++i) {
            events.push_back(makeEvent("p" + std::to_string(i), i % 2 ? "odd" : "even"));
            all << QStringLiteral("p%1").arg(i);
        }
        QVERIFY(store->appendNow(events).ok());
        if (newestFirst)
            std::reverse(all.begin(), all.end());

        Query query;
        query.newestFirst = newestFirst;
        query.limit = 3;
        QStringList seen;
        QList<int> pageSizes;
        for (;;) {
            const auto page = store->query(query);
            QVERIFY(page.ok());
            seen << idsOf(page->events);
            pageSizes << static_cast<int>(page->events.size());
            if (!page->next)
                break;
            query.after = page->next;
        }
        QCOMPARE(seen, all);
        QCOMPARE(pageSizes, (QList<int>{3, 3, 3, 1}));

        // Paging within a filter.
        query = Query{};
        query.newestFirst = newestFirst;
        query.type = "odd";
        query.limit = 2;
        const auto first = store->query(query);
        QVERIFY(first.ok() && first->next);
        query.after = first->next;
        const auto second = store->query(query);
        QVERIFY(second.ok());
        QCOMPARE(idsOf(first->events) + idsOf(second->events),
                 newestFirst ? names({"p9", "p7", "p5", "p3"}) : names({"p1", "p3", "p5", "p7"}));
    }

    void causationChains_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<bool>("ancestors");
        QTest::addColumn<QStringList>("expected");
        // a -> b -> c, b -> d; x unrelated; p <-> q cycle.
        QTest::addRow("ancestors of a leaf") << "c" << true << names({"a", "b", "c"});
        QTest::addRow("ancestors of the root") << "a" << true << names({"a"});
        QTest::addRow("descendants of the root") << "a" << false << names({"a", "b", "c", "d"});
        QTest::addRow("descendants in the middle") << "b" << false << names({"b", "c", "d"});
        QTest::addRow("a cycle ends") << "p" << false << names({"p", "q"});
    }

    void causationChains()
    {
        QFETCH(QString, start);
        QFETCH(bool, ancestors);
        QFETCH(QStringList, expected);
        auto store = openStore(pathForThisTest());
        QVERIFY(store);
        QVERIFY(store
                    ->appendNow({makeEvent("a", "t"), makeEvent("b", "t", "/s", {}, "k", "a"),
                                 makeEvent("x", "t"), makeEvent("c", "t", "/s", {}, "k", "b"),
                                 makeEvent("d", "t", "/s", {}, "k", "b"),
                                 makeEvent("p", "t", "/s", {}, {}, "q"),
                                 makeEvent("q", "t", "/s", {}, {}, "p")})
                    .ok());
        const auto chain = store->causationChain(
            start.toStdString(), ancestors ? Direction::Ancestors : Direction::Descendants);
        QVERIFY(chain.ok());
        QCOMPARE(idsOf(*chain), expected);
        const auto unknown = store->causationChain("nope", Direction::Ancestors);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.find("nope") != std::string::npos);
    }

    void retentionByAge()
    {
        std::atomic<std::int64_t> clock{1'000'000'000};
        Options options;
        options.nowNanos = [&clock] { return clock.load(); };
        auto store = openStore(pathFor("age.db"), options);
        QVERIFY(store);
        QVERIFY(store->appendNow({makeEvent("old1", "t"), makeEvent("old2", "t")}).ok());
        clock = 5'000'000'000;
        QVERIFY(store->appendNow({makeEvent("new1", "t"), makeEvent("new2", "t")}).ok());
        clock = 10'000'000'000;
        QCOMPARE(*store->prune({std::int64_t(6'000'000'000), std::nullopt}), std::int64_t(2));
        QCOMPARE(idsOf(store->query({})->events), names({"new2", "new1"}));
        QCOMPARE(*store->prune({std::int64_t(6'000'000'000), std::nullopt}), std::int64_t(0));
        QCOMPARE(*store->prune({std::int64_t(1), std::nullopt}), std::int64_t(2));
        QCOMPARE(*store->count({}), std::int64_t(0));
        // Sequences are never reused, even after everything was pruned and reopened.
        store->close();
        store = openStore(pathFor("age.db"), options);
        QVERIFY(store);
        QVERIFY(store->appendNow({makeEvent("later", "t")}).ok());
        QCOMPARE(store->query({})->events.at(0).sequence, std::int64_t(5));
    }

    void retentionByCount()
    {
        auto store = openStore(pathFor("count.db"));
        QVERIFY(store);
        std::vector<model::CloudEvent> events;
        for (int i = 0; i < 10; ++i)
            events.push_back(makeEvent("n" + std::to_string(i), "t"));
        QVERIFY(store->appendNow(events).ok());
        QCOMPARE(*store->prune({std::nullopt, std::int64_t(4)}), std::int64_t(6));
        QCOMPARE(idsOf(store->query({})->events), names({"n9", "n8", "n7", "n6"}));
        QCOMPARE(*store->prune({std::nullopt, std::int64_t(4)}), std::int64_t(0));
        QCOMPARE(*store->prune({std::nullopt, std::int64_t(0)}), std::int64_t(4));
    }

    void duplicatesAreReportedAndTheRestStored()
    {
        auto store = openStore(pathFor("duplicates.db"));
        QVERIFY(store);
        QVERIFY(store->appendNow({makeEvent("one", "t", "/a")}).ok());
        const Status status =
            store->appendNow({makeEvent("two", "t", "/a"), makeEvent("one", "t", "/a"),
                              makeEvent("one", "t", "/b"), // another source
                              makeEvent("three", "t", "/a"), makeEvent("three", "t", "/a")});
        QVERIFY(!status.ok());
        const std::string &message = status.error().message;
        QVERIFY2(message.find("2 of 5") != std::string::npos, message.c_str());
        QVERIFY2(message.find("'/a' id 'one'") != std::string::npos, message.c_str());
        QVERIFY2(message.find("'/a' id 'three'") != std::string::npos, message.c_str());
        QCOMPARE(idsOf(store->query({})->events), names({"three", "one", "two", "one"}));
        QCOMPARE(store->duplicatesRefused(), std::uint64_t(2));

        const Status again =
            store->appendNow({makeEvent("two", "t", "/a"), makeEvent("one", "t", "/b")});
        QVERIFY2(again.error().message.starts_with("none of the 2 events was stored: "),
                 again.error().message.c_str());
        const Status once = store->appendNow({makeEvent("two", "t", "/a")});
        QVERIFY2(once.error().message.starts_with("the event was not stored: duplicate"),
                 once.error().message.c_str());
        QCOMPARE(store->duplicatesRefused(), std::uint64_t(5));
    }

    void concurrentReadersWhileAppending()
    {
        auto store = openStore(pathFor("concurrent.db"));
        QVERIFY(store);
        constexpr int batches = 40;
        constexpr int perBatch = 250;
        std::atomic<bool> done{false};
        std::atomic<int> failures{0};
        std::atomic<int> reads{0};
        std::vector<std::thread> readers;
        for (int r = 0; r < 3; ++r) {
            readers.emplace_back([&] {
                std::int64_t last = 0;
                while (!done) {
                    const auto count = store->count({});
                    Query q;
                    q.limit = 10;
                    const auto page = store->query(q);
                    // Counts only grow, and a page never sees a half-committed batch.
                    if (!count || *count < last || *count % perBatch != 0 || !page)
                        ++failures;
                    last = count ? *count : last;
                    ++reads;
                }
            });
        }
        std::vector<std::future<Status>> pending;
        for (int b = 0; b < batches; ++b) {
            std::vector<model::CloudEvent> events;
            for (int i = 0; i < perBatch; ++i)
                events.push_back(makeEvent("c" + std::to_string(b) + "-" + std::to_string(i), "t"));
            pending.push_back(store->append(std::move(events)));
        }
        for (auto &future : pending)
            QVERIFY(future.get().ok());
        done = true;
        for (auto &reader : readers)
            reader.join();
        QCOMPARE(failures.load(), 0);
        QVERIFY(reads.load() > 0);
        QCOMPARE(*store->count({}), std::int64_t(batches * perBatch));
    }

    void reopenKeepsEverything()
    {
        const std::string path = pathFor("reopen.db");
        auto store = openStore(path);
        QVERIFY(store);
        QVERIFY(store->appendNow(sampleEvents()).ok());
        store.reset();
        store = openStore(path);
        QVERIFY(store);
        QCOMPARE(idsOf(store->query({})->events), names({"e5", "e4", "e3", "e2", "e1"}));
        QVERIFY(store->appendNow({makeEvent("e6", "t")}).ok());
        QCOMPARE(store->query({})->events.at(0).sequence, std::int64_t(6));
        QVERIFY(!store->appendNow({makeEvent("e1", "loan.applied", "/bank/web")}).ok());
        store->close();
        // A clean close checkpoints the log into the file and removes it.
        QVERIFY(!QFile::exists(QString::fromStdString(path + "-wal")));
        QVERIFY(!store->appendNow({makeEvent("e7", "t")}).ok());
        QVERIFY(!store->query({}).ok());
    }

    void refusesFilesItMustNotTouch_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("verify");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain text") << "text" << false << "not a Causeway store";
        QTest::addRow("another application's SQLite")
            << "foreign" << false << "SQLite database of another application";
        QTest::addRow("newer store")
            << "newer" << false
            << "written by a newer Causeway (store version 3, this version reads 1)";
        QTest::addRow("truncated") << "truncated" << false << "database disk image is malformed";
        QTest::addRow("damaged schema page")
            << "page1" << false << "database disk image is malformed";
        QTest::addRow("damaged data, verified")
            << "middle" << true << "database disk image is malformed";
    }

    void refusesFilesItMustNotTouch()
    {
        QFETCH(QString, kind);
        QFETCH(bool, verify);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        if (kind == QLatin1String("text")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("just some notes, not a database\n").repeated(20));
        } else if (kind == QLatin1String("foreign")) {
            rawExec(path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello')");
        } else {
            writeStore(path.toStdString(), 2000);
            if (QTest::currentTestFailed())
                return;
            if (kind == QLatin1String("newer"))
                rawExec(path, "UPDATE meta SET value = '3' WHERE key = 'schema_version'");
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            if (kind == QLatin1String("truncated"))
                QVERIFY(file.resize(size / 2));
            if (kind == QLatin1String("page1")) {
                file.seek(100);
                file.write(QByteArray(4096 - 100, '\xab'));
            }
            if (kind == QLatin1String("middle")) {
                file.seek(size / 2 / 4096 * 4096);
                file.write(QByteArray(8 * 4096, '\xab'));
            }
        }
        const QByteArray before = fileBytes(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

        Options options;
        options.verifyIntegrity = verify;
        const auto opened = EventStore::open(path.toStdString(), options);
        QVERIFY(!opened.ok());
        const std::string &message = opened.error().message;
        QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
        QVERIFY2(message.find(path.toStdString()) != std::string::npos, message.c_str());
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "test_event_store.moc"
