// CloudEvents SQL beyond the TCK: error positions, reuse of a compiled expression,
// filter semantics, Unicode, overflow and the limits of the parser.
#include "cesql/expression.h"
#include "model/json_format.h"
#include "test_support.h"

#include <string>
#include <thread>
#include <vector>

using namespace causeway;
using nlohmann::json;

namespace {

model::CloudEvent makeEvent(const json &overrides = json::object())
{
    json object = {{"specversion", "1.0"},    {"id", "e-1"},
                   {"source", "/orders"},     {"type", "com.acme.order.placed"},
                   {"subject", "h\u00e9llo"}, {"myint", 10},
                   {"mybool", true},          {"myext", "customext"}};
    object.update(overrides);
    auto event = model::readJsonEvent(object);
    if (!event)
        qFatal("test event is invalid: %s", event.error().message.c_str());
    return *event;
}

json toJson(const cesql::Value &value)
{
    return std::visit([](const auto &v) { return json(v); }, value);
}

cesql::EvaluationResult run(const std::string &text, const model::CloudEvent &event)
{
    auto expression = cesql::Expression::parse(text);
    if (!expression)
        qFatal("'%s' does not parse: %s", text.c_str(), expression.error().message.c_str());
    return expression->evaluate(event);
}

struct EvaluationCase
{
    const char *name;
    const char *expression;
    const char *result; // as JSON
    const char *error;  // TCK name, or empty
};

const EvaluationCase kEvaluationCases[] = {
    {"AND, OR, XOR share one level", "TRUE OR FALSE AND FALSE", "false", ""},
    {"NOT binds tighter than =", "NOT TRUE = FALSE", "true", ""},
    {"* before +", "1 + 2 * 3", "7", ""},
    {"truncated division", "-7 / 2", "-3", ""},
    {"remainder has the dividend's sign", "-7 % 2", "-1", ""},
    {"remainder by negative", "7 % -3", "1", ""},
    {"addition overflow", "2147483647 + 1", "0", "math"},
    {"multiplication overflow", "65536 * 65536", "0", "math"},
    {"most negative literal", "-2147483648 < 0", "true", ""},
    {"negation overflow", "-INT('-2147483648')", "0", "math"},
    {"plus sign cast", "INT('+5')", "5", ""},
    {"out of range cast", "INT('2147483648')", "0", "cast"},
    {"identifiers ignore case", "ID = 'e-1' AND Type LIKE '%.placed'", "true", ""},
    {"integer extension", "myint + 1", "11", ""},
    {"boolean extension", "mybool AND TRUE", "true", ""},
    {"length counts characters", "LENGTH(subject)", "5", ""},
    {"substring counts characters", "SUBSTRING(subject, 2, 2)", "\"\u00e9l\"", ""},
    {"underscore is one character", "subject LIKE 'h_llo'", "true", ""},
    {"escaped backslash in LIKE", "'a\\b' LIKE 'a\\\\b'", "true", ""},
    {"consecutive percent", "'abc' LIKE 'a%%c'", "true", ""},
    {"backtracking percent", "'aXbXbc' LIKE 'a%bc'", "true", ""},
    {"percent must not skip the end", "'abcb' LIKE 'a%bc'", "false", ""},
    {"Unicode trim", "TRIM('\u3000 a \u00a0')", "\"a\"", ""},
    {"Latin-1 case mapping", "LOWER('\u00c0B')", "\"\u00e0b\"", ""},
    {"CONCAT casts to String", "CONCAT(1, TRUE)", "\"1true\"", ""},
    {"IS_INT", "IS_INT('12') AND NOT IS_INT('x')", "true", ""},
    {"IS_BOOL", "IS_BOOL('False') AND NOT IS_BOOL(1)", "true", ""},
    {"unknown function", "FOO(1)", "false", "missingFunction"},
    {"wrong arity", "LEFT('a')", "false", "missingFunction"},
    {"comparison casts to Integer", "'10' > '9'", "true", ""},
    {"comparison of non-numbers", "'a' < 'b'", "false", "cast"},
    {"absent core attribute", "time", "false", "missingAttribute"},
    {"EXISTS raises nothing", "EXISTS time OR EXISTS data", "false", ""},
    {"first error wins", "(1 / 0) + missing", "0", "math"},
    {"failing argument gives zero", "LENGTH(missing)", "0", "missingAttribute"},
    {"IN stops at the first match", "1 IN (1, missing)", "true", ""},
};

} // namespace

