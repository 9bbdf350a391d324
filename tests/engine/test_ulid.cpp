// ULIDs: the text form, parsing, and the monotonic thread-safe generator.
#include "test_support.h"
#include "ulid/ulid.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <thread>
#include <vector>

using namespace causeway::ulid;

namespace {

constexpr std::uint64_t kAllOnes = ~std::uint64_t(0);

// A random source that hands out the given values in turn, for exact expectations.
Generator::Random sequence(std::vector<std::uint64_t> values)
{
    return [values = std::move(values), i = std::size_t(0)]() mutable {
        return values.at(i++ % values.size());
    };
}

Generator::Clock fixedClock(std::int64_t ms)
{
    return [ms] { return ms; };
}

// The generator takes the top 16 bits of its first draw and all 64 of its second.
std::vector<std::uint64_t> draws(std::uint16_t randomHigh, std::uint64_t randomLow)
{
    return {std::uint64_t(randomHigh) << 48, randomLow};
}

} // namespace

class TestUlid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSpecVectors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qulonglong>("timestampMs");
        const auto row = [](const char *name, const char *text, qulonglong timestampMs) {
            QTest::addRow("%s", name) << QByteArray(text) << timestampMs;
        };
        row("spec example", "01ARYZ6S41TSV4RRFFQ69G5FAV", 1469918176385ULL);
        row("lower case", "01aryz6s41tsv4rrffq69g5fav", 1469918176385ULL);
        row("zero", "00000000000000000000000000", 0ULL);
        row("max", "7ZZZZZZZZZZZZZZZZZZZZZZZZZ", 281474976710655ULL);
        row("max lower case", "7zzzzzzzzzzzzzzzzzzzzzzzzz", 281474976710655ULL);
    }

    void parsesSpecVectors()
    {
        QFETCH(QByteArray, text);
        QFETCH(qulonglong, timestampMs);
        const auto id = parse(text.toStdString());
        QVERIFY2(id.ok(), id.ok() ? "" : id.error().message.c_str());
        QCOMPARE(qulonglong(id->timestampMs()), timestampMs);
        // The text form is always upper case.
        QCOMPARE(id->toString(), text.toUpper().toStdString());
    }

    void maxValueIsAllOnes()
    {
        const auto max = parse("7ZZZZZZZZZZZZZZZZZZZZZZZZZ");
        QVERIFY(max.ok());
        QCOMPARE(max->high(), kAllOnes);
        QCOMPARE(max->low(), kAllOnes);
        QCOMPARE(max->timestampMs(), Ulid::MaxTimestampMs);
    }

    void rejectsInvalidText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message"); // a part of the expected error message
        const auto row = [](const char *name, const char *text, const char *message) {
            QTest::addRow("%s", name) << QByteArray(text) << QString::fromUtf8(message);
        };
        row("overflow", "80000000000000000000000000", "larger than 2^128 - 1");
        row("overflow all Z", "ZZZZZZZZZZZZZZZZZZZZZZZZZZ", "first character must be 0 to 7");
        row("too short", "01ARYZ6S41TSV4RRFFQ69G5FA", "26 characters, not 25");
        row("too long", "01ARYZ6S41TSV4RRFFQ69G5FAVX", "26 characters, not 27");
        row("empty", "", "26 characters, not 0");
        row("letter I", "I1ARYZ6S41TSV4RRFFQ69G5FAV", "'I' at position 1");
        row("letter L", "01ARYZ6S41TSV4RRFFQ69G5FAL", "'L' at position 26");
        row("letter O", "01ARYZ6S41TSVORRFFQ69G5FAV", "'O' at position 14");
        row("letter U", "01ARYZ6S41TSV4RRFFQ69GUFAV", "'U' at position 23");
        row("lower-case u", "01ARYZu641TSV4RRFFQ69G5FAV", "'u' at position 7");
        row("hyphen", "01ARYZ6S41-SV4RRFFQ69G5FAV", "'-' at position 11");
        row("space", "01ARYZ6S41TSV4RRFFQ69G5FA ", "' ' at position 26");
        row("non-ASCII", "01ARYZ6S41TSV4RRFFQ69G5F\xC3\xA9", "byte 0xC3 at position 25");
    }

    void rejectsInvalidText()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const auto id = parse(text.toStdString());
        QVERIFY2(!id.ok(), "accepted");
        const QString actual = QString::fromStdString(id.error().message);
        QVERIFY2(actual.contains(message), qPrintable(actual));
    }

    void textRoundTripKeepsValueAndOrder()
    {
        std::vector<Ulid> ids = {Ulid(), Ulid(kAllOnes, kAllOnes), Ulid(0, std::uint64_t(1) << 63),
                                 Ulid(1, 0),
                                 Ulid::fromParts(1469918176385, 0xABCD, 0x0123456789ABCDEF)};
        const auto random = seededRandom(7);
        for (int i = 0; i < 1000; ++i)
            ids.emplace_back(random(), random());
        std::sort(ids.begin(), ids.end());
        std::string previous;
        for (const Ulid &id : ids) {
            const std::string text = id.toString();
            QCOMPARE(text.size(), Ulid::TextLength);
            const auto parsed = parse(text);
            QVERIFY2(parsed.ok(), text.c_str());
            QVERIFY2(*parsed == id, text.c_str());
            // Sorting the text must agree with sorting the values.
            QVERIFY2(previous <= text, text.c_str());
            previous = text;
        }
    }

    void incrementsWithinAMillisecond_data()
    {
        QTest::addColumn<uint>("startHigh");
        QTest::addColumn<qulonglong>("startLow");
        QTest::addColumn<uint>("nextHigh");
        QTest::addColumn<qulonglong>("nextLow");
        QTest::addRow("low bits") << 0x1234u << 41ULL << 0x1234u << 42ULL;
        QTest::addRow("carry into the high 16 bits")
            << 0x0000u << qulonglong(kAllOnes) << 1u << 0ULL;
        QTest::addRow("zero") << 0u << 0ULL << 0u << 1ULL;
    }

    void incrementsWithinAMillisecond()
    {
        QFETCH(uint, startHigh);
        QFETCH(qulonglong, startLow);
        QFETCH(uint, nextHigh);
        QFETCH(qulonglong, nextLow);
        Generator generator(fixedClock(1469918176385),
                            sequence(draws(std::uint16_t(startHigh), startLow)));
        const auto first = generator.next();
        const auto second = generator.next();
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(*first, Ulid::fromParts(1469918176385, std::uint16_t(startHigh), startLow));
        QCOMPARE(*second, Ulid::fromParts(1469918176385, std::uint16_t(nextHigh), nextLow));
        QVERIFY(first->toString() < second->toString());
    }

    void exhaustedRandomnessIsAnError()
    {
        std::int64_t now = 1000;
        Generator generator([&now] { return now; }, sequence(draws(0xFFFF, kAllOnes)));
        const auto last = generator.next();
        QVERIFY(last.ok());
        QCOMPARE(last->toString().substr(10), std::string(16, 'Z'));
        const auto overflow = generator.next();
        QVERIFY2(!overflow.ok(), "wrapped instead of failing");
        QVERIFY2(overflow.error().message.find("exhausted") != std::string::npos,
                 overflow.error().message.c_str());
        // A new millisecond starts over with fresh randomness.
        now = 1001;
        const auto fresh = generator.next();
        QVERIFY(fresh.ok());
        QCOMPARE(fresh->timestampMs(), std::uint64_t(1001));
        QVERIFY(*fresh > *last);
    }

    void newMillisecondDrawsNewRandomness()
    {
        std::int64_t now = 5000;
        Generator generator([&now] { return now++; },
                            sequence({std::uint64_t(7) << 48, 100, std::uint64_t(3) << 48, 50}));
        const auto first = generator.next();
        const auto second = generator.next();
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(*first, Ulid::fromParts(5000, 7, 100));
        // Smaller randomness than before, yet later: the timestamp orders them.
        QCOMPARE(*second, Ulid::fromParts(5001, 3, 50));
    }

    void clockSteppingBackKeepsOrder()
    {
        std::int64_t now = 9000;
        Generator generator([&now] { return now; }, sequence(draws(0, 10)));
        const auto first = generator.next();
        now = 8000;
        const auto second = generator.next();
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(*second, Ulid::fromParts(9000, 0, 11));
    }

    void clockOutsideTheRangeIsAnError_data()
    {
        QTest::addColumn<qlonglong>("now");
        QTest::addRow("negative") << -1LL;
        QTest::addRow("past 2^48 - 1") << qlonglong(Ulid::MaxTimestampMs + 1);
    }

    void clockOutsideTheRangeIsAnError()
    {
        QFETCH(qlonglong, now);
        Generator generator(fixedClock(now), seededRandom(1));
        const auto id = generator.nextString();
        QVERIFY2(!id.ok(), id.ok() ? id->c_str() : "");
        QVERIFY2(id.error().message.find(std::to_string(now)) != std::string::npos,
                 id.error().message.c_str());
    }

    void seededGeneratorsRepeat()
    {
        Generator a(fixedClock(1), seededRandom(42));
        Generator b(fixedClock(1), seededRandom(42));
        Generator c(fixedClock(1), seededRandom(43));
        const auto first = a.nextString();
        const auto same = b.nextString();
        const auto other = c.nextString();
        QVERIFY(first.ok() && same.ok() && other.ok());
        QCOMPARE(*same, *first);
        QVERIFY(*other != *first);
    }

    void threadsGetUniqueOrderedIds()
    {
        constexpr int threadCount = 4;
        constexpr int perThread = 10000;
        Generator generator;
        std::vector<std::vector<Ulid>> results(threadCount);
        std::vector<std::thread> threads;
        for (auto &result : results) {
            threads.emplace_back([&generator, &result] {
                result.reserve(perThread);
                for (int i = 0; i < perThread; ++i) {
                    if (auto id = generator.next())
                        result.push_back(*id);
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        std::vector<Ulid> all;
        for (const auto &result : results) {
            QCOMPARE(int(result.size()), perThread);
            QVERIFY(std::adjacent_find(result.begin(), result.end(), std::greater_equal<>()) ==
                    result.end());
            all.insert(all.end(), result.begin(), result.end());
        }
        std::sort(all.begin(), all.end());
        QVERIFY(std::adjacent_find(all.begin(), all.end()) == all.end());
    }

    void agreesWithNpmUlid()
    {
        const QString module =
            QString::fromStdString(testsupport::binaryPath("npm/node_modules/ulid"));
        if (!QFileInfo::exists(module + QStringLiteral("/package.json")))
            QFAIL(qPrintable(QStringLiteral("the npm module 'ulid' is not installed at %1: run "
                                            "scripts/test.sh, which installs it")
                                 .arg(module)));
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QFAIL("Node.js ('node') is not on PATH: scripts/test.sh needs it");

        // 2500 timestamps across the whole 48-bit range, two ULIDs per millisecond.
        std::vector<std::uint64_t> times;
        for (std::uint64_t i = 0; i < 2500; ++i)
            times.push_back(i == 2499 ? Ulid::MaxTimestampMs : i * (Ulid::MaxTimestampMs / 2499));
        std::size_t calls = 0;
        Generator generator([&] { return std::int64_t(times.at(calls++ / 2)); }, seededRandom(9));
        std::vector<Ulid> ids;
        QByteArray text;
        for (int i = 0; i < 5000; ++i) {
            const auto id = generator.next();
            QVERIFY2(id.ok(), id.ok() ? "" : id.error().message.c_str());
            QCOMPARE(id->timestampMs(), times[std::size_t(i) / 2]);
            ids.push_back(*id);
            text += QByteArray::fromStdString(id->toString()) + '\n';
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("ulids.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
        file.close();

        // Prints "decodeTime(id) encodeTime(decodeTime(id), 10)" for each line.
        const QString script = QStringLiteral(
            "const u = require(process.argv[1]);"
            "const ids = require('fs').readFileSync(process.argv[2], 'utf8').split('\\n');"
            "process.stdout.write(ids.filter(Boolean).map(id => {"
            "  const t = u.decodeTime(id); return t + ' ' + u.encodeTime(t, 10);"
            "}).join('\\n') + '\\n');");
        QProcess process;
        process.start(node, {QStringLiteral("-e"), script, module, file.fileName()});
        QVERIFY2(process.waitForFinished(60000), "node did not finish within 60 s");
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), qsizetype(ids.size()));
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const QList<QByteArray> fields = lines[qsizetype(i)].split(' ');
            const std::string id = ids[i].toString();
            if (fields.size() != 2 || fields[0].toULongLong() != ids[i].timestampMs() ||
                fields[1].toStdString() != id.substr(0, 10))
                QFAIL(qPrintable(
                    QStringLiteral("%1: npm ulid says '%2', we say %3")
                        .arg(QString::fromStdString(id), QString::fromUtf8(lines[qsizetype(i)]))
                        .arg(ids[i].timestampMs())));
        }
    }
};

QTEST_GUILESS_MAIN(TestUlid)
#include "test_ulid.moc"
