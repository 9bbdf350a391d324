#include "docs/design_table.h"

#include "project/project.h"
#include "routing/rule.h"
#include "sim/scenario.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <optional>
#include <string_view>
#include <variant>

namespace causeway::docs {

using nlohmann::json;
using routing::Condition;
using routing::Operator;

namespace {

// The type of the event an actor is working on, when it is known.
using Trigger = std::optional<std::string>;

// Lists keep the order things are first met and name each once.
void addUnique(std::vector<std::string> &list, const std::string &item)
{
    if (std::find(list.begin(), list.end(), item) == list.end())
        list.push_back(item);
}

std::string joined(const std::vector<std::string> &parts, std::string_view separator)
{
    std::string out;
    for (const std::string &part : parts) {
        if (!out.empty())
            out += separator;
        out += part;
    }
    return out;
}

// ---- Conditions, as far as a table can say what they let through ----

std::string valueText(const json &value)
{
    if (value.is_string())
        return value.get<std::string>();
    if (!value.is_array())
        return value.dump();
    std::vector<std::string> items;
    for (const json &item : value)
        items.push_back(valueText(item));
    return "[" + joined(items, ", ") + "]";
}

std::string describe(const Condition &c, bool nested = false)
{
    switch (c.kind) {
    case Condition::Kind::Field:
        if (c.op == Operator::Exists)
            return c.field + (c.value == json(false) ? " is absent" : " exists");
        return c.field + " " +
               (c.op == Operator::Equals ? std::string("=") : std::string(toString(c.op))) + " " +
               valueText(c.value);
    case Condition::Kind::Not:
        return "not (" + describe(c.children.front()) + ")";
    case Condition::Kind::Sql:
        return c.sql ? c.sql->text() : std::string("a SQL filter");
    case Condition::Kind::All:
    case Condition::Kind::Any:
        break;
    }
    std::vector<std::string> parts;
    for (const Condition &child : c.children)
        parts.push_back(describe(child, true));
    const std::string text = joined(parts, c.kind == Condition::Kind::All ? " and " : " or ");
    return nested && parts.size() > 1 ? "(" + text + ")" : text;
}

bool isTypeTest(const Condition &c)
{
    return c.kind == Condition::Kind::Field && c.attribute == "type" && c.path.empty();
}

// The exact types a condition lets through, when it is nothing but type tests.
std::optional<std::vector<std::string>> plainTypes(const Condition &c)
{
    if (isTypeTest(c)) {
        const bool list = c.op == Operator::In && c.value.is_array();
        if (!(c.op == Operator::Equals && c.value.is_string()) && !list)
            return std::nullopt;
        std::vector<std::string> types;
        for (const json &value : list ? c.value : json::array({c.value})) {
            if (!value.is_string())
                return std::nullopt;
            addUnique(types, value.get<std::string>());
        }
        return types;
    }
    if (c.kind == Condition::Kind::All && c.children.size() == 1)
        return plainTypes(c.children.front());
    if (c.kind != Condition::Kind::Any)
        return std::nullopt;
    std::vector<std::string> types;
    for (const Condition &child : c.children) {
        const auto more = plainTypes(child);
        if (!more)
            return std::nullopt;
        for (const std::string &type : *more)
            addUnique(types, type);
    }
    return types;
}

enum class Truth { False, True, Unknown };

Truth truth(bool value)
{
    return value ? Truth::True : Truth::False;
}

bool oneOf(const json &value, const json &actual)
{
    return value.is_array() ? std::find(value.begin(), value.end(), actual) != value.end()
                            : value == actual;
}

// Whether @p c holds for an event of type @p trigger, when the type alone decides it.
Truth whenTypeIs(const Condition &c, const Trigger &trigger)
{
    switch (c.kind) {
    case Condition::Kind::Field: {
        if (!trigger || !isTypeTest(c))
            return Truth::Unknown;
        const json actual(*trigger);
        const std::string wanted = c.value.is_string() ? c.value.get<std::string>() : "";
        switch (c.op) {
        case Operator::Equals:
            return truth(c.value == actual);
        case Operator::NotEquals:
            return truth(c.value != actual);
        case Operator::In:
            return truth(oneOf(c.value, actual));
        case Operator::AnythingBut:
            return truth(!oneOf(c.value, actual));
        case Operator::Prefix:
            return truth(trigger->starts_with(wanted));
        case Operator::Suffix:
            return truth(trigger->ends_with(wanted));
        default:
            return Truth::Unknown;
        }
    }
    case Condition::Kind::Not: {
        const Truth inner = whenTypeIs(c.children.front(), trigger);
        return inner == Truth::Unknown ? inner : truth(inner == Truth::False);
    }
    case Condition::Kind::All:
    case Condition::Kind::Any: {
        // All fails on the first false child, Any passes on the first true one.
        const Truth decisive = c.kind == Condition::Kind::All ? Truth::False : Truth::True;
        bool unknown = false;
        for (const Condition &child : c.children) {
            const Truth t = whenTypeIs(child, trigger);
            if (t == decisive)
                return decisive;
            unknown = unknown || t == Truth::Unknown;
        }
        return unknown ? Truth::Unknown : truth(decisive == Truth::False);
    }
    case Condition::Kind::Sql:
        break;
    }
    return Truth::Unknown;
}

// The fields a condition tests, leaving out type tests the trigger already decided.
void collectFields(const Condition &c, const Trigger &trigger, std::vector<std::string> &fields)
{
    if (c.kind == Condition::Kind::Sql)
        addUnique(fields, "a SQL filter");
    else if (c.kind == Condition::Kind::Field && !(trigger && isTypeTest(c)))
        addUnique(fields, c.field);
    for (const Condition &child : c.children)
        collectFields(child, trigger, fields);
}

// ---- Behaviours: what an actor can emit, and what is worth knowing on the way ----

struct Reach
{
    std::vector<std::string> outputs;
    std::vector<std::string> notes;
    bool remembers = false;
};

void merge(Reach &into, const Reach &from)
{
    for (const std::string &output : from.outputs)
        addUnique(into.outputs, output);
    for (const std::string &note : from.notes)
        addUnique(into.notes, note);
    into.remembers = into.remembers || from.remembers;
}

std::string emitsText(const Reach &reach)
{
    return reach.outputs.empty() ? "emits nothing" : "emits " + joined(reach.outputs, ", ");
}

std::string spacing(const sim::Distribution &every)
{
    const std::string mean = sim::formatDuration(every.mean());
    return every.kind() == sim::Distribution::Kind::Fixed ? mean : mean + " on average";
}

void walk(const sim::Behaviours &steps, const Trigger &trigger, Reach &reach);

void walkStep(const sim::EmitStep &step, const Trigger &, Reach &reach)
{
    addUnique(reach.outputs, step.type);
}

void walkStep(const sim::RememberStep &, const Trigger &, Reach &reach)
{
    reach.remembers = true;
}

void walkStep(const sim::DecideStep &step, const Trigger &trigger, Reach &reach)
{
    if (step.byWeight) {
        addUnique(reach.notes, "decides by weight");
        for (const auto &branch : step.branches) {
            if (branch.weight > 0)
                walk(*branch.then, trigger, reach);
        }
        return;
    }
    // Branches the trigger's type rules out are skipped; the first it settles ends the list.
    std::vector<const sim::DecideStep::Branch *> taken;
    std::vector<std::string> fields;
    for (const auto &branch : step.branches) {
        const Truth holds = branch.when ? whenTypeIs(*branch.when, trigger) : Truth::True;
        if (holds == Truth::False)
            continue;
        taken.push_back(&branch);
        if (holds == Truth::True)
            break;
        collectFields(*branch.when, trigger, fields);
    }
    if (!fields.empty())
        addUnique(reach.notes, "decides on " + joined(fields, ", "));
    for (const auto *branch : taken)
        walk(*branch->then, trigger, reach);
}

void walkStep(const sim::JoinStep &step, const Trigger &trigger, Reach &reach)
{
    std::vector<std::string> aliases;
    bool waitsForTrigger = !trigger;
    for (const auto &[alias, type] : step.parts) {
        aliases.push_back(alias);
        waitsForTrigger = waitsForTrigger || type == *trigger;
    }
    if (!waitsForTrigger)
        return; // a join ignores events of other types
    // What runs after a join reads the event that completed it, whose type is not known here.
    Reach timeout;
    walk(*step.timeout, std::nullopt, timeout);
    addUnique(reach.notes, "joins " + joined(aliases, ", ") + " within " +
                               sim::formatDuration(step.within) + "; on timeout " +
                               emitsText(timeout));
    walk(*step.then, std::nullopt, reach);
    merge(reach, timeout);
}

void walkStep(const sim::WaitStep &step, const Trigger &trigger, Reach &reach)
{
    Reach timeout;
    walk(*step.timeout, trigger, timeout);
    addUnique(reach.notes, "waits up to " + sim::formatDuration(step.within) + " for " +
                               describe(step.filter) + "; on timeout " + emitsText(timeout));
    walk(*step.then, trigger, reach);
    merge(reach, timeout);
}

void walkStep(const sim::RepeatStep &step, const Trigger &trigger, Reach &reach)
{
    addUnique(reach.notes, step.times == 1 ? "after " + spacing(step.every)
                                           : "repeats " + std::to_string(step.times) +
                                                 " times every " + spacing(step.every));
    walk(*step.body, trigger, reach);
}

void walk(const sim::Behaviours &steps, const Trigger &trigger, Reach &reach)
{
    for (const sim::Behaviour &behaviour : steps)
        std::visit([&](const auto &step) { walkStep(step, trigger, reach); }, behaviour.step);
}

// "emits, decides" for an actor that has no description.
std::string summary(const sim::Behaviours &steps)
{
    static constexpr const char *kVerbs[] = {"emits", "decides", "joins",
                                             "waits", "repeats", "remembers"};
    static_assert(std::variant_size_v<decltype(sim::Behaviour::step)> == std::size(kVerbs));
    std::vector<std::string> verbs;
    for (const sim::Behaviour &behaviour : steps)
        addUnique(verbs, kVerbs[behaviour.step.index()]);
    return verbs.empty() ? std::string("does nothing") : joined(verbs, ", ");
}

// ---- Rows ----

// A row before its lists become text: inputs handled alike share one.
struct Draft
{
    std::vector<std::string> inputs;
    std::vector<std::string> actions;
    std::vector<std::string> outputs;
    std::vector<std::string> notes;
};

// An input of an actor: an event type, or the condition of a rule that names none.
struct Input
{
    std::string label;
    Trigger type;
    std::vector<std::string> rules;
    std::vector<std::string> notes;
};

void addInput(std::vector<Input> &inputs, const std::string &label, const Trigger &type,
              const routing::Rule &rule, const std::string &only)
{
    auto found = std::find_if(inputs.begin(), inputs.end(),
                              [&](const Input &input) { return input.label == label; });
    if (found == inputs.end())
        found = inputs.insert(inputs.end(), Input{label, type, {}, {}});
    addUnique(found->rules, rule.name);
    if (!only.empty())
        addUnique(found->notes, "only when " + only);
}

std::vector<Input> inputsOf(const std::string &actor, const std::vector<routing::Rule> &rules)
{
    std::vector<Input> inputs;
    for (const routing::Rule &rule : rules) {
        const bool routesHere =
            rule.enabled && std::any_of(rule.targets.begin(), rule.targets.end(), [&](auto &t) {
                return t.kind == routing::Target::Kind::Actor && t.name == actor;
            });
        if (!routesHere)
            continue;
        const Condition &c = rule.condition;
        if (const auto types = plainTypes(c)) {
            for (const std::string &type : *types)
                addInput(inputs, type, type, rule, {});
            continue;
        }
        if (c.kind == Condition::Kind::All) {
            // {"type": T, "$.data.amount": {"gt": 5}}: T, only when the rest holds.
            std::optional<std::vector<std::string>> types;
            std::vector<std::string> rest;
            for (const Condition &child : c.children) {
                auto plain = types ? std::optional<std::vector<std::string>>() : plainTypes(child);
                if (plain)
                    types = std::move(plain);
                else
                    rest.push_back(describe(child, true));
            }
            if (types) {
                for (const std::string &type : *types)
                    addInput(inputs, type, type, rule, joined(rest, " and "));
                continue;
            }
        }
        if (isTypeTest(c) && c.op == Operator::Prefix)
            addInput(inputs, c.value.get<std::string>() + "*", std::nullopt, rule, {});
        else
            addInput(inputs, describe(c), std::nullopt, rule, {});
    }
    return inputs;
}

std::string percent(double probability)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g%%", probability * 100);
    return text;
}

void addActorRows(const sim::ActorSpec &actor, const json &written,
                  const std::vector<routing::Rule> &rules, std::vector<DesignRow> &out)
{
    std::vector<Draft> drafts;
    const auto addDraft = [&](Draft draft, const Reach &reach) {
        draft.outputs = reach.outputs;
        for (const std::string &note : reach.notes)
            addUnique(draft.notes, note);
        if (reach.outputs.empty())
            draft.notes.push_back(reach.remembers ? "only updates its state" : "emits nothing");
        // The parts of a join, for one, lead to the same place: one row says so.
        const auto same = std::find_if(drafts.begin(), drafts.end(), [&](const Draft &d) {
            return d.outputs == draft.outputs && d.notes == draft.notes;
        });
        if (same == drafts.end()) {
            drafts.push_back(std::move(draft));
            return;
        }
        for (const std::string &input : draft.inputs)
            addUnique(same->inputs, input);
        for (const std::string &action : draft.actions)
            addUnique(same->actions, action);
    };
    const auto inputs = inputsOf(actor.name, rules);
    for (const Input &input : inputs) {
        Reach reach;
        walk(actor.behaviours, input.type, reach);
        addDraft(Draft{{input.label}, input.rules, {}, input.notes}, reach);
    }
    if (inputs.empty()) {
        // Nothing routes to it: say what it would do with anything.
        Reach reach;
        walk(actor.behaviours, std::nullopt, reach);
        const std::string description = written.is_object() && written.contains("description") &&
                                                written["description"].is_string()
                                            ? written["description"].get<std::string>()
                                            : summary(actor.behaviours);
        addDraft(Draft{{}, {description}, {}, {}}, reach);
    }
    drafts.front().notes.push_back("capacity " + std::to_string(actor.capacity));
    if (actor.failureProbability > 0)
        drafts.front().notes.push_back("fails " + percent(actor.failureProbability) +
                                       " of deliveries, up to " +
                                       std::to_string(actor.retry.maxAttempts) + " attempts");
    for (Draft &draft : drafts)
        out.push_back(DesignRow{std::move(draft.inputs), actor.name, joined(draft.actions, "; "),
                                std::move(draft.outputs), joined(draft.notes, "; ")});
}

// ---- Text ----

// Backslash escapes keep cells intact and their text literal (a type pattern's "*" is no
// emphasis); a line break inside a cell would end the row, so it becomes <br>.
std::string markdownCell(const std::string &text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            out += "<br>";
        } else if (c == '<') {
            out += "&lt;";
        } else {
            if (std::string_view("\\|*_`").find(c) != std::string_view::npos)
                out += '\\';
            out += c;
        }
    }
    return out;
}

