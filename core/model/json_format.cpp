#include "model/json_format.h"

#include "common/base64.h"
#include "common/json_text.h"

#include <limits>

namespace causeway::model {

using nlohmann::json;

namespace {

Result<AttributeValue> integerFromJson(std::string_view name, const json &value,
                                       const std::string &pointer)
{
    const auto fail = [&](const std::string &why) {
        return makeError("attribute '" + std::string(name) + "' " + why, pointer);
    };
    if (value.is_number_float())
        return fail("has the decimal number " + value.dump() +
                    "; the only CloudEvents number type is a whole 32-bit Integer");
    if (!value.is_number_integer())
        return fail("must be an Integer (a JSON number), not a " + jsonTypeName(value));
    const bool inRange =
        value.is_number_unsigned()
            ? value.get<std::uint64_t>() <=
                  static_cast<std::uint64_t>(std::numeric_limits<std::int32_t>::max())
            : value.get<std::int64_t>() >= std::numeric_limits<std::int32_t>::min() &&
                  value.get<std::int64_t>() <= std::numeric_limits<std::int32_t>::max();
    if (!inRange)
        return fail("has the value " + value.dump() +
                    ", outside the 32-bit Integer range -2147483648..2147483647");
    return AttributeValue::integer(static_cast<std::int32_t>(value.get<std::int64_t>()));
}

} // namespace

std::string jsonTypeName(const json &value)
{
    if (value.is_number_float())
        return "decimal number";
    if (value.is_number())
        return "number";
    return value.type_name();
}

Result<AttributeValue> attributeFromJson(std::string_view name, const json &value,
                                         const std::string &pointer)
{
    const AttributeSpec *spec = findKnownAttribute(name);
    const auto fail = [&](const std::string &why) {
        return makeError("attribute '" + std::string(name) + "' " + why, pointer);
    };
    if (!spec) {
        if (value.is_boolean())
            return AttributeValue::boolean(value.get<bool>());
        if (value.is_number())
            return integerFromJson(name, value, pointer);
        if (!value.is_string())
            return fail("is a " + jsonTypeName(value) +
                        "; attribute values must be strings, booleans or integers");
        const auto &text = value.get_ref<const std::string &>();
        if (auto problem = checkString(text))
            return fail("is not a valid String: " + *problem);
        return AttributeValue::string(text);
    }
    switch (spec->type) {
    case AttributeType::Boolean:
        if (!value.is_boolean())
            return fail("must be a Boolean (true or false), not a " + jsonTypeName(value));
        return AttributeValue::boolean(value.get<bool>());
    case AttributeType::Integer:
        return integerFromJson(name, value, pointer);
    default:
        break;
    }
    if (!value.is_string())
        return fail("must be a string holding a " + std::string(typeName(spec->type)) + ", not a " +
                    jsonTypeName(value));
    const auto &text = value.get_ref<const std::string &>();
    if (auto problem = checkCanonical(spec->type, text))
        return fail("is not a valid " + std::string(typeName(spec->type)) + ": " + *problem);
    auto parsed = AttributeValue::fromCanonicalString(spec->type, text);
    return parsed;
}

json attributeToJson(const AttributeValue &value)
{
    switch (value.type()) {
    case AttributeType::Boolean:
        return value.asBool();
    case AttributeType::Integer:
        return value.asInt();
    default:
        return value.canonicalString();
    }
}

namespace {

// Reads @p object; when @p movable is set (it is the same object), the payload is moved.
Result<CloudEvent> readEvent(const json &object, json *movable, const std::string &pointer)
{
    if (!object.is_object())
        return makeError("an event must be a JSON object, not a " + jsonTypeName(object), pointer);
    CloudEvent event;
    event.specversion.clear();
    const json *data = nullptr;
    const json *dataBase64 = nullptr;
    for (const auto &[name, value] : object.items()) {
        const std::string where = json_text::appendToken(pointer, name);
        if (name == "data") {
            data = value.is_null() ? nullptr : &value;
            continue;
        }
        if (name == "data_base64") {
            dataBase64 = value.is_null() ? nullptr : &value;
            continue;
        }
        if (auto problem = checkAttributeName(name))
            return makeError(*problem, where);
        if (value.is_null())
            continue; // null means "not set"
        auto attribute = attributeFromJson(name, value, where);
        if (!attribute)
            return attribute.error();
        if (auto status = event.setAttribute(name, std::move(*attribute)); !status)
            return makeError(status.error().message, where);
    }
    if (data && dataBase64)
        return makeError("'data' and 'data_base64' are mutually exclusive", pointer);
    if (dataBase64) {
        const std::string where = json_text::appendToken(pointer, "data_base64");
        if (!dataBase64->is_string())
            return makeError("'data_base64' must be a base64 string", where);
        auto bytes = base64::decode(dataBase64->get_ref<const std::string &>());
        if (!bytes)
            return makeError("'data_base64' is not valid base64 (RFC 4648)", where);
        event.data = BinaryData{std::move(*bytes)};
    } else if (data) {
        if (event.hasJsonContentType()) {
            event.data = JsonData{movable ? std::move(movable->at("data")) : *data};
        } else if (data->is_string()) {
            event.data = TextData{data->get<std::string>()};
        } else {
            return makeError("'data' of content type '" + *event.datacontenttype +
                                 "' must be a string; only JSON content can be a " +
                                 jsonTypeName(*data),
                             json_text::appendToken(pointer, "data"));
        }
    }
    if (auto status = checkEnvelope(event); !status) {
        Error error = status.error();
        error.where.pointer = pointer + error.where.pointer;
        return error;
    }
    return event;
}

} // namespace

Result<CloudEvent> readJsonEvent(const json &object, const std::string &pointer)
{
    return readEvent(object, nullptr, pointer);
}

Result<CloudEvent> readJsonEvent(json &&object, const std::string &pointer)
{
    return readEvent(object, &object, pointer);
}

Result<std::vector<CloudEvent>> readJsonBatch(const json &array)
{
    if (!array.is_array())
        return makeError("a batch must be a JSON array of events, not a " + jsonTypeName(array));
    std::vector<CloudEvent> events;
    events.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i) {
        auto event = readJsonEvent(array[i], json_text::appendIndex({}, i));
        if (!event)
            return event.error();
        events.push_back(std::move(*event));
    }
    return events;
}

