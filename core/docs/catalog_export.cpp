#include "docs/catalog_export.h"

#include "docs/field_table.h"
#include "schema/compatibility.h"
#include "schema/property_order.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>

namespace causeway::docs {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string cell(std::string text)
{
    std::string out;
    for (const char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n')
            out += ' ';
        else
            out += c;
    }
    return out;
}

std::string joinCode(const std::vector<std::string> &items)
{
    std::string out;
    for (const auto &item : items)
        out += (out.empty() ? "`" : ", `") + item + "`";
    return out;
}

std::string compatibilitySummary(const catalog::Definition &older, const catalog::Definition &newer)
{
    const auto report = schema::compareSchemas(older.payloadSchema, newer.payloadSchema);
    std::string verdict = report.full()       ? "fully compatible"
                          : report.backward() ? "backward compatible"
                          : report.forward()  ? "forward compatible"
                                              : "breaking";
    std::string reasons;
    for (const auto &finding : report.findings)
        reasons += (reasons.empty() ? "" : "; ") + finding.reason;
    return reasons.empty() ? verdict : verdict + " (" + reasons + ")";
}

Status writeFile(const fs::path &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out)
        return Error{std::string("cannot write file: ") + std::strerror(errno),
                     {path.string(), 0, 0, {}}};
    return Ok{};
}

std::map<std::string, std::vector<const catalog::Definition *>>
byType(const project::Project &project)
{
    std::map<std::string, std::vector<const catalog::Definition *>> types;
    for (const auto &definition : project.definitions)
        types[definition.type].push_back(&definition);
    for (auto &[type, versions] : types) {
        std::sort(versions.begin(), versions.end(),
                  [](const auto *a, const auto *b) { return a->version < b->version; });
    }
    return types;
}

std::string markdownIndex(const project::Project &project)
{
    std::string out = "# " + project.name + " — event catalog\n\n";
    if (!project.description.empty())
        out += project.description + "\n\n";
    out += "| Type | Kind | Name | Version | Owner | Domain |\n|---|---|---|---|---|---|\n";
    for (const auto &[type, versions] : byType(project)) {
        const catalog::Definition &latest = *versions.back();
        out += "| [`" + type + "`](" + type + ".md) | " + std::string(toString(latest.kind)) +
               " | " + cell(latest.name) + (latest.deprecated ? " *(deprecated)*" : "") + " | " +
               latest.version.toString() + " | " + cell(latest.owner) + " | " +
               cell(latest.domain) + " |\n";
    }
    return out;
}

} // namespace

std::string markdownPage(const std::vector<const catalog::Definition *> &versions)
{
    const catalog::Definition &latest = *versions.back();
    std::string out = "# " + (latest.name.empty() ? latest.type : latest.name) + "\n\n";
    out += "`" + latest.type + "` · " + std::string(toString(latest.kind));
    if (latest.category != catalog::EventCategory::None)
        out += " (" + std::string(toString(latest.category)) + ")";
    out += " · version " + latest.version.toString();
    if (!latest.owner.empty())
        out += " · owner " + latest.owner;
    if (!latest.domain.empty())
        out += " · domain " + latest.domain;
    out += "\n\n";
    if (latest.deprecated)
        out += "> **Deprecated.** " + latest.deprecationNote + "\n\n";
    if (!latest.description.empty())
        out += latest.description + "\n\n";
    if (!latest.allowedSources.empty())
        out += "**Allowed sources:** " + joinCode(latest.allowedSources) + "\n\n";
    if (!latest.tags.empty())
        out += "**Tags:** " + joinCode(latest.tags) + "\n\n";

    // A classification column only where fields are classified: the page is often read in a
    // narrow pane, and an empty column squeezes the others into broken words.
    const bool classified = !latest.classification.empty();
    out += classified ? "## Payload\n\n| Field | Type | Required | Constraints | Classification | "
                        "Description |\n|---|---|---|---|---|---|\n"
                      : "## Payload\n\n| Field | Type | Required | Constraints | Description |\n"
                        "|---|---|---|---|---|\n";
    for (const auto &row : fieldRows(latest.payloadSchema, latest.propertyOrder)) {
        out += "| `" + row.path + "` | " + cell(row.type) + " | " + (row.required ? "yes" : "") +
               " | " + cell(row.constraints) + " | ";
        if (classified) {
            const auto label = latest.classification.find(row.pointer);
            out += (label != latest.classification.end() ? label->second : "") + " | ";
        }
        out += cell(row.description) + " |\n";
    }
    out += "\n### JSON Schema\n\n```json\n" +
           schema::orderedSchema(latest.payloadSchema, latest.propertyOrder).dump(2) + "\n```\n";
    if (!latest.examples.empty()) {
        out += "\n## Examples\n";
        for (std::size_t i = 0; i < latest.examples.size(); ++i) {
            out += "\n" +
                   std::string(latest.examples.size() > 1
                                   ? "Example " + std::to_string(i + 1) + ":\n\n"
                                   : "") +
                   "```json\n" +
                   schema::orderedInstance(maskClassified(latest, latest.examples[i]),
                                           latest.payloadSchema, latest.propertyOrder)
                       .dump(2) +
                   "\n```\n";
        }
    }
    out += "\n## Version history\n\n| Version | Compared with the previous version |\n|---|---|\n";
    for (std::size_t i = 0; i < versions.size(); ++i) {
        out += "| " + versions[i]->version.toString() + " | " +
               (i == 0 ? std::string("first version")
                       : cell(compatibilitySummary(*versions[i - 1], *versions[i]))) +
               " |\n";
    }
    return out;
}

