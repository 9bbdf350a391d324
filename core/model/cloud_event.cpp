#include "model/cloud_event.h"

#include "common/ascii.h"

#include <algorithm>

namespace causeway::model {

namespace {

// Templates so that one lookup serves const and mutable events. The name's length picks the
// one attribute it can be: routes and the envelope check look names up for every event.
// Two switches rather than one loop over a table: the loop cost 1.2% of a simulated event.
template <typename Event> auto *optionalCore(Event &event, std::string_view name)
{
    using Member = decltype(&event.time);
    const auto when = [&name](std::string_view candidate, Member member) {
        return name == candidate ? member : nullptr;
    };
    switch (name.size()) {
    case 15:
        return when("datacontenttype", &event.datacontenttype);
    case 10:
        return when("dataschema", &event.dataschema);
    case 7:
        return when("subject", &event.subject);
    case 4:
        return when("time", &event.time);
    default:
        return static_cast<Member>(nullptr);
    }
}

template <typename Event> auto *requiredCore(Event &event, std::string_view name)
{
    using Member = decltype(&event.type);
    const auto when = [&name](std::string_view candidate, Member member) {
        return name == candidate ? member : nullptr;
    };
    switch (name.size()) {
    case 2:
        return when("id", &event.id);
    case 6:
        return when("source", &event.source);
    case 11:
        return when("specversion", &event.specversion);
    case 4:
        return when("type", &event.type);
    default:
        return static_cast<Member>(nullptr);
    }
}

} // namespace

std::optional<AttributeValue> CloudEvent::attribute(std::string_view name) const
{
    const AttributeSpec *spec = findKnownAttribute(name);
    if (spec && spec->core) {
        const std::string *text = requiredCore(*this, name);
        if (!text) {
            const auto *optional = optionalCore(*this, name);
            if (!optional->has_value())
                return std::nullopt;
            text = &**optional;
        }
        switch (spec->type) {
        case AttributeType::Uri:
            return AttributeValue::uri(*text);
        case AttributeType::UriReference:
            return AttributeValue::uriReference(*text);
        case AttributeType::Timestamp:
            return AttributeValue::timestamp(*text);
        default:
            return AttributeValue::string(*text);
        }
    }
    const auto it = extensions.find(name);
    if (it == extensions.end())
        return std::nullopt;
    return it->second;
}

Status CloudEvent::setAttribute(std::string_view name, AttributeValue value)
{
    if (auto problem = checkAttributeName(name))
        return makeError(*problem);
    if (const AttributeSpec *spec = findKnownAttribute(name)) {
        if (spec->type != value.type())
            return makeError("attribute '" + std::string(name) + "' is of type " +
                             std::string(typeName(spec->type)) + ", not " +
                             std::string(typeName(value.type())));
        if (spec->core) {
            const std::string text = value.canonicalString();
            if (std::string *required = requiredCore(*this, name))
                *required = text;
            else
                *optionalCore(*this, name) = text;
            return Ok{};
        }
    }
    extensions.insert_or_assign(std::string(name), std::move(value));
    return Ok{};
}

void CloudEvent::removeAttribute(std::string_view name)
{
    if (auto *optional = optionalCore(*this, name)) {
        optional->reset();
        return;
    }
    if (const auto it = extensions.find(name); it != extensions.end())
        extensions.erase(it);
}

std::optional<std::string_view> CloudEvent::attributeText(std::string_view name) const
{
    // Every core attribute is text: the name alone says where it is (this runs for every
    // attribute a route or the envelope check reads).
    if (const std::string *text = requiredCore(*this, name))
        return *text;
    if (const auto *optional = optionalCore(*this, name))
        return optional->has_value() ? std::optional<std::string_view>(**optional) : std::nullopt;
    const auto it = extensions.find(name);
    if (it == extensions.end())
        return std::nullopt;
    switch (it->second.type()) {
    case AttributeType::Boolean:
    case AttributeType::Integer:
    case AttributeType::Binary: // its JSON form is base64, not the bytes
        return std::nullopt;
    default:
        return it->second.asString();
    }
}

std::string_view CloudEvent::extensionText(std::string_view name) const
{
    const auto it = extensions.find(name);
    if (it == extensions.end() || it->second.type() == AttributeType::Boolean ||
        it->second.type() == AttributeType::Integer)
        return {};
    return it->second.asString();
}

bool CloudEvent::hasJsonContentType() const
{
    return !datacontenttype || isJsonMediaType(*datacontenttype);
}

const nlohmann::json *CloudEvent::jsonData() const
{
    const auto *json = std::get_if<JsonData>(&data);
    return json ? &json->value : nullptr;
}

bool isJsonMediaType(std::string_view mediaType)
{
    if (mediaType == "application/json") // nearly every event: no need to normalise
        return true;
    std::string type(mediaType.substr(0, mediaType.find(';')));
    type.erase(std::remove_if(type.begin(), type.end(), ascii::isSpace), type.end());
    std::transform(type.begin(), type.end(), type.begin(), ascii::toLower);
    return type == "application/json" || type == "text/json" ||
           (type.size() > 5 && type.compare(type.size() - 5, 5, "+json") == 0);
}

} // namespace causeway::model
