#include "docs/project_flow.h"

#include "docs/condition_text.h"
#include "docs/text_lists.h"
#include "project/project.h"
#include "routing/condition_truth.h"

#include <algorithm>
#include <iterator>
#include <variant>

namespace causeway::docs {

using nlohmann::json;
using routing::Condition;
using routing::Operator;
using routing::Truth;

namespace {

// ---- Behaviours ----

void merge(Reach &into, const Reach &from)
{
    for (const std::string &output : from.outputs)
        addUnique(into.outputs, output);
    for (const auto &emit : from.emits) {
        if (std::find(into.emits.begin(), into.emits.end(), emit) == into.emits.end())
            into.emits.push_back(emit);
    }
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

Truth whenTypeIs(const Condition &c, const Trigger &trigger)
{
    return trigger ? routing::truthGiven(c, {{"type", *trigger}}) : Truth::Unknown;
}

void walk(const sim::Behaviours &steps, const Trigger &trigger, Reach &reach);

void walkStep(const sim::EmitStep &step, const Trigger &, Reach &reach)
{
    addUnique(reach.outputs, step.type);
    const std::pair<std::string, std::string> emit{step.type, step.source};
    if (std::find(reach.emits.begin(), reach.emits.end(), emit) == reach.emits.end())
        reach.emits.push_back(emit);
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
        collectFields(*branch.when, trigger.has_value(), fields);
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
                               describeCondition(step.filter) + "; on timeout " +
                               emitsText(timeout));
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

// ---- Inputs ----

void addInput(std::vector<ActorInput> &inputs, const RuleInput &input, const routing::Rule &rule)
{
    auto found = std::find_if(inputs.begin(), inputs.end(),
                              [&](const ActorInput &known) { return known.label == input.label; });
    if (found == inputs.end())
        found = inputs.insert(inputs.end(), ActorInput{input.label, input.type, {}, {}});
    addUnique(found->rules, rule.name);
    if (!input.only.empty())
        addUnique(found->notes, "only when " + input.only);
}

bool routesTo(const routing::Rule &rule, const std::string &actor)
{
    return std::any_of(rule.targets.begin(), rule.targets.end(), [&](const routing::Target &t) {
        return t.kind == routing::Target::Kind::Actor && t.name == actor;
    });
}

} // namespace

Reach reach(const sim::Behaviours &steps, const Trigger &trigger)
{
    Reach out;
    walk(steps, trigger, out);
    return out;
}

std::string behaviourSummary(const sim::Behaviours &steps)
{
    static constexpr const char *kVerbs[] = {"emits", "decides", "joins",
                                             "waits", "repeats", "remembers"};
    static_assert(std::variant_size_v<decltype(sim::Behaviour::step)> == std::size(kVerbs));
    std::vector<std::string> verbs;
    for (const sim::Behaviour &behaviour : steps)
        addUnique(verbs, kVerbs[behaviour.step.index()]);
    return verbs.empty() ? std::string("does nothing") : joined(verbs, ", ");
}

std::vector<RuleInput> ruleInputs(const routing::Rule &rule)
{
    const Condition &c = rule.condition;
    std::vector<RuleInput> inputs;
    if (const auto types = routing::plainTypes(c)) {
        for (const std::string &type : *types)
            inputs.push_back({type, type, {}});
        return inputs;
    }
    if (c.kind == Condition::Kind::All) {
        // {"type": T, "$.data.amount": {"gt": 5}}: T, only when the rest holds.
        std::optional<std::vector<std::string>> types;
        std::vector<std::string> rest;
        for (const Condition &child : c.children) {
            auto plain =
                types ? std::optional<std::vector<std::string>>() : routing::plainTypes(child);
            if (plain)
                types = std::move(plain);
            else
                rest.push_back(describeCondition(child, true));
        }
        if (types) {
            for (const std::string &type : *types)
                inputs.push_back({type, type, joined(rest, " and ")});
            return inputs;
        }
    }
    if (routing::isTypeTest(c) && c.op == Operator::Prefix)
        inputs.push_back({c.value.get<std::string>() + "*", std::nullopt, {}});
    else
        inputs.push_back({describeCondition(c), std::nullopt, {}});
    return inputs;
}

std::vector<ActorInput> actorInputs(const std::string &actor,
                                    const std::vector<routing::Rule> &rules)
{
    std::vector<ActorInput> inputs;
    for (const routing::Rule &rule : rules) {
        if (!rule.enabled || !routesTo(rule, actor))
            continue;
        for (const RuleInput &input : ruleInputs(rule))
            addInput(inputs, input, rule);
    }
    return inputs;
}

Reach actorReach(const sim::ActorSpec &actor, const std::vector<ActorInput> &inputs)
{
    if (inputs.empty())
        return reach(actor.behaviours, std::nullopt);
    Reach out;
    for (const ActorInput &input : inputs)
        merge(out, reach(actor.behaviours, input.type));
    return out;
}

Result<ProjectFlow> readProjectFlow(const project::Project &project)
{
    auto registry = project::buildRegistry(project);
    if (!registry)
        return registry.error();
    auto rules = routing::parseRules(project.rules);
    if (!rules)
        return rules.error();
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
    return ProjectFlow{std::move(*rules), std::move(*scenario)};
}

} // namespace causeway::docs
