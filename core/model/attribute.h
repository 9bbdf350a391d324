#pragma once

#include "common/result.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace causeway::model {

/** @brief The CloudEvents 1.0.2 type system. */
enum class AttributeType { Boolean, Integer, String, Binary, Uri, UriReference, Timestamp };

std::string_view typeName(AttributeType type);

/** @brief One context attribute value, typed, with its canonical string encoding. */
class AttributeValue
{
public:
    static AttributeValue boolean(bool value);
    static AttributeValue integer(std::int32_t value);
    static AttributeValue string(std::string value);
    static AttributeValue binary(std::string bytes);
    static AttributeValue uri(std::string value);
    static AttributeValue uriReference(std::string value);
    static AttributeValue timestamp(std::string value);

    /** @brief Parses the canonical string encoding of @p type (as carried in HTTP headers). */
    static Result<AttributeValue> fromCanonicalString(AttributeType type, std::string_view text);

    AttributeType type() const { return m_type; }
    bool asBool() const { return std::get<bool>(m_value); }
    std::int32_t asInt() const { return std::get<std::int32_t>(m_value); }
    /** @brief The text of string-like types, or the raw bytes of a Binary value. */
    const std::string &asString() const { return std::get<std::string>(m_value); }

    /** @brief "true"/"false", decimal digits, base64 for Binary, the text for the rest. */
    std::string canonicalString() const;

    bool operator==(const AttributeValue &) const = default;

private:
    AttributeValue(AttributeType type, std::variant<bool, std::int32_t, std::string> value)
        : m_type(type), m_value(std::move(value))
    {
    }

    AttributeType m_type;
    std::variant<bool, std::int32_t, std::string> m_value;
};

/** @brief A context attribute the model knows by name: the core ones and Causeway's extensions. */
struct AttributeSpec
{
    std::string_view name;
    AttributeType type;
    bool required;
    bool core; // defined by CloudEvents itself rather than as an extension
};

std::span<const AttributeSpec> knownAttributes();
const AttributeSpec *findKnownAttribute(std::string_view name);

// Checks return a description of the problem, or nullopt when the value is fine.

/** @brief Lower-case a-z and 0-9 only, 1 to 20 characters, never "data". */
std::optional<std::string> checkAttributeName(std::string_view name);
/** @brief Valid UTF-8 without control characters, noncharacters or surrogates. */
std::optional<std::string> checkString(std::string_view value);
/** @brief An absolute URI (RFC 3986 section 4.3). */
std::optional<std::string> checkUri(std::string_view value);
/** @brief A URI-reference (RFC 3986 section 4.1). */
std::optional<std::string> checkUriReference(std::string_view value);
/** @brief An RFC 3339 date-time. */
std::optional<std::string> checkTimestamp(std::string_view value);
/** @brief The check for a value of @p type given in its canonical string form. */
std::optional<std::string> checkCanonical(AttributeType type, std::string_view value);

/** @brief Nanoseconds since the Unix epoch of an RFC 3339 timestamp, or nullopt. */
std::optional<std::int64_t> timestampToUnixNanos(std::string_view value);

} // namespace causeway::model
