// Pattern answers as std::regex does, scanning the simple anchored patterns directly.
#include "common/pattern.h"
#include "test_support.h"

#include <random>
#include <thread>

using causeway::Pattern;

namespace {

// Texts near the pattern's own alphabet, with the odd byte from far outside it.
std::string randomText(std::mt19937 &random, const std::string &alphabet)
{
    static const std::string outside = std::string("\n\r\t \xC3\xA9\xFF\x80", 8) + "aZ0_-.$^";
    std::uniform_int_distribution<std::size_t> length(0, 12);
    std::uniform_int_distribution<int> percent(0, 99);
    std::string text;
    for (std::size_t i = length(random); i > 0; --i) {
        const std::string &from = percent(random) < 90 ? alphabet : outside;
        text += from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(random)];
    }
    return text;
}

} // namespace

class TestPattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAsStdRegex_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("scanned");
        const auto row = [](const char *pattern, bool scanned) {
            QTest::addRow("%s", pattern) << QString::fromLatin1(pattern) << scanned;
        };
        row("^APP-[0-9]{6}$", true);
        row("^[A-Z]{3}$", true);
        row("^[a-z]+-[0-9]+$", true);
        row("^\\d{2,4}\\.\\d?$", true);
        row("^[^-]+-x?[0-9]*$", true);
        row("^[A-Za-z0-9_]{0,5}$", true);
        row("^\\w+@\\w+\\.[a-z]{2,}$", true);
        row("^[a-z]*[a-z0-9]$", false);        // the run could end one earlier
        row("^a?a$", false);
        row("^[^a]*a$", true);
        row("^[-a-c]+/$", true);
        row("^[0-9]+$", true);
        row("^x{0}y$", true);
        row("[0-9]{6}", false);  // not anchored
        row("^[0-9]{6}", false); // not anchored at the end
        row("^(ab)+$", false);
        row("^a|b$", false);
        row("^.{3}$", false);
        row("^\\s*$", false);
        row("^a+?$", false);
        row("^[a\\d-]$", true);
    }

    void answersAsStdRegex()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, scanned);
        const std::string source = pattern.toStdString();
        const Pattern compiled(source);
        const std::regex reference(source, std::regex::ECMAScript);
        QCOMPARE(compiled.isScanned(), scanned);

        std::string alphabet;
        for (char c : source)
            if (c != '\\' && c != '^' && c != '$')
                alphabet += c;
        alphabet += "0123456789abcxyzAZ-";
        std::mt19937 random(20251126);
        for (int i = 0; i < 20000; ++i) {
            const std::string text = randomText(random, alphabet);
            QVERIFY2(compiled.search(text) == std::regex_search(text, reference),
                     qPrintable(QStringLiteral("'%1' on '%2'")
                                    .arg(pattern, QString::fromLatin1(text.c_str()))));
        }
    }

    void matchesWhatItShould()
    {
        const Pattern id("^APP-[0-9]{6}$");
        QVERIFY(id.search("APP-004711"));
        QVERIFY(!id.search("APP-04711"));
        QVERIFY(!id.search("APP-0047110"));
        QVERIFY(!id.search("APP-004711\n"));
        QVERIFY(!id.search(std::string_view("APP-004711\0", 11)));
        const Pattern words("^[a-z]+-[0-9]+$");
        QVERIFY(words.search("abc-12"));
        QVERIFY(!words.search("abc-"));
        QVERIFY(!words.search("-12"));
    }

    // A remembered answer is the answer: the same text, asked again, from several threads,
    // beyond the number of texts remembered and beyond the longest, always gets regex_search's.
    void aRegexRemembersOnlyWhatItSearched()
    {
        const Pattern memo("^APP-([0-9]{3})$"); // a group: std::regex searches it
        QVERIFY(!memo.isScanned());
        const std::regex plain("^APP-([0-9]{3})$", std::regex::ECMAScript);
        std::vector<std::string> texts;
        for (std::size_t i = 0; i < Pattern::kRemembered + 100; ++i)
            texts.push_back((i % 3 == 0 ? "APP-" : "APX-") + std::to_string(i));
        texts.push_back("APP-" + std::string(Pattern::kLongestRemembered, '1'));
        const auto agreeing = [&] {
            int agreed = 0;
            for (const std::string &text : texts)
                agreed += memo.search(text) == std::regex_search(text, plain) ? 1 : 0;
            return agreed;
        };
        std::vector<int> counts(3);
        std::vector<std::thread> threads;
        for (int &count : counts)
            threads.emplace_back([&] { count = agreeing(); });
        for (std::thread &thread : threads)
            thread.join();
        for (const int count : counts)
            QCOMPARE(count, static_cast<int>(texts.size()));
        QCOMPARE(agreeing(), static_cast<int>(texts.size())); // now answered from memory
        QVERIFY(memo.search("APP-123"));
        QVERIFY(!memo.search("APP-1234"));
    }

    void refusesWhatStdRegexRefuses()
    {
        QVERIFY_THROWS_EXCEPTION(std::regex_error, Pattern("^[z-a]$"));
        QVERIFY_THROWS_EXCEPTION(std::regex_error, Pattern("^(a$"));
        QVERIFY_THROWS_EXCEPTION(std::regex_error, Pattern("^[\\d-z]$"));
    }
};

QTEST_GUILESS_MAIN(TestPattern)
#include "test_pattern.moc"
