#include "flow/flow_graph.h"

#include "docs/condition_text.h"
#include "docs/project_flow.h"
#include "docs/text_lists.h"
#include "flow/flow_problems.h"
#include "project/project.h"
#include "routing/condition_truth.h"

#include <algorithm>
#include <map>

namespace causeway::flow {

using nlohmann::json;
using routing::Target;
using routing::Truth;

namespace {

std::string textMember(const json &object, const char *key)
{
    const json value = object.is_object() ? object.value(key, json()) : json();
    return value.is_string() ? value.get<std::string>() : std::string();
}

// The catalog name of @p type (its latest definition), for the second line of its node.
std::string catalogName(const project::Project &project, const std::string &type)
{
    std::string name;
    for (const catalog::Definition &definition : project.definitions) {
        if (definition.type == type)
            name = definition.name;
    }
    return name;
}

FlowNode makeNode(std::string id, NodeKind kind, std::string label, std::string detail,
                  std::string pointer = {})
{
    FlowNode node;
    node.id = std::move(id);
    node.kind = kind;
    node.label = std::move(label);
    node.detail = std::move(detail);
    node.pointer = std::move(pointer);
    return node;
}

class Builder
{
public:
    Builder(const project::Project &project, const docs::ProjectFlow &flow)
        : m_project(project), m_flow(flow)
    {
    }

    FlowGraph build()
    {
        collectActors();
        collectTypes();
        addSources();
        for (const std::string &type : m_types)
            add(makeNode(nodeId(NodeKind::Type, type), NodeKind::Type, type,
                         catalogName(m_project, type)));
        addRules();
        addActors();
        addTargets();
        m_graph.problems = findProblems(m_graph, outcomes(), passages());
        return std::move(m_graph);
    }

private:
    // The types that end a workflow; read leniently, since a canvas needs no run settings.
    std::vector<std::string> outcomes() const
    {
        std::vector<std::string> types;
        const json &settings = m_project.simulation;
        const json listed = settings.is_object() ? settings.value("outcomes", json()) : json();
        if (listed.is_array()) {
            for (const json &type : listed) {
                if (type.is_string())
                    types.push_back(type.get<std::string>());
            }
        }
        return types;
    }

    // What each enabled rule hands each actor, and what the actor can emit for that type.
    std::vector<Passage> passages() const
    {
        std::vector<Passage> out;
        std::map<std::pair<std::size_t, std::string>, docs::Reach> reaches;
        for (const FlowEdge &match : m_graph.edges) {
            if (match.kind != EdgeKind::MatchedBy)
                continue;
            const FlowNode &rule = m_graph.nodes[m_ids.at(match.to)];
            if (!rule.enabled)
                continue;
            const std::string type = m_graph.nodes[m_ids.at(match.from)].label;
            for (const Target &target : m_flow.rules[*rule.ruleIndex].targets) {
                const auto actor = m_actorIndex.find(target.name);
                if (target.kind != Target::Kind::Actor || actor == m_actorIndex.end())
                    continue;
                auto found = reaches.find({actor->second, type});
                if (found == reaches.end()) {
                    const auto &behaviours = m_flow.scenario.actors[actor->second].behaviours;
                    found =
                        reaches
                            .emplace(std::pair{actor->second, type}, docs::reach(behaviours, type))
                            .first;
                }
                for (const std::string &output : found->second.outputs)
                    out.push_back({match.from, rule.id, nodeId(NodeKind::Actor, target.name),
                                   nodeId(NodeKind::Type, output)});
            }
        }
        return out;
    }

    struct ActorFlow
    {
        docs::Reach reach;
        bool deadLetters = false;
    };

    std::string add(FlowNode node)
    {
        // Names are not always unique (two rules may share one): later ones get "#2", "#3"...
        const std::string base = node.id;
        for (int n = 2; m_ids.contains(node.id); ++n)
            node.id = base + "#" + std::to_string(n);
        m_ids[node.id] = m_graph.nodes.size();
        m_graph.nodes.push_back(std::move(node));
        return m_graph.nodes.back().id;
    }

    void connect(const std::string &from, const std::string &to, EdgeKind kind,
                 bool conditional = false)
    {
        auto &edges = m_graph.edges;
        const auto same = std::find_if(edges.begin(), edges.end(), [&](const FlowEdge &e) {
            return e.from == from && e.to == to && e.kind == kind;
        });
        if (same == edges.end())
            edges.push_back({from, to, kind, conditional});
        else
            same->conditional = same->conditional && conditional;
    }

