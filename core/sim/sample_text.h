#pragma once

#include <span>
#include <string>
#include <string_view>

namespace causeway::sim {

/** @brief Realistic words of one language: people, places, free text. UTF-8 throughout. */
struct LanguageSamples
{
    std::string_view tag;          // the BCP 47 tag generated for a "language" field
    std::string_view countryCode;  // ISO 3166-1 alpha-2 of the language's home country
    std::string_view currencyCode; // ISO 4217
    std::string_view phonePrefix;  // E.164 country code, without '+'
    std::string_view emailDomain;  // a reserved-looking domain for addresses built from names
    std::span<const std::string_view> firstNames;
    std::span<const std::string_view> lastNames;
    std::span<const std::string_view> cities;
    std::span<const std::string_view> streets; // "{n}" stands for the house number
    std::span<const std::string_view> sentences;
    std::span<const std::string_view> companies;
};

/** @brief Samples for a BCP 47 tag ("de-AT" gives German); English when unknown or empty. */
const LanguageSamples &samplesFor(std::string_view languageTag);

/** @brief Every language with samples, English first. */
std::span<const LanguageSamples> allSamples();

/** @brief Lowercase ASCII for e-mail local parts: "Müller" -> "mueller", "Ó Briain" -> "obriain".
 */
std::string asciiFold(std::string_view text);

/** @brief Browser user-agent strings, for fields named like "userAgent". */
std::span<const std::string_view> userAgents();

} // namespace causeway::sim
