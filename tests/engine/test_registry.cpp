// The definition registry: versions, lookups, filters; semantic versions.
#include "catalog/registry.h"
#include "test_support.h"

using namespace causeway;
using namespace causeway::catalog;
using nlohmann::json;

namespace {

Definition makeDefinition(const std::string &type, const std::string &version,
                          MessageKind kind = MessageKind::Event,
                          const std::string &domain = "loans")
{
    Definition def;
    def.type = type;
    def.kind = kind;
    def.version = *SemVer::parse(version);
    def.domain = domain;
    def.name = "Name of " + type;
    def.payloadSchema = json{{"type", "object"}};
    return def;
}

} // namespace

class TestRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void semverOrdering_data()
    {
        QTest::addColumn<QString>("lower");
        QTest::addColumn<QString>("higher");
        QTest::addRow("patch") << "1.0.0"
                               << "1.0.1";
        QTest::addRow("minor beats patch") << "1.0.9"
                                           << "1.1.0";
        QTest::addRow("numeric, not text") << "1.2.0"
                                           << "1.10.0";
        QTest::addRow("pre-release before release") << "2.0.0-rc.1"
                                                    << "2.0.0";
        QTest::addRow("pre-release numbers") << "2.0.0-rc.2"
                                             << "2.0.0-rc.10";
        QTest::addRow("numeric before alphanumeric") << "1.0.0-1"
                                                     << "1.0.0-alpha";
    }

    void semverOrdering()
    {
        QFETCH(QString, lower);
        QFETCH(QString, higher);
        const auto a = SemVer::parse(lower.toStdString());
        const auto b = SemVer::parse(higher.toStdString());
        QVERIFY(a && b);
        QVERIFY(*a < *b);
        QVERIFY(!(*b < *a));
        QCOMPARE(a->toString(), lower.toStdString());
    }

    void semverRejects()
    {
        for (const char *bad : {"1", "1.0", "1.0.0.0", "01.0.0", "1.0.x", "1.0.0-", "", "v1.0.0"})
            QVERIFY2(!SemVer::parse(bad), bad);
    }

    void registerAndUpdate()
    {
        DefinitionRegistry registry;
        QVERIFY(
            registry.registerDefinition(makeDefinition("com.acme.loan.submitted", "1.0.0")).ok());
        const auto again =
            registry.registerDefinition(makeDefinition("com.acme.loan.submitted", "2.0.0"));
        QVERIFY(!again.ok());
        QVERIFY(QString::fromStdString(again.error().message).contains(QStringLiteral("update()")));

        const auto older = registry.update(makeDefinition("com.acme.loan.submitted", "0.9.0"));
        QVERIFY(!older.ok());
        QVERIFY(QString::fromStdString(older.error().message)
                    .contains(QStringLiteral("above the latest")));
        QVERIFY(!registry.update(makeDefinition("com.acme.unknown.created", "1.0.0")).ok());

        QVERIFY(registry.update(makeDefinition("com.acme.loan.submitted", "1.1.0")).ok());
        QVERIFY(registry.update(makeDefinition("com.acme.loan.submitted", "2.0.0")).ok());
        QCOMPARE(registry.find("com.acme.loan.submitted")->definition.version.toString(),
                 std::string("2.0.0"));
        QCOMPARE(registry.history("com.acme.loan.submitted").size(), std::size_t(3));
        QCOMPARE(registry.history("com.acme.loan.submitted").front()->definition.version.toString(),
                 std::string("1.0.0"));
    }

    void insertKeepsVersionsSortedAndRefusesDuplicates()
    {
        DefinitionRegistry registry;
        for (const char *version : {"1.2.0", "1.0.0", "2.0.0", "1.10.0"})
            QVERIFY(registry.insert(makeDefinition("t.a.b", version)).ok());
        const auto duplicate = registry.insert(makeDefinition("t.a.b", "1.0.0"));
        QVERIFY(!duplicate.ok());
        QVERIFY(
            QString::fromStdString(duplicate.error().message).contains(QStringLiteral("twice")));
        std::vector<std::string> order;
        for (const auto *entry : registry.history("t.a.b"))
            order.push_back(entry->definition.version.toString());
        QCOMPARE(order, (std::vector<std::string>{"1.0.0", "1.2.0", "1.10.0", "2.0.0"}));
    }

    void versionSelectors_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("found");
        QTest::addRow("none means newest") << ""
                                           << "2.0.0";
        QTest::addRow("major") << "1"
                               << "1.10.0";
        QTest::addRow("major.minor") << "1.2"
                                     << "1.2.0";
        QTest::addRow("exact") << "1.0.0"
                               << "1.0.0";
        QTest::addRow("v prefix") << "v1.2"
                                  << "1.2.0";
        QTest::addRow("missing") << "3"
                                 << "";
        QTest::addRow("garbage") << "one"
                                 << "";
    }

    void versionSelectors()
    {
        QFETCH(QString, selector);
        QFETCH(QString, found);
        DefinitionRegistry registry;
        for (const char *version : {"1.0.0", "1.2.0", "1.10.0", "2.0.0"})
            QVERIFY(registry.insert(makeDefinition("t.a.b", version)).ok());
        const auto *entry = registry.find("t.a.b", selector.toStdString());
        QCOMPARE(entry ? QString::fromStdString(entry->definition.version.toString()) : QString(),
                 found);
    }

    void listFilters()
    {
        DefinitionRegistry registry;
        auto approved = makeDefinition("com.acme.loan.approved", "1.0.0");
        approved.tags = {"decision"};
        approved.owner = "team-risk";
        QVERIFY(registry.insert(approved).ok());
        auto command =
            makeDefinition("com.acme.risk.check.perform", "1.0.0", MessageKind::Command, "risk");
        command.description = "Asks the credit bureau for a SCORE";
        QVERIFY(registry.insert(command).ok());
        auto old = makeDefinition("com.acme.loan.rejected", "1.0.0");
        old.deprecated = true;
        QVERIFY(registry.insert(old).ok());

        QCOMPARE(registry.list().size(), std::size_t(3));
        DefinitionFilter commands;
        commands.kind = MessageKind::Command;
        QCOMPARE(registry.list(commands).size(), std::size_t(1));
        DefinitionFilter byDomain;
        byDomain.domain = "loans";
        QCOMPARE(registry.list(byDomain).size(), std::size_t(2));
        DefinitionFilter byTag;
        byTag.tag = "decision";
        QCOMPARE(registry.list(byTag).front()->definition.type,
                 std::string("com.acme.loan.approved"));
        DefinitionFilter byText;
        byText.text = "score";
        QCOMPARE(registry.list(byText).size(), std::size_t(1));
        DefinitionFilter current;
        current.includeDeprecated = false;
        QCOMPARE(registry.list(current).size(), std::size_t(2));
        DefinitionFilter byOwner;
        byOwner.owner = "team-risk";
        QCOMPARE(registry.list(byOwner).size(), std::size_t(1));
    }

    void invalidSchemaIsKeptWithItsError()
    {
        DefinitionRegistry registry;
        auto broken = makeDefinition("com.acme.loan.broken", "1.0.0");
        broken.payloadSchema = json{{"type", "object"}, {"properties", {{"a", {{"type", 5}}}}}};
        QVERIFY(registry.insert(broken).ok());
        const auto *entry = registry.find("com.acme.loan.broken");
        QVERIFY(entry);
        QVERIFY(!entry->schema);
        QVERIFY(entry->schemaError.has_value());
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "test_registry.moc"