json writeJsonAttributes(const CloudEvent &event)
{
    json out = json::object();
    out["specversion"] = event.specversion;
    out["id"] = event.id;
    out["source"] = event.source;
    out["type"] = event.type;
    if (event.datacontenttype)
        out["datacontenttype"] = *event.datacontenttype;
    if (event.dataschema)
        out["dataschema"] = *event.dataschema;
    if (event.subject)
        out["subject"] = *event.subject;
    if (event.time)
        out["time"] = *event.time;
    for (const auto &[name, value] : event.extensions)
        out[name] = attributeToJson(value);
    return out;
}

json writeJsonEvent(const CloudEvent &event)
{
    json out = writeJsonAttributes(event);
    if (const auto *json = std::get_if<JsonData>(&event.data))
        out["data"] = json->value;
    else if (const auto *text = std::get_if<TextData>(&event.data))
        out["data"] = text->text;
    else if (const auto *binary = std::get_if<BinaryData>(&event.data))
        out["data_base64"] = base64::encode(binary->bytes);
    return out;
}

const json *jsonMember(const CloudEvent &event, std::string_view name, json &scratch)
{
    if (name == "data") {
        if (const json *payload = event.jsonData())
            return payload;
        const auto *text = std::get_if<TextData>(&event.data);
        return text ? &(scratch = text->text) : nullptr;
    }
    if (name == "data_base64") {
        const auto *binary = std::get_if<BinaryData>(&event.data);
        return binary ? &(scratch = base64::encode(binary->bytes)) : nullptr;
    }
    const auto value = event.attribute(name);
    return value ? &(scratch = attributeToJson(*value)) : nullptr;
}

json writeJsonBatch(const std::vector<CloudEvent> &events)
{
    json out = json::array();
    for (const auto &event : events)
        out.push_back(writeJsonEvent(event));
    return out;
}

Status checkEnvelope(const CloudEvent &event)
{
    const auto require = [](const std::string &value, std::string_view name) -> Status {
        if (value.empty())
            return makeError("required attribute '" + std::string(name) + "' is missing or empty",
                             "/" + std::string(name));
        return Ok{};
    };
    for (const auto &[value, name] :
         {std::pair{&event.specversion, "specversion"}, std::pair{&event.id, "id"},
          std::pair{&event.source, "source"}, std::pair{&event.type, "type"}}) {
        if (auto status = require(*value, name); !status)
            return status;
    }
    if (event.specversion != "1.0")
        return makeError("unsupported specversion '" + event.specversion +
                             "'; Causeway reads CloudEvents 1.0",
                         "/specversion");
    const auto check = [](std::string_view name, AttributeType type,
                          std::string_view value) -> Status {
        if (auto problem = checkCanonical(type, value))
            return makeError("attribute '" + std::string(name) + "' is not a valid " +
                                 std::string(typeName(type)) + ": " + *problem,
                             "/" + std::string(name));
        return Ok{};
    };
    for (const auto &spec : knownAttributes()) {
        if (!spec.core)
            continue;
        // Core attributes are all text, checked where they are (this runs for every event).
        if (const auto text = event.attributeText(spec.name)) {
            if (auto status = check(spec.name, spec.type, *text); !status)
                return status;
        }
    }
    for (const auto &[name, value] : event.extensions) {
        if (auto problem = checkAttributeName(name))
            return makeError(*problem, "/" + name);
        if (value.type() == AttributeType::Binary || value.type() == AttributeType::Boolean ||
            value.type() == AttributeType::Integer)
            continue;
        if (auto status = check(name, value.type(), value.asString()); !status)
            return status;
    }
    return Ok{};
}

} // namespace causeway::model
