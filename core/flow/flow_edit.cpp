#include "flow/flow_edit.h"

#include <algorithm>
#include <regex>
#include <set>

namespace causeway::flow {

namespace {

using nlohmann::json;

// The kinds written in the project as specs of their own, and their sections.
constexpr std::pair<NodeKind, const char *> kSpecSections[] = {
    {NodeKind::Source, "sources"}, {NodeKind::Rule, "rules"}, {NodeKind::Actor, "actors"}};

// The target member that names a node of @p kind in a rule ("actor", "sink"...), if any.
const char *targetKey(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Actor:
        return "actor";
    case NodeKind::Sink:
        return "sink";
    case NodeKind::Topic:
        return "mqtt";
    case NodeKind::Webhook:
        return "webhook";
    default:
        return nullptr;
    }
}

// "actor:credit-check" -> the kind and "credit-check"; nullopt for an unknown prefix.
std::optional<std::pair<NodeKind, std::string>> parseId(const std::string &id)
{
    const auto colon = id.find(':');
    if (colon == std::string::npos)
        return std::nullopt;
    for (const NodeKind kind :
         {NodeKind::Source, NodeKind::Type, NodeKind::Rule, NodeKind::Actor, NodeKind::Sink,
          NodeKind::Topic, NodeKind::Webhook, NodeKind::DeadLetter})
        if (id.compare(0, colon, toString(kind)) == 0)
            return std::pair{kind, id.substr(colon + 1)};
    return std::nullopt;
}

// The member of the project holding specs of @p kind, or nullptr for kinds without specs.
const char *sectionName(NodeKind kind)
{
    for (const auto &[specKind, member] : kSpecSections)
        if (specKind == kind)
            return member;
    return nullptr;
}

template <typename ProjectRef> auto *specSection(ProjectRef &project, NodeKind kind)
{
    decltype(&project.rules) sections[] = {&project.sources, &project.rules, &project.actors};
    for (std::size_t i = 0; i < std::size(kSpecSections); ++i)
        if (kSpecSections[i].first == kind)
            return sections[i];
    return static_cast<decltype(&project.rules)>(nullptr);
}

std::optional<std::size_t> indexNamed(const json &section, const std::string &name)
{
    for (std::size_t i = 0; section.is_array() && i < section.size(); ++i)
        if (section[i].is_object() && section[i].value("name", json()) == name)
            return i;
    return std::nullopt;
}

void forgetPosition(project::Project &project, const std::string &id)
{
    if (project.layout.is_object() && project.layout.value("nodes", json()).is_object())
        project.layout["nodes"].erase(id);
}

// Removes from every rule the targets naming @p name with @p key.
void dropTargets(project::Project &project, const char *key, const std::string &name)
{
    for (json &rule : project.rules) {
        if (!rule.is_object() || !rule.value("targets", json()).is_array())
            continue;
        json &targets = rule["targets"];
        targets.erase(std::remove_if(targets.begin(), targets.end(),
                                     [&](const json &target) {
                                         return target.is_object() && target.contains(key) &&
                                                target[key] == name;
                                     }),
                      targets.end());
    }
}

// Renames every rule target naming @p from with @p key to @p to.
void renameTargets(json &rules, const char *key, const std::string &from, const std::string &to)
{
    for (json &rule : rules)
        if (rule.is_object() && rule.value("targets", json()).is_array())
            for (json &target : rule["targets"])
                if (target.is_object() && target.contains(key) && target[key] == from)
                    target[key] = to;
}

// "base", else "base 2", "base 3"... whichever @p section does not have yet.
std::string freeName(const json &section, const std::string &base)
{
    if (!indexNamed(section, base))
        return base;
    for (int n = 2;; ++n)
        if (const std::string name = base + " " + std::to_string(n); !indexNamed(section, name))
            return name;
}

// "x copy" and "x copy 3" -> "x": a copy of a copy is numbered, not "x copy copy".
std::string originalName(const std::string &name)
{
    static const std::regex copied(R"((.*) copy( \d+)?)");
    std::smatch match;
    return std::regex_match(name, match, copied) ? match[1].str() : name;
}

// Who keeps publishing @p typeId: a source or actor that stays and has an edge into it.
std::optional<std::string> publisherOf(const FlowGraph &graph, const std::string &typeId,
                                       const std::set<std::string> &removed)
{
    for (const FlowEdge &edge : graph.edges)
        if (edge.to == typeId && !removed.contains(edge.from) &&
            (edge.kind == EdgeKind::Publishes || edge.kind == EdgeKind::Emits))
            return graph.node(edge.from)->label;
    return std::nullopt;
}

} // namespace

Result<project::Project> removeNodes(project::Project project, const std::vector<std::string> &ids)
{
    const auto graph = buildFlowGraph(project);
    if (!graph)
        return graph.error();
    const std::set<std::string> removed(ids.begin(), ids.end());
    for (const std::string &id : ids) {
        const auto parsed = parseId(id);
        if (!parsed || !graph->node(id))
            return makeError("the flow has no node '" + id + "'");
        const auto &[kind, name] = *parsed;
        if (kind == NodeKind::DeadLetter)
            return makeError("the dead-letter queue is part of every flow and cannot be removed");
        if (kind == NodeKind::Type) {
            if (const auto publisher = publisherOf(*graph, id, removed))
                return makeError("type " + name + " is still published by " + *publisher +
                                 ": remove or change that first");
            std::erase_if(project.definitions, [&name](const catalog::Definition &definition) {
                return definition.type == name;
            });
        }
        if (json *section = specSection(project, kind))
            if (const auto index = indexNamed(*section, name))
                section->erase(*index);
        if (const char *key = targetKey(kind))
            dropTargets(project, key, name);
        forgetPosition(project, id);
    }
    return project;
}

