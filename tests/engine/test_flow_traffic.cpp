// A simulation's traffic on the edges of the flow canvas.

#include "flow/flow_traffic.h"
#include "project/project.h"
#include "sim/simulation.h"
#include "test_support.h"

#include <QTest>

using namespace causeway;

class TestFlowTraffic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theLoanRunIsCountedOnItsEdges()
    {
        auto loaded = project::loadProject(
            testsupport::sourcePath("samples/loan-application/loan-application.causeway.json"));
        QVERIFY(loaded.ok());
        auto registry = project::buildRegistry(loaded->project);
        QVERIFY(registry.ok());
        auto graph = flow::buildFlowGraph(loaded->project);
        QVERIFY(graph.ok());
        sim::SimulationOptions options;
        options.maxEvents = 3000;
        options.seed = 5;
        auto run = sim::Simulation::create(loaded->project, *registry, options);
        QVERIFY(run.ok());
        (*run)->run();
        const sim::SimMetrics metrics = (*run)->metrics();
        const flow::EdgeTraffic traffic = flow::edgeTraffic(*graph, metrics);

        const std::string submitted =
            flow::nodeId(flow::NodeKind::Type, "com.acmefinance.loan.application.submitted");
        const std::string credit = flow::nodeId(flow::NodeKind::Actor, "credit-check");
        std::uint64_t fromSources = 0;
        bool creditCounted = false;
        for (const auto &edge : graph->edges) {
            const auto found = traffic.find({edge.from, edge.to});
            if (edge.kind == flow::EdgeKind::Publishes && edge.to == submitted) {
                QVERIFY(found != traffic.end());
                fromSources += found->second;
            }
            if (edge.kind == flow::EdgeKind::RoutesTo && edge.to == credit) {
                QVERIFY(found != traffic.end());
                QCOMPARE(found->second, metrics.actors.at("credit-check").processed);
                creditCounted = found->second > 0;
            }
            if (edge.kind == flow::EdgeKind::MatchedBy && edge.conditional)
                QVERIFY(found == traffic.end()); // not guessed
        }
        QVERIFY(creditCounted);
        // Every application comes from a source: their edges add up to the type's count.
        QCOMPARE(fromSources,
                 metrics.publishedByType.at("com.acmefinance.loan.application.submitted"));
    }

    void noMetricsMeansZeroNotMissing()
    {
        auto loaded = project::loadProject(
            testsupport::sourcePath("samples/order-saga/order-saga.causeway.json"));
        QVERIFY(loaded.ok());
        auto graph = flow::buildFlowGraph(loaded->project);
        QVERIFY(graph.ok());
        const auto traffic = flow::edgeTraffic(*graph, sim::SimMetrics{});
        QVERIFY(!traffic.empty());
        for (const auto &[edge, count] : traffic)
            QCOMPARE(count, std::uint64_t(0));
    }
};

QTEST_APPLESS_MAIN(TestFlowTraffic)
#include "test_flow_traffic.moc"
