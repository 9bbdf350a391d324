#pragma once

// The one generic mapper behind every profile that is not CloudEvents itself: a profile
// is a table saying which member holds which attribute, where the payload is, and which
// object takes the attributes that have no member of their own.

#include "profiles/envelope_profile.h"

#include <span>

namespace causeway::profiles {

/** @brief How a profile member carries its canonical attribute. */
enum class Encoding {
    Attribute, // the attribute's own JSON type (model::attributeFromJson / attributeToJson)
    JsonText,  // any JSON value, held as its compact text in a String extension
};

/** @brief How the payload member carries JSON data (text is a string, bytes go to
 * "<member>_base64"). */
enum class PayloadEncoding {
    Json,       // as a JSON value
    JsonString, // as a string of JSON text (EventBridge PutEvents' "Detail")
};

/** @brief One member of a profile document and the canonical attribute it holds. */
struct FieldMapping
{
    std::string_view pointer;   // RFC 6901, in the profile document
    std::string_view attribute; // canonical attribute name
    Encoding encoding = Encoding::Attribute;
    std::string_view fallback = {}; // read from here when `pointer` is absent (never written)
};

/** @brief Everything the mapper knows about one profile shape. */
struct MappingTable
{
    std::span<const FieldMapping> fields; // the first mapping of an attribute is the one written
    std::string_view payload;
    PayloadEncoding payloadEncoding = PayloadEncoding::Json;
    std::string_view spill;                // object for attributes without a member; "" is the root
    std::string_view derivedIdPrefix = {}; // when set, a missing id is derived from the content
};

/** @brief The String extension holding, as compact JSON, whatever no mapping took. */
inline constexpr std::string_view kEnvelopeExtra = "envelopeextra";

/**
 * @brief Prefix of a spill member holding an attribute that cannot live at its own member:
 * its name is taken by the profile (an extension "detail" in EventBridge) or its value does
 * not fit the member's encoding (a JsonText attribute that is not compact JSON).
 */
inline constexpr std::string_view kEscapePrefix = "ce-";

/** @brief Reads @p object by @p table; error pointers are below @p pointer. */
Result<model::CloudEvent> readMapped(const MappingTable &table, const nlohmann::json &object,
                                     const std::string &pointer);

/** @brief Writes @p event by @p table, on top of the members kept in envelopeextra. */
nlohmann::json writeMapped(const MappingTable &table, const model::CloudEvent &event);

/**
 * @brief A name-based id, stable for the same content: @p prefix and the 16 hex digits of the
 * FNV-1a 64-bit hash of the compact JSON text (members sorted, so order and spacing do not count).
 */
std::string nameBasedId(std::string_view prefix, const nlohmann::json &object);

/** @brief A profile that is one or more mapping tables, read and written by the mapper. */
class MappedProfile : public EnvelopeProfile
{
public:
    Result<model::CloudEvent> read(const nlohmann::json &object,
                                   const std::string &pointer = {}) const override
    {
        return readMapped(readTable(object), object, pointer);
    }

    nlohmann::json write(const model::CloudEvent &event) const override
    {
        return writeMapped(table(), event);
    }

protected:
    /** @brief The table this profile writes, and by default reads. */
    virtual const MappingTable &table() const = 0;

    /** @brief The table that reads @p object; profiles that accept several shapes choose here. */
    virtual const MappingTable &readTable(const nlohmann::json &) const { return table(); }
};

} // namespace causeway::profiles
