#pragma once

#include "common/result.h"
#include "schema/json_schema.h"

#include <nlohmann/json.hpp>

namespace causeway::schema {

/** @brief Where the bundle keeps subschemas that came from elsewhere, under the root. */
inline constexpr const char *kBundleKeyword = "x-causeway-bundle";
/** @brief "format" and "type" are renamed so that our own checks replace valijson's. */
inline constexpr const char *kFormatKeyword = "x-causeway-format";
inline constexpr const char *kTypeKeyword = "x-causeway-type";

/**
 * @brief Turns @p schema and every document it references into one self-contained
 * document for valijson: every "$ref" becomes a local "#/..." pointer, resolved with the
 * "$id"/"id" base URIs of RFC 3986 (valijson resolves relative ids by concatenation and
 * does not know "$id" or plain-name fragments). Referenced remote subschemas are copied
 * under kBundleKeyword. "id" keywords are removed and "format"/"type" renamed.
 * Remote documents come from @p resolver, then from the built-in meta-schemas.
 * Errors point at the "$ref" in @p schema that could not be followed, or that closes a
 * loop which would make validation recurse forever.
 */
Result<nlohmann::json> bundleSchema(const nlohmann::json &schema, Draft draft,
                                    const DocumentResolver &resolver);

} // namespace causeway::schema
