// From a JSON Schema document to the generator's flat node list: "$ref" resolved inside the
// document, allOf merged into one schema, anyOf/oneOf merged with their siblings per branch.
#include "sim/gen_schema_node.h"
#include "sim/gen_strings.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

namespace causeway::sim::gen {
namespace {

using nlohmann::json;

std::string escapePointerToken(const std::string &token)
{
    std::string out;
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

json typeList(const json &type)
{
    return type.is_array() ? type : json::array({type});
}

class Compiler
{
public:
    Compiler(const json &document, std::string base) : m_document(document), m_base(std::move(base))
    {
        m_draft = schema::Draft::Draft7;
        if (document.is_object() && document.contains("$schema") && document["$schema"].is_string())
            m_draft = schema::draftFromSchemaUri(document["$schema"].get<std::string>())
                          .value_or(schema::Draft::Draft7);
    }

    Result<int> compile(const json &schema, const std::string &pointer)
    {
        const int index = static_cast<int>(m_nodes.size());
        m_nodes.emplace_back();
        m_nodes[index].pointer = m_base + pointer;
        if (auto status = fill(index, schema, pointer); !status)
            return status.error();
        return index;
    }

    std::vector<SchemaNode> takeNodes() { return std::move(m_nodes); }

private:
    Error error(const std::string &message, const std::string &pointer) const
    {
        return makeError(message, m_base + pointer);
    }

    // The schema a local "$ref" names, or an error for remote or dangling references.
    Result<std::pair<const json *, std::string>> resolve(const json &ref, const std::string &at)
    {
        if (!ref.is_string())
            return error("\"$ref\" must be a string", at);
        const auto text = ref.get<std::string>();
        if (text.empty() || text[0] != '#')
            return error(
                "\"$ref\" " + text +
                    " is not local; the payload generator resolves only \"#/...\" references",
                at);
        try {
            const json::json_pointer target(text.substr(1));
            if (!m_document.contains(target))
                return error("\"$ref\" " + text + " names nothing in this schema", at);
            return std::make_pair(&m_document.at(target), text.substr(1));
        } catch (const json::exception &) {
            return error("\"$ref\" " + text + " is not a valid JSON pointer", at);
        }
    }

    // Follows "$ref" chains so that allOf can merge what the references name.
    Result<json> dereference(json schema, const std::string &at)
    {
        for (int hops = 0; schema.is_object() && schema.contains("$ref"); ++hops) {
            if (hops > 32)
                return error("\"$ref\" chain loops", at);
            auto target = resolve(schema["$ref"], at);
            if (!target)
                return target.error();
            schema = *target->first;
        }
        return schema;
    }

    Result<json> mergeAllOf(json schema, const std::string &at)
    {
        const json branches = schema["allOf"];
        schema.erase("allOf");
        if (!branches.is_array())
            return error("\"allOf\" must be an array", at + "/allOf");
        for (std::size_t i = 0; i < branches.size(); ++i) {
            const auto where = at + "/allOf/" + std::to_string(i);
            auto branch = dereference(branches[i], where);
            if (!branch)
                return branch.error();
            if (branch->is_boolean()) {
                if (!branch->get<bool>())
                    schema = false;
                continue;
            }
            if (branch->is_object() && branch->contains("allOf")) {
                branch = mergeAllOf(*branch, where);
                if (!branch)
                    return branch.error();
            }
            if (!schema.is_object())
                return schema;
            mergeInto(schema, *branch);
        }
        return schema;
    }

    static void mergeInto(json &a, const json &b)
    {
        static const std::set<std::string> larger = {"minimum", "minLength", "minItems",
                                                     "minProperties"};
        static const std::set<std::string> smaller = {"maximum", "maxLength", "maxItems",
                                                      "maxProperties"};
        const bool aClosed = a.value("additionalProperties", json(true)) == json(false);
        const bool bClosed = b.value("additionalProperties", json(true)) == json(false);
        const json aProperties = a.value("properties", json::object());
        for (const auto &[key, value] : b.items()) {
            if (!a.contains(key)) {
                a[key] = value;
            } else if (key == "properties" && value.is_object()) {
                for (const auto &[name, sub] : value.items())
                    a[key][name] =
                        a[key].contains(name) ? json{{"allOf", {a[key][name], sub}}} : sub;
            } else if (key == "required" && value.is_array()) {
                for (const auto &name : value) {
                    if (std::find(a[key].begin(), a[key].end(), name) == a[key].end())
                        a[key].push_back(name);
                }
            } else if (larger.count(key) && value.is_number()) {
                a[key] = std::max(a[key].get<double>(), value.get<double>());
            } else if (smaller.count(key) && value.is_number()) {
                a[key] = std::min(a[key].get<double>(), value.get<double>());
            } else if (key == "type") {
                json both = json::array();
                for (const auto &t : typeList(a[key])) {
                    for (const auto &u : typeList(value)) {
                        if (t == u || (t == "number" && u == "integer"))
                            both.push_back(u);
                        else if (t == "integer" && u == "number")
                            both.push_back(t);
                    }
                }
                a[key] = both;
            } else if (key == "enum" && value.is_array()) {
                json both = json::array();
                for (const auto &v : a[key]) {
                    if (std::find(value.begin(), value.end(), v) != value.end())
                        both.push_back(v);
                }
                a[key] = both;
            } else if ((key == "anyOf" || key == "oneOf") && value.is_array()) {
                // {oneOf: A} and {oneOf: B}: each branch of A must also satisfy oneOf B.
                for (auto &branch : a[key])
                    branch = json{{"allOf", {branch, {{key, value}}}}};
            } else if ((key == "items" || key == "additionalProperties") && value.is_object() &&
                       a[key].is_object()) {
                a[key] = json{{"allOf", {a[key], value}}};
            } else if (key == "additionalProperties" && value == json(false)) {
                a[key] = false;
            } else if (key == "not") {
                a[key] = json{{"anyOf", {a[key], value}}};
            } // anything else: the first schema's value stands (two patterns: documented limit)
        }
        // A closed branch allows only its own properties, whatever the other branch lists.
        if (bClosed && a.contains("properties")) {
            const json bProperties = b.value("properties", json::object());
            for (auto it = a["properties"].begin(); it != a["properties"].end();) {
                if (!bProperties.contains(it.key()))
                    it = a["properties"].erase(it);
                else
                    ++it;
            }
        } else if (aClosed && a.contains("properties")) {
            for (auto it = a["properties"].begin(); it != a["properties"].end();) {
                if (!aProperties.contains(it.key()))
                    it = a["properties"].erase(it);
                else
                    ++it;
            }
        }
    }

    // A validator for @p sub with the document's definitions, so that its "$ref"s resolve.
    std::shared_ptr<const schema::JsonSchema> checker(const json &sub) const
    {
        json wrapper = {{"allOf", json::array({sub})}};
        for (const char *defs : {"definitions", "$defs"}) {
            if (m_document.is_object() && m_document.contains(defs))
                wrapper[defs] = m_document[defs];
        }
        auto compiled = schema::JsonSchema::compile(wrapper, m_draft);
        return compiled ? *compiled : nullptr;
    }

    Status fill(int index, const json &schema, const std::string &at);
    Status fillKeywords(int index, const json &schema, const std::string &at);

    const json &m_document;
    std::string m_base;
    schema::Draft m_draft;
    std::vector<SchemaNode> m_nodes;
    std::map<std::string, int> m_byReference; // target pointer -> node, for recursive schemas
};

Status Compiler::fill(int index, const json &schema, const std::string &at)
{
    if (schema.is_boolean()) {
        m_nodes[index].impossible = !schema.get<bool>();
        return Ok{};
    }
    if (!schema.is_object())
        return error("a schema must be an object or a boolean", at);
    if (schema.contains("$ref")) { // draft 4 and 7 ignore the siblings of "$ref"
        auto target = resolve(schema["$ref"], at + "/$ref");
        if (!target)
            return target.error();
        const auto found = m_byReference.find(target->second);
        if (found != m_byReference.end()) {
            m_nodes[index].alias = found->second;
            return Ok{};
        }
        const json targetSchema = *target->first; // copy: m_nodes may grow while compiling
        // Registered before it is filled, so that a reference back to it becomes a cycle.
        const int aliasIndex = static_cast<int>(m_nodes.size());
        m_nodes.emplace_back();
        m_nodes[aliasIndex].pointer = m_base + target->second;
        m_byReference[target->second] = aliasIndex;
        m_nodes[index].alias = aliasIndex;
        return fill(aliasIndex, targetSchema, target->second);
    }
    if (schema.contains("allOf")) {
        auto merged = mergeAllOf(schema, at);
        if (!merged)
            return merged.error();
        return fill(index, *merged, at);
    }
    for (const char *keyword : {"oneOf", "anyOf"}) {
        if (!schema.contains(keyword))
            continue;
        const json &branches = schema[keyword];
        if (!branches.is_array() || branches.empty())
            return error(std::string("\"") + keyword + "\" must be a non-empty array",
                         at + "/" + keyword);
        json base = schema;
        base.erase(keyword);
        const bool exclusive = std::string(keyword) == "oneOf";
        for (std::size_t i = 0; i < branches.size(); ++i) {
            const auto where = at + "/" + keyword + "/" + std::to_string(i);
            auto branch = dereference(branches[i], where);
            if (!branch)
                return branch.error();
            json merged = base;
            if (branch->is_object())
                mergeInto(merged, *branch);
            else if (*branch == json(false))
                merged = false;
            auto child = compile(merged, where);
            if (!child)
                return child.error();
            if (exclusive) {
                for (std::size_t j = 0; j < branches.size(); ++j) {
                    if (j != i) {
                        if (auto check = checker(branches[j]))
                            m_nodes[*child].mustNotMatch.push_back(check);
                    }
                }
            }
            m_nodes[index].branches.push_back(*child);
        }
        return Ok{};
    }
    return fillKeywords(index, schema, at);
}

Status Compiler::fillKeywords(int index, const json &schema, const std::string &at)
{
    static const std::map<std::string, JsonType> typeNames = {
        {"null", JsonType::Null},       {"boolean", JsonType::Boolean},
        {"integer", JsonType::Integer}, {"number", JsonType::Number},
        {"string", JsonType::String},   {"array", JsonType::Array},
        {"object", JsonType::Object}};
    SchemaNode node;
    node.pointer = m_nodes[index].pointer;
    if (schema.contains("type")) {
        for (const auto &t : typeList(schema["type"])) {
            const auto found =
                t.is_string() ? typeNames.find(t.get<std::string>()) : typeNames.end();
            if (found == typeNames.end())
                return error("unknown type " + t.dump(), at + "/type");
            node.types.push_back(found->second);
        }
        if (node.types.empty())
            node.impossible = true; // e.g. allOf of "string" and "integer"
    }
    if (schema.contains("const"))
        node.constValue = schema["const"];
    if (schema.contains("enum")) {
        if (!schema["enum"].is_array() || schema["enum"].empty())
            return error("\"enum\" must be a non-empty array", at + "/enum");
        node.enumValues = schema["enum"].get<std::vector<json>>();
    }
    auto number = [&](const char *key) -> std::optional<double> {
        return schema.contains(key) && schema[key].is_number()
                   ? std::optional(schema[key].get<double>())
                   : std::nullopt;
    };
    auto count = [&](const char *key) -> std::optional<std::size_t> {
        const auto value = number(key);
        return value && *value >= 0 ? std::optional(static_cast<std::size_t>(*value))
                                    : std::nullopt;
    };
    node.minimum = number("minimum");
    node.maximum = number("maximum");
    // Draft 4: boolean flags on minimum/maximum; draft 6+: numbers of their own.
    if (schema.contains("exclusiveMinimum")) {
        if (schema["exclusiveMinimum"].is_boolean()) {
            node.exclusiveMinimum = schema["exclusiveMinimum"].get<bool>();
        } else if (const auto bound = number("exclusiveMinimum");
                   bound && (!node.minimum || *bound >= *node.minimum)) {
            node.minimum = bound;
            node.exclusiveMinimum = true;
        }
    }
    if (schema.contains("exclusiveMaximum")) {
        if (schema["exclusiveMaximum"].is_boolean()) {
            node.exclusiveMaximum = schema["exclusiveMaximum"].get<bool>();
        } else if (const auto bound = number("exclusiveMaximum");
                   bound && (!node.maximum || *bound <= *node.maximum)) {
            node.maximum = bound;
            node.exclusiveMaximum = true;
        }
    }
    node.multipleOf = number("multipleOf");
    if (node.multipleOf && *node.multipleOf <= 0)
        return error("\"multipleOf\" must be above zero", at + "/multipleOf");
    node.minLength = count("minLength").value_or(0);
    node.maxLength = count("maxLength");
    if (schema.contains("format") && schema["format"].is_string())
        node.format = schema["format"].get<std::string>();
    if (schema.contains("pattern")) {
        if (!schema["pattern"].is_string())
            return error("\"pattern\" must be a string", at + "/pattern");
        const auto text = schema["pattern"].get<std::string>();
        auto generator = PatternGenerator::compile(text);
        if (!generator)
            return error("pattern " + text + ": " + generator.error().message, at + "/pattern");
        node.pattern = std::move(*generator);
        try {
            node.patternCheck = std::make_shared<const Pattern>(text);
        } catch (const std::regex_error &) {
            return error("pattern " + text + " is not a valid regular expression", at + "/pattern");
        }
    }
    node.minItems = count("minItems").value_or(0);
    node.maxItems = count("maxItems");
    node.uniqueItems = schema.value("uniqueItems", json(false)) == json(true);
    node.minProperties = count("minProperties").value_or(0);
    node.maxProperties = count("maxProperties");
    if (const auto required = schema.find("required");
        required != schema.end() && required->is_array()) {
        for (const auto &name : *required) {
            if (name.is_string())
                node.required.push_back(name.get<std::string>());
        }
    }
    m_nodes[index] = std::move(node); // children below may grow m_nodes: index, not reference

    if (schema.contains("items")) {
        const json &items = schema["items"];
        if (items.is_array()) {
            for (std::size_t i = 0; i < items.size(); ++i) {
                auto child = compile(items[i], at + "/items/" + std::to_string(i));
                if (!child)
                    return child.error();
                m_nodes[index].tupleItems.push_back(*child);
            }
            if (schema.contains("additionalItems")) {
                auto child = compile(schema["additionalItems"], at + "/additionalItems");
                if (!child)
                    return child.error();
                m_nodes[index].items = *child;
                m_nodes[index].moreItemsAllowed = !m_nodes[*child].impossible;
            }
        } else {
            auto child = compile(items, at + "/items");
            if (!child)
                return child.error();
            m_nodes[index].items = *child;
        }
    }
    if (schema.contains("properties") && schema["properties"].is_object()) {
        for (const auto &[name, sub] : schema["properties"].items()) {
            auto child = compile(sub, at + "/properties/" + escapePointerToken(name));
            if (!child)
                return child.error();
            m_nodes[index].properties.push_back({PropertyName(name), *child});
        }
    }
    if (schema.contains("additionalProperties")) {
        const json &extra = schema["additionalProperties"];
        if (extra == json(false)) {
            m_nodes[index].additionalProperties = false;
        } else if (extra.is_object()) {
            auto child = compile(extra, at + "/additionalProperties");
            if (!child)
                return child.error();
            m_nodes[index].additionalSchema = *child;
        }
    }
    if (schema.contains("not")) {
        if (auto check = checker(schema["not"]))
            m_nodes[index].mustNotMatch.push_back(check);
    }
    // Constraints the generator does not build: generate, then check and retry.
    for (const char *keyword :
         {"if", "dependencies", "patternProperties", "propertyNames", "contains"}) {
        if (schema.contains(keyword)) {
            json copy = schema;
            copy.erase("not");
            if (auto check = checker(copy))
                m_nodes[index].mustMatch.push_back(check);
            break;
        }
    }
    return Ok{};
}

} // namespace

Result<std::shared_ptr<const CompiledSchema>> compileSchema(const nlohmann::json &schema,
                                                            const std::string &pointer)
{
    Compiler compiler(schema, pointer);
    auto root = compiler.compile(schema, {});
    if (!root)
        return root.error();
    auto compiled = std::make_shared<CompiledSchema>();
    compiled->nodes = compiler.takeNodes();
    compiled->root = *root;
    // Sorted once here rather than for every payload.
    for (SchemaNode &node : compiled->nodes) {
        std::stable_sort(node.properties.begin(), node.properties.end(),
                         [](const auto &a, const auto &b) {
                             return propertyOrder(a.name.text) < propertyOrder(b.name.text);
                         });
        // Null only now and then when something else is allowed: a payload full of nulls says
        // little.
        for (const JsonType type : node.types)
            node.typeWeights.push_back(type == JsonType::Null && node.types.size() > 1 ? 0.1 : 1.0);
        for (auto &property : node.properties)
            property.required = std::find(node.required.begin(), node.required.end(),
                                          property.name.text) != node.required.end();
        for (const std::string &name : node.required)
            if (std::none_of(node.properties.begin(), node.properties.end(),
                             [&](const auto &p) { return p.name.text == name; }))
                node.requiredUndescribed.push_back(name);
        node.byName.resize(node.properties.size());
        std::iota(node.byName.begin(), node.byName.end(), std::size_t{0});
        std::sort(node.byName.begin(), node.byName.end(), [&](std::size_t a, std::size_t b) {
            return node.properties[a].name.text < node.properties[b].name.text;
        });
        node.languageProperties = static_cast<std::size_t>(
            std::count_if(node.properties.begin(), node.properties.end(),
                          [](const auto &p) { return propertyOrder(p.name.text) == 0; }));
    }
    return std::shared_ptr<const CompiledSchema>(std::move(compiled));
}

} // namespace causeway::sim::gen
