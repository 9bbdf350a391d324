#pragma once

// URI handling that JSON Schema's "$id" and "$ref" need: RFC 3986 reference resolution
// and fragments. Internal to the schema unit.

#include <string>
#include <string_view>

namespace causeway::schema {

/** @brief Resolves @p reference against @p base (RFC 3986 section 5.2); @p base may be empty. */
std::string resolveUri(std::string_view base, std::string_view reference);

/** @brief @p uri without its fragment ("http://x/a#/b" -> "http://x/a"). */
std::string withoutFragment(std::string_view uri);

/** @brief The fragment of @p uri without '#', or empty when it has none. */
std::string fragmentOf(std::string_view uri);

/** @brief Decodes %XX escapes; a malformed escape is kept as it is. */
std::string percentDecode(std::string_view text);

} // namespace causeway::schema