    void addPublisher(const std::string &type, const std::string &source)
    {
        docs::addUnique(m_types, type);
        docs::addUnique(m_publishers[type], source);
    }

    void collectActors()
    {
        for (std::size_t i = 0; i < m_flow.scenario.actors.size(); ++i) {
            const sim::ActorSpec &actor = m_flow.scenario.actors[i];
            const json &written = m_project.actors[i];
            ActorFlow flow;
            flow.reach = docs::actorReach(actor, docs::actorInputs(actor.name, m_flow.rules));
            // Failures end in the dead-letter queue once the retries are spent.
            flow.deadLetters =
                actor.failureProbability > 0 || (written.is_object() && written.contains("retry"));
            m_actors.push_back(std::move(flow));
            m_actorIndex.emplace(actor.name, i);
        }
    }

    // Types published (by sources and actors), then the ones rules wait for, as first met.
    void collectTypes()
    {
        for (const sim::SourceSpec &source : m_flow.scenario.sources)
            addPublisher(source.type, source.source);
        for (std::size_t i = 0; i < m_actors.size(); ++i) {
            for (const auto &[type, source] : m_actors[i].reach.emits)
                addPublisher(type, source.empty() ? m_flow.scenario.actors[i].source : source);
        }
        for (const routing::Rule &rule : m_flow.rules) {
            for (const docs::RuleInput &input : docs::ruleInputs(rule)) {
                if (input.type)
                    docs::addUnique(m_types, *input.type);
            }
        }
    }

    void addSources()
    {
        const auto &sources = m_flow.scenario.sources;
        for (std::size_t i = 0; i < sources.size(); ++i) {
            const sim::SourceSpec &source = sources[i];
            std::string id =
                add(makeNode(nodeId(NodeKind::Source, source.name), NodeKind::Source, source.name,
                             source.rate->describe(), "/sources/" + std::to_string(i)));
            m_sourceEdges.emplace_back(std::move(id), nodeId(NodeKind::Type, source.type));
        }
    }

    // Whether @p rule takes events of @p type: for sure, maybe (a filter decides), or never.
    Truth matches(const routing::Rule &rule, const std::string &type,
                  const std::vector<docs::RuleInput> &named) const
    {
        const auto publishers = m_publishers.find(type);
        if (publishers == m_publishers.end()) {
            // Nothing publishes it, so no attribute but its type is known: only a rule that
            // names the type takes it (a source-prefix rule would otherwise match everything).
            const bool names = std::any_of(named.begin(), named.end(),
                                           [&](const auto &input) { return input.type == type; });
            return names ? routing::truthGiven(rule.condition, {{"type", type}}) : Truth::False;
        }
        Truth best = Truth::False;
        for (const std::string &source : publishers->second) {
            const Truth t =
                routing::truthGiven(rule.condition, {{"type", type}, {"source", source}});
            if (t == Truth::True)
                return t;
            if (t == Truth::Unknown)
                best = t;
        }
        return best;
    }

    void addRules()
    {
        for (const auto &[source, type] : m_sourceEdges)
            connect(source, type, EdgeKind::Publishes);
        for (std::size_t i = 0; i < m_flow.rules.size(); ++i) {
            const routing::Rule &rule = m_flow.rules[i];
            FlowNode node =
                makeNode(nodeId(NodeKind::Rule, rule.name), NodeKind::Rule, rule.name,
                         rule.description.empty() ? docs::describeCondition(rule.condition)
                                                  : rule.description,
                         rule.pointer);
            node.ruleIndex = i;
            node.enabled = rule.enabled;
            const std::string id = add(std::move(node));
            m_ruleIds.push_back(id);
            const auto named = docs::ruleInputs(rule);
            for (const std::string &type : m_types) {
                const Truth t = matches(rule, type, named);
                if (t != Truth::False)
                    connect(nodeId(NodeKind::Type, type), id, EdgeKind::MatchedBy,
                            t == Truth::Unknown);
            }
        }
    }

