// The seeded payload generator: every sample definition yields valid payloads, seeds
// reproduce, each keyword is honoured, patterns generate, languages show.
#include "catalog/registry.h"
#include "common/utf8.h"
#include "project/project.h"
#include "schema/json_schema.h"
#include "sim/emit_template.h"
#include "sim/gen_pattern.h"
#include "sim/payload_generator.h"
#include "sim/sample_text.h"

#include "test_support.h"

#include <chrono>
#include <filesystem>
#include <regex>
#include <set>

using namespace causeway;
using namespace causeway::sim;
using nlohmann::json;

namespace {

PayloadGenerator compiled(const json &schema)
{
    auto generator = PayloadGenerator::compile(schema);
    if (!generator)
        qFatal("schema does not compile: %s", generator.error().toString().c_str());
    return *generator;
}

// Generates @p count payloads and fails on the first that the project's validator rejects.
void expectAllValid(const json &schema, int count, std::uint64_t seed = 7,
                    const GenerationContext &context = {})
{
    const auto draft = schema.contains("$schema")
                           ? schema::draftFromSchemaUri(schema["$schema"].get<std::string>())
                           : std::nullopt;
    auto validator = schema::JsonSchema::compile(schema, draft.value_or(schema::Draft::Draft7));
    QVERIFY2(validator.ok(), validator.ok() ? "" : validator.error().toString().c_str());
    const auto generator = compiled(schema);
    Random random(seed);
    for (int i = 0; i < count; ++i) {
        const json payload = generator.generate(random, context);
        const auto issues = (*validator)->validate(payload);
        QVERIFY2(issues.empty(), (payload.dump() + " -> " +
                                  (issues.empty() ? "" : issues[0].pointer + " " + issues[0].message))
                                     .c_str());
    }
}

std::vector<std::string> sampleProjects()
{
    std::vector<std::string> paths;
    for (const auto &dir : std::filesystem::directory_iterator(testsupport::sourcePath("samples"))) {
        for (const auto &file : std::filesystem::directory_iterator(dir.path())) {
            if (file.path().string().ends_with(".causeway.json"))
                paths.push_back(file.path().string());
        }
    }
    std::sort(paths.begin(), paths.end());
    return paths;
}

} // namespace

class TestPayloadGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleDefinitionsGenerateValidPayloads_data()
    {
        QTest::addColumn<QString>("project");
        const auto projects = sampleProjects();
        QVERIFY(projects.size() >= 3);
        for (const auto &path : projects)
            QTest::addRow("%s", std::filesystem::path(path).filename().string().c_str())
                << QString::fromStdString(path);
    }

    void sampleDefinitionsGenerateValidPayloads()
    {
        QFETCH(QString, project);
        auto loaded = project::loadProject(project.toStdString());
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().toString().c_str());
        auto registry = project::buildRegistry(loaded->project);
        QVERIFY(registry.ok());
        int checked = 0;
        for (const auto &type : registry->types()) {
            for (const auto *registered : registry->history(type)) {
                QVERIFY2(registered->schema, registered->definition.label().c_str());
                auto generator = PayloadGenerator::compile(registered->definition.payloadSchema);
                QVERIFY2(generator.ok(), (registered->definition.label() + ": " +
                                          (generator.ok() ? "" : generator.error().toString()))
                                             .c_str());
                Random random(42);
                for (int i = 0; i < 500; ++i) {
                    const json payload = generator->generate(random);
                    const auto issues = registered->schema->validate(payload);
                    QVERIFY2(issues.empty(),
                             (registered->definition.label() + " " + payload.dump() + " -> " +
                              (issues.empty() ? "" : issues[0].pointer + " " + issues[0].message))
                                 .c_str());
                }
                ++checked;
            }
        }
        QVERIFY(checked >= 9);
    }

    void loanApplicationThroughput()
    {
        auto loaded = project::loadProject(
            testsupport::sourcePath("samples/loan-application/loan-application.causeway.json"));
        QVERIFY(loaded.ok());
        auto registry = project::buildRegistry(loaded->project);
        QVERIFY(registry.ok());
        const auto *registered = registry->find("com.acmefinance.loan.application.submitted");
        QVERIFY(registered);
        const auto generator = compiled(registered->definition.payloadSchema);
        Random random(1);
        constexpr int count = 20000;
        std::size_t bytes = 0;
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < count; ++i)
            bytes += generator.generate(random).size();
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        qDebug("application-submitted: %.0f payloads/s (%d in %.3f s, %zu members)",
               count / seconds, count, seconds, bytes);
        QVERIFY(bytes > 0);
    }

    void sameSeedSamePayloadsOtherSeedOthers()
    {
        auto loaded = project::loadProject(
            testsupport::sourcePath("samples/loan-application/loan-application.causeway.json"));
        QVERIFY(loaded.ok());
        const auto generator = compiled(loaded->project.definitions.front().payloadSchema);
        auto run = [&](std::uint64_t seed) {
            Random random(seed);
            json all = json::array();
            for (int i = 0; i < 20; ++i)
                all.push_back(generator.generate(random, {"de-DE"}));
            return all;
        };
        QCOMPARE(run(5), run(5));
        QVERIFY(run(5) != run(6));
        // Consecutive payloads of one run differ, too.
        const json first = run(5);
        QVERIFY(first[0] != first[1]);
    }

    // An emit template's literals and generator expressions always land in the payload, so
    // the generator leaves those members to it; members read from the trigger (which may
    // select nothing) and objects (laid over member by member) are still generated.
    void membersATemplateAlwaysSetAreLeftToIt()
    {
        const json templ = {{"status", "approved"},
                            {"score", {{"$random", {{"int", {300, 850}}}}}},
                            {"note", "Loan {{$.subject}}"},
                            {"customerId", "$.data.customerId"},
                            {"address", {{"city", "Cork"}}}};
        const auto compiledTemplate = EmitTemplate::compile(templ, "/data");
        QVERIFY(compiledTemplate.ok());
        QCOMPARE(std::set<std::string>(compiledTemplate->alwaysSet().begin(),
                                       compiledTemplate->alwaysSet().end()),
                 (std::set<std::string>{"status", "score", "note"}));

        const json schema = {
            {"type", "object"},
            {"required", {"status", "score", "customerId", "address"}},
            {"properties",
             {{"status", {{"type", "string"}}},
              {"score", {{"type", "integer"}}},
              {"note", {{"type", "string"}}},
              {"customerId", {{"type", "string"}}},
              {"address", {{"type", "object"}, {"properties", {{"city", {{"type", "string"}}}}}}}}}};
        Random random(3);
        const json payload =
            compiled(schema).generate(random, {"en-IE", &compiledTemplate->alwaysSet()});
        QCOMPARE(payload["status"], json(nullptr));
        QCOMPARE(payload["score"], json(nullptr));
        QCOMPARE(payload["note"], json(nullptr)); // optional, but the template sets it
        QVERIFY(payload["customerId"].is_string());
        QVERIFY(payload["address"].is_object());
    }

    void keywordsAreHonoured_data()
    {
        QTest::addColumn<QString>("schema");
        auto add = [](const char *name, const json &schema) {
            QTest::addRow("%s", name) << QString::fromStdString(schema.dump());
        };
        add("integer bounds", {{"type", "integer"}, {"minimum", 3}, {"maximum", 5}});
        add("exclusive draft 7", {{"type", "number"}, {"exclusiveMinimum", 0}, {"exclusiveMaximum", 0.01}});
        add("exclusive draft 4", {{"$schema", "http://json-schema.org/draft-04/schema#"},
                                  {"type", "integer"}, {"minimum", 1}, {"maximum", 3},
                                  {"exclusiveMinimum", true}, {"exclusiveMaximum", true}});
        add("multipleOf integer", {{"type", "integer"}, {"multipleOf", 7}, {"minimum", 10}, {"maximum", 100}});
        add("multipleOf fraction", {{"type", "number"}, {"multipleOf", 0.25}, {"maximum", 3}});
        add("string lengths", {{"type", "string"}, {"minLength", 30}, {"maxLength", 31}});
        add("type array", {{"type", json::array({"integer", "null", "boolean"})}});
        add("enum", {{"enum", json::array({"a", 2, nullptr})}});
        add("const", {{"const", json{{"x", 1}}}});
        add("formats", {{"type", "object"},
                        {"properties",
                         {{"a", {{"type", "string"}, {"format", "date-time"}}},
                          {"b", {{"type", "string"}, {"format", "date"}}},
                          {"c", {{"type", "string"}, {"format", "email"}}},
                          {"d", {{"type", "string"}, {"format", "uri"}}},
                          {"e", {{"type", "string"}, {"format", "uuid"}}},
                          {"f", {{"type", "string"}, {"format", "ipv4"}}},
                          {"g", {{"type", "string"}, {"format", "hostname"}}}}},
                        {"required", json::array({"a", "b", "c", "d", "e", "f", "g"})}});
        add("unique items", {{"type", "array"}, {"items", {{"type", "integer"}, {"minimum", 0}, {"maximum", 4}}},
                             {"minItems", 5}, {"maxItems", 5}, {"uniqueItems", true}});
        add("tuple items", {{"type", "array"},
                            {"items", json::array({{{"type", "string"}}, {{"type", "integer"}}})},
                            {"additionalItems", false}, {"minItems", 2}});
        add("closed object", {{"type", "object"}, {"properties", {{"a", {{"type", "string"}}}}},
                              {"minProperties", 1}, {"additionalProperties", false}});
        add("min properties open", {{"type", "object"}, {"minProperties", 3},
                                    {"additionalProperties", {{"type", "boolean"}}}});
        add("allOf", {{"allOf", json::array({{{"type", "object"}, {"properties", {{"a", {{"type", "integer"}, {"minimum", 5}}}}}, {"required", json::array({"a"})}},
                                             {{"properties", {{"a", {{"maximum", 6}}}, {"b", {{"type", "string"}, {"maxLength", 2}}}}}, {"required", json::array({"b"})}}})}});
        add("anyOf", {{"anyOf", json::array({{{"type", "string"}, {"maxLength", 1}}, {{"type", "integer"}, {"minimum", 100}}})}});
        add("oneOf exclusive", {{"oneOf", json::array({{{"type", "integer"}, {"minimum", 0}, {"maximum", 10}},
                                                       {{"type", "integer"}, {"minimum", 5}, {"maximum", 15}}})}});
        add("not", {{"type", "integer"}, {"minimum", 0}, {"maximum", 3}, {"not", {{"const", 2}}}});
        add("ref definitions", {{"definitions", {{"id", {{"type", "string"}, {"pattern", "^X[0-9]{3}$"}}}}},
                                {"type", "array"}, {"items", {{"$ref", "#/definitions/id"}}}, {"minItems", 1}});
        add("ref recursive $defs",
            {{"$defs", {{"node", {{"type", "object"},
                                  {"properties", {{"children", {{"type", "array"}, {"items", {{"$ref", "#/$defs/node"}}}}}}},
                                  {"additionalProperties", false}}}}},
             {"$ref", "#/$defs/node"}});
        add("if then else", {{"type", "integer"}, {"minimum", 0}, {"maximum", 9},
                             {"if", {{"minimum", 5}}}, {"then", {{"multipleOf", 2}}}});
    }

    void keywordsAreHonoured()
    {
        QFETCH(QString, schema);
        expectAllValid(json::parse(schema.toStdString()), 300);
    }

    void keywordsShapeTheValues()
    {
        // Optional properties appear sometimes, not always; arrays vary in length.
        const auto generator = compiled({{"type", "object"},
                                         {"properties", {{"opt", {{"type", "boolean"}}},
                                                         {"list", {{"type", "array"}, {"minItems", 1}, {"maxItems", 4}}}}},
                                         {"required", json::array({"list"})}});
        Random random(3);
        int withOptional = 0;
        std::set<std::size_t> lengths;
        for (int i = 0; i < 200; ++i) {
            const json payload = generator.generate(random);
            withOptional += payload.contains("opt") ? 1 : 0;
            lengths.insert(payload["list"].size());
        }
        QVERIFY2(withOptional > 100 && withOptional < 180, std::to_string(withOptional).c_str());
        QCOMPARE(lengths, (std::set<std::size_t>{1, 2, 3, 4}));
    }

    void patternsGenerate_data()
    {
        QTest::addColumn<QString>("pattern");
        for (const char *p : {"^APP-[0-9]{6}$", "^[0-9A-HJKMNP-TV-Z]{26}$", "^\\+[1-9][0-9]{6,14}$",
                              "^[a-z-]+@[0-9]+\\.[0-9]+$", "^(foo|ba[rz])+_\\d{2,}\\w?$",
                              "^[^a-z]{3}\\s\\S$", "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "ab?c*",
                              "^(?:x|y){1,3}\\.(?:json|ya?ml)$", "^\\u0041[\\-_.]\\t?$"})
            QTest::addRow("%s", p) << QString::fromUtf8(p);
    }

    void patternsGenerate()
    {
        QFETCH(QString, pattern);
        const std::string text = pattern.toStdString();
        auto generator = PatternGenerator::compile(text);
        QVERIFY2(generator.ok(), generator.ok() ? "" : generator.error().message.c_str());
        const std::regex regex(text, std::regex::ECMAScript);
        Random random(11);
        std::set<std::string> distinct;
        for (int i = 0; i < 300; ++i) {
            const std::string value = generator->generate(random);
            QVERIFY2(std::regex_search(value, regex), value.c_str());
            distinct.insert(value);
        }
        QVERIFY(distinct.size() > 5);
    }

    void germanContextGivesGermanText()
    {
        const json person = {{"type", "object"},
                             {"properties", {{"firstName", {{"type", "string"}}},
                                             {"lastName", {{"type", "string"}}},
                                             {"city", {{"type", "string"}}},
                                             {"email", {{"type", "string"}, {"format", "email"}}},
                                             {"notes", {{"type", "string"}, {"maxLength", 200}}}}},
                             {"required", json::array({"firstName", "lastName", "city", "email", "notes"})}};
        const auto generator = compiled(person);
        const auto &german = samplesFor("de-DE");
        auto in = [](std::span<const std::string_view> list, const std::string &value) {
            return std::find(list.begin(), list.end(), value) != list.end();
        };
        Random random(9);
        for (int i = 0; i < 50; ++i) {
            const json p = generator.generate(random, {"de-DE"});
            QVERIFY2(in(german.firstNames, p["firstName"]), p.dump().c_str());
            QVERIFY2(in(german.lastNames, p["lastName"]), p.dump().c_str());
            QVERIFY2(in(german.cities, p["city"]), p.dump().c_str());
            QVERIFY2(in(german.sentences, p["notes"]), p.dump().c_str());
            // The address is built from the name: "Müller" becomes "mueller".
            const std::string email = p["email"];
            QVERIFY2(email.starts_with(asciiFold(p["firstName"].get<std::string>()) + '.' +
                                       asciiFold(p["lastName"].get<std::string>())),
                     email.c_str());
        }
        const json english = generator.generate(random);
        QVERIFY2(in(samplesFor("en").cities, english["city"]), english.dump().c_str());
    }

    void languagePropertySpeaksForItsSiblings()
    {
        const auto generator = compiled(
            {{"type", "object"},
             {"properties", {{"language", {{"type", "string"}, {"enum", json::array({"fr-FR", "es-ES"})}}},
                             {"address", {{"type", "object"},
                                          {"properties", {{"city", {{"type", "string"}}},
                                                          {"country", {{"type", "string"}, {"pattern", "^[A-Z]{2}$"}}}}},
                                          {"required", json::array({"city", "country"})}}}}},
             {"required", json::array({"language", "address"})}});
        Random random(4);
        std::set<std::string> languages;
        for (int i = 0; i < 60; ++i) {
            const json p = generator.generate(random, {"de-DE"});
            const auto &samples = samplesFor(p["language"].get<std::string>());
            const std::string city = p["address"]["city"];
            QVERIFY2(std::find(samples.cities.begin(), samples.cities.end(), city) != samples.cities.end(),
                     p.dump().c_str());
            QCOMPARE(p["address"]["country"].get<std::string>(), std::string(samples.countryCode));
            languages.insert(p["language"]);
        }
        QCOMPARE(languages.size(), std::size_t(2));
    }

    // Unbounded numbers are drawn from a range their name suggests; only incomes have a floor.
    void namesWidenUnboundedNumberRanges()
    {
        const json schema = {{"type", "object"},
                             {"properties",
                              {{"annualIncome", {{"type", "number"}}},
                               {"delta", {{"type", "integer"}, {"minimum", -50}}},
                               {"discountPct", {{"type", "number"}, {"minimum", 0}}}}},
                             {"required", json::array({"annualIncome", "delta", "discountPct"})}};
        const auto generator = compiled(schema);
        Random random(4);
        bool negativeDelta = false;
        for (int i = 0; i < 200; ++i) {
            const json p = generator.generate(random);
            QVERIFY2(p["annualIncome"] >= 15000 && p["annualIncome"] <= 150000, p.dump().c_str());
            QVERIFY2(p["delta"] >= -50 && p["delta"] <= 950, p.dump().c_str());
            QVERIFY2(p["discountPct"] <= 100, p.dump().c_str());
            negativeDelta = negativeDelta || p["delta"] < 0;
        }
        QVERIFY(negativeDelta); // no floor where the name asks for none
    }

    void realisticValuesRespectTheSchema()
    {
        // Two-letter country codes, three-letter currencies, amounts with cents.
        const json schema = {{"type", "object"},
                             {"properties", {{"country", {{"type", "string"}, {"minLength", 2}, {"maxLength", 2}}},
                                             {"currency", {{"type", "string"}, {"pattern", "^[A-Z]{3}$"}}},
                                             {"amount", {{"type", "number"}, {"minimum", 10}}},
                                             {"phone", {{"type", "string"}}}}},
                             {"required", json::array({"country", "currency", "amount", "phone"})}};
        const auto generator = compiled(schema);
        Random random(2);
        for (int i = 0; i < 100; ++i) {
            const json p = generator.generate(random, {"it-IT"});
            QCOMPARE(p["country"].get<std::string>(), std::string("IT"));
            QCOMPARE(p["currency"].get<std::string>(), std::string("EUR"));
            const double amount = p["amount"];
            QVERIFY(amount >= 10 && amount <= 5010);
            QCOMPARE(std::round(amount * 100) / 100, amount);
            QVERIFY2(p["phone"].get<std::string>().starts_with("+39"), p.dump().c_str());
        }
    }

    void compileErrorsCarryPointers_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("pointer");
        auto add = [](const char *name, const json &schema, const char *pointer) {
            QTest::addRow("%s", name) << QString::fromStdString(schema.dump()) << QString::fromUtf8(pointer);
        };
        add("look-ahead", {{"properties", {{"id", {{"type", "string"}, {"pattern", "^(?=a)b$"}}}}}},
            "/data/properties/id/pattern");
        add("back-reference", {{"items", {{"pattern", "(a)\\1"}}}}, "/data/items/pattern");
        add("anchor inside", {{"pattern", "a^b"}}, "/data/pattern");
        add("remote ref", {{"properties", {{"a", {{"$ref", "other.json#/x"}}}}}}, "/data/properties/a/$ref");
        add("dangling ref", {{"anyOf", json::array({{{"$ref", "#/definitions/missing"}}})}}, "/data/anyOf/0");
        add("unknown type", {{"properties", {{"a/b", {{"type", "text"}}}}}}, "/data/properties/a~1b/type");
        add("zero multipleOf", {{"type", "number"}, {"multipleOf", 0}}, "/data/multipleOf");
    }

    void compileErrorsCarryPointers()
    {
        QFETCH(QString, schema);
        QFETCH(QString, pointer);
        auto generator = PayloadGenerator::compile(json::parse(schema.toStdString()), "/data");
        QVERIFY(!generator.ok());
        QCOMPARE(generator.error().where.pointer, pointer.toStdString());
        QVERIFY(!generator.error().message.empty());
    }
};

QTEST_GUILESS_MAIN(TestPayloadGenerator)
#include "test_payload_generator.moc"
