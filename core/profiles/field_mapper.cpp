#include "profiles/field_mapper.h"

#include "common/base64.h"
#include "common/json_text.h"
#include "model/json_format.h"
#include "profiles/json_tree.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>

namespace causeway::profiles {

using model::AttributeValue;
using model::CloudEvent;
using model::jsonTypeName;
using nlohmann::json;

namespace {

// The attributes an event can carry apart from its extensions; specversion is implied.
constexpr std::array<std::string_view, 7> kCoreNames = {
    "id", "source", "type", "datacontenttype", "dataschema", "subject", "time"};

const FieldMapping *mappingOf(const MappingTable &table, std::string_view attribute)
{
    const auto it = std::find_if(table.fields.begin(), table.fields.end(),
                                 [&](const FieldMapping &f) { return f.attribute == attribute; });
    return it == table.fields.end() ? nullptr : &*it;
}

// Required core attributes always have a value in the model; empty means not set.
bool isSet(const CloudEvent &event, std::string_view name)
{
    const auto value = event.attribute(name);
    const model::AttributeSpec *spec = model::findKnownAttribute(name);
    return value && !(spec && spec->required && value->asString().empty());
}

std::string base64Member(const MappingTable &table)
{
    return std::string(table.payload) + "_base64";
}

std::string spillMember(const MappingTable &table, std::string_view name)
{
    return json_text::appendToken(table.spill, name);
}

// Whether @p location is a member the table maps, or an object on the way to one.
bool isTaken(const MappingTable &table, const std::string &location)
{
    const auto covers = [&](std::string_view pointer) {
        return pointer.starts_with(location) &&
               (pointer.size() == location.size() || pointer[location.size()] == '/');
    };
    return covers(table.payload) || covers(base64Member(table)) ||
           std::any_of(table.fields.begin(), table.fields.end(),
                       [&](const FieldMapping &f) { return covers(f.pointer); });
}

std::optional<json> encode(const FieldMapping &field, const AttributeValue &value)
{
    if (field.encoding == Encoding::Attribute)
        return model::attributeToJson(value);
    if (value.type() != model::AttributeType::String)
        return std::nullopt;
    json parsed = json::parse(value.asString(), nullptr, false);
    // Only text that the reader would produce again can become the member's JSON value.
    if (parsed.is_discarded() || compactText(parsed) != value.asString())
        return std::nullopt;
    return parsed;
}

// The writer and the reader share this rule, so an escaped member reads back as what it was.
bool needsEscape(const MappingTable &table, std::string_view name, const AttributeValue &value)
{
    if (const FieldMapping *field = mappingOf(table, name))
        return !encode(*field, value);
    return isTaken(table, spillMember(table, name));
}

Result<AttributeValue> decode(const FieldMapping &field, const json &value,
                              const std::string &where)
{
    if (field.encoding == Encoding::JsonText)
        return AttributeValue::string(compactText(value));
    return model::attributeFromJson(field.attribute, value, where);
}

// Takes a non-null member out of @p rest; a null one stays there, and so round-trips as is.
std::optional<json> takeMember(json &rest, std::string_view pointer)
{
    const json *found = findMember(rest, pointer);
    if (!found || found->is_null())
        return std::nullopt;
    json value = *found;
    removeMember(rest, pointer);
    return value;
}

Status readFields(const MappingTable &table, const json &object, json &rest,
                  const std::string &pointer, CloudEvent &event)
{
    for (const FieldMapping &field : table.fields) {
        if (isSet(event, field.attribute))
            continue; // an earlier mapping gave it
        std::string_view from = field.pointer;
        std::optional<json> value = takeMember(rest, field.pointer);
        if (!value && !field.fallback.empty()) {
            // The fallback member has a mapping of its own that takes it out of `rest`.
            if (const json *found = findMember(object, field.fallback);
                found && !found->is_null()) {
                value = *found;
                from = field.fallback;
            }
        }
        if (!value)
            continue;
        const std::string where = pointer + std::string(from);
        auto attribute = decode(field, *value, where);
        if (!attribute)
            return attribute.error();
        if (auto status = event.setAttribute(field.attribute, std::move(*attribute)); !status)
            return makeError(status.error().message, where);
    }
    return Ok{};
}

// Members of the spill object that are attributes by name and value become extensions.
void readSpill(const MappingTable &table, json &rest, const std::string &pointer, CloudEvent &event)
{
    const json *spill = findMember(rest, table.spill);
    if (!spill || !spill->is_object())
        return;
    std::vector<std::string> taken;
    for (const auto &[member, value] : spill->items()) {
        const bool escaped = member.starts_with(kEscapePrefix);
        const std::string name = escaped ? member.substr(kEscapePrefix.size()) : member;
        // Set already (specversion always is), or at home elsewhere: such a member stays as is.
        if (model::checkAttributeName(name) || name == kEnvelopeExtra || isSet(event, name) ||
            (!escaped && mappingOf(table, name)))
            continue;
        if (!value.is_string() && !value.is_boolean() && !value.is_number_integer())
            continue;
        auto attribute =
            model::attributeFromJson(name, value, pointer + spillMember(table, member));
        // What is not a valid attribute value stays, verbatim, in envelopeextra.
        if (!attribute || escaped != needsEscape(table, name, *attribute))
            continue;
        if (event.setAttribute(name, std::move(*attribute)).ok())
            taken.push_back(member);
    }
    for (const auto &member : taken)
        removeMember(rest, spillMember(table, member));
}

Status readPayload(const MappingTable &table, std::optional<json> payload,
                   std::optional<json> encoded, const std::string &pointer, CloudEvent &event)
{
    const std::string member(table.payload);
    const auto fail = [&](const std::string &why, const std::string &at) -> Status {
        return makeError("'" + at + "' " + why, pointer + at);
    };
    if (payload && encoded)
        return fail("and '" + base64Member(table) + "' are mutually exclusive", member);
    if (encoded) {
        auto bytes = encoded->is_string() ? base64::decode(encoded->get_ref<const std::string &>())
                                          : std::nullopt;
        if (!bytes)
            return fail("must be a base64 string (RFC 4648)", base64Member(table));
        event.data = model::BinaryData{std::move(*bytes)};
    } else if (payload && !event.hasJsonContentType()) {
        if (!payload->is_string())
            return fail("of content type '" + *event.datacontenttype +
                            "' must be a string; only JSON content can be a " +
                            jsonTypeName(*payload),
                        member);
        event.data = model::TextData{payload->get<std::string>()};
    } else if (payload && table.payloadEncoding == PayloadEncoding::JsonString) {
        if (!payload->is_string())
            return fail("must be a string holding JSON text, not a " + jsonTypeName(*payload),
                        member);
        auto parsed = json_text::parse(payload->get_ref<const std::string &>());
        if (!parsed)
            return fail("is not valid JSON text (column " +
                            std::to_string(parsed.error().where.column) +
                            " of the string): " + parsed.error().message,
                        member);
        event.data = model::JsonData{std::move(*parsed)};
    } else if (payload) {
        event.data = model::JsonData{std::move(*payload)};
    }
    return Ok{};
}

// Where attribute @p name lives in the profile document, for error messages.
std::string memberOf(const MappingTable &table, std::string_view name)
{
    const FieldMapping *field = mappingOf(table, name);
    return field ? std::string(field->pointer) : spillMember(table, name);
}

} // namespace

std::string nameBasedId(std::string_view prefix, const json &object)
{
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx",
                  static_cast<unsigned long long>(fnv1a64(compactText(object))));
    return std::string(prefix) + hex;
}

