#pragma once

// Realistic strings for the payload generator: values for "format"s and for properties whose
// names say what they hold (firstName, city, email...). The caller checks the schema's
// length and pattern and falls back to other values when a candidate does not fit.

#include "sim/random.h"
#include "sim/sample_text.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace causeway::sim::gen {

/** @brief The person that name, e-mail and account-holder fields of one item describe. */
struct Person
{
    const LanguageSamples *language = nullptr; // null: nobody chosen yet
    std::string firstName;
    std::string lastName;
};

/** @brief What a string is generated in: its language and the person it may describe. */
struct TextScope
{
    const LanguageSamples *language = nullptr;
    std::string languageTag; // the BCP 47 tag to write into "language" fields
    Person *person = nullptr;
};

/** @brief Lowercase letters and digits only: "first_Name" -> "firstname". */
std::string normalizedName(std::string_view propertyName);

/**
 * @brief Which properties of an object to generate first: 0 for one naming the language
 * (it decides the language of its siblings), 1 for countries, 2 for the rest.
 */
int propertyOrder(std::string_view propertyName);

/** @brief What a property's name says its value is; None when it says nothing. */
enum class NameKind : std::uint8_t {
    None,
    Language,
    FirstName,
    LastName,
    FullName,
    UserName,
    Email,
    EmailOrPhone,
    Phone,
    City,
    Street,
    AddressLine2,
    PostalCode,
    Country,
    Currency,
    Company,
    UserAgent,
    Url,
    Ip
};

/**
 * @brief A property name as the generator reads it, worked out once when the schema is
 * compiled rather than for every value generated.
 */
struct PropertyName
{
    PropertyName() = default;
    explicit PropertyName(std::string name);

    std::string text;       // as the schema spells it
    std::string normalized; // normalizedName(text)
    NameKind kind = NameKind::None;
    // For numbers the schema leaves unbounded: how wide a range to draw from (an amount of
    // money is wider than a count), and the least income anyone lends on.
    double numberSpan = 1000;
    std::optional<double> leastValue;
    bool coordinate = false; // latitude, longitude: six decimals instead of two
    bool idLike = false; // ends in "id" or names a reference, token or key, and is not prose
};

/**
 * @brief A value in @p format, or nullopt for a format this generator does not know.
 * @p normalized (the property's normalized name) picks a birth date over a recent one, and the
 * like.
 */
std::optional<std::string> formatValue(std::string_view format, std::string_view normalized,
                                       Random &random, TextScope &scope);

/** @brief A realistic value for the property @p name, or nullopt when the name says nothing. */
std::optional<std::string> valueForName(const PropertyName &name, Random &random, TextScope &scope);

/** @brief Whether the name asks for prose (description, notes, message...). */
bool isTextName(std::string_view normalized);

/** @brief Free text in the scope's language, between the bounds (code points). */
std::string freeText(Random &random, const LanguageSamples &language, std::size_t minLength,
                     std::optional<std::size_t> maxLength);

/** @brief A 26-character Crockford base-32 id, shaped like a ULID. */
std::string ulidLike(Random &random);

/** @brief Number of code points, which is what minLength and maxLength count. */
std::size_t codePointCount(std::string_view text);

/** @brief @p text cut to at most @p maxLength code points. */
std::string truncateCodePoints(std::string text, std::size_t maxLength);

} // namespace causeway::sim::gen
