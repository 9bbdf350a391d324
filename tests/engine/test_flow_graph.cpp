// The flow canvas's graph: the samples' nodes and edges, each design problem on a small
// project, and a layered layout that is deterministic, keeps saved positions and reads
// left to right.
#include "flow/flow_graph.h"
#include "flow/flow_layout.h"
#include "project/project.h"
#include "test_projects.h"
#include "test_support.h"

#include <map>

using namespace causeway;
using flow::EdgeKind;
using flow::FlowGraph;
using flow::NodeKind;
using flow::ProblemKind;
using flow::Severity;
using nlohmann::json;

Q_DECLARE_METATYPE(json)

namespace {

project::Project sample(const std::string &name)
{
    auto loaded = project::loadProject(
        testsupport::sourcePath("samples/" + name + "/" + name + ".causeway.json"));
    if (!loaded)
        qFatal("%s", loaded.error().toString().c_str());
    return std::move(loaded->project);
}

// A project whose catalog has the given types (any object payload) and the given sections.
project::Project projectWith(const std::vector<std::string> &types, const json &sections)
{
    json definitions = json::array();
    for (const std::string &type : types)
        definitions.push_back(testsupport::testDefinition(type));
    json document = {{"format", "causeway-project"},
                     {"formatVersion", 1},
                     {"name", "test"},
                     {"catalog", {{"definitions", definitions}}}};
    document.update(sections);
    auto loaded = project::parseProject(document.dump());
    if (!loaded)
        qFatal("%s", loaded.error().toString().c_str());
    return std::move(loaded->project);
}

FlowGraph graphOf(const project::Project &project)
{
    auto graph = flow::buildFlowGraph(project);
    if (!graph)
        qFatal("%s", graph.error().toString().c_str());
    return std::move(*graph);
}

bool hasEdge(const FlowGraph &graph, const std::string &from, const std::string &to, EdgeKind kind)
{
    return std::any_of(graph.edges.begin(), graph.edges.end(), [&](const flow::FlowEdge &e) {
        return e.from == from && e.to == to && e.kind == kind;
    });
}

std::vector<std::string> edgesFrom(const FlowGraph &graph, const std::string &from, EdgeKind kind)
{
    std::vector<std::string> to;
    for (const flow::FlowEdge &edge : graph.edges) {
        if (edge.from == from && edge.kind == kind)
            to.push_back(edge.to);
    }
    return to;
}

std::string loan(const std::string &name)
{
    return "type:com.acmefinance." + name;
}

// Tiny projects for the problems: a source of a.created, rules and actors as given.
const json kSource = {
    {"name", "origin"}, {"type", "a.created"}, {"source", "/a"}, {"rate", {{"constant", "1/s"}}}};

json actor(const std::string &name, const json &behaviours = json::array())
{
    return {{"name", name}, {"source", "/" + name}, {"behaviours", behaviours}};
}

json emitting(const std::string &type)
{
    return json::array({{{"emit", {{"type", type}}}}});
}

json rule(const std::string &name, const std::string &type, const std::string &actorName)
{
    return {{"name", name}, {"match", {{"type", type}}}, {"targets", {{{"actor", actorName}}}}};
}

// Kahn: an acyclic graph can be emptied by removing nodes without incoming edges.
bool isAcyclic(const FlowGraph &graph)
{
    std::map<std::string, int> incoming;
    for (const flow::FlowEdge &edge : graph.edges)
        ++incoming[edge.to];
    std::vector<std::string> ready;
    for (const flow::FlowNode &node : graph.nodes) {
        if (incoming[node.id] == 0)
            ready.push_back(node.id);
    }
    std::size_t removed = 0;
    while (!ready.empty()) {
        const std::string id = ready.back();
        ready.pop_back();
        ++removed;
        for (const flow::FlowEdge &edge : graph.edges) {
            if (edge.from == id && --incoming[edge.to] == 0)
                ready.push_back(edge.to);
        }
    }
    return removed == graph.nodes.size();
}

json disabled(json rule)
{
    rule["enabled"] = false;
    return rule;
}

} // namespace

class TestFlowGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loanSampleNodesAndEdges()
    {
        const FlowGraph graph = graphOf(sample("loan-application"));
        std::map<NodeKind, int> counts;
        for (const flow::FlowNode &node : graph.nodes)
            ++counts[node.kind];
        QCOMPARE(counts[NodeKind::Source], 2);
        QCOMPARE(counts[NodeKind::Type], 10);
        QCOMPARE(counts[NodeKind::Rule], 10);
        QCOMPARE(counts[NodeKind::Actor], 6);
        QCOMPARE(counts[NodeKind::Sink], 2); // fraud-operations, audit-log
        QCOMPARE(counts[NodeKind::DeadLetter], 1);
        QCOMPARE(graph.nodes.size(), std::size_t(31));

        // Sources publish the application; a rule hands it to the credit check.
        const std::string submitted = loan("loan.application.submitted");
        QVERIFY(hasEdge(graph, "source:web applications", submitted, EdgeKind::Publishes));
        QVERIFY(hasEdge(graph, submitted, "rule:request credit check", EdgeKind::MatchedBy));
        QVERIFY(
            hasEdge(graph, "rule:request credit check", "actor:credit-check", EdgeKind::RoutesTo));
        QVERIFY(hasEdge(graph, "actor:credit-check", loan("risk.creditcheck.completed"),
                        EdgeKind::Emits));
        // The aggregator joins and emits the three outcomes.
        QCOMPARE(edgesFrom(graph, "actor:decision-aggregator", EdgeKind::Emits),
                 (std::vector<std::string>{loan("loan.application.rejected"),
                                           loan("loan.documents.requested"),
                                           loan("loan.application.approved")}));
        // A payload filter makes a match conditional.
        const auto large = std::find_if(graph.edges.begin(), graph.edges.end(), [&](auto &e) {
            return e.to == "rule:manual review of large loans";
        });
        QVERIFY(large != graph.edges.end() && large->conditional);
        // Failing deliveries and a dead-letter target reach the one queue.
        QVERIFY(hasEdge(graph, "actor:credit-check", flow::kDeadLetterId, EdgeKind::DeadLetters));
        QVERIFY(hasEdge(graph, "rule:failed repayments", flow::kDeadLetterId, EdgeKind::RoutesTo));
        const flow::FlowNode *rule = graph.node("rule:disburse approved loans");
        QVERIFY(rule && rule->ruleIndex == std::size_t(7));
        QCOMPARE(rule->pointer, std::string("/rules/7"));
    }

    // Rules that test the source match the types whose publishers it lets through; a type
    // regex matches the types it fits.
    void rulesMatchByPublisherAndPattern_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("matched");
        QTest::addRow("audit: submitted from /loans/web") << "audit everything from origination"
                                                          << "loan.application.submitted" << true;
        QTest::addRow("audit: approved from /loans/decisioning")
            << "audit everything from origination"
            << "loan.application.approved" << true;
        QTest::addRow("audit: credit check from /risk") << "audit everything from origination"
                                                        << "risk.creditcheck.completed" << false;
        QTest::addRow("regex: rejected") << "notify customer of decisions"
                                         << "loan.application.rejected" << true;
        QTest::addRow("regex: documents") << "notify customer of decisions"
                                          << "loan.documents.requested" << true;
        QTest::addRow("regex: submitted") << "notify customer of decisions"
                                          << "loan.application.submitted" << false;
    }

    void rulesMatchByPublisherAndPattern()
    {
        QFETCH(QString, rule);
        QFETCH(QString, type);
        QFETCH(bool, matched);
        static const FlowGraph graph = graphOf(sample("loan-application"));
        QCOMPARE(hasEdge(graph, loan(type.toStdString()), "rule:" + rule.toStdString(),
                         EdgeKind::MatchedBy),
                 matched);
    }

    void problems_data()
    {
        QTest::addColumn<json>("sections");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("mentions");

        QTest::addRow("type nobody consumes")
            << json{{"sources", {kSource}}} << int(ProblemKind::UnconsumedType)
            << int(Severity::Warning) << "type:a.created"
            << "Nothing consumes a.created";
        QTest::addRow("an outcome nobody consumes is only worth knowing")
            << json{{"sources", {kSource}}, {"simulation", {{"outcomes", {"a.created"}}}}}
            << int(ProblemKind::UnconsumedType) << int(Severity::Info) << "type:a.created"
            << "ends a workflow";
        QTest::addRow("a disabled rule consumes nothing")
            << json{{"sources", {kSource}},
                    {"rules", {disabled(rule("off", "a.created", "x"))}},
                    {"actors", {actor("x")}}}
            << int(ProblemKind::UnconsumedType) << int(Severity::Warning) << "type:a.created"
            << "no enabled rule";
        QTest::addRow("type nobody publishes")
            << json{{"rules", {rule("take b", "b.requested", "x")}}, {"actors", {actor("x")}}}
            << int(ProblemKind::UnpublishedType) << int(Severity::Warning) << "type:b.requested"
            << "rule 'take b' matches it";
        QTest::addRow("actor nobody feeds")
            << json{{"actors", {actor("idle")}}} << int(ProblemKind::UnfedActor)
            << int(Severity::Warning) << "actor:idle"
            << "Nothing feeds actor 'idle'";
        QTest::addRow("rule naming no actor")
            << json{{"sources", {kSource}}, {"rules", {rule("lost", "a.created", "ghost")}}}
            << int(ProblemKind::DanglingTarget) << int(Severity::Error) << "rule:lost"
            << "routes to actor 'ghost', which the project does not define";
        QTest::addRow("loop")
            << json{{"sources", {kSource}},
                    {"rules",
                     {rule("a to x", "a.created", "x"), rule("b to y", "b.requested", "y")}},
                    {"actors",
                     {actor("x", emitting("b.requested")), actor("y", emitting("a.created"))}}}
            << int(ProblemKind::Cycle) << int(Severity::Warning) << "actor:x"
            << "a.created -> a to x -> x -> b.requested -> b to y -> y -> a.created.";
    }

    void problems()
    {
        QFETCH(json, sections);
        QFETCH(int, kind);
        QFETCH(int, severity);
        QFETCH(QString, node);
        QFETCH(QString, mentions);
        const FlowGraph graph = graphOf(projectWith({"a.created", "b.requested"}, sections));
        const auto found =
            std::find_if(graph.problems.begin(), graph.problems.end(),
                         [&](const flow::FlowProblem &p) { return int(p.kind) == kind; });
        QVERIFY2(found != graph.problems.end(), "the problem is not reported");
        QCOMPARE(int(found->severity), severity);
        QCOMPARE(QString::fromStdString(found->nodeId), node);
        QVERIFY2(QString::fromStdString(found->message).contains(mentions), found->message.c_str());
        QVERIFY(graph.node(found->nodeId) != nullptr);
        if (found->kind == ProblemKind::DanglingTarget) {
            QVERIFY(found->edge.has_value());
            const flow::FlowEdge &edge = graph.edges.at(*found->edge);
            QCOMPARE(edge.to, std::string("actor:ghost"));
            QVERIFY(graph.node(edge.to)->missing);
        }
    }

    // x emits b.requested only for a.created: handing it b.requested back is no loop.
    void aDecisionByTypeIsNoLoop()
    {
        const json decide =
            json::array({{{"decide",
                           {{{"when", {{"type", "a.created"}}}, {"then", emitting("b.requested")}},
                            {{"otherwise", json::array({{{"remember", {{"seen", true}}}}})}}}}}});
        const json sections = {
            {"sources", {kSource}},
            {"rules", {rule("a to x", "a.created", "x"), rule("b to x", "b.requested", "x")}},
            {"actors", {actor("x", decide)}}};
        const FlowGraph graph = graphOf(projectWith({"a.created", "b.requested"}, sections));
        QVERIFY(hasEdge(graph, "actor:x", "type:b.requested", EdgeKind::Emits));
        QVERIFY(hasEdge(graph, "rule:b to x", "actor:x", EdgeKind::RoutesTo));
        for (const flow::FlowProblem &problem : graph.problems)
            QVERIFY2(problem.kind != ProblemKind::Cycle, problem.message.c_str());
    }

    void aSoundDesignHasNoProblemsOfThoseKinds()
    {
        const json sections = {{"sources", {kSource}},
                               {"rules",
                                {rule("a to x", "a.created", "x"),
                                 {{"name", "b out"},
                                  {"match", {{"type", "b.requested"}}},
                                  {"targets", {{{"mqtt", "out/b"}}}}}}},
                               {"actors", {actor("x", emitting("b.requested"))}}};
        const FlowGraph graph = graphOf(projectWith({"a.created", "b.requested"}, sections));
        for (const flow::FlowProblem &problem : graph.problems)
            QFAIL(problem.message.c_str());
        QVERIFY(graph.node("mqtt:out/b") && graph.node("mqtt:out/b")->kind == NodeKind::Topic);
    }

    void refusesWhatARunRefuses_data()
    {
        QTest::addColumn<json>("sections");
        QTest::addColumn<QString>("pointer");
        QTest::addRow("rule without a condition")
            << json{{"rules", {{{"name", "r"}, {"targets", json::array()}}}}} << "/rules/0";
        QTest::addRow("actor emitting an unknown type")
            << json{{"actors", {actor("x", emitting("no.such.type"))}}}
            << "/actors/0/behaviours/0/emit/type";
    }

    void refusesWhatARunRefuses()
    {
        QFETCH(json, sections);
        QFETCH(QString, pointer);
        const auto graph = flow::buildFlowGraph(projectWith({"a.created"}, sections));
        QVERIFY(!graph);
        QCOMPARE(QString::fromStdString(graph.error().where.pointer), pointer);
    }

    void layoutIsDeterministicAndReadsLeftToRight_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("acyclic");
        QTest::addRow("loan") << "loan-application" << true;
        // Actors of the saga take several types, so its edges go round (its workflows do not).
        QTest::addRow("order saga") << "order-saga" << false;
        QTest::addRow("iot") << "iot-sensors" << true;
    }

    void layoutIsDeterministicAndReadsLeftToRight()
    {
        QFETCH(QString, name);
        QFETCH(bool, acyclic);
        const FlowGraph graph = graphOf(sample(name.toStdString()));
        const auto layout = flow::layoutFlow(graph, json::object());
        const auto again = flow::layoutFlow(graphOf(sample(name.toStdString())), json::object());
        QVERIFY(layout.positions == again.positions);
        QVERIFY(layout.bends == again.bends);
        QCOMPARE(layout.positions.size(), graph.nodes.size());

        for (const flow::FlowNode &node : graph.nodes) {
            if (node.kind == NodeKind::Source)
                QCOMPARE(layout.columns.at(node.id), 0);
        }
        QCOMPARE(isAcyclic(graph), acyclic);
        if (acyclic) {
            for (const flow::FlowEdge &edge : graph.edges)
                QVERIFY2(layout.columns.at(edge.from) < layout.columns.at(edge.to),
                         (edge.from + " -> " + edge.to).c_str());
        }
        // Nodes never overlap.
        for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
            for (std::size_t j = i + 1; j < graph.nodes.size(); ++j) {
                const auto &a = graph.nodes[i];
                const auto &b = graph.nodes[j];
                const flow::Point pa = layout.positions.at(a.id);
                const flow::Point pb = layout.positions.at(b.id);
                const flow::Size sa = flow::defaultNodeSize(a.kind);
                const flow::Size sb = flow::defaultNodeSize(b.kind);
                const bool apart = pa.x + sa.width <= pb.x || pb.x + sb.width <= pa.x ||
                                   pa.y + sa.height <= pb.y || pb.y + sb.height <= pa.y;
                QVERIFY2(apart, (a.id + " overlaps " + b.id).c_str());
            }
        }
    }

    void savedPositionsWin()
    {
        const FlowGraph graph = graphOf(sample("loan-application"));
        const auto automatic = flow::layoutFlow(graph, json::object());
        const json saved =
            flow::withNodePosition(json::object(), "actor:credit-check", flow::Point{-40, 900});
        QCOMPARE(saved, json::parse(R"({"nodes":{"actor:credit-check":{"x":-40.0,"y":900.0}}})"));
        const auto layout = flow::layoutFlow(graph, saved);
        QVERIFY(layout.positions.at("actor:credit-check") == (flow::Point{-40, 900}));
        for (const auto &[id, position] : automatic.positions) {
            if (id != "actor:credit-check")
                QVERIFY2(layout.positions.at(id) == position, id.c_str());
        }
        // Edges to and from the moved node no longer bend where it used to be.
        for (std::size_t e = 0; e < graph.edges.size(); ++e) {
            if (graph.edges[e].from == "actor:credit-check" ||
                graph.edges[e].to == "actor:credit-check")
                QVERIFY(layout.bends[e].empty());
        }
        // A malformed entry is ignored, and clearing the positions restores the automatic ones.
        const auto odd = flow::layoutFlow(
            graph, json::parse(R"({"nodes":{"actor:credit-check":{"x":"left"}}})"));
        QVERIFY(odd.positions == automatic.positions);
        const json cleared = flow::withoutNodePositions(saved);
        QCOMPARE(cleared, json::object());
        QVERIFY(flow::layoutFlow(graph, cleared).positions == automatic.positions);
    }

    void longEdgesBendBetweenColumns()
    {
        const FlowGraph graph = graphOf(sample("loan-application"));
        const auto layout = flow::layoutFlow(graph, json::object());
        bool someBend = false;
        for (std::size_t e = 0; e < graph.edges.size(); ++e) {
            const int span =
                layout.columns.at(graph.edges[e].to) - layout.columns.at(graph.edges[e].from);
            QCOMPARE(layout.bends[e].size(), std::size_t(2 * (std::abs(span) - 1)));
            // Straight across each column: a pair of points at one height, left to right.
            for (std::size_t b = 0; b + 1 < layout.bends[e].size(); b += 2) {
                QCOMPARE(layout.bends[e][b].y, layout.bends[e][b + 1].y);
                QVERIFY(layout.bends[e][b].x < layout.bends[e][b + 1].x);
            }
            someBend = someBend || !layout.bends[e].empty();
        }
        QVERIFY(someBend);
        // Where an edge crosses a column it runs beside the nodes, never through them.
        for (const auto &bends : layout.bends) {
            for (std::size_t b = 0; b + 1 < bends.size(); b += 2) {
                for (const flow::FlowNode &node : graph.nodes) {
                    const flow::Point p = layout.positions.at(node.id);
                    const flow::Size size = flow::defaultNodeSize(node.kind);
                    const bool besideColumn =
                        p.x >= bends[b + 1].x || p.x + size.width <= bends[b].x;
                    const bool aboveOrBelow = bends[b].y <= p.y || bends[b].y >= p.y + size.height;
                    QVERIFY2(besideColumn || aboveOrBelow, node.id.c_str());
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFlowGraph)
#include "test_flow_graph.moc"
