#include "catalog/event_validator.h"

#include "common/json_text.h"
#include "model/json_format.h"

#include <algorithm>
#include <numeric>

namespace causeway::catalog {

using nlohmann::json;

bool ValidationReport::valid() const
{
    return std::none_of(issues.begin(), issues.end(),
                        [](const Issue &issue) { return issue.severity == Severity::Error; });
}

namespace {

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

void add(ValidationReport &report, Severity severity, std::string pointer, std::string message,
         std::string code)
{
    report.issues.push_back({severity, std::move(pointer), std::move(message), std::move(code)});
}

// The payload of an event whose data came as JSON bytes, read as JSON.
std::optional<json> parseBinaryPayload(const model::CloudEvent &event, ValidationReport &report)
{
    if (const auto *binary = std::get_if<model::BinaryData>(&event.data)) {
        auto parsed = json_text::parse(binary->bytes);
        if (!parsed) {
            add(report, Severity::Error, "/data_base64",
                "payload of content type " + event.datacontenttype.value_or("application/json") +
                    " is not valid JSON: " + parsed.error().toString(),
                "payload.json");
            return std::nullopt;
        }
        return std::move(*parsed);
    }
    return std::nullopt;
}

void checkPayload(const model::CloudEvent &event, const RegisteredDefinition &entry,
                  ValidationReport &report)
{
    if (!entry.schema) {
        add(report, Severity::Error, "/type",
            "definition " + entry.definition.label() +
                " has a payload schema that does not compile: " + entry.schemaError->toString(),
            "definition.schema");
        return;
    }
    if (std::holds_alternative<model::TextData>(event.data) ||
        (!event.hasJsonContentType() && !std::holds_alternative<std::monostate>(event.data))) {
        add(report, Severity::Warning, "/datacontenttype",
            "payload of content type " + *event.datacontenttype +
                " is not JSON, so it was not checked against the schema",
            "payload.not-json");
        return;
    }
    if (std::holds_alternative<std::monostate>(event.data)) {
        if (!entry.schema->isValid(json(nullptr)))
            add(report, Severity::Error, "/data",
                "the event has no data, but " + entry.definition.label() + " defines a payload",
                "payload.missing");
        return;
    }
    // A JSON value is checked where it is; only bytes are parsed first.
    std::optional<json> parsed;
    const json *payload = event.jsonData();
    if (!payload && (parsed = parseBinaryPayload(event, report)))
        payload = &*parsed;
    if (!payload)
        return;
    const std::string base =
        std::holds_alternative<model::BinaryData>(event.data) ? "/data_base64" : "/data";
    for (const auto &issue : entry.schema->validate(*payload))
        add(report, Severity::Error, base + issue.pointer, issue.message, "payload.schema");
}

} // namespace

ValidationReport EventValidator::validate(const model::CloudEvent &event) const
{
    ValidationReport report;
    if (auto envelope = model::checkEnvelope(event); !envelope) {
        add(report, Severity::Error, envelope.error().where.pointer, envelope.error().message,
            "envelope");
        return report;
    }
    const std::string_view version = event.extensionText("dataversion");
    const RegisteredDefinition *entry = m_registry.find(event.type, version);
    if (!entry) {
        if (m_registry.find(event.type)) {
            add(report, Severity::Error, "/dataversion",
                "the catalog has no version " + std::string(version) + " of '" + event.type + "'",
                "definition.version");
        } else {
            std::string message = "no definition for type '" + event.type + "' in the catalog";
            if (const std::string suggestion = closestType(m_registry, event.type);
                !suggestion.empty())
                message += "; did you mean '" + suggestion + "'?";
            add(report, Severity::Error, "/type", message, "definition.unknown");
        }
        return report;
    }
    report.definition = entry;
    const Definition &def = entry->definition;
    if (def.deprecated)
        add(report, Severity::Warning, "/type",
            def.label() + " is deprecated" +
                (def.deprecationNote.empty() ? std::string() : ": " + def.deprecationNote),
            "definition.deprecated");
    if (!sourceAllowed(def, event.source)) {
        std::string allowed;
        for (const auto &pattern : def.allowedSources)
            allowed += (allowed.empty() ? "" : ", ") + pattern;
        add(report, Severity::Error, "/source",
            "source '" + event.source + "' may not emit " + def.type + " (allowed: " + allowed +
                ")",
            "source.not-allowed");
    }
    checkPayload(event, *entry, report);
    return report;
}

std::string closestType(const DefinitionRegistry &registry, std::string_view type)
{
    std::string best;
    std::size_t bestDistance = std::max<std::size_t>(3, type.size() / 4) + 1;
    for (const auto &candidate : registry.types()) {
        const std::size_t distance = editDistance(type, candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

} // namespace causeway::catalog
