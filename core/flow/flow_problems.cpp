#include "flow/flow_problems.h"

#include "docs/text_lists.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <map>

namespace causeway::flow {

namespace {

std::string quoted(const FlowNode &node)
{
    return "'" + node.label + "'";
}

class ProblemFinder
{
public:
    ProblemFinder(const FlowGraph &graph, const std::vector<std::string> &outcomes,
                  const std::vector<Passage> &passages)
        : m_graph(graph), m_outcomes(outcomes), m_passages(passages)
    {
        for (std::size_t i = 0; i < graph.nodes.size(); ++i)
            m_index[graph.nodes[i].id] = i;
        m_out.resize(graph.nodes.size());
        m_in.resize(graph.nodes.size());
        for (std::size_t e = 0; e < graph.edges.size(); ++e) {
            m_out[m_index.at(graph.edges[e].from)].push_back(e);
            m_in[m_index.at(graph.edges[e].to)].push_back(e);
        }
        m_passagesFrom.resize(graph.nodes.size());
        for (std::size_t p = 0; p < passages.size(); ++p)
            m_passagesFrom[m_index.at(passages[p].from)].push_back(p);
    }

    std::vector<FlowProblem> find()
    {
        for (std::size_t i = 0; i < m_graph.nodes.size(); ++i) {
            switch (m_graph.nodes[i].kind) {
            case NodeKind::Type:
                checkType(i);
                break;
            case NodeKind::Actor:
                checkActor(i);
                break;
            case NodeKind::Rule:
                checkTargets(i);
                break;
            default:
                break;
            }
        }
        findLoops();
        return std::move(m_problems);
    }

private:
    const FlowNode &node(const std::string &id) const { return m_graph.nodes[m_index.at(id)]; }

    // A disabled rule passes nothing on: what only it would consume or feed has no consumer.
    bool live(const std::string &id) const { return node(id).enabled; }

    void report(ProblemKind kind, Severity severity, std::size_t node, std::string message,
                std::optional<std::size_t> edge = std::nullopt)
    {
        m_problems.push_back({kind, severity, m_graph.nodes[node].id, std::move(message), edge});
    }

    void checkType(std::size_t i)
    {
        const FlowNode &type = m_graph.nodes[i];
        std::vector<std::string> consumers;
        std::vector<std::string> rules;
        for (const std::size_t e : m_out[i]) {
            const FlowEdge &edge = m_graph.edges[e];
            rules.push_back(quoted(node(edge.to)));
            if (live(edge.to))
                consumers.push_back(edge.to);
        }
        const bool published = std::any_of(m_in[i].begin(), m_in[i].end(), [&](std::size_t e) {
            return m_graph.edges[e].kind == EdgeKind::Publishes ||
                   m_graph.edges[e].kind == EdgeKind::Emits;
        });
        if (!published) {
            report(ProblemKind::UnpublishedType, Severity::Warning, i,
                   "Nothing publishes " + type.label + ": no source or actor emits it, yet " +
                       (rules.size() == 1 ? "rule " : "rules ") + docs::joined(rules, ", ") +
                       (rules.size() == 1 ? " matches it." : " match it."));
        }
        if (!consumers.empty())
            return;
        const bool outcome =
            std::find(m_outcomes.begin(), m_outcomes.end(), type.label) != m_outcomes.end();
        if (outcome)
            report(ProblemKind::UnconsumedType, Severity::Info, i,
                   type.label + " ends a workflow; no enabled rule matches it.");
        else
            report(ProblemKind::UnconsumedType, Severity::Warning, i,
                   "Nothing consumes " + type.label + ": no enabled rule matches it.");
    }

    void checkActor(std::size_t i)
    {
        const FlowNode &actor = m_graph.nodes[i];
        if (actor.missing)
            return; // its rule has the problem
        const bool fed = std::any_of(m_in[i].begin(), m_in[i].end(), [&](std::size_t e) {
            return m_graph.edges[e].kind == EdgeKind::RoutesTo && live(m_graph.edges[e].from);
        });
        if (!fed)
            report(ProblemKind::UnfedActor, Severity::Warning, i,
                   "Nothing feeds actor " + quoted(actor) + ": no enabled rule routes to it.");
    }

