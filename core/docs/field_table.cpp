#include "docs/field_table.h"

#include "common/json_text.h"

#include <set>

namespace causeway::docs {

using nlohmann::json;

namespace {

class Flattener
{
public:
    Flattener(const json &root, const schema::PropertyOrder &order) : m_root(root), m_order(order)
    {
    }

    // @p at is where @p schema is in the root (for the field order), @p pointer where its
    // value is in a payload.
    void walk(const json &schema, std::string at, const std::string &path,
              const std::string &pointer, bool required, std::vector<FieldRow> &rows, int depth)
    {
        const json &node = resolve(schema, at);
        if (!node.is_object() || depth > 12)
            return;
        if (!path.empty())
            rows.push_back(row(node, path, pointer, required));
        if (const auto props = node.find("properties"); props != node.end() && props->is_object()) {
            std::set<std::string> requiredNames;
            if (const auto req = node.find("required"); req != node.end() && req->is_array()) {
                for (const auto &name : *req) {
                    if (name.is_string())
                        requiredNames.insert(name.get<std::string>());
                }
            }
            for (const std::string &name : schema::orderedPropertyNames(m_root, at, m_order)) {
                walk((*props)[name], json_text::appendToken(at + "/properties", name),
                     path.empty() ? name : path + "." + name, pointer + "/" + name,
                     requiredNames.count(name) > 0, rows, depth + 1);
            }
        }
        if (const auto items = node.find("items"); items != node.end() && items->is_object()) {
            std::string itemAt = at + "/items";
            const json &item = resolve(*items, itemAt);
            if (item.contains("properties"))
                walk(item, itemAt, path + "[]", pointer + "/-", false, rows, depth + 1);
        }
    }

private:
    // Follows a local $ref; @p at becomes where it leads.
    const json &resolve(const json &schema, std::string &at) const
    {
        if (!schema.is_object())
            return schema;
        const auto ref = schema.find("$ref");
        if (ref == schema.end() || !ref->is_string())
            return schema;
        const std::string target = ref->get<std::string>();
        if (target.rfind("#/", 0) != 0)
            return schema;
        try {
            const json::json_pointer pointer(target.substr(1));
            if (m_root.contains(pointer)) {
                at = target.substr(1);
                return m_root.at(pointer);
            }
        } catch (const json::exception &) {
        }
        return schema;
    }

    static std::string typeOf(const json &node)
    {
        std::string type;
        if (const auto t = node.find("type"); t != node.end()) {
            if (t->is_string()) {
                type = t->get<std::string>();
            } else if (t->is_array()) {
                for (const auto &part : *t)
                    type += (type.empty() ? "" : " | ") + part.get<std::string>();
            }
        } else if (node.contains("enum")) {
            type = "enum";
        } else if (node.contains("const")) {
            type = "const";
        } else if (node.contains("oneOf") || node.contains("anyOf")) {
            type = "one of several";
        }
        if (type == "array") {
            if (const auto items = node.find("items"); items != node.end() && items->is_object())
                type = "array of " + typeOf(*items);
        }
        if (const auto format = node.find("format"); format != node.end() && format->is_string())
            type += " (" + format->get<std::string>() + ")";
        return type.empty() ? std::string("any") : type;
    }

    static std::string number(const json &value) { return value.dump(); }

    static std::string constraintsOf(const json &node)
    {
        std::vector<std::string> parts;
        const auto has = [&](const char *key) { return node.contains(key); };
        if (has("minimum") && has("maximum"))
            parts.push_back(number(node["minimum"]) + " ≤ x ≤ " + number(node["maximum"]));
        else if (has("minimum"))
            parts.push_back("x ≥ " + number(node["minimum"]));
        else if (has("maximum"))
            parts.push_back("x ≤ " + number(node["maximum"]));
        if (has("exclusiveMinimum") && node["exclusiveMinimum"].is_number())
            parts.push_back("x > " + number(node["exclusiveMinimum"]));
        if (has("exclusiveMaximum") && node["exclusiveMaximum"].is_number())
            parts.push_back("x < " + number(node["exclusiveMaximum"]));
        if (has("minLength") || has("maxLength"))
            parts.push_back("length " + (has("minLength") ? number(node["minLength"]) : "0") +
                            ".." + (has("maxLength") ? number(node["maxLength"]) : "∞"));
        if (has("minItems") || has("maxItems"))
            parts.push_back("items " + (has("minItems") ? number(node["minItems"]) : "0") + ".." +
                            (has("maxItems") ? number(node["maxItems"]) : "∞"));
        if (has("pattern") && node["pattern"].is_string())
            parts.push_back("pattern `" + node["pattern"].get<std::string>() + "`");
        if (has("enum") && node["enum"].is_array()) {
            std::string values;
            for (const auto &value : node["enum"])
                values += (values.empty() ? "" : ", ") + value.dump();
            parts.push_back("one of " + values);
        }
        if (has("const"))
            parts.push_back("always " + node["const"].dump());
        std::string joined;
        for (const auto &part : parts)
            joined += (joined.empty() ? "" : "; ") + part;
        return joined;
    }

    static FieldRow row(const json &node, const std::string &path, const std::string &pointer,
                        bool required)
    {
        FieldRow out;
        out.path = path;
        out.pointer = pointer;
        out.type = typeOf(node);
        out.required = required;
        out.constraints = constraintsOf(node);
        if (const auto d = node.find("description"); d != node.end() && d->is_string())
            out.description = d->get<std::string>();
        return out;
    }

    const json &m_root;
    const schema::PropertyOrder &m_order;
};

} // namespace

std::vector<FieldRow> fieldRows(const json &schema, const schema::PropertyOrder &order)
{
    std::vector<FieldRow> rows;
    Flattener(schema, order).walk(schema, {}, {}, {}, false, rows, 0);
    return rows;
}

std::vector<std::string> payloadFieldPaths(const nlohmann::json &schema)
{
    // The fields as the documentation lists them ("items[].sku"), written as JSONPath.
    std::vector<std::string> paths;
    for (const FieldRow &row : fieldRows(schema)) {
        if (row.path.ends_with("[]"))
            continue; // an array's items as such: their fields follow
        std::string path = "$.data.";
        for (std::size_t i = 0; i < row.path.size(); ++i) {
            path += row.path[i];
            if (row.path.compare(i, 2, "[]") == 0)
                path += '*';
        }
        paths.push_back(std::move(path));
    }
    return paths;
}

} // namespace causeway::docs
