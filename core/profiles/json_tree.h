#pragma once

// Small operations on JSON documents addressed by RFC 6901 pointers, as the profile
// mapper needs them: pointers here only ever walk through objects.

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace causeway::profiles {

/** @brief The value at @p pointer, or nullptr when a member on the way is missing or not an object.
 */
const nlohmann::json *findMember(const nlohmann::json &document, std::string_view pointer);
nlohmann::json *findMember(nlohmann::json &document, std::string_view pointer);

/** @brief Sets the value at @p pointer, creating (or replacing non-objects with) objects on the
 * way. */
void placeMember(nlohmann::json &document, std::string_view pointer, nlohmann::json value);

/** @brief Removes the member at @p pointer, then every parent object that this left empty. */
void removeMember(nlohmann::json &document, std::string_view pointer);

/** @brief Compact JSON text that is also a valid CloudEvents String. */
std::string compactText(const nlohmann::json &value);

/** @brief The 64-bit FNV-1a hash of @p text. */
std::uint64_t fnv1a64(std::string_view text);

} // namespace causeway::profiles
