#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace causeway::base64 {

/** @brief RFC 4648 base64 with padding. */
std::string encode(std::string_view bytes);

/** @brief Strict RFC 4648 decoding: padding required, no whitespace, no other alphabet. */
std::optional<std::string> decode(std::string_view text);

} // namespace causeway::base64