json exportedSchema(const catalog::Definition &definition)
{
    json out = definition.payloadSchema.is_object() ? definition.payloadSchema : json::object();
    if (!out.contains("$schema"))
        out["$schema"] = definition.draft == schema::Draft::Draft4
                             ? "http://json-schema.org/draft-04/schema#"
                             : "http://json-schema.org/draft-07/schema#";
    const std::string idKey = definition.draft == schema::Draft::Draft4 ? "id" : "$id";
    if (!out.contains(idKey))
        out[idKey] = "urn:causeway:schema:" + definition.type + ":" + definition.version.toString();
    if (!out.contains("title") && !definition.name.empty())
        out["title"] = definition.name;
    if (!out.contains("description") && !definition.description.empty())
        out["description"] = definition.description;
    if (!definition.examples.empty()) {
        out["examples"] = json::array();
        for (const auto &example : definition.examples)
            out["examples"].push_back(maskClassified(definition, example));
    }
    json meta = {{"type", definition.type},
                 {"kind", toString(definition.kind)},
                 {"version", definition.version.toString()}};
    if (!definition.owner.empty())
        meta["owner"] = definition.owner;
    if (!definition.domain.empty())
        meta["domain"] = definition.domain;
    if (!definition.classification.empty())
        meta["classification"] = definition.classification;
    out["x-causeway"] = std::move(meta);
    return out;
}

Result<std::vector<std::string>> exportCatalog(const project::Project &project, ExportFormat format,
                                               const std::string &folder)
{
    std::error_code error;
    fs::create_directories(folder, error);
    if (error)
        return Error{"cannot create the output folder: " + error.message(), {folder, 0, 0, {}}};
    std::vector<std::string> written;
    const auto write = [&](const std::string &name, const std::string &text) -> Status {
        const fs::path path = fs::path(folder) / name;
        if (auto status = writeFile(path, text); !status)
            return status;
        written.push_back(path.string());
        return Ok{};
    };
    const auto types = byType(project);
    if (format == ExportFormat::Markdown) {
        if (auto status = write("index.md", markdownIndex(project)); !status)
            return status.error();
        for (const auto &[type, versions] : types) {
            if (auto status = write(type + ".md", markdownPage(versions)); !status)
                return status.error();
        }
        return written;
    }
    for (const auto &[type, versions] : types) {
        for (const auto *definition : versions) {
            const std::string name = type + "-" + definition->version.toString() + ".schema.json";
            if (auto status = write(name, exportedSchema(*definition).dump(2) + "\n"); !status)
                return status.error();
        }
    }
    return written;
}

} // namespace causeway::docs
