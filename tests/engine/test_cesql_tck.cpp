// The CloudEvents SQL TCK (cesql@v1.0.0, shared/conformance/cesql-tck): every case is
// one data row, named "file: test name".
#include "cesql/expression.h"
#include "model/json_format.h"
#include "test_support.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <yaml-cpp/yaml.h>

using namespace causeway;
using nlohmann::json;

namespace {

constexpr std::size_t kTckFiles = 18;
constexpr std::size_t kTckCases = 275;

// Cases that do not pass yet, each with the reason. A listed case that passes fails
// the test, so the table cannot go stale.
const std::map<std::string, std::string> kKnownFailures = {};

struct TckCase
{
    std::string id; // "file: test name"
    std::string expression;
    json event; // the input event in the JSON format
    std::optional<json> result;
    std::optional<std::string> error;
};

// Scalars as a YAML 1.2 core-schema loader reads them: plain ones may be null, a
// Boolean or an integer; quoted ones are always strings.
json toJson(const YAML::Node &node)
{
    if (node.IsMap()) {
        json object = json::object();
        for (const auto &entry : node)
            object[entry.first.as<std::string>()] = toJson(entry.second);
        return object;
    }
    if (node.IsSequence()) {
        json array = json::array();
        for (const auto &element : node)
            array.push_back(toJson(element));
        return array;
    }
    if (node.IsNull())
        return nullptr;
    const std::string text = node.Scalar();
    if (node.Tag() != "?")
        return text;
    for (const char *word : {"true", "True", "TRUE"}) {
        if (text == word)
            return true;
    }
    for (const char *word : {"false", "False", "FALSE"}) {
        if (text == word)
            return false;
    }
    const bool integer =
        !text.empty() &&
        text.find_first_not_of("0123456789", text[0] == '-' ? 1 : 0) == std::string::npos &&
        text != "-";
    if (integer)
        return std::stoll(text);
    return text;
}

// "Any valid event" for the cases that give no event of their own.
json defaultEvent()
{
    return {{"specversion", "1.0"},
            {"id", "tck-default"},
            {"source", "https://example.com/cesql-tck"},
            {"type", "com.example.cesql.tck"}};
}

struct Kit
{
    std::size_t files = 0;
    std::vector<TckCase> cases;
};

const Kit &kit()
{
    static const Kit loaded = [] {
        Kit kit;
        std::vector<std::filesystem::path> paths;
        for (const auto &entry :
             std::filesystem::directory_iterator(testsupport::sharedPath("conformance/cesql-tck")))
            if (entry.path().extension() == ".yaml")
                paths.push_back(entry.path());
        std::sort(paths.begin(), paths.end());
        for (const auto &path : paths) {
            ++kit.files;
            const YAML::Node document = YAML::LoadFile(path.string());
            for (const auto &test : document["tests"]) {
                TckCase tckCase;
                tckCase.id = path.stem().string() + ": " + test["name"].as<std::string>();
                tckCase.expression = test["expression"].as<std::string>();
                tckCase.event = test["event"] ? toJson(test["event"]) : defaultEvent();
                if (test["eventOverrides"])
                    tckCase.event.update(toJson(test["eventOverrides"]));
                if (test["result"])
                    tckCase.result = toJson(test["result"]);
                if (test["error"])
                    tckCase.error = test["error"].as<std::string>();
                kit.cases.push_back(std::move(tckCase));
            }
        }
        return kit;
    }();
    return loaded;
}

json valueToJson(const cesql::Value &value)
{
    return std::visit([](const auto &v) { return json(v); }, value);
}

// What is wrong with the outcome of @p tckCase; empty when it passes.
std::string check(const TckCase &tckCase)
{
    auto event = model::readJsonEvent(tckCase.event);
    if (!event)
        return "the case's event is not valid: " + event.error().message;
    cesql::EvaluationResult outcome;
    const auto expression = cesql::Expression::parse(tckCase.expression);
    if (expression)
        outcome = expression->evaluate(*event);
    else
        outcome = {false, cesql::ErrorKind::Parse, expression.error().message};
    std::string problem;
    const std::string actualError =
        outcome.error ? std::string(cesql::toString(*outcome.error)) : "none";
    if (actualError != tckCase.error.value_or("none"))
        problem += "error " + actualError + " (" + outcome.message + "), expected " +
                   tckCase.error.value_or("none") + "; ";
    if (tckCase.result && valueToJson(outcome.value) != *tckCase.result)
        problem +=
            "result " + valueToJson(outcome.value).dump() + ", expected " + tckCase.result->dump();
    return problem;
}

} // namespace

class TestCesqlTck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTheWholeKit()
    {
        QCOMPARE(kit().files, kTckFiles);
        QCOMPARE(kit().cases.size(), kTckCases);
        for (const auto &[id, reason] : kKnownFailures) {
            const bool listed = std::any_of(kit().cases.begin(), kit().cases.end(),
                                            [&](const TckCase &c) { return c.id == id; });
            QVERIFY2(listed, qPrintable(QStringLiteral("known failure '%1' is no TCK case")
                                            .arg(QString::fromStdString(id))));
        }
    }

    void conformance_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < kit().cases.size(); ++i)
            QTest::addRow("%s", kit().cases[i].id.c_str()) << static_cast<int>(i);
    }

    void conformance()
    {
        QFETCH(int, index);
        const TckCase &tckCase = kit().cases[static_cast<std::size_t>(index)];
        const std::string problem = check(tckCase);
        const auto known = kKnownFailures.find(tckCase.id);
        if (known != kKnownFailures.end()) {
            QVERIFY2(!problem.empty(), "listed as a known failure, but passes: remove it");
            QSKIP(qPrintable(QString::fromStdString("known failure: " + known->second)));
        }
        QVERIFY2(problem.empty(),
                 qPrintable(QString::fromStdString(tckCase.expression + " -> " + problem)));
    }
};

QTEST_GUILESS_MAIN(TestCesqlTck)
#include "test_cesql_tck.moc"
