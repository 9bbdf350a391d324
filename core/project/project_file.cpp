#include "common/json_text.h"
#include "project/project.h"
#include "schema/json_schema.h"
#include "schema/property_order.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <set>
#include <unistd.h>

namespace causeway::project {

extern const std::string_view kProjectSchemaText;

using nlohmann::json;

namespace {

const std::set<std::string, std::less<>> kKnownMembers = {
    "format",  "formatVersion", "name",       "description", "catalog", "rules",
    "sources", "actors",        "simulation", "connections", "layout"};

const schema::JsonSchema &compiledProjectSchema()
{
    static const std::shared_ptr<const schema::JsonSchema> compiled = [] {
        auto result = schema::JsonSchema::compile(projectSchema());
        // The schema ships with the program and is tested; failing here is a build defect.
        if (!result)
            std::abort();
        return std::move(*result);
    }();
    return *compiled;
}

Error withMore(Error error, std::size_t more)
{
    if (more > 0)
        error.message +=
            " (and " + std::to_string(more) + " more problem" + (more == 1 ? "" : "s") + ")";
    return error;
}

json section(const json &document, const char *name, json fallback)
{
    const auto it = document.find(name);
    return it == document.end() ? std::move(fallback) : *it;
}

// JSON Schema leaves the order of a payload's fields open, and a JSON object forgets it:
// read it again from the text, as the author wrote it.
void keepFieldOrder(std::string_view text, std::vector<catalog::Definition> &definitions)
{
    const auto document = nlohmann::ordered_json::parse(text, nullptr, false);
    if (document.is_discarded() || !document.is_object())
        return;
    const auto catalog = document.find("catalog");
    if (catalog == document.end() || !catalog->is_object() || !catalog->contains("definitions"))
        return;
    const nlohmann::ordered_json &written = (*catalog)["definitions"];
    for (std::size_t i = 0; written.is_array() && i < std::min(written.size(), definitions.size());
         ++i)
        if (written[i].is_object() && written[i].contains("payloadSchema"))
            definitions[i].propertyOrder = schema::readPropertyOrder(written[i]["payloadSchema"]);
}

} // namespace

const json &projectSchema()
{
    static const json schema = json::parse(kProjectSchemaText);
    return schema;
}

Result<LoadedProject> parseProject(std::string_view text, std::string_view fileName)
{
    auto parsed = json_text::parse(text, fileName);
    if (!parsed)
        return parsed.error();
    const json &document = *parsed;
    const auto issues = compiledProjectSchema().validate(document);
    if (!issues.empty()) {
        Error first = makeError(issues.front().message, issues.front().pointer);
        if (!document.is_object() || document.value("format", "") != "causeway-project")
            first.message = "not a Causeway project file: " + first.message;
        return withMore(json_text::located(first, text, fileName), issues.size() - 1);
    }
    LoadedProject loaded;
    Project &project = loaded.project;
    project.name = document["name"].get<std::string>();
    project.description = document.value("description", "");
    project.formatVersion = document["formatVersion"].get<int>();
    if (project.formatVersion > kFormatVersion)
        loaded.warnings.push_back("the file was written by a newer Causeway (format " +
                                  std::to_string(project.formatVersion) + ", this version reads " +
                                  std::to_string(kFormatVersion) +
                                  "); members it does not know are kept on save");
    const json catalog = section(document, "catalog", json::object());
    const json definitions = section(catalog, "definitions", json::array());
    for (std::size_t i = 0; i < definitions.size(); ++i) {
        auto definition = catalog::definitionFromJson(
            definitions[i], json_text::appendIndex("/catalog/definitions", i));
        if (!definition)
            return json_text::located(definition.error(), text, fileName);
        project.definitions.push_back(std::move(*definition));
    }
    keepFieldOrder(text, project.definitions);
    for (const auto &[name, value] : catalog.items()) {
        if (name != "definitions")
            project.unknownCatalogMembers[name] = value;
    }
    project.rules = section(document, "rules", json::array());
    project.sources = section(document, "sources", json::array());
    project.actors = section(document, "actors", json::array());
    project.simulation = section(document, "simulation", json::object());
    project.connections = section(document, "connections", json::array());
    project.layout = section(document, "layout", json::object());
    for (const auto &[name, value] : document.items()) {
        if (!kKnownMembers.count(name))
            project.unknownMembers[name] = value;
    }
    return loaded;
}

Result<LoadedProject> loadProject(const std::string &path)
{
    auto text = json_text::readFile(path);
    if (!text)
        return text.error();
    return parseProject(*text, path);
}

json projectToJson(const Project &project)
{
    json out = project.unknownMembers.is_object() ? project.unknownMembers : json::object();
    out["format"] = "causeway-project";
    // Keep a newer format number: the file still holds that format's members.
    out["formatVersion"] = std::max(project.formatVersion, kFormatVersion);
    out["name"] = project.name;
    if (!project.description.empty())
        out["description"] = project.description;
    json catalog =
        project.unknownCatalogMembers.is_object() ? project.unknownCatalogMembers : json::object();
    catalog["definitions"] = json::array();
    for (const auto &definition : project.definitions)
        catalog["definitions"].push_back(catalog::definitionToJson(definition));
    out["catalog"] = std::move(catalog);
    out["rules"] = project.rules;
    out["sources"] = project.sources;
    out["actors"] = project.actors;
    if (!project.simulation.empty())
        out["simulation"] = project.simulation;
    out["connections"] = project.connections;
    out["layout"] = project.layout;
    return out;
}

Status saveProject(const Project &project, const std::string &path)
{
    // Members by name, but each payload's fields, and its examples, as the author arranged them.
    nlohmann::ordered_json document = schema::toOrdered(projectToJson(project));
    nlohmann::ordered_json &definitions = document["catalog"]["definitions"];
    for (std::size_t i = 0; i < project.definitions.size(); ++i) {
        const catalog::Definition &definition = project.definitions[i];
        definitions[i]["payloadSchema"] =
            schema::orderedSchema(definition.payloadSchema, definition.propertyOrder);
        for (std::size_t k = 0; k < definition.examples.size(); ++k)
            definitions[i]["examples"][k] = schema::orderedInstance(
                definition.examples[k], definition.payloadSchema, definition.propertyOrder);
    }
    const std::string text = document.dump(2) + "\n";
    const std::filesystem::path target(path);
    const std::filesystem::path folder =
        target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    std::random_device random;
    const std::filesystem::path temporary =
        folder / ("." + target.filename().string() + ".tmp-" + std::to_string(random()));
    const auto fail = [&](const std::string &what) -> Status {
        const std::string reason = std::strerror(errno);
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        return Error{what + ": " + reason, {path, 0, 0, {}}};
    };
    std::FILE *file = std::fopen(temporary.c_str(), "wb");
    if (!file)
        return fail("cannot create a temporary file beside the project");
    const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size() &&
                         std::fflush(file) == 0 && ::fsync(fileno(file)) == 0;
    if (std::fclose(file) != 0 || !written)
        return fail("cannot write the project");
    if (std::rename(temporary.c_str(), target.c_str()) != 0)
        return fail("cannot replace the project file");
    return Ok{};
}

Result<catalog::DefinitionRegistry> buildRegistry(const Project &project)
{
    catalog::DefinitionRegistry registry;
    for (std::size_t i = 0; i < project.definitions.size(); ++i) {
        if (auto status = registry.insert(project.definitions[i]); !status)
            return makeError(status.error().message,
                             json_text::appendIndex("/catalog/definitions", i) + "/version");
    }
    return registry;
}

} // namespace causeway::project
