#include "docs/design_table.h"

#include "docs/project_flow.h"
#include "docs/text_lists.h"
#include "flow/flow_graph.h"
#include "project/project.h"

#include <cstdio>
#include <string_view>

namespace causeway::docs {

using nlohmann::json;

namespace {

// A row before its lists become text: inputs handled alike share one.
struct Draft
{
    std::vector<std::string> inputs;
    std::vector<std::string> actions;
    std::vector<std::string> rules; // the actions that are rules
    std::vector<std::string> outputs;
    std::vector<std::string> notes;
};

std::string percent(double probability)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g%%", probability * 100);
    return text;
}

// The note a person wrote on a source or actor; the simulation ignores it.
std::string ownNote(const json &written)
{
    if (!written.is_object())
        return {};
    const auto found = written.find("notes");
    return found != written.end() && found->is_string() ? found->get<std::string>() : std::string();
}

// The own note first: it says what the generated notes cannot.
std::string notesText(const std::string &note, const std::vector<std::string> &generated)
{
    std::vector<std::string> parts;
    if (!note.empty())
        parts.push_back(note);
    parts.insert(parts.end(), generated.begin(), generated.end());
    return joined(parts, "; ");
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
        for (const std::string &rule : draft.rules)
            addUnique(same->rules, rule);
    };
    const auto inputs = actorInputs(actor.name, rules);
    for (const ActorInput &input : inputs)
        addDraft(Draft{{input.label}, input.rules, input.rules, {}, input.notes},
                 reach(actor.behaviours, input.type));
    if (inputs.empty()) {
        // Nothing routes to it: say what it would do with anything.
        const std::string description = written.is_object() && written.contains("description") &&
                                                written["description"].is_string()
                                            ? written["description"].get<std::string>()
                                            : behaviourSummary(actor.behaviours);
        addDraft(Draft{{}, {description}, {}, {}, {}}, reach(actor.behaviours, std::nullopt));
    }
    drafts.front().notes.push_back("capacity " + std::to_string(actor.capacity));
    if (actor.failureProbability > 0)
        drafts.front().notes.push_back("fails " + percent(actor.failureProbability) +
                                       " of deliveries, up to " +
                                       std::to_string(actor.retry.maxAttempts) + " attempts");
    const std::string note = ownNote(written);
    const std::string node = flow::nodeId(flow::NodeKind::Actor, actor.name);
    for (Draft &draft : drafts)
        out.push_back(DesignRow{std::move(draft.inputs), actor.name, joined(draft.actions, "; "),
                                std::move(draft.outputs), notesText(note, draft.notes), node,
                                std::move(draft.rules), note});
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
    // Read as a run reads them, so that the table refuses what a run would.
    auto flow = readProjectFlow(project);
    if (!flow)
        return flow.error();
    const sim::Scenario &scenario = flow->scenario;
    std::vector<DesignRow> rows;
    for (std::size_t i = 0; i < scenario.sources.size(); ++i) {
        const sim::SourceSpec &source = scenario.sources[i];
        std::vector<std::string> generated{source.rate->describe()};
        if (source.limit)
            generated.push_back("at most " + std::to_string(*source.limit) + " events");
        const std::string note = ownNote(project.sources[i]);
        rows.push_back(DesignRow{{},
                                 source.name,
                                 "publishes",
                                 {source.type},
                                 notesText(note, generated),
                                 flow::nodeId(flow::NodeKind::Source, source.name),
                                 {},
                                 note});
    }
    for (std::size_t i = 0; i < scenario.actors.size(); ++i)
        addActorRows(scenario.actors[i], project.actors[i], flow->rules, rows);
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