std::string markdownList(const std::vector<std::string> &events)
{
    std::vector<std::string> cells;
    for (const std::string &event : events)
        cells.push_back(markdownCell(event));
    return joined(cells, "<br>");
}

std::string csvCell(const std::string &text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (const char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

} // namespace

Result<std::vector<DesignRow>> designTable(const project::Project &project)
{
    auto registry = project::buildRegistry(project);
    if (!registry)
        return registry.error();
    auto rules = routing::parseRules(project.rules);
    if (!rules)
        return rules.error();
    // Read sources and actors as a run does, so that the table refuses what a run would. Payload
    // files are left out: they sit next to the project file, and a table needs none.
    project::Project sections;
    sections.sources = project.sources;
    for (json &source : sections.sources) {
        if (source.is_object())
            source.erase("payload");
    }
    sections.actors = project.actors;
    auto scenario = sim::parseScenario(sections, *registry);
    if (!scenario)
        return scenario.error();

    std::vector<DesignRow> rows;
    for (const sim::SourceSpec &source : scenario->sources) {
        std::string notes = source.rate->describe();
        if (source.limit)
            notes += "; at most " + std::to_string(*source.limit) + " events";
        rows.push_back(DesignRow{{}, source.name, "publishes", {source.type}, notes});
    }
    for (std::size_t i = 0; i < scenario->actors.size(); ++i)
        addActorRows(scenario->actors[i], project.actors[i], *rules, rows);
    return rows;
}

std::string designTableMarkdown(const std::vector<DesignRow> &rows)
{
    std::string out = "| Input events | Service | Action | Output events | Notes |\n"
                      "|---|---|---|---|---|\n";
    for (const DesignRow &row : rows) {
        out += "| " + markdownList(row.inputEvents) + " | " + markdownCell(row.service) + " | " +
               markdownCell(row.action) + " | " + markdownList(row.outputEvents) + " | " +
               markdownCell(row.notes) + " |\n";
    }
    return out;
}

std::string designTableCsv(const std::vector<DesignRow> &rows)
{
    std::string out = "Input events,Service,Action,Output events,Notes\r\n";
    for (const DesignRow &row : rows) {
        out += csvCell(joined(row.inputEvents, "; ")) + "," + csvCell(row.service) + "," +
               csvCell(row.action) + "," + csvCell(joined(row.outputEvents, "; ")) + "," +
               csvCell(row.notes) + "\r\n";
    }
    return out;
}

} // namespace causeway::docs
