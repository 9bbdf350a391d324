#include "model/percent_encoding.h"

#include "common/utf8.h"

#include <optional>

namespace causeway::model {

namespace {

constexpr char kHexDigits[] = "0123456789ABCDEF";

std::string hexByte(unsigned char byte)
{
    return std::string("0x") + kHexDigits[byte >> 4] + kHexDigits[byte & 0xF];
}

std::string describeByte(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 && byte < 0x7F ? "'" + std::string(1, c) + "'" : "byte " + hexByte(byte);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// 1-based position of byte @p offset, counted in characters as a person sees the header.
int characterAt(std::string_view header, std::size_t offset)
{
    return static_cast<int>(utf8::countCodePoints(header, offset)) + 1;
}

// "<before> at character N<after>", with the column set too.
Error errorAt(std::string_view header, std::size_t offset, const std::string &before,
              const std::string &after)
{
    const int character = characterAt(header, offset);
    Error error = makeError(before + " at character " + std::to_string(character) + after);
    error.where.column = character;
    return error;
}

// Reads a header value a character at a time, undoing a quoted-string at its start: the
// binding unquotes first and percent-decodes the result.
class HeaderReader
{
public:
    explicit HeaderReader(std::string_view header)
        : m_header(header), m_quoted(!header.empty() && header.front() == '"'),
          m_pos(m_quoted ? 1 : 0)
    {
    }

    /** @brief The next character and its byte offset; false at the end or on a problem. */
    bool next(char &c, std::size_t &offset)
    {
        if (m_quoted) {
            if (m_pos >= m_header.size()) {
                m_error = errorAt(m_header, 0, "unterminated quoted-string: the '\"'",
                                  " is never closed");
                return false;
            }
            if (m_header[m_pos] == '\\') {
                if (m_pos + 1 >= m_header.size()) {
                    m_error = errorAt(m_header, m_pos, "unterminated escape: the '\\'",
                                      " has nothing after it");
                    return false;
                }
                offset = m_pos;
                c = m_header[m_pos + 1];
                m_pos += 2;
                return true;
            }
            if (m_header[m_pos] == '"') {
                // The quoted-string ends here; the rest of the value is read as it is.
                m_quoted = false;
                ++m_pos;
            } else {
                offset = m_pos;
                c = m_header[m_pos++];
                return true;
            }
        }
        if (m_pos >= m_header.size())
            return false;
        offset = m_pos;
        c = m_header[m_pos++];
        return true;
    }

    const std::optional<Error> &error() const { return m_error; }

private:
    std::string_view m_header;
    bool m_quoted;
    std::size_t m_pos;
    std::optional<Error> m_error;
};

// Calls emit(byte, offset of the header character it came from) for every decoded byte.
template <typename Emit> std::optional<Error> decodeBytes(std::string_view header, Emit &&emit)
{
    HeaderReader reader(header);
    char c = 0;
    std::size_t at = 0;
    while (reader.next(c, at)) {
        if (c != '%') {
            emit(c, at);
            continue;
        }
        int value = 0;
        for (int i = 0; i < 2; ++i) {
            char digit = 0;
            std::size_t digitAt = 0;
            if (!reader.next(digit, digitAt)) {
                if (reader.error())
                    return reader.error();
                return errorAt(header, at, "truncated escape: the '%'", " needs two hex digits");
            }
            const int nibble = hexValue(digit);
            if (nibble < 0)
                return errorAt(header, digitAt, "invalid escape: " + describeByte(digit),
                               " is not a hex digit");
            value = value * 16 + nibble;
        }
        emit(static_cast<char>(value), at);
    }
    return reader.error();
}

// What is wrong with the UTF-8 sequence that starts at @p pos (known to be malformed).
std::string describeUtf8Problem(std::string_view bytes, std::size_t pos)
{
    const auto byteAt = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
    const unsigned char lead = byteAt(pos);
    if (lead >= 0x80 && lead < 0xC0)
        return "continuation byte " + hexByte(lead) + " where a character should start";
    if (lead == 0xC0 || lead == 0xC1)
        return "overlong encoding (first byte " + hexByte(lead) + ")";
    if (lead >= 0xF5)
        return "byte " + hexByte(lead) + " never occurs in UTF-8";
    const std::size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    for (std::size_t i = 1; i < length; ++i) {
        if (pos + i >= bytes.size())
            return "truncated sequence: first byte " + hexByte(lead) + " starts a " +
                   std::to_string(length) + "-byte character, but the value ends after " +
                   std::to_string(i) + " of its bytes";
        if ((byteAt(pos + i) & 0xC0) != 0x80)
            return "first byte " + hexByte(lead) + " is followed by " + hexByte(byteAt(pos + i)) +
                   ", not by a continuation byte";
    }
    const unsigned char second = byteAt(pos + 1);
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xF0 && second < 0x90))
        return "overlong encoding (" + hexByte(lead) + " " + hexByte(second) + ")";
    if (lead == 0xED && second >= 0xA0)
        return "UTF-16 surrogate encoded in UTF-8 (" + hexByte(lead) + " " + hexByte(second) + ")";
    if (lead == 0xF4 && second >= 0x90)
        return "code point above U+10FFFF";
    return "malformed sequence";
}

} // namespace

std::string percentEncodeHeaderValue(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        // Controls (C0 and DEL), space, '"', '%' and every byte of a non-ASCII character.
        if (byte <= 0x20 || byte == '"' || byte == '%' || byte >= 0x7F) {
            out += '%';
            out += kHexDigits[byte >> 4];
            out += kHexDigits[byte & 0xF];
        } else {
            out += c;
        }
    }
    return out;
}

Result<std::string> percentDecodeHeaderValue(std::string_view header)
{
    std::string out;
    out.reserve(header.size());
    if (auto problem = decodeBytes(header, [&](char byte, std::size_t) { out += byte; }))
        return *std::move(problem);
    const auto bad = utf8::firstInvalidByte(out);
    if (!bad)
        return out;
    // Decode again to learn which header character produced the offending byte.
    std::size_t source = 0;
    std::size_t index = 0;
    (void)decodeBytes(header, [&](char, std::size_t at) {
        if (index++ == *bad)
            source = at;
    });
    return errorAt(header, source, "not well-formed UTF-8", ": " + describeUtf8Problem(out, *bad));
}

} // namespace causeway::model