class TestCesql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorKindNames()
    {
        using cesql::ErrorKind;
        QCOMPARE(cesql::toString(ErrorKind::Parse), std::string_view("parse"));
        QCOMPARE(cesql::toString(ErrorKind::MissingFunction), std::string_view("missingFunction"));
        QCOMPARE(cesql::toString(ErrorKind::FunctionEvaluation),
                 std::string_view("functionEvaluation"));
        QCOMPARE(cesql::toString(ErrorKind::MissingAttribute),
                 std::string_view("missingAttribute"));
    }

    void parseErrorsCarryThePosition_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        QTest::addRow("unclosed call") << "ABC(" << 1 << 5 << "expected a value";
        QTest::addRow("missing operand") << "1 +" << 1 << 4 << "end of the expression";
        QTest::addRow("pattern not a string") << "x LIKE 123" << 1 << 8 << "string literal";
        QTest::addRow("unclosed string") << "id = 'abc" << 1 << 6 << "not closed";
        QTest::addRow("stray parenthesis") << "id = 'a' )" << 1 << 10 << "unexpected ')'";
        QTest::addRow("integer too large") << "2147483648 = 1" << 1 << 1 << "32-bit";
        QTest::addRow("columns count characters")
            << QStringLiteral("'\u00e9\u00e9' = #") << 1 << 8 << "unexpected character '#'";
        QTest::addRow("second line") << "id = 'a'\nAND (" << 2 << 6 << "expected a value";
        QTest::addRow("underscore in attribute") << "my_attr = 1" << 1 << 1 << "attribute name";
        QTest::addRow("EXISTS needs a name") << "EXISTS 'x'" << 1 << 8 << "attribute name";
        QTest::addRow("IN needs a list") << "1 IN 1" << 1 << 6 << "'(' after IN";
        QTest::addRow("empty") << "" << 1 << 1 << "expected a value";
    }

    void parseErrorsCarryThePosition()
    {
        QFETCH(QString, expression);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        const auto parsed = cesql::Expression::parse(expression.toStdString());
        QVERIFY(!parsed);
        const QString message = QString::fromStdString(parsed.error().message);
        QVERIFY2(message.contains(says), qPrintable(message));
        QCOMPARE(parsed.error().where.line, line);
        QCOMPARE(parsed.error().where.column, column);
    }

    void evaluates_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("result"); // as JSON
        QTest::addColumn<QString>("error");  // TCK name, or empty
        for (const auto &c : kEvaluationCases)
            QTest::addRow("%s", c.name)
                << QString::fromUtf8(c.expression) << QString::fromUtf8(c.result)
                << QString::fromUtf8(c.error);
    }

    void evaluates()
    {
        QFETCH(QString, expression);
        QFETCH(QString, result);
        QFETCH(QString, error);
        const auto outcome = run(expression.toStdString(), makeEvent());
        QCOMPARE(toJson(outcome.value), json::parse(result.toStdString()));
        const std::string kind = outcome.error ? std::string(cesql::toString(*outcome.error)) : "";
        QCOMPARE(kind, error.toStdString());
        QCOMPARE(outcome.message.empty(), error.isEmpty());
    }

    void matchesOnlyBooleanTrueWithoutError_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("matches");
        QTest::addRow("true") << "type = 'com.acme.order.placed'" << true;
        QTest::addRow("false") << "type = 'other'" << false;
        QTest::addRow("an Integer") << "1" << false;
        QTest::addRow("the String 'true'") << "'true'" << false;
        QTest::addRow("true with an error") << "NOT 10" << false;
        QTest::addRow("missing attribute negated") << "NOT (nosuch = 'x')" << false;
        QTest::addRow("missing attribute NOT LIKE") << "nosuch NOT LIKE 'x%'" << false;
    }

    void matchesOnlyBooleanTrueWithoutError()
    {
        QFETCH(QString, expression);
        QFETCH(bool, matches);
        const auto parsed = cesql::Expression::parse(expression.toStdString());
        QVERIFY(parsed);
        QCOMPARE(parsed->matches(makeEvent()), matches);
    }

    void compiledOnceEvaluatedMany()
    {
        const auto parsed = cesql::Expression::parse("INT(seq) % 3 = 0 AND myext LIKE 'c%'");
        QVERIFY(parsed);
        const cesql::Expression expression = *parsed; // copies share the compiled tree
        QCOMPARE(expression.text(), std::string("INT(seq) % 3 = 0 AND myext LIKE 'c%'"));
        std::vector<model::CloudEvent> events;
        for (int i = 0; i < 300; ++i)
            events.push_back(makeEvent({{"seq", std::to_string(i)}}));
        // The same expression on several threads at once: the tree is read-only.
        std::vector<int> counts(4, 0);
        std::vector<std::thread> threads;
        for (std::size_t t = 0; t < counts.size(); ++t)
            threads.emplace_back([&, t] {
                for (int round = 0; round < 20; ++round)
                    for (const auto &event : events)
                        counts[t] += expression.matches(event) ? 1 : 0;
            });
        for (auto &thread : threads)
            thread.join();
        for (const int count : counts)
            QCOMPARE(count, 20 * 100);
        QCOMPARE(toJson(parsed->evaluate(events[3]).value), json(true));
        QCOMPARE(toJson(parsed->evaluate(events[4]).value), json(false));
    }

    void limitsNesting()
    {
        const std::string deep = std::string(150, '(') + "1" + std::string(150, ')');
        const auto tooDeep = cesql::Expression::parse(deep);
        QVERIFY(!tooDeep);
        QVERIFY(QString::fromStdString(tooDeep.error().message).contains(QStringLiteral("deeply")));
        // Long flat chains, as generated filters have, stay fine.
        std::string chain = "id = 'x0'";
        for (int i = 1; i < 500; ++i)
            chain += " OR id = 'x" + std::to_string(i) + "'";
        chain += " OR id = 'e-1'";
        const auto parsed = cesql::Expression::parse(chain);
        QVERIFY2(parsed, parsed ? "" : parsed.error().message.c_str());
        QVERIFY(parsed->matches(makeEvent()));
    }
};

QTEST_GUILESS_MAIN(TestCesql)
#include "test_cesql.moc"
