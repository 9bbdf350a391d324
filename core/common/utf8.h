#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace causeway::utf8 {

/** @brief Byte offset of the first byte that is not well-formed UTF-8, or nullopt. */
std::optional<std::size_t> firstInvalidByte(std::string_view text);

inline bool isValid(std::string_view text)
{
    return !firstInvalidByte(text).has_value();
}

/**
 * @brief Decodes the code point starting at @p pos and advances @p pos past it.
 * Returns nullopt (and leaves @p pos alone) when the bytes there are not well-formed.
 */
std::optional<char32_t> decode(std::string_view text, std::size_t &pos);

/** @brief Appends the UTF-8 form of @p codePoint to @p out. */
void append(std::string &out, char32_t codePoint);

/**
 * @brief Length of the leading run of ASCII bytes (below 0x80) in @p text; with
 * @p printable, of printable ASCII (0x20 to 0x7E). Reads eight bytes at a time, so that
 * mostly-ASCII text is checked and counted quickly.
 */
std::size_t asciiPrefix(std::string_view text, bool printable = false);

/** @brief Number of code points in the first @p byteCount bytes (invalid bytes count as one). */
std::size_t countCodePoints(std::string_view text, std::size_t byteCount);

} // namespace causeway::utf8