    void checkTargets(std::size_t i)
    {
        for (const std::size_t e : m_out[i]) {
            const FlowNode &target = node(m_graph.edges[e].to);
            if (target.missing)
                report(ProblemKind::DanglingTarget, Severity::Error, i,
                       "Rule " + quoted(m_graph.nodes[i]) + " routes to actor " + quoted(target) +
                           ", which the project does not define.",
                       e);
        }
    }

    // ---- Loops: strongly connected components (Tarjan) of types linked by passages ----

    void findLoops()
    {
        const std::size_t n = m_graph.nodes.size();
        std::vector<int> index(n, -1), low(n, 0);
        std::vector<bool> onStack(n, false);
        std::vector<std::size_t> stack;
        int counter = 0;
        std::vector<std::vector<std::size_t>> components;
        std::function<void(std::size_t)> visit = [&](std::size_t v) {
            index[v] = low[v] = counter++;
            stack.push_back(v);
            onStack[v] = true;
            for (const std::size_t p : m_passagesFrom[v]) {
                const std::size_t w = m_index.at(m_passages[p].to);
                if (index[w] < 0) {
                    visit(w);
                    low[v] = std::min(low[v], low[w]);
                } else if (onStack[w]) {
                    low[v] = std::min(low[v], index[w]);
                }
            }
            if (low[v] != index[v])
                return;
            std::vector<std::size_t> component;
            std::size_t w = 0;
            do {
                w = stack.back();
                stack.pop_back();
                onStack[w] = false;
                component.push_back(w);
            } while (w != v);
            components.push_back(std::move(component));
        };
        for (std::size_t v = 0; v < n; ++v) {
            if (index[v] < 0 && !m_passagesFrom[v].empty())
                visit(v);
        }
        // Report in node order, whatever order Tarjan finished them in.
        for (auto &component : components)
            std::sort(component.begin(), component.end());
        std::sort(components.begin(), components.end());
        for (const auto &component : components) {
            const std::size_t first = component.front();
            const bool selfLoop = std::any_of(
                m_passagesFrom[first].begin(), m_passagesFrom[first].end(),
                [&](std::size_t p) { return m_passages[p].to == m_graph.nodes[first].id; });
            if (component.size() > 1 || selfLoop)
                reportLoop(component);
        }
    }

    // The shortest way round from the component's first type back to itself.
    void reportLoop(const std::vector<std::size_t> &component)
    {
        const std::size_t start = component.front();
        std::map<std::size_t, std::size_t> cameBy; // type -> the passage that reached it
        std::deque<std::size_t> queue{start};
        while (!queue.empty() && !cameBy.contains(start)) {
            const std::size_t v = queue.front();
            queue.pop_front();
            for (const std::size_t p : m_passagesFrom[v]) {
                const std::size_t w = m_index.at(m_passages[p].to);
                if (cameBy.contains(w) ||
                    !std::binary_search(component.begin(), component.end(), w))
                    continue;
                cameBy[w] = p;
                queue.push_back(w);
            }
        }
        std::vector<const Passage *> steps;
        std::size_t v = start;
        do {
            steps.insert(steps.begin(), &m_passages[cameBy.at(v)]);
            v = m_index.at(steps.front()->from);
        } while (v != start);
        std::vector<std::string> path{m_graph.nodes[start].label};
        for (const Passage *step : steps) {
            for (const std::string *id : {&step->rule, &step->actor, &step->to})
                path.push_back(node(*id).label);
        }
        report(ProblemKind::Cycle, Severity::Warning, m_index.at(steps.front()->actor),
               "Events can go round in a loop: " + docs::joined(path, " -> ") + ".");
    }

    const FlowGraph &m_graph;
    const std::vector<std::string> &m_outcomes;
    const std::vector<Passage> &m_passages;
    std::vector<std::vector<std::size_t>> m_passagesFrom; // passage indexes by type node
    std::map<std::string, std::size_t> m_index;
    std::vector<std::vector<std::size_t>> m_out; // edge indexes by node
    std::vector<std::vector<std::size_t>> m_in;
    std::vector<FlowProblem> m_problems;
};

} // namespace

std::vector<FlowProblem> findProblems(const FlowGraph &graph,
                                      const std::vector<std::string> &outcomes,
                                      const std::vector<Passage> &passages)
{
    return ProblemFinder(graph, outcomes, passages).find();
}

} // namespace causeway::flow
