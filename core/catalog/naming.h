#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace causeway::catalog::naming {

/**
 * @brief The words of the action part of a type: its last segment (skipping a version
 * segment such as "v2"), split at '-', '_' and camelCase, in lower case.
 */
std::vector<std::string> actionWords(std::string_view type);

/** @brief Whether @p word is a past tense or past participle ("submitted", "sent"). */
bool isPastTense(std::string_view word);

/** @brief Whether @p word reads as an imperative verb (not past tense, not "-ing"). */
bool isImperative(std::string_view word);

/** @brief Why @p type is not reverse-DNS ("com.acme.orders.created"), or empty when it is. */
std::string reverseDnsProblem(std::string_view type);

} // namespace causeway::catalog::naming
