#pragma once

#include "model/attribute.h"
#include "model/extensions.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <variant>

namespace causeway::model {

/** @brief Payload that is a JSON value (the data member of a JSON-typed event). */
struct JsonData
{
    nlohmann::json value;
    bool operator==(const JsonData &) const = default;
};

/** @brief Payload of a non-JSON text media type, such as text/plain or application/xml. */
struct TextData
{
    std::string text;
    bool operator==(const TextData &) const = default;
};

/** @brief Payload kept as bytes (data_base64 in the JSON format). */
struct BinaryData
{
    std::string bytes;
    bool operator==(const BinaryData &) const = default;
};

using EventData = std::variant<std::monostate, JsonData, TextData, BinaryData>;

/** @brief The canonical event: CloudEvents 1.0.2 with Causeway's extension attributes. */
struct CloudEvent
{
    std::string id;
    std::string source;
    std::string specversion = "1.0";
    std::string type;
    std::optional<std::string> datacontenttype;
    std::optional<std::string> dataschema;
    std::optional<std::string> subject;
    std::optional<std::string> time;
    Extensions extensions;
    EventData data;

    /** @brief Any attribute, core or extension, by name; nullopt when unset. */
    std::optional<AttributeValue> attribute(std::string_view name) const;

    /**
     * @brief Sets a core attribute or an extension. Checks the name rule and, for
     * attributes the model knows, the type; the value itself is not re-checked.
     */
    Status setAttribute(std::string_view name, AttributeValue value);

    /** @brief Unsets an optional attribute or extension; required ones cannot be removed. */
    void removeAttribute(std::string_view name);

    /**
     * @brief The text of a textual attribute (String, URI, URI-reference, Timestamp), core or
     * extension, without a copy; nullopt when it is unset or of another type.
     */
    std::optional<std::string_view> attributeText(std::string_view name) const;

    /** @brief The string value of an extension, or an empty view. */
    std::string_view extensionText(std::string_view name) const;

    /** @brief Whether the payload is to be read as JSON (content type absent or JSON). */
    bool hasJsonContentType() const;

    /** @brief The JSON payload, or nullptr when the data is absent or not JSON. */
    const nlohmann::json *jsonData() const;

    bool operator==(const CloudEvent &) const = default;
};

/** @brief application/json, text/json, and any "+json" structured syntax suffix. */
bool isJsonMediaType(std::string_view mediaType);

} // namespace causeway::model
