#include "catalog/definition.h"

#include "common/glob.h"
#include "common/json_text.h"

#include <array>
#include <set>

namespace causeway::catalog {

using nlohmann::json;

namespace {

constexpr std::array kKindNames = {"event", "command", "query", "audit"};
constexpr std::array kCategoryNames = {"", "domain", "integration", "notification"};

const std::set<std::string, std::less<>> kKnownMembers = {
    "type",     "kind",           "category", "name",           "description",    "version",
    "owner",    "domain",         "tags",     "allowedSources", "schemaDraft",    "payloadSchema",
    "examples", "classification", "ui",       "deprecated",     "deprecationNote"};

// Reads optional members of a definition object, remembering the first type error.
class MemberReader
{
public:
    MemberReader(const json &object, const std::string &pointer)
        : m_object(object), m_pointer(pointer)
    {
    }

    const std::optional<Error> &error() const { return m_error; }

    std::string string(const char *name, bool required = false)
    {
        const json *value = find(name, required);
        if (!value)
            return {};
        if (!value->is_string())
            return fail(name, "must be a string"), std::string();
        return value->get<std::string>();
    }

    std::vector<std::string> strings(const char *name)
    {
        std::vector<std::string> out;
        const json *value = find(name, false);
        if (!value)
            return out;
        if (!value->is_array())
            return fail(name, "must be an array of strings"), out;
        for (const auto &item : *value) {
            if (!item.is_string())
                return fail(name, "must contain only strings"), out;
            out.push_back(item.get<std::string>());
        }
        return out;
    }

    const json *find(const char *name, bool required)
    {
        const auto it = m_object.find(name);
        if (it == m_object.end()) {
            if (required)
                fail(nullptr, std::string("missing required member '") + name + "'");
            return nullptr;
        }
        return &*it;
    }

