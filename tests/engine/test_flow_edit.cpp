// Editing a project through its flow: removing nodes takes their traces with them, copies
// paste under names of their own, new nodes are valid from the start, and a renamed actor
// keeps its rules. Every edited project still draws and simulates.
#include "flow/flow_edit.h"
#include "flow/flow_graph.h"
#include "test_support.h"

#include <QtTest>

using namespace causeway;
using flow::NodeKind;
using nlohmann::json;

namespace {

const std::string kSubmitted = "com.acmefinance.loan.application.submitted";

project::Project loan()
{
    auto loaded = project::loadProject(
        testsupport::sourcePath("samples/loan-application/loan-application.causeway.json"));
    if (!loaded)
        qFatal("%s", loaded.error().toString().c_str());
    return std::move(loaded->project);
}

// Fails the test when @p project's flow cannot be built (it would not draw or simulate).
bool draws(const project::Project &project)
{
    const auto graph = flow::buildFlowGraph(project);
    if (!graph)
        qWarning("%s", graph.error().toString().c_str());
    return graph.ok();
}

bool anyRuleTargets(const project::Project &project, const json &target)
{
    for (const json &rule : project.rules)
        for (const json &each : rule.value("targets", json::array()))
            if (each == target)
                return true;
    return false;
}

std::size_t versionsOf(const project::Project &project, const std::string &type)
{
    return std::count_if(project.definitions.begin(), project.definitions.end(),
                         [&](const catalog::Definition &each) { return each.type == type; });
}

} // namespace

class TestFlowEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removingAnActorTakesItOutOfEveryRule()
    {
        project::Project project = loan();
        project.layout = flow::withNodePosition(project.layout, "actor:credit-check", {10, 20});
        const std::size_t actors = project.actors.size();
        auto removed = flow::removeNodes(project, {"actor:credit-check"});
        QVERIFY(removed.ok());
        QCOMPARE(removed->actors.size(), actors - 1);
        QVERIFY(flow::nodeSpec(*removed, "actor:credit-check").is_null());
        QVERIFY(!anyRuleTargets(*removed, {{"actor", "credit-check"}}));
        QVERIFY(!removed->layout["nodes"].contains("actor:credit-check"));
        QCOMPARE(removed->rules.size(), project.rules.size()); // its rule stays, routing nowhere
        QVERIFY(draws(*removed));
    }

    void removingSeveralNodesIsOneEdit()
    {
        const project::Project project = loan();
        auto removed = flow::removeNodes(
            project, {"rule:request credit check", "source:app applications", "sink:audit-log"});
        QVERIFY(removed.ok());
        QCOMPARE(removed->rules.size(), project.rules.size() - 1);
        QCOMPARE(removed->sources.size(), project.sources.size() - 1);
        QVERIFY(!anyRuleTargets(*removed, {{"sink", "audit-log"}}));
        QVERIFY(draws(*removed));
    }

    void aTypeGoesOnlyWhenNothingPublishesIt()
    {
        const project::Project project = loan();
        auto refused = flow::removeNodes(project, {"type:" + kSubmitted});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.find("web applications") != std::string::npos);

        // With both sources that publish it, the type and all its versions go.
        auto removed = flow::removeNodes(project, {"source:web applications",
                                                   "source:app applications", "type:" + kSubmitted});
        QVERIFY2(removed.ok(), removed.ok() ? "" : removed.error().toString().c_str());
        QVERIFY(versionsOf(project, kSubmitted) > 0);
        QCOMPARE(versionsOf(*removed, kSubmitted), std::size_t(0));
    }

    void whatCannotBeRemovedIsSaid()
    {
        auto dlq = flow::removeNodes(loan(), {flow::kDeadLetterId});
        QVERIFY(!dlq.ok());
        QVERIFY(dlq.error().message.find("dead-letter queue") != std::string::npos);
        auto unknown = flow::removeNodes(loan(), {"actor:nobody"});
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.find("actor:nobody") != std::string::npos);
    }

    void copiesPasteUnderNamesOfTheirOwnAndFollowEachOther()
    {
        const project::Project project = loan();
        const json fragment =
            flow::copyNodes(project, {"actor:credit-check", "rule:request credit check",
                                      "type:" + kSubmitted},
                            {{"actor:credit-check", {100, 200}}});
        QCOMPARE(fragment["actors"].size(), std::size_t(1));
        QCOMPARE(fragment["rules"].size(), std::size_t(1));
        QVERIFY(fragment["sources"].empty()); // types are not specs of the flow

        auto pasted = flow::pasteNodes(project, fragment, {40, 40});
        QVERIFY(pasted.ok());
        QCOMPARE(pasted->ids, (std::vector<std::string>{"actor:credit-check copy",
                                                         "rule:request credit check copy"}));
        const json rule = flow::nodeSpec(pasted->project, "rule:request credit check copy");
        QCOMPARE(rule["targets"], json::array({{{"actor", "credit-check copy"}}}));
        QCOMPARE(rule["match"], flow::nodeSpec(project, "rule:request credit check")["match"]);
        QCOMPARE(pasted->project.layout["nodes"]["actor:credit-check copy"],
                 json({{"x", 140}, {"y", 240}}));
        QVERIFY(draws(pasted->project));

        // Pasting again numbers the next copies.
        auto again = flow::pasteNodes(pasted->project, fragment, {80, 80});
        QVERIFY(again.ok());
        QCOMPARE(again->ids.front(), std::string("actor:credit-check copy 2"));
        // So does a copy of a copy, rather than "credit-check copy copy".
        auto ofCopy = flow::pasteNodes(
            again->project, flow::copyNodes(again->project, {"actor:credit-check copy 2"}), {});
        QVERIFY(ofCopy.ok());
        QCOMPARE(ofCopy->ids, std::vector<std::string>{"actor:credit-check copy 3"});
    }

    void aFragmentThatIsNotOneIsRefusedWithItsPointer()
    {
        QVERIFY(!flow::pasteNodes(loan(), json{{"actors", json::array()}}, {}).ok());
        auto noName = flow::pasteNodes(
            loan(), {{"causewayFlow", 1}, {"actors", json::array({{{"capacity", 2}}})}}, {});
        QVERIFY(!noName.ok());
        QCOMPARE(noName.error().where.pointer, std::string("/actors/0"));
    }

    void newNodesAreValidAndNamedAfterTheirKind()
    {
        project::Project project = loan();
        for (const NodeKind kind : {NodeKind::Source, NodeKind::Rule, NodeKind::Actor}) {
            auto added = flow::addNode(project, kind, kSubmitted, {300, 400});
            QVERIFY(added.ok());
            project = std::move(added->project);
            QCOMPARE(added->ids.size(), std::size_t(1));
            QVERIFY(!flow::nodeSpec(project, added->ids.front()).is_null());
            QCOMPARE(project.layout["nodes"][added->ids.front()], json({{"x", 300}, {"y", 400}}));
        }
        QVERIFY(draws(project));
        auto second = flow::addNode(project, NodeKind::Actor, {}, {});
        QCOMPARE(second->ids.front(), std::string("actor:actor 2"));
        QCOMPARE(flow::nodeSpec(second->project, "actor:actor 2")["source"], json("/actor-2"));
        QVERIFY(!flow::addNode(project, NodeKind::Type, kSubmitted, {}).ok());
        QVERIFY(!flow::addNode(project, NodeKind::Source, {}, {}).ok()); // of which type?
    }

    void renamingAnActorKeepsItsRulesAndPlace()
    {
        project::Project project = loan();
        project.layout = flow::withNodePosition(project.layout, "actor:credit-check", {10, 20});
        json spec = flow::nodeSpec(project, "actor:credit-check");
        spec["name"] = "credit-bureau";
        spec["capacity"] = 5;
        auto renamed = flow::replaceNodeSpec(project, "actor:credit-check", spec);
        QVERIFY(renamed.ok());
        QCOMPARE(renamed->ids.front(), std::string("actor:credit-bureau"));
        QVERIFY(anyRuleTargets(renamed->project, {{"actor", "credit-bureau"}}));
        QVERIFY(!anyRuleTargets(renamed->project, {{"actor", "credit-check"}}));
        QCOMPARE(renamed->project.layout["nodes"]["actor:credit-bureau"],
                 json({{"x", 10}, {"y", 20}}));
        QCOMPARE(flow::nodeSpec(renamed->project, "actor:credit-bureau")["capacity"], json(5));
        QVERIFY(draws(renamed->project));

        spec["name"] = "underwriter";
        auto taken = flow::replaceNodeSpec(project, "actor:credit-check", spec);
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().where.pointer, std::string("/actors/0/name"));
    }
};

QTEST_MAIN(TestFlowEdit)
#include "test_flow_edit.moc"
