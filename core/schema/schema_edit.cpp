#include "schema/schema_edit.h"

#include <algorithm>

namespace causeway::schema {

using nlohmann::json;

namespace {

// The pointer of the object schema that holds the field at @p pointer ("/.../properties/x").
std::string parentOf(const std::string &pointer)
{
    const auto name = pointer.rfind('/');
    const auto properties = name == std::string::npos ? name : pointer.rfind('/', name - 1);
    return properties == std::string::npos ? std::string() : pointer.substr(0, properties);
}

std::string escapeToken(const std::string &name)
{
    std::string token;
    for (const char c : name) {
        if (c == '~')
            token += "~0";
        else if (c == '/')
            token += "~1";
        else
            token += c;
    }
    return token;
}

bool isFieldPointer(const std::string &pointer)
{
    const auto name = pointer.rfind('/');
    return name != std::string::npos && name >= 11 &&
           pointer.compare(name - 11, 11, "/properties") == 0;
}

// The schema at @p pointer, or an error when there is none.
Result<json *> schemaAt(json &schema, const std::string &pointer)
{
    try {
        json::json_pointer where(pointer);
        if (!schema.contains(where))
            return makeError("the schema has nothing at " + (pointer.empty() ? "/" : pointer),
                             pointer);
        json &found = schema.at(where);
        if (!found.is_object())
            return makeError("the schema at " + pointer + " is not an object", pointer);
        return &found;
    } catch (const json::exception &error) {
        return makeError(std::string("not a JSON pointer: ") + error.what(), pointer);
    }
}

Result<json *> fieldAt(json &schema, const std::string &pointer)
{
    if (!isFieldPointer(pointer))
        return makeError("'" + pointer + "' does not point at a field (…/properties/NAME)",
                         pointer);
    return schemaAt(schema, pointer);
}

std::string nameOf(const std::string &pointer)
{
    return json::json_pointer(pointer).back();
}

void collect(const json &root, const json &object, const std::string &pointer, int depth,
             const PropertyOrder &order, std::vector<SchemaField> &fields)
{
    if (!object.is_object())
        return;
    const auto properties = object.find("properties");
    if (properties != object.end() && properties->is_object()) {
        const json required = object.value("required", json::array());
        for (const std::string &name : orderedPropertyNames(root, pointer, order)) {
            const json &field = (*properties)[name];
            SchemaField entry;
            entry.pointer = pointer + "/properties/" + escapeToken(name);
            entry.parentPointer = pointer;
            entry.name = name;
            entry.type = field.is_object() && field.contains("type") && field["type"].is_string()
                             ? field["type"].get<std::string>()
                             : std::string();
            entry.required = required.is_array() &&
                             std::find(required.begin(), required.end(), json(name)) != required.end();
            entry.depth = depth;
            fields.push_back(entry);
            collect(root, field, entry.pointer, depth + 1, order, fields);
        }
    }
    const auto items = object.find("items");
    if (items != object.end() && items->is_object())
        collect(root, *items, pointer + "/items", depth, order, fields);
}

json emptySchemaOf(const std::string &type)
{
    json field = {{"type", type}};
    if (type == "object")
        field["properties"] = json::object();
    else if (type == "array")
        field["items"] = {{"type", "string"}};
    return field;
}

Status checkType(const std::string &type)
{
    const auto &types = fieldTypes();
    if (std::find(types.begin(), types.end(), type) == types.end())
        return makeError("'" + type + "' is not a JSON Schema type");
    return Ok{};
}

} // namespace

const std::vector<std::string> &fieldTypes()
{
    static const std::vector<std::string> types = {"string", "integer", "number", "boolean",
                                                   "object", "array",   "null"};
    return types;
}

std::vector<SchemaField> schemaFields(const json &schema, const PropertyOrder &order)
{
    std::vector<SchemaField> fields;
    collect(schema, schema, "", 0, order, fields);
    return fields;
}

Result<json> addField(json schema, const std::string &parentPointer, const std::string &name,
                      const std::string &type)
{
    if (name.empty())
        return makeError("a field needs a name", parentPointer);
    if (auto known = checkType(type); !known)
        return known.error();
    auto parent = schemaAt(schema, parentPointer);
    if (!parent)
        return parent.error();
    json &object = **parent;
    if (object.contains("type") && object["type"] != "object")
        return makeError("fields can only be added to an object, and " +
                             (parentPointer.empty() ? std::string("the payload") : parentPointer) +
                             " is a " + object["type"].dump(),
                         parentPointer);
    json &properties = object["properties"];
    if (properties.is_null())
        properties = json::object();
    if (properties.contains(name))
        return makeError("there is already a field '" + name + "'",
                         parentPointer + "/properties/" + escapeToken(name));
    properties[name] = emptySchemaOf(type);
    return schema;
}

Result<json> removeField(json schema, const std::string &pointer)
{
    if (auto field = fieldAt(schema, pointer); !field)
        return field.error();
    const std::string name = nameOf(pointer);
    json &parent = **schemaAt(schema, parentOf(pointer));
    parent["properties"].erase(name);
    if (parent.contains("required") && parent["required"].is_array()) {
        json &required = parent["required"];
        required.erase(std::remove(required.begin(), required.end(), json(name)), required.end());
        if (required.empty())
            parent.erase("required");
    }
    return schema;
}

Result<json> renameField(json schema, const std::string &pointer, const std::string &name)
{
    if (name.empty())
        return makeError("a field needs a name", pointer);
    auto field = fieldAt(schema, pointer);
    if (!field)
        return field.error();
    const std::string old = nameOf(pointer);
    if (old == name)
        return schema;
    json &parent = **schemaAt(schema, parentOf(pointer));
    if (parent["properties"].contains(name))
        return makeError("there is already a field '" + name + "'", parentOf(pointer));
    parent["properties"][name] = std::move(**field);
    parent["properties"].erase(old);
    if (parent.contains("required") && parent["required"].is_array())
        for (json &entry : parent["required"])
            if (entry == old)
                entry = name;
    return schema;
}

Result<json> setFieldType(json schema, const std::string &pointer, const std::string &type)
{
    if (auto known = checkType(type); !known)
        return known.error();
    auto field = fieldAt(schema, pointer);
    if (!field)
        return field.error();
    json &target = **field;
    if (target.value("type", json()) == type)
        return schema;
    // Keywords of the old type would no longer apply; the description stays.
    json replacement = emptySchemaOf(type);
    if (target.contains("description"))
        replacement["description"] = target["description"];
    target = std::move(replacement);
    return schema;
}

Result<json> setFieldRequired(json schema, const std::string &pointer, bool required)
{
    if (auto field = fieldAt(schema, pointer); !field)
        return field.error();
    const std::string name = nameOf(pointer);
    json &parent = **schemaAt(schema, parentOf(pointer));
    json &list = parent["required"];
    if (!list.is_array())
        list = json::array();
    const auto found = std::find(list.begin(), list.end(), json(name));
    if (required && found == list.end())
        list.push_back(name);
    else if (!required && found != list.end())
        list.erase(found);
    if (list.empty())
        parent.erase("required");
    return schema;
}

Result<json> setFieldKeyword(json schema, const std::string &pointer, const std::string &keyword,
                             const json &value)
{
    if (keyword == "type" || keyword == "properties" || keyword == "required")
        return makeError("'" + keyword + "' has its own edit", pointer);
    auto field = fieldAt(schema, pointer);
    if (!field)
        return field.error();
    if (value.is_null())
        (*field)->erase(keyword);
    else
        (**field)[keyword] = value;
    return schema;
}

} // namespace causeway::schema