    void fail(const char *name, const std::string &why)
    {
        if (m_error)
            return;
        const std::string where = name ? json_text::appendToken(m_pointer, name) : m_pointer;
        m_error = makeError(name ? std::string("'") + name + "' " + why : why, where);
    }

private:
    const json &m_object;
    std::string m_pointer;
    std::optional<Error> m_error;
};

} // namespace

std::string_view toString(MessageKind kind)
{
    return kKindNames[static_cast<std::size_t>(kind)];
}

std::string_view toString(EventCategory category)
{
    return kCategoryNames[static_cast<std::size_t>(category)];
}

std::optional<MessageKind> messageKindFromString(std::string_view text)
{
    for (std::size_t i = 0; i < kKindNames.size(); ++i) {
        if (text == kKindNames[i])
            return static_cast<MessageKind>(i);
    }
    return std::nullopt;
}

std::optional<EventCategory> eventCategoryFromString(std::string_view text)
{
    for (std::size_t i = 1; i < kCategoryNames.size(); ++i) {
        if (text == kCategoryNames[i])
            return static_cast<EventCategory>(i);
    }
    return std::nullopt;
}

Result<Definition> definitionFromJson(const json &object, const std::string &pointer)
{
    if (!object.is_object())
        return makeError("a definition must be a JSON object", pointer);
    MemberReader read(object, pointer);
    Definition def;
    def.type = read.string("type", true);
    if (!read.error() && def.type.empty())
        read.fail("type", "must not be empty");
    const std::string kind = read.string("kind", true);
    if (!read.error()) {
        if (auto parsed = messageKindFromString(kind))
            def.kind = *parsed;
        else
            read.fail("kind", "must be one of event, command, query, audit (got '" + kind + "')");
    }
    if (const std::string category = read.string("category"); !category.empty()) {
        if (auto parsed = eventCategoryFromString(category))
            def.category = *parsed;
        else
            read.fail("category", "must be one of domain, integration, notification");
    }
    def.name = read.string("name");
    def.description = read.string("description");
    const std::string version = read.string("version", true);
    if (!read.error()) {
        if (auto parsed = SemVer::parse(version))
            def.version = *parsed;
        else
            read.fail("version", "'" + version + "' is not a semantic version such as 1.0.0");
    }
    def.owner = read.string("owner");
    def.domain = read.string("domain");
    def.tags = read.strings("tags");
    def.allowedSources = read.strings("allowedSources");
    if (const json *draft = read.find("schemaDraft", false)) {
        if (*draft == 4)
            def.draft = schema::Draft::Draft4;
        else if (*draft != 7)
            read.fail("schemaDraft", "must be 4 or 7");
    } else if (const auto it = object.find("payloadSchema");
               it != object.end() && it->is_object() && it->contains("$schema") &&
               (*it)["$schema"].is_string()) {
        if (auto fromUri = schema::draftFromSchemaUri((*it)["$schema"].get<std::string>()))
            def.draft = *fromUri;
    }
    if (const json *schema = read.find("payloadSchema", true)) {
        if (!schema->is_object() && !schema->is_boolean())
            read.fail("payloadSchema", "must be a JSON Schema (an object or a boolean)");
        def.payloadSchema = *schema;
    }
    if (const json *examples = read.find("examples", false)) {
        if (!examples->is_array())
            read.fail("examples", "must be an array of example payloads");
        else
            def.examples.assign(examples->begin(), examples->end());
    }
    if (const json *classification = read.find("classification", false)) {
        if (!classification->is_object())
            read.fail("classification", "must map payload pointers to labels");
        for (const auto &[field, label] : classification->items()) {
            if (!label.is_string())
                read.fail("classification", "label of '" + field + "' must be a string");
            else
                def.classification[field] = label.get<std::string>();
        }
    }
    if (const json *ui = read.find("ui", false)) {
        if (!ui->is_object())
            read.fail("ui", "must be an object");
        def.ui = *ui;
    }
    if (const json *deprecated = read.find("deprecated", false)) {
        if (!deprecated->is_boolean())
            read.fail("deprecated", "must be true or false");
        else
            def.deprecated = deprecated->get<bool>();
    }
    def.deprecationNote = read.string("deprecationNote");
    if (read.error())
        return *read.error();
    for (const auto &[name, value] : object.items()) {
        if (!kKnownMembers.count(name))
            def.unknownMembers[name] = value;
    }
    return def;
}

json definitionToJson(const Definition &def)
{
    json out = def.unknownMembers.is_object() ? def.unknownMembers : json::object();
    out["type"] = def.type;
    out["kind"] = toString(def.kind);
    if (def.category != EventCategory::None)
        out["category"] = toString(def.category);
    if (!def.name.empty())
        out["name"] = def.name;
    if (!def.description.empty())
        out["description"] = def.description;
    out["version"] = def.version.toString();
    if (!def.owner.empty())
        out["owner"] = def.owner;
    if (!def.domain.empty())
        out["domain"] = def.domain;
    if (!def.tags.empty())
        out["tags"] = def.tags;
    if (!def.allowedSources.empty())
        out["allowedSources"] = def.allowedSources;
    if (def.draft == schema::Draft::Draft4)
        out["schemaDraft"] = 4;
    out["payloadSchema"] = def.payloadSchema;
    if (!def.examples.empty())
        out["examples"] = def.examples;
    if (!def.classification.empty())
        out["classification"] = def.classification;
    if (!def.ui.empty())
        out["ui"] = def.ui;
    if (def.deprecated)
        out["deprecated"] = true;
    if (!def.deprecationNote.empty())
        out["deprecationNote"] = def.deprecationNote;
    return out;
}

bool sourceAllowed(const Definition &definition, std::string_view source)
{
    if (definition.allowedSources.empty())
        return true;
    for (const auto &pattern : definition.allowedSources) {
        if (globMatch(pattern, source))
            return true;
    }
    return false;
}

json maskClassified(const Definition &definition, json payload)
{
    for (const auto &[field, label] : definition.classification) {
        try {
            const json::json_pointer pointer(field);
            if (payload.contains(pointer))
                payload[pointer] = "***";
        } catch (const json::exception &) {
            // A malformed pointer masks nothing; lint reports it.
        }
    }
    return payload;
}

} // namespace causeway::catalog