json copyNodes(const project::Project &project, const std::vector<std::string> &ids,
               const std::map<std::string, Point> &positions)
{
    json fragment = {{"causewayFlow", 1}, {"positions", json::object()}};
    for (const auto &[kind, member] : kSpecSections)
        fragment[member] = json::array();
    for (const std::string &id : ids) {
        const json spec = nodeSpec(project, id);
        if (spec.is_null())
            continue;
        fragment[sectionName(parseId(id)->first)].push_back(spec);
        if (const auto at = positions.find(id); at != positions.end())
            fragment["positions"][id] = {{"x", at->second.x}, {"y", at->second.y}};
    }
    return fragment;
}

Result<NodeEdit> pasteNodes(project::Project project, const json &fragment, Point offset)
{
    if (!fragment.is_object() || fragment.value("causewayFlow", 0) != 1)
        return makeError("this is not a piece of a Causeway flow (no \"causewayFlow\": 1)");
    const json positions = fragment.value("positions", json::object());
    NodeEdit edit;
    std::map<std::string, std::string> actorNames; // copied name -> name of the copy
    // Actors first, so that pasted rules can follow them to their copies.
    for (const auto &[kind, member] : {kSpecSections[2], kSpecSections[0], kSpecSections[1]}) {
        const json specs = fragment.value(member, json::array());
        if (!specs.is_array())
            return makeError("must be an array", std::string("/") + member);
        json &section = *specSection(project, kind);
        for (std::size_t i = 0; i < specs.size(); ++i) {
            json spec = specs[i];
            const std::string pointer = std::string("/") + member + "/" + std::to_string(i);
            if (!spec.is_object() || !spec.value("name", json()).is_string())
                return makeError("needs an object with a \"name\"", pointer);
            const std::string name = spec["name"];
            spec["name"] = freeName(section, originalName(name) + " copy");
            if (kind == NodeKind::Actor)
                actorNames[name] = spec["name"];
            if (kind == NodeKind::Rule && spec.value("targets", json()).is_array())
                for (json &target : spec["targets"])
                    if (target.is_object() && target.contains("actor") &&
                        target["actor"].is_string() && actorNames.contains(target["actor"]))
                        target["actor"] = actorNames[target["actor"]];
            const std::string copyId = nodeId(kind, spec["name"].get<std::string>());
            if (const json at = positions.value(nodeId(kind, name), json()); at.is_object())
                project.layout =
                    withNodePosition(std::move(project.layout), copyId,
                                     {at.value("x", 0.0) + offset.x, at.value("y", 0.0) + offset.y});
            section.push_back(std::move(spec));
            edit.ids.push_back(copyId);
        }
    }
    edit.project = std::move(project);
    return edit;
}

Result<NodeEdit> addNode(project::Project project, NodeKind kind, const std::string &type,
                         Point position)
{
    json *section = specSection(project, kind);
    if (!section)
        return makeError("only sources, rules and actors can be added to the flow");
    if (kind != NodeKind::Actor && type.empty())
        return makeError("a new " + std::string(toString(kind)) + " needs an event type");
    const std::string name = freeName(*section, std::string(toString(kind)));
    std::string uri = "/" + name; // "actor 2" sends from "/actor-2"
    std::replace(uri.begin(), uri.end(), ' ', '-');
    json spec = {{"name", name}};
    switch (kind) {
    case NodeKind::Source:
        spec.update({{"type", type}, {"source", uri}, {"rate", {{"constant", "1/s"}}}});
        break;
    case NodeKind::Rule:
        spec.update({{"match", {{"type", type}}}, {"targets", json::array()}});
        break;
    default:
        spec.update({{"source", uri},
                     {"capacity", 1},
                     {"processing", "100ms"},
                     {"behaviours", json::array()}});
        break;
    }
    section->push_back(std::move(spec));
    const std::string id = nodeId(kind, name);
    project.layout = withNodePosition(std::move(project.layout), id, position);
    return NodeEdit{std::move(project), {id}};
}

Result<NodeEdit> replaceNodeSpec(project::Project project, const std::string &id, json spec)
{
    const auto parsed = parseId(id);
    json *section = parsed ? specSection(project, parsed->first) : nullptr;
    const auto index = section ? indexNamed(*section, parsed->second) : std::nullopt;
    if (!index)
        return makeError("the project has no source, rule or actor '" + id + "'");
    const std::string pointer =
        "/" + std::string(sectionName(parsed->first)) + "/" + std::to_string(*index);
    if (!spec.is_object() || !spec.value("name", json()).is_string() ||
        spec["name"].get<std::string>().empty())
        return makeError("needs an object with a non-empty \"name\"", pointer);
    const std::string name = spec["name"];
    const std::string newId = nodeId(parsed->first, name);
    if (name != parsed->second) {
        if (indexNamed(*section, name))
            return makeError("the name '" + name + "' is taken", pointer + "/name");
        if (parsed->first == NodeKind::Actor)
            renameTargets(project.rules, "actor", parsed->second, name);
        if (project.layout.is_object() && project.layout.value("nodes", json()).is_object() &&
            project.layout["nodes"].contains(id)) {
            project.layout["nodes"][newId] = project.layout["nodes"][id];
            project.layout["nodes"].erase(id);
        }
    }
    (*section)[*index] = std::move(spec);
    return NodeEdit{std::move(project), {newId}};
}

json nodeSpec(const project::Project &project, const std::string &id)
{
    const auto parsed = parseId(id);
    const json *section = parsed ? specSection(project, parsed->first) : nullptr;
    const auto index = section ? indexNamed(*section, parsed->second) : std::nullopt;
    return index ? (*section)[*index] : json();
}

} // namespace causeway::flow
