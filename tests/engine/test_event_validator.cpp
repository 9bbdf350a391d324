// Validating events against the catalog: lookup, versions, sources, payloads.
#include "catalog/event_validator.h"
#include "model/json_format.h"
#include "test_support.h"

using namespace causeway;
using namespace causeway::catalog;
using nlohmann::json;

namespace {

Definition submitted(const std::string &version, json schema)
{
    Definition def;
    def.type = "com.acme.loan.application.submitted";
    def.version = *SemVer::parse(version);
    def.allowedSources = {"/loans/web", "/loans/mobile/*"};
    def.payloadSchema = std::move(schema);
    return def;
}

const json kSchemaV1 = json::parse(R"({
  "type": "object",
  "required": ["applicationId", "amount"],
  "properties": {
    "applicationId": {"type": "string", "pattern": "^APP-[0-9]{6}$"},
    "amount": {"type": "number", "minimum": 1000, "maximum": 50000},
    "applicant": {"type": "object", "required": ["email"],
                  "properties": {"email": {"type": "string", "format": "email"}}}
  }
})");

model::CloudEvent makeEvent(const json &data, const std::string &source = "/loans/web")
{
    json raw = {{"specversion", "1.0"},
                {"id", "01HZX3J9V8Q6W2T5R7Y4K1M0NB"},
                {"source", source},
                {"type", "com.acme.loan.application.submitted"},
                {"data", data}};
    auto parsed = model::readJsonEvent(raw);
    if (!parsed)
        qFatal("test event does not parse: %s", parsed.error().toString().c_str());
    return *parsed;
}

std::vector<std::string> pointers(const ValidationReport &report)
{
    std::vector<std::string> out;
    for (const auto &issue : report.issues)
        out.push_back(issue.pointer);
    return out;
}

} // namespace

class TestEventValidator : public QObject
{
    Q_OBJECT

    DefinitionRegistry m_registry;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_registry.insert(submitted("1.0.0", kSchemaV1)).ok());
        json v2 = kSchemaV1;
        v2["required"].push_back("currency");
        v2["properties"]["currency"] = {{"enum", {"EUR", "USD"}}};
        QVERIFY(m_registry.insert(submitted("2.0.0", v2)).ok());
    }

    void validEvent()
    {
        const EventValidator validator(m_registry);
        const auto report = validator.validate(
            makeEvent({{"applicationId", "APP-000123"}, {"amount", 5000}, {"currency", "EUR"}}));
        QVERIFY2(report.valid(),
                 report.issues.empty() ? "" : report.issues.front().message.c_str());
        QVERIFY(report.definition);
        QCOMPARE(report.definition->definition.version.toString(), std::string("2.0.0"));
    }

    void payloadErrorsAreJsonPointers()
    {
        const EventValidator validator(m_registry);
        auto e = makeEvent({{"applicationId", "APP-12"},
                            {"amount", 250},
                            {"currency", "EUR"},
                            {"applicant", {{"email", "not-an-email"}}}});
        const auto report = validator.validate(e);
        QVERIFY(!report.valid());
        const auto found = pointers(report);
        for (const char *expected :
             {"/data/applicationId", "/data/amount", "/data/applicant/email"})
            QVERIFY2(std::find(found.begin(), found.end(), expected) != found.end(), expected);
    }

    void dataversionSelectsTheVersion()
    {
        const EventValidator validator(m_registry);
        auto e = makeEvent({{"applicationId", "APP-000123"}, {"amount", 5000}});
        QVERIFY(!validator.validate(e).valid()); // 2.0.0 needs a currency
        QVERIFY(e.setAttribute("dataversion", model::AttributeValue::string("1")).ok());
        const auto report = validator.validate(e);
        QVERIFY(report.valid());
        QCOMPARE(report.definition->definition.version.toString(), std::string("1.0.0"));

        QVERIFY(e.setAttribute("dataversion", model::AttributeValue::string("3.0")).ok());
        const auto missing = validator.validate(e);
        QCOMPARE(pointers(missing), std::vector<std::string>{"/dataversion"});
    }

    void unknownTypeSuggestsTheClosest()
    {
        const EventValidator validator(m_registry);
        auto e = makeEvent(json::object());
        e.type = "com.acme.loan.aplication.submitted";
        const auto report = validator.validate(e);
        QCOMPARE(report.issues.size(), std::size_t(1));
        QCOMPARE(report.issues.front().pointer, std::string("/type"));
        QVERIFY(
            QString::fromStdString(report.issues.front().message)
                .contains(QStringLiteral("did you mean 'com.acme.loan.application.submitted'")));
    }

    void sourcesMustBeAllowed_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("exact") << "/loans/web" << true;
        QTest::addRow("wildcard") << "/loans/mobile/ios" << true;
        QTest::addRow("wildcard needs its prefix") << "/loans/mobilex" << false;
        QTest::addRow("other") << "/fraud/service" << false;
    }

    void sourcesMustBeAllowed()
    {
        QFETCH(QString, source);
        QFETCH(bool, allowed);
        const EventValidator validator(m_registry);
        const auto report = validator.validate(
            makeEvent({{"applicationId", "APP-000123"}, {"amount", 5000}, {"currency", "EUR"}},
                      source.toStdString()));
        QCOMPARE(report.valid(), allowed);
        if (!allowed)
            QCOMPARE(pointers(report), std::vector<std::string>{"/source"});
    }

    void missingAndNonJsonData()
    {
        const EventValidator validator(m_registry);
        auto noData = makeEvent(json::object());
        noData.data = std::monostate{};
        const auto report = validator.validate(noData);
        QCOMPARE(pointers(report), std::vector<std::string>{"/data"});

        auto text = noData;
        text.datacontenttype = "text/plain";
        text.data = model::TextData{"hello"};
        const auto textReport = validator.validate(text);
        QVERIFY(textReport.valid());
        QVERIFY(textReport.issues.front().severity == Severity::Warning);

        auto bytes = noData;
        bytes.data =
            model::BinaryData{R"({"applicationId":"APP-000123","amount":5,"currency":"EUR"})"};
        QCOMPARE(pointers(validator.validate(bytes)),
                 std::vector<std::string>{"/data_base64/amount"});
        bytes.data = model::BinaryData{"{not json"};
        QCOMPARE(pointers(validator.validate(bytes)), std::vector<std::string>{"/data_base64"});
    }

    void envelopeIsCheckedFirst()
    {
        const EventValidator validator(m_registry);
        auto e = makeEvent(json::object());
        e.time = "yesterday";
        QCOMPARE(pointers(validator.validate(e)), std::vector<std::string>{"/time"});
    }
};

QTEST_GUILESS_MAIN(TestEventValidator)
#include "test_event_validator.moc"