    void addActors()
    {
        const auto &actors = m_flow.scenario.actors;
        for (std::size_t i = 0; i < actors.size(); ++i) {
            const json &written = m_project.actors[i];
            std::string detail = textMember(written, "description");
            if (detail.empty())
                detail = docs::behaviourSummary(actors[i].behaviours);
            const std::string id =
                add(makeNode(nodeId(NodeKind::Actor, actors[i].name), NodeKind::Actor,
                             actors[i].name, std::move(detail), actors[i].pointer));
            for (const std::string &type : m_actors[i].reach.outputs)
                connect(id, nodeId(NodeKind::Type, type), EdgeKind::Emits);
        }
    }

    std::string targetNode(const Target &target)
    {
        static const std::map<Target::Kind, std::pair<NodeKind, const char *>> kinds = {
            {Target::Kind::Actor, {NodeKind::Actor, "an actor the project does not define"}},
            {Target::Kind::Sink, {NodeKind::Sink, "a sink: counted, not modelled"}},
            {Target::Kind::MqttTopic, {NodeKind::Topic, "an MQTT topic"}},
            {Target::Kind::Webhook, {NodeKind::Webhook, "a webhook"}},
            {Target::Kind::DeadLetter, {NodeKind::DeadLetter, "failed deliveries end here"}},
        };
        const auto &[kind, detail] = kinds.at(target.kind);
        const std::string id =
            kind == NodeKind::DeadLetter ? kDeadLetterId : nodeId(kind, target.name);
        if (!m_ids.contains(id)) {
            FlowNode node = makeNode(id, kind, target.name, detail);
            if (kind == NodeKind::DeadLetter)
                node.label = "dead-letter queue";
            node.missing = kind == NodeKind::Actor;
            add(std::move(node));
        }
        return id;
    }

    void addTargets()
    {
        for (std::size_t i = 0; i < m_flow.rules.size(); ++i) {
            for (const Target &target : m_flow.rules[i].targets)
                connect(m_ruleIds[i], targetNode(target), EdgeKind::RoutesTo);
        }
        const auto &actors = m_flow.scenario.actors;
        for (std::size_t i = 0; i < actors.size(); ++i) {
            if (m_actors[i].deadLetters)
                connect(nodeId(NodeKind::Actor, actors[i].name),
                        targetNode({Target::Kind::DeadLetter, {}}), EdgeKind::DeadLetters);
        }
    }

    const project::Project &m_project;
    const docs::ProjectFlow &m_flow;
    FlowGraph m_graph;
    std::map<std::string, std::size_t> m_ids;
    std::vector<ActorFlow> m_actors;
    std::map<std::string, std::size_t> m_actorIndex; // by name
    std::vector<std::string> m_types;
    std::map<std::string, std::vector<std::string>> m_publishers; // type -> source attributes
    std::vector<std::pair<std::string, std::string>> m_sourceEdges;
    std::vector<std::string> m_ruleIds;
};

} // namespace

std::optional<std::size_t> FlowGraph::indexOf(std::string_view id) const
{
    const auto found =
        std::find_if(nodes.begin(), nodes.end(), [&](const FlowNode &n) { return n.id == id; });
    if (found == nodes.end())
        return std::nullopt;
    return static_cast<std::size_t>(found - nodes.begin());
}

const FlowNode *FlowGraph::node(std::string_view id) const
{
    const auto index = indexOf(id);
    return index ? &nodes[*index] : nullptr;
}

std::string_view toString(NodeKind kind)
{
    static constexpr std::string_view names[] = {"source", "type", "rule",    "actor",
                                                 "sink",   "mqtt", "webhook", "dlq"};
    return names[static_cast<std::size_t>(kind)];
}

std::string_view toString(EdgeKind kind)
{
    static constexpr std::string_view names[] = {"publishes", "matched-by", "routes-to", "emits",
                                                 "dead-letters"};
    return names[static_cast<std::size_t>(kind)];
}

std::string_view toString(Severity severity)
{
    static constexpr std::string_view names[] = {"info", "warning", "error"};
    return names[static_cast<std::size_t>(severity)];
}

std::string nodeId(NodeKind kind, std::string_view name)
{
    return std::string(toString(kind)) + ":" + std::string(name);
}

Result<FlowGraph> buildFlowGraph(const project::Project &project)
{
    auto flow = docs::readProjectFlow(project);
    if (!flow)
        return flow.error();
    return Builder(project, *flow).build();
}

} // namespace causeway::flow
