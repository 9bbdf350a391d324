// The event design table (seed 001): the samples give the rows their designs promise, the
// Markdown and CSV forms keep every cell intact, and bad projects are refused with a pointer.
#include "docs/design_table.h"
#include "flow/flow_graph.h"
#include "project/project.h"
#include "sim/simulation.h"
#include "test_projects.h"
#include "test_support.h"

using namespace causeway;
using docs::DesignRow;
using nlohmann::json;

namespace QTest {
// Lets QCOMPARE print lists of event types when they differ.
template <> inline char *toString(const std::vector<std::string> &value)
{
    return toString(nlohmann::json(value));
}
} // namespace QTest

namespace {

project::Project sample(const std::string &name)
{
    auto loaded = project::loadProject(
        testsupport::sourcePath("samples/" + name + "/" + name + ".causeway.json"));
    if (!loaded)
        qFatal("%s", loaded.error().toString().c_str());
    return std::move(loaded->project);
}

// A project whose catalog has the given types (any object payload) and nothing else.
project::Project withTypes(const std::vector<std::string> &types)
{
    json definitions = json::array();
    for (const std::string &type : types)
        definitions.push_back(testsupport::testDefinition(type));
    const json document = {{"format", "causeway-project"},
                           {"formatVersion", 1},
                           {"name", "test"},
                           {"catalog", {{"definitions", definitions}}}};
    auto loaded = project::parseProject(document.dump());
    if (!loaded)
        qFatal("%s", loaded.error().toString().c_str());
    return std::move(loaded->project);
}

std::vector<DesignRow> table(const project::Project &project)
{
    auto rows = docs::designTable(project);
    if (!rows)
        qFatal("%s", rows.error().toString().c_str());
    return std::move(*rows);
}

QStringList toList(const std::vector<std::string> &items)
{
    QStringList out;
    for (const std::string &item : items)
        out << QString::fromStdString(item);
    return out;
}

// The rows of @p service that take @p input.
std::vector<DesignRow> rowsFor(const std::vector<DesignRow> &rows, const std::string &service,
                               const std::string &input)
{
    std::vector<DesignRow> found;
    for (const DesignRow &row : rows) {
        const auto &inputs = row.inputEvents;
        if (row.service == service &&
            std::find(inputs.begin(), inputs.end(), input) != inputs.end())
            found.push_back(row);
    }
    return found;
}

DesignRow oneRow(const std::vector<DesignRow> &rows, const QString &service, const QString &input)
{
    const auto found = rowsFor(rows, service.toStdString(), input.toStdString());
    if (found.size() != 1)
        qFatal("%zu rows of %s take %s", found.size(), qPrintable(service), qPrintable(input));
    return found.front();
}

// A row of "svc" taking t.a and t.b, as the text forms see it.
DesignRow plainRow(std::vector<std::string> outputs, const QString &notes)
{
    DesignRow row;
    row.inputEvents = {"t.a", "t.b"};
    row.service = "svc";
    row.action = "act";
    row.outputEvents = std::move(outputs);
    row.notes = notes.toStdString();
    return row;
}

QString lastLine(const std::string &text, const char *end)
{
    const QStringList lines = QString::fromStdString(text).split(QLatin1String(end));
    return lines.size() > 1 ? lines[lines.size() - 2] : QString();
}

} // namespace

class TestDesignTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The rows of seed 001's table, as the order-saga sample routes and emits them.
    void orderSagaFollowsSeed001_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QStringList>("outputs");
        const auto shop = [](const char *name) {
            return QStringLiteral("com.acmeshop.") + QLatin1String(name);
        };
        const auto types = [&](std::initializer_list<const char *> names) {
            QStringList out;
            for (const char *name : names)
                out << shop(name);
            return out;
        };
        QTest::addRow("create order") << "order-service" << shop("order.create") << "create order"
                                      << types({"order.created"});
        QTest::addRow("reserve item")
            << "inventory-service" << shop("order.created") << "reserve items"
            << types({"inventory.item.reserved", "inventory.item.unreserved",
                      "inventory.item.reservation.failed"});
        QTest::addRow("describe customer")
            << "customer-service" << shop("inventory.item.described") << "describe customer"
            << types({"customer.described", "customer.description.failed"});
        QTest::addRow("make payment")
            << "payment-service" << shop("delivery.estimated") << "make payment"
            << types({"payment.made", "payment.failed"});
        QTest::addRow("remove item")
            << "inventory-service" << shop("payment.made") << "remove items"
            << types({"inventory.item.removed", "inventory.item.unreservation.failed"});
        QTest::addRow("delivered (from logistics)")
            << "delivery-service" << shop("logistics.shipment.delivered") << "carrier webhooks"
            << types({"delivery.delivered", "delivery.confirmation.failed"});
        QTest::addRow("order delivered")
            << "order-service" << shop("delivery.delivered") << "update order"
            << types({"order.delivered", "order.deliveryupdate.failed"});
        QTest::addRow("order canceled")
            << "order-service" << shop("delivery.canceled") << "update order"
            << types({"order.canceled", "order.cancellation.failed"});
        QTest::addRow("payment failed: unreserve item")
            << "inventory-service" << shop("payment.failed") << "unreserve items"
            << types({"inventory.item.unreserved", "inventory.item.unreservation.failed"});
        QTest::addRow("order canceled: return item")
            << "inventory-service" << shop("order.canceled") << "return items"
            << types({"inventory.item.returned", "inventory.item.return.failed"});
        QTest::addRow("item returned: cancel payment")
            << "payment-service" << shop("inventory.item.returned") << "refund payment"
            << types({"payment.canceled"});
        QTest::addRow("read model only")
            << "customer-service" << shop("order.created") << "order read models" << QStringList();
    }

    void orderSagaFollowsSeed001()
    {
        QFETCH(QString, service);
        QFETCH(QString, input);
        QFETCH(QString, action);
        QFETCH(QStringList, outputs);
        const DesignRow row = oneRow(table(sample("order-saga")), service, input);
        QCOMPARE(QString::fromStdString(row.action), action);
        QCOMPARE(toList(row.outputEvents), outputs);
    }

    void sourcesComeFirstAndJoinedInputsShareARow()
    {
        const auto rows = table(sample("order-saga"));
        QVERIFY(rows.size() > 3);
        for (std::size_t i : {0, 1}) {
            QVERIFY(rows[i].inputEvents.empty());
            QCOMPARE(rows[i].action, std::string("publishes"));
            QCOMPARE(rows[i].outputEvents, std::vector<std::string>{"com.acmeshop.order.create"});
        }
        QCOMPARE(rows[0].service, std::string("web shop"));
        QCOMPARE(rows[1].service, std::string("mobile app"));
        QCOMPARE(rows[2].service, std::string("order-service"));
        const auto estimate = rowsFor(rows, "delivery-service", "com.acmeshop.customer.described");
        QCOMPARE(estimate.size(), std::size_t(1));
        QCOMPARE(estimate[0].inputEvents,
                 (std::vector<std::string>{"com.acmeshop.inventory.item.described",
                                           "com.acmeshop.customer.described"}));
        QCOMPARE(estimate[0].outputEvents,
                 std::vector<std::string>{"com.acmeshop.delivery.estimated"});
        // Deterministic: the same project gives the same text.
        QCOMPARE(docs::designTableMarkdown(table(sample("order-saga"))),
                 docs::designTableMarkdown(rows));
    }

    void theLoanDecisionJoinsThreeParts()
    {
        const auto rows = table(sample("loan-application"));
        const auto aggregator = std::count_if(rows.begin(), rows.end(), [](const DesignRow &r) {
            return r.service == "decision-aggregator";
        });
        QCOMPARE(aggregator, std::ptrdiff_t(1));
        const auto found =
            rowsFor(rows, "decision-aggregator", "com.acmefinance.risk.fraudcheck.completed");
        QCOMPARE(found.size(), std::size_t(1));
        const DesignRow &row = found[0];
        QCOMPARE(row.inputEvents.size(), std::size_t(3));
        std::vector<std::string> outputs = row.outputEvents;
        std::sort(outputs.begin(), outputs.end());
        QCOMPARE(outputs, (std::vector<std::string>{"com.acmefinance.loan.application.approved",
                                                    "com.acmefinance.loan.application.rejected",
                                                    "com.acmefinance.loan.documents.requested"}));
        QVERIFY2(row.notes.find("within 2m; on timeout emits "
                                "com.acmefinance.loan.documents.requested") != std::string::npos,
                 row.notes.c_str());
    }

    void notesSayWhatIsWorthKnowing_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("note");
        const QString submitted = QStringLiteral("com.acmefinance.loan.application.submitted");
        QTest::addRow("rule filter")
            << "loan-application"
            << "underwriter" << submitted << "only when $.data.loan.amount gt 25000";
        QTest::addRow("repeat") << "loan-application"
                                << "disbursement"
                                << "com.acmefinance.loan.application.approved"
                                << "repeats 12 times every 30d";
        QTest::addRow("weights") << "loan-application"
                                 << "credit-check" << submitted << "decides by weight";
        QTest::addRow("failures") << "loan-application"
                                  << "credit-check" << submitted
                                  << "fails 2% of deliveries, up to 3 attempts";
        QTest::addRow("capacity") << "loan-application"
                                  << "credit-check" << submitted << "capacity 20";
        QTest::addRow("wait and its timeout")
            << "order-saga"
            << "inventory-service"
            << "com.acmeshop.order.created"
            << "waits up to 30m for type in [com.acmeshop.payment.made, "
               "com.acmeshop.payment.failed]; on timeout emits "
               "com.acmeshop.inventory.item.unreserved";
        QTest::addRow("condition on the payload") << "order-saga"
                                                  << "payment-service"
                                                  << "com.acmeshop.delivery.estimated"
                                                  << "decides on $.data.totalAmount";
        QTest::addRow("state only") << "order-saga"
                                    << "order-service"
                                    << "com.acmeshop.payment.made"
                                    << "only updates its state";
    }

    void notesSayWhatIsWorthKnowing()
    {
        QFETCH(QString, project);
        QFETCH(QString, service);
        QFETCH(QString, input);
        QFETCH(QString, note);
        const DesignRow row = oneRow(table(sample(project.toStdString())), service, input);
        QVERIFY2(QString::fromStdString(row.notes).contains(note), row.notes.c_str());
    }

    // What the editable table needs to find a cell's place in the project.
    void rowsNameTheirNodeAndRules()
    {
        const auto rows = table(sample("loan-application"));
        const QString submitted = QStringLiteral("com.acmefinance.loan.application.submitted");
        const DesignRow credit = oneRow(rows, QStringLiteral("credit-check"), submitted);
        QCOMPARE(credit.serviceNode, std::string("actor:credit-check"));
        QCOMPARE(credit.rules, std::vector<std::string>{"request credit check"});
        QCOMPARE(credit.action, std::string("request credit check"));
        QVERIFY(credit.ownNote.empty());
        QCOMPARE(rows[0].serviceNode, std::string("source:web applications"));
        QVERIFY(rows[0].rules.empty());
        // The decision opens on submissions and joins the risk results: two rules, one row.
        const DesignRow decision = oneRow(rows, QStringLiteral("decision-aggregator"), submitted);
        QCOMPARE(decision.rules,
                 (std::vector<std::string>{"applications open a decision", "join risk results"}));
        QCOMPARE(decision.action, std::string("applications open a decision; join risk results"));
        for (const DesignRow &row : rows)
            QCOMPARE(row.serviceNode, flow::nodeId(row.rules.empty() && row.action == "publishes"
                                                       ? flow::NodeKind::Source
                                                       : flow::NodeKind::Actor,
                                                   row.service));
    }

    void theOwnNoteComesFirstAndIsExported()
    {
        project::Project project = sample("loan-application");
        project.actors[0]["notes"] = "calls the bureau, slow on Mondays";
        project.sources[0]["notes"] = "peaks at lunch";
        project.actors[1]["notes"] = 42; // not a note: left out
        const auto rows = table(project);
        const DesignRow credit =
            oneRow(rows, QStringLiteral("credit-check"),
                   QStringLiteral("com.acmefinance.loan.application.submitted"));
        QCOMPARE(credit.ownNote, std::string("calls the bureau, slow on Mondays"));
        QVERIFY2(credit.notes.starts_with("calls the bureau, slow on Mondays; ") &&
                     credit.notes.find("capacity 20") != std::string::npos,
                 credit.notes.c_str());
        QCOMPARE(rows[0].ownNote, std::string("peaks at lunch"));
        QVERIFY2(rows[0].notes.starts_with("peaks at lunch; "), rows[0].notes.c_str());
        QVERIFY2(rows[1].ownNote.empty() && !rows[1].notes.starts_with("peaks"),
                 rows[1].notes.c_str());
        for (const DesignRow &row : rows) {
            if (row.service == "fraud-detection")
                QVERIFY2(row.ownNote.empty() && !row.notes.starts_with("42"), row.notes.c_str());
        }
        QVERIFY(docs::designTableMarkdown(rows).find("| calls the bureau, slow on Mondays; ") !=
                std::string::npos);
        QVERIFY(docs::designTableCsv(rows).find(",\"calls the bureau, slow on Mondays; ") !=
                std::string::npos);
    }

    // The simulation reads past a note: the project still runs, and its flow still draws.
    void aProjectWithNotesStillRuns()
    {
        project::Project project = sample("loan-application");
        project.actors[0]["notes"] = "calls the bureau";
        project.sources[0]["notes"] = "peaks at lunch";
        QVERIFY(flow::buildFlowGraph(project).ok());
        auto registry = project::buildRegistry(project);
        QVERIFY(registry.ok());
        sim::SimulationOptions options;
        options.maxEvents = 200;
        auto run = sim::Simulation::create(project, *registry, options);
        QVERIFY2(run.ok(), run ? "" : run.error().toString().c_str());
        (*run)->run();
        QCOMPARE((*run)->publishedCount(), std::uint64_t(200));
    }

    void inputsWithoutAPlainTypeAreDescribed()
    {
        project::Project project = withTypes({"t.a", "t.b", "t.out"});
        project.rules = json::parse(R"([
            {"name": "by prefix", "match": {"type": {"prefix": "t."}}, "targets": [{"actor": "x"}]},
            {"name": "off", "enabled": false, "match": {"type": "t.b"}, "targets": [{"actor": "x"}]}
        ])");
        project.actors = json::parse(R"([
            {"name": "x", "behaviours": [{"decide": [
                {"when": {"type": "t.a"}, "then": [{"emit": {"type": "t.out"}}]}]}]},
            {"name": "lonely", "description": "Does its own thing.",
             "behaviours": [{"emit": {"type": "t.a"}}]}
        ])");
        const auto rows = table(project);
        QCOMPARE(rows.size(), std::size_t(2)); // the disabled rule adds no row
        QCOMPARE(rows[0].inputEvents, std::vector<std::string>{"t.*"});
        QCOMPARE(rows[0].outputEvents, std::vector<std::string>{"t.out"});
        QVERIFY2(rows[0].notes.find("decides on type") == 0, rows[0].notes.c_str());
        QVERIFY(rows[1].inputEvents.empty());
        QCOMPARE(rows[1].action, std::string("Does its own thing."));
    }

    void anEmptyProjectHasNoRows()
    {
        const auto rows = docs::designTable(withTypes({}));
        QVERIFY(rows);
        QVERIFY(rows->empty());
        QCOMPARE(QString::fromStdString(docs::designTableMarkdown(*rows)).count(u'\n'), 2);
        QCOMPARE(docs::designTableCsv(*rows),
                 std::string("Input events,Service,Action,Output events,Notes\r\n"));
    }

    void csvQuotesWhatItMust_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::addRow("plain") << "fails 2%"
                               << "fails 2%";
        QTest::addRow("comma") << "a, b"
                               << "\"a, b\"";
        QTest::addRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::addRow("line break") << "one\ntwo"
                                    << "\"one\ntwo\"";
        QTest::addRow("carriage return") << "one\rtwo"
                                         << "\"one\rtwo\"";
    }

    void csvQuotesWhatItMust()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        const DesignRow row = plainRow({}, cell);
        const std::string csv = docs::designTableCsv({row});
        QCOMPARE(lastLine(csv, "\r\n"), QStringLiteral("t.a; t.b,svc,act,,") + written);
        QVERIFY(csv.ends_with("\r\n"));
    }

    void markdownKeepsCellsIntact_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::addRow("plain") << "decides by weight"
                               << "decides by weight";
        QTest::addRow("pipe") << "a|b"
                              << "a\\|b";
        QTest::addRow("line break") << "one\ntwo"
                                    << "one<br>two";
        QTest::addRow("windows line break") << "one\r\ntwo"
                                            << "one<br>two";
        QTest::addRow("backslash") << "^com\\.x$"
                                   << "^com\\\\.x$";
        QTest::addRow("type pattern") << "t.*"
                                      << "t.\\*";
        QTest::addRow("html") << "<b>"
                              << "&lt;b>";
    }

    void markdownKeepsCellsIntact()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        const DesignRow row = plainRow({"t.c"}, cell);
        const std::string markdown = docs::designTableMarkdown({row});
        QVERIFY(markdown.starts_with("| Input events | Service | Action | Output events | Notes |\n"
                                     "|---|---|---|---|---|\n"));
        QCOMPARE(lastLine(markdown, "\n"), QStringLiteral("| t.a<br>t.b | svc | act | t.c | ") +
                                               written + QStringLiteral(" |"));
    }

    void theLoanRegexRuleStaysInItsCell()
    {
        const std::string markdown = docs::designTableMarkdown(table(sample("loan-application")));
        const QString line = QString::fromStdString(markdown)
                                 .split(u'\n')
                                 .filter(QStringLiteral("customer-notifier"))
                                 .value(0);
        QVERIFY2(line.contains(QStringLiteral("(approved\\|rejected)")), qPrintable(line));
        // Five cells: six unescaped pipes.
        QCOMPARE(line.count(u'|') - line.count(QStringLiteral("\\|")), 6);
    }

    void badProjectsAreRefusedWithThePlaceOfTheProblem_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("pointer");
        QTest::addRow("actor not an object") << "actors"
                                             << "[42]"
                                             << "/actors/0";
        QTest::addRow("actor without a name") << "actors"
                                              << R"([{"behaviours": []}])"
                                              << "/actors/0";
        QTest::addRow("emit of an unknown type")
            << "actors"
            << R"([{"name": "a", "behaviours": [{"emit": {"type": "t.nope"}}]}])"
            << "/actors/0/behaviours/0/emit/type";
        QTest::addRow("nested in a decide")
            << "actors"
            << R"([{"name": "a", "behaviours": [{"decide": [{"weight": 1, "then": [{"dance": 1}]}]}]}])"
            << "/actors/0/behaviours/0/decide/0/then/0/dance";
        QTest::addRow("join of one type")
            << "actors"
            << R"([{"name": "a", "behaviours": [{"join": {"types": {"x": "t.a"}, "within": "1m", "then": []}}]}])"
            << "/actors/0/behaviours/0/join";
        QTest::addRow("rule without a condition")
            << "rules"
            << R"([{"name": "r", "targets": [{"actor": "a"}]}])"
            << "/rules/0";
        QTest::addRow("source of an unknown type")
            << "sources"
            << R"([{"name": "s", "type": "t.nope", "source": "/s", "rate": "1"}])"
            << "/sources/0/type";
    }

    void badProjectsAreRefusedWithThePlaceOfTheProblem()
    {
        QFETCH(QString, section);
        QFETCH(QString, json);
        QFETCH(QString, pointer);
        project::Project project = withTypes({"t.a"});
        const auto value = nlohmann::json::parse(json.toStdString());
        (section == QLatin1String("actors")  ? project.actors
         : section == QLatin1String("rules") ? project.rules
                                             : project.sources) = value;
        const auto rows = docs::designTable(project);
        QVERIFY(!rows);
        QCOMPARE(rows.error().where.pointer, pointer.toStdString());
    }
};

QTEST_GUILESS_MAIN(TestDesignTable)
#include "test_design_table.moc"
