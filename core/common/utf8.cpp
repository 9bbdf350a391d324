#include "common/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace causeway::utf8 {

std::optional<char32_t> decode(std::string_view text, std::size_t &pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const std::size_t size = text.size();
    if (pos >= size)
        return std::nullopt;
    const unsigned char lead = byte(pos);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    int length = 0;
    char32_t cp = 0;
    char32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        cp = lead & 0x1F;
        minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        cp = lead & 0x0F;
        minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        cp = lead & 0x07;
        minimum = 0x10000;
    } else {
        return std::nullopt;
    }
    if (pos + length > size)
        return std::nullopt;
    for (int i = 1; i < length; ++i) {
        const unsigned char next = byte(pos + i);
        if ((next & 0xC0) != 0x80)
            return std::nullopt;
        cp = (cp << 6) | (next & 0x3F);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
    if (cp < minimum || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        return std::nullopt;
    pos += length;
    return cp;
}

std::optional<std::size_t> firstInvalidByte(std::string_view text)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        // ASCII runs dominate real payloads; skip them without decoding.
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        if (!decode(text, pos))
            return pos;
    }
    return std::nullopt;
}

void append(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t asciiPrefix(std::string_view text, bool printable)
{
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    std::size_t pos = 0;
    for (; pos + 8 <= text.size(); pos += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + pos, 8);
        std::uint64_t outside = word; // a high bit: not ASCII
        if (printable) {
            // A byte below 0x20 borrows into its high bit; 0x7F carries into it. Borrows and
            // carries crossing bytes start at a byte that is flagged already.
            outside |= (word - 0x20 * kOnes) & ~word;
            outside |= word + kOnes;
        }
        if (outside & kHighBits)
            break;
    }
    const auto inside = [printable](unsigned char byte) {
        return printable ? byte >= 0x20 && byte < 0x7F : byte < 0x80;
    };
    while (pos < text.size() && inside(static_cast<unsigned char>(text[pos])))
        ++pos;
    return pos;
}

std::size_t countCodePoints(std::string_view text, std::size_t byteCount)
{
    const std::size_t end = std::min(byteCount, text.size());
    std::size_t pos = asciiPrefix(text.substr(0, end));
    std::size_t count = pos;
    while (pos < end) {
        if (!decode(text, pos))
            ++pos;
        ++count;
    }
    return count;
}

} // namespace causeway::utf8
