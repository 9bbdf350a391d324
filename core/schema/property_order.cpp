#include "schema/property_order.h"

#include "common/json_text.h"

#include <algorithm>

namespace causeway::schema {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;

constexpr const char *kLeadingKeywords[] = {"$schema", "$id", "title", "description", "type"};

// The names of @p properties: those @p order lists for @p pointer first, then the rest by name.
std::vector<std::string> namesInOrder(const json &properties, const std::string &pointer,
                                      const PropertyOrder &order)
{
    std::vector<std::string> names;
    const auto listed = [&names](const std::string &name) {
        return std::find(names.begin(), names.end(), name) != names.end();
    };
    if (const auto given = order.find(pointer); given != order.end())
        for (const std::string &name : given->second)
            if (properties.contains(name) && !listed(name))
                names.push_back(name);
    for (const auto &[name, field] : properties.items())
        if (!listed(name))
            names.push_back(name);
    return names;
}

void read(const ordered_json &object, const std::string &pointer, PropertyOrder &order)
{
    if (!object.is_object())
        return;
    if (const auto properties = object.find("properties");
        properties != object.end() && properties->is_object()) {
        std::vector<std::string> &names = order[pointer];
        for (const auto &[name, field] : properties->items()) {
            names.push_back(name);
            read(field, json_text::appendToken(pointer + "/properties", name), order);
        }
    }
    if (const auto items = object.find("items"); items != object.end())
        read(*items, pointer + "/items", order);
}

ordered_json ordered(const json &value, const std::string &pointer, const PropertyOrder &order)
{
    if (!value.is_object()) {
        if (!value.is_array())
            return toOrdered(value);
        ordered_json list = ordered_json::array();
        for (const json &item : value)
            list.push_back(toOrdered(item));
        return list;
    }
    ordered_json out = ordered_json::object();
    const auto add = [&](const std::string &key, const json &member) {
        if (key == "properties" && member.is_object()) {
            ordered_json properties = ordered_json::object();
            for (const std::string &name : namesInOrder(member, pointer, order))
                properties[name] = ordered(
                    member[name], json_text::appendToken(pointer + "/properties", name), order);
            out[key] = std::move(properties);
        } else if (key == "items") {
            out[key] = ordered(member, pointer + "/items", order);
        } else {
            out[key] = toOrdered(member);
        }
    };
    // What a schema is comes first, as people write it; then the other keywords by name.
    for (const char *key : kLeadingKeywords)
        if (value.contains(key))
            add(key, value[key]);
    for (const auto &[key, member] : value.items())
        if (std::find(std::begin(kLeadingKeywords), std::end(kLeadingKeywords), key) ==
            std::end(kLeadingKeywords))
            add(key, member);
    return out;
}

} // namespace

PropertyOrder readPropertyOrder(const ordered_json &schema)
{
    PropertyOrder order;
    read(schema, "", order);
    return order;
}

std::vector<std::string> orderedPropertyNames(const json &schema, const std::string &pointer,
                                              const PropertyOrder &order)
{
    const json *object = nullptr;
    try {
        object = &schema.at(json::json_pointer(pointer));
    } catch (const json::exception &) {
        return {};
    }
    if (!object->is_object() || !object->contains("properties") ||
        !(*object)["properties"].is_object())
        return {};
    return namesInOrder((*object)["properties"], pointer, order);
}

ordered_json orderedSchema(const json &schema, const PropertyOrder &order)
{
    return ordered(schema, "", order);
}

ordered_json toOrdered(const json &value)
{
    if (value.is_object()) {
        ordered_json out = ordered_json::object();
        for (const auto &[key, member] : value.items())
            out[key] = toOrdered(member);
        return out;
    }
    if (value.is_array()) {
        ordered_json out = ordered_json::array();
        for (const json &item : value)
            out.push_back(toOrdered(item));
        return out;
    }
    // Scalars keep their exact number type (unsigned, integer, float).
    switch (value.type()) {
    case json::value_t::null:
        return nullptr;
    case json::value_t::boolean:
        return value.get<bool>();
    case json::value_t::number_integer:
        return value.get<std::int64_t>();
    case json::value_t::number_unsigned:
        return value.get<std::uint64_t>();
    case json::value_t::number_float:
        return value.get<double>();
    case json::value_t::string:
        return value.get<std::string>();
    default:
        return ordered_json::parse(value.dump()); // binary and the like: rare
    }
}

PropertyOrder withFieldMoved(PropertyOrder order, const json &schema,
                             const std::string &fieldPointer, std::size_t index)
{
    const auto at = fieldPointer.rfind("/properties/");
    if (at == std::string::npos)
        return order;
    const std::string parent = fieldPointer.substr(0, at);
    const std::string name =
        json::json_pointer(fieldPointer).back(); // unescaped, as the schema holds it
    std::vector<std::string> names = orderedPropertyNames(schema, parent, order);
    const auto found = std::find(names.begin(), names.end(), name);
    if (found == names.end())
        return order;
    names.erase(found);
    names.insert(names.begin() + static_cast<std::ptrdiff_t>(std::min(index, names.size())), name);
    order[parent] = std::move(names);
    return order;
}

PropertyOrder withFieldRenamed(PropertyOrder order, const std::string &fieldPointer,
                               const std::string &name)
{
    const auto at = fieldPointer.rfind("/properties/");
    if (at == std::string::npos)
        return order;
    const std::string parent = fieldPointer.substr(0, at);
    const std::string old = json::json_pointer(fieldPointer).back();
    if (auto listed = order.find(parent); listed != order.end())
        std::replace(listed->second.begin(), listed->second.end(), old, name);
    // The orders of objects inside the field now live under its new pointer.
    const std::string renamed = json_text::appendToken(parent + "/properties", name);
    PropertyOrder moved;
    for (auto &[pointer, names] : order) {
        const bool inside = pointer == fieldPointer || pointer.starts_with(fieldPointer + "/");
        moved[inside ? renamed + pointer.substr(fieldPointer.size()) : pointer] = std::move(names);
    }
    return moved;
}

namespace {

ordered_json orderedInstanceAt(const json &value, const json &schema, const std::string &pointer,
                               const PropertyOrder &order)
{
    if (value.is_object()) {
        ordered_json out = ordered_json::object();
        const std::string properties = json_text::appendToken(pointer, "properties");
        for (const std::string &name : orderedPropertyNames(schema, pointer, order)) {
            if (const auto member = value.find(name); member != value.end())
                out[name] = orderedInstanceAt(*member, schema,
                                              json_text::appendToken(properties, name), order);
        }
        for (const auto &[key, member] : value.items()) {
            if (!out.contains(key))
                out[key] = toOrdered(member);
        }
        return out;
    }
    if (value.is_array()) {
        ordered_json out = ordered_json::array();
        const std::string items = json_text::appendToken(pointer, "items");
        for (const json &item : value)
            out.push_back(orderedInstanceAt(item, schema, items, order));
        return out;
    }
    return toOrdered(value);
}

} // namespace

ordered_json orderedInstance(const json &instance, const json &schema, const PropertyOrder &order)
{
    return orderedInstanceAt(instance, schema, "", order);
}

} // namespace causeway::schema
