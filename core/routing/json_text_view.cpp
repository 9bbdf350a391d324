#include "routing/json_text_view.h"

#include "model/json_format.h"

namespace causeway::routing {

using nlohmann::json;
namespace dom = simdjson::dom;

namespace {

// The simdjson DOM as JsonPath::walk sees it.
struct DomTree
{
    std::optional<dom::element> member(dom::element node, const std::string &name) const
    {
        dom::object object;
        dom::element child;
        if (node.get(object) != simdjson::SUCCESS ||
            object.at_key(name).get(child) != simdjson::SUCCESS)
            return std::nullopt;
        return child;
    }
    std::optional<dom::element> element(dom::element node, std::size_t index) const
    {
        dom::array array;
        dom::element child;
        if (node.get(array) != simdjson::SUCCESS || array.at(index).get(child) != simdjson::SUCCESS)
            return std::nullopt;
        return child;
    }
    template <typename Visit> void forEachChild(dom::element node, Visit &&visit) const
    {
        if (dom::array array; node.get(array) == simdjson::SUCCESS) {
            for (const dom::element child : array)
                visit(child);
        } else if (dom::object object; node.get(object) == simdjson::SUCCESS) {
            for (const dom::key_value_pair field : object)
                visit(field.value);
        }
    }
};

std::optional<dom::element> topLevel(dom::object root, std::string_view name)
{
    dom::element value;
    if (root.at_key(name).get(value) != simdjson::SUCCESS || value.is_null())
        return std::nullopt; // null means "not set" in the JSON format
    return value;
}

} // namespace

json toJson(dom::element value)
{
    switch (value.type()) {
    case dom::element_type::ARRAY: {
        json out = json::array();
        for (const dom::element child : dom::array(value))
            out.push_back(toJson(child));
        return out;
    }
    case dom::element_type::OBJECT: {
        json out = json::object();
        for (const dom::key_value_pair field : dom::object(value))
            out[std::string(field.key)] =
                toJson(field.value); // the last duplicate wins, as in nlohmann
        return out;
    }
    case dom::element_type::INT64: {
        // nlohmann reads non-negative integers as unsigned; keep its types so values compare
        // and print the same either way.
        const std::int64_t number = int64_t(value);
        return number >= 0 ? json(static_cast<std::uint64_t>(number)) : json(number);
    }
    case dom::element_type::UINT64:
        return uint64_t(value);
    case dom::element_type::DOUBLE:
        return double(value);
    case dom::element_type::STRING:
        return std::string(std::string_view(value));
    case dom::element_type::BOOL:
        return bool(value);
    case dom::element_type::NULL_VALUE:
        break;
    }
    return nullptr;
}

void JsonTextView::select(const std::string &attribute, const JsonPath &path,
                          std::vector<json> &out) const
{
    if (attribute == "data") {
        if (const auto data = jsonData())
            path.walk(DomTree{}, *data, [&](dom::element value) { out.push_back(toJson(value)); });
        return;
    }
    // data_base64 is the payload, not an attribute (CloudEvent::attribute never returns it).
    if (attribute == "data_base64")
        return;
    if (const auto value = topLevel(m_root, attribute))
        out.push_back(toJson(*value));
}

std::optional<dom::element> JsonTextView::jsonData() const
{
    const auto data = topLevel(m_root, "data");
    if (!data)
        return std::nullopt;
    // A payload of a non-JSON content type is text, which paths do not look into.
    if (const auto type = topLevel(m_root, "datacontenttype")) {
        std::string_view text;
        if (type->get(text) != simdjson::SUCCESS || !model::isJsonMediaType(text))
            return std::nullopt;
    }
    return data;
}

const model::CloudEvent *JsonTextView::cloudEvent(std::string &why) const
{
    if (!m_cloudEvent) {
        json parsed = json::parse(m_text, nullptr, false);
        m_cloudEvent = parsed.is_discarded() ? Result<model::CloudEvent>(makeError("not JSON"))
                                             : model::readJsonEvent(std::move(parsed));
    }
    if (!*m_cloudEvent) {
        why = m_cloudEvent->error().toString();
        return nullptr;
    }
    return &m_cloudEvent->value();
}

} // namespace causeway::routing