Result<CloudEvent> readMapped(const MappingTable &table, const json &object,
                              const std::string &pointer)
{
    if (!object.is_object())
        return makeError("an event must be a JSON object, not a " + jsonTypeName(object), pointer);
    json rest = object; // what no mapping takes ends up in envelopeextra
    CloudEvent event;
    // The payload leaves first so that the spill object (perhaps the root) never sees it.
    auto payload = takeMember(rest, table.payload);
    auto encoded = takeMember(rest, base64Member(table));
    if (auto status = readFields(table, object, rest, pointer, event); !status)
        return status.error();
    if (event.id.empty() && !table.derivedIdPrefix.empty())
        event.id = nameBasedId(table.derivedIdPrefix, object);
    readSpill(table, rest, pointer, event);
    for (const std::string_view name : {"id", "type", "source"}) {
        if (isSet(event, name))
            continue;
        const FieldMapping *field = mappingOf(table, name);
        std::string message = "required member '" + memberOf(table, name) + "' (the event " +
                              std::string(name) + ") is missing or empty";
        if (field && !field->fallback.empty())
            message += ", and there is no '" + std::string(field->fallback) + "' to take it from";
        return makeError(message, pointer + memberOf(table, name));
    }
    if (auto status = readPayload(table, std::move(payload), std::move(encoded), pointer, event);
        !status)
        return status.error();
    if (!rest.empty())
        event.extensions.insert_or_assign(std::string(kEnvelopeExtra),
                                          AttributeValue::string(compactText(rest)));
    // Every value was checked on the way in; this keeps read()'s promise if that ever changes.
    if (auto status = model::checkEnvelope(event); !status)
        return makeError(status.error().message, pointer);
    return event;
}

json writeMapped(const MappingTable &table, const CloudEvent &event)
{
    json document = json::object();
    const std::string_view extra = event.extensionText(kEnvelopeExtra);
    if (json skeleton = json::parse(extra.begin(), extra.end(), nullptr, false);
        skeleton.is_object())
        document = std::move(skeleton);

    std::vector<std::string> names(kCoreNames.begin(), kCoreNames.end());
    for (const auto &[name, value] : event.extensions) {
        if (name != kEnvelopeExtra)
            names.push_back(name);
    }
    for (const auto &name : names) {
        if (!isSet(event, name))
            continue;
        const auto value = event.attribute(name);
        if (const FieldMapping *field = mappingOf(table, name)) {
            if (auto encodedValue = encode(*field, *value)) {
                placeMember(document, field->pointer, std::move(*encodedValue));
                continue;
            }
        }
        const std::string member =
            needsEscape(table, name, *value) ? std::string(kEscapePrefix) + name : name;
        placeMember(document, spillMember(table, member), model::attributeToJson(*value));
    }

    if (const auto *data = std::get_if<model::JsonData>(&event.data)) {
        placeMember(document, table.payload,
                    table.payloadEncoding == PayloadEncoding::JsonString
                        ? json(compactText(data->value))
                        : data->value);
    } else if (const auto *text = std::get_if<model::TextData>(&event.data)) {
        placeMember(document, table.payload, text->text);
    } else if (const auto *binary = std::get_if<model::BinaryData>(&event.data)) {
        placeMember(document, base64Member(table), base64::encode(binary->bytes));
    }
    return document;
}

} // namespace causeway::profiles
