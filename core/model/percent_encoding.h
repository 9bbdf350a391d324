#pragma once

#include "common/result.h"

#include <string>
#include <string_view>

// Attribute values in CloudEvents HTTP headers (HTTP protocol binding 1.0.2, 3.1.3.2).
namespace causeway::model {

/**
 * @brief Percent-encodes space, '"', '%', control characters and every non-ASCII byte
 * (upper-case hex); other printable ASCII stays as it is.
 */
std::string percentEncodeHeaderValue(std::string_view utf8);

/**
 * @brief Undoes an RFC 7230 quoted-string at the start of @p header, then one round of
 * percent-decoding (either hex case). Fails on a malformed escape or quoted-string, and when
 * the result is not well-formed UTF-8; the error names the character (1-based) at fault.
 */
Result<std::string> percentDecodeHeaderValue(std::string_view header);

} // namespace causeway::model
