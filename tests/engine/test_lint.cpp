// Catalog lint: naming, documentation, examples, classification and version bumps.
#include "catalog/lint.h"
#include "catalog/naming.h"
#include "test_support.h"

using namespace causeway;
using namespace causeway::catalog;
using nlohmann::json;

namespace {

// A definition that passes every rule; rows below break one rule each.
Definition clean()
{
    Definition def;
    def.type = "com.acme.order.created";
    def.kind = MessageKind::Event;
    def.name = "Order Created";
    def.description = "An order was placed.";
    def.owner = "team-orders";
    def.version = *SemVer::parse("1.0.0");
    def.payloadSchema = json::parse(
        R"({"type":"object","required":["orderId"],"properties":{"orderId":{"type":"string"},"email":{"type":"string"}}})");
    def.examples = {json{{"orderId", "O-1"}, {"email", "a@b.c"}}};
    def.classification = {{"/email", "pii"}};
    return def;
}

std::vector<std::string> codes(const std::vector<LintFinding> &findings)
{
    std::vector<std::string> out;
    for (const auto &finding : findings)
        out.push_back(finding.issue.code);
    return out;
}

} // namespace

class TestLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanDefinitionHasNoFindings()
    {
        const auto findings = lintDefinitions({clean()});
        QVERIFY2(findings.empty(), findings.empty() ? "" : findings.front().issue.message.c_str());
    }

    void rules_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pointer");
        QTest::addRow("event not past tense") << 0 << "naming.event-past-tense"
                                              << "/catalog/definitions/0/type";
        QTest::addRow("command not imperative") << 1 << "naming.command-imperative"
                                                << "/catalog/definitions/0/type";
        QTest::addRow("not reverse-DNS") << 2 << "naming.reverse-dns"
                                         << "/catalog/definitions/0/type";
        QTest::addRow("no description") << 3 << "docs.description"
                                        << "/catalog/definitions/0";
        QTest::addRow("no owner") << 4 << "docs.owner"
                                  << "/catalog/definitions/0";
        QTest::addRow("no examples") << 5 << "docs.examples"
                                     << "/catalog/definitions/0";
        QTest::addRow("invalid example") << 6 << "examples.invalid"
                                         << "/catalog/definitions/0/examples/0/orderId";
        QTest::addRow("invalid schema") << 7 << "schema.invalid"
                                        << "/catalog/definitions/0/payloadSchema";
        QTest::addRow("classified field unknown")
            << 8 << "classification.unknown-field"
            << "/catalog/definitions/0/classification/~1phone";
        QTest::addRow("no name") << 9 << "docs.name"
                                 << "/catalog/definitions/0";
    }

    void rules()
    {
        QFETCH(int, rule);
        QFETCH(QString, code);
        QFETCH(QString, pointer);
        Definition def = clean();
        switch (rule) {
        case 0:
            def.type = "com.acme.order.create";
            break;
        case 1:
            def.kind = MessageKind::Command;
            def.type = "com.acme.order.OrderCreated";
            break;
        case 2:
            def.type = "OrderCreated";
            break;
        case 3:
            def.description.clear();
            break;
        case 4:
            def.owner.clear();
            break;
        case 5:
            def.examples.clear();
            def.classification.clear();
            break;
        case 6:
            def.examples = {json{{"orderId", 42}, {"email", "x"}}};
            break;
        case 7:
            def.payloadSchema = json{{"type", "objekt"}};
            break;
        case 8:
            def.classification["/phone"] = "pii";
            break;
        case 9:
            def.name.clear();
            break;
        }
        const auto findings = lintDefinitions({def});
        const auto found = codes(findings);
        const auto it = std::find(found.begin(), found.end(), code.toStdString());
        QVERIFY2(it != found.end(), qPrintable(QStringLiteral("expected %1").arg(code)));
        const auto &finding = findings[static_cast<std::size_t>(it - found.begin())];
        QVERIFY2(QString::fromStdString(finding.issue.pointer).startsWith(pointer),
                 finding.issue.pointer.c_str());
        QCOMPARE(finding.subject, def.label());
    }

    void pastTenseAndImperativeWords_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("verb");
        QTest::addRow("dotted") << "com.acme.loan.application.submitted"
                                << "submitted";
        QTest::addRow("camel case") << "com.acme.order.OrderCreated"
                                    << "created";
        QTest::addRow("version suffix") << "com.acme.ticket.created.v1"
                                        << "created";
        QTest::addRow("kebab") << "com.acme.payment.payment-made"
                               << "made";
        QTest::addRow("irregular") << "com.acme.mail.sent"
                                   << "sent";
    }

    void pastTenseAndImperativeWords()
    {
        QFETCH(QString, type);
        QFETCH(QString, verb);
        const auto words = naming::actionWords(type.toStdString());
        QCOMPARE(QString::fromStdString(words.back()), verb);
        QVERIFY(naming::isPastTense(words.back()));
        QVERIFY(!naming::isImperative(words.back()));
        QVERIFY(naming::isImperative("create"));
        QVERIFY(!naming::isImperative("creating"));
    }

    void breakingChangeNeedsAMajorVersion()
    {
        Definition v1 = clean();
        Definition v11 = clean();
        v11.version = *SemVer::parse("1.1.0");
        v11.payloadSchema["required"].push_back("email");
        Definition v2 = v11;
        v2.version = *SemVer::parse("2.0.0");

        const auto minorCodes = codes(lintDefinitions({v1, v11}));
        QCOMPARE(std::count(minorCodes.begin(), minorCodes.end(),
                            std::string("version.breaking-change")),
                 1);
        const auto majorCodes = codes(lintDefinitions({v1, v2}));
        QCOMPARE(std::count(majorCodes.begin(), majorCodes.end(),
                            std::string("version.breaking-change")),
                 0);

        const auto duplicateCodes = codes(lintDefinitions({v1, v1}));
        QCOMPARE(std::count(duplicateCodes.begin(), duplicateCodes.end(),
                            std::string("version.duplicate")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "test_lint.moc"
