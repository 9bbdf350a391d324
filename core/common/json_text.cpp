#include "common/json_text.h"

#include "common/utf8.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace causeway::json_text {

TextPosition positionOf(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    TextPosition pos;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            lineStart = i + 1;
        }
    }
    pos.column =
        static_cast<int>(utf8::countCodePoints(text.substr(lineStart), offset - lineStart)) + 1;
    return pos;
}

namespace {

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at
// line 1, column 5: "; keep only the explanation, the position is reported separately.
std::string explanation(const std::string &what)
{
    const auto colon = what.find(": ");
    std::string text = colon == std::string::npos ? what : what.substr(colon + 2);
    if (text.rfind("syntax error while parsing ", 0) == 0)
        text = "syntax error: expected " + text.substr(27);
    return text;
}

} // namespace

Result<nlohmann::json> parse(std::string_view text, std::string_view fileName)
{
    if (const auto bad = utf8::firstInvalidByte(text)) {
        const TextPosition pos = positionOf(text, *bad);
        return Error{"invalid UTF-8 (byte 0x" +
                         [&] {
                             char hex[3];
                             std::snprintf(hex, sizeof hex, "%02X",
                                           static_cast<unsigned char>(text[*bad]));
                             return std::string(hex);
                         }() +
                         ")",
                     {std::string(fileName), pos.line, pos.column, {}}};
    }
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte is the 1-based index of the last byte read.
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        const TextPosition pos = positionOf(text, offset);
        const std::string what =
            text.empty() ? std::string("the document is empty") : explanation(e.what());
        return Error{what, {std::string(fileName), pos.line, pos.column, {}}};
    }
}

namespace {

// A minimal scanner that walks JSON text without building values, to find where a
// pointer's value starts. It trusts the text to be valid JSON (it was parsed before).
class Scanner
{
public:
    explicit Scanner(std::string_view text) : m_text(text) {}

    std::size_t pos() const { return m_pos; }

    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' ||
                                         m_text[m_pos] == '\r' || m_text[m_pos] == '\t'))
            ++m_pos;
    }

    bool at(char c)
    {
        skipSpace();
        return m_pos < m_text.size() && m_text[m_pos] == c;
    }

    bool consume(char c)
    {
        if (!at(c))
            return false;
        ++m_pos;
        return true;
    }

    // Reads a string token and returns its unescaped value (enough for member names).
    std::string readString()
    {
        std::string out;
        if (!consume('"'))
            return out;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size()) {
                const char e = m_text[m_pos + 1];
                m_pos += 2;
                switch (e) {
                case 'n':
                    out += '\n';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'u':
                    if (m_pos + 4 <= m_text.size()) {
                        utf8::append(out, static_cast<char32_t>(std::stoul(
                                              std::string(m_text.substr(m_pos, 4)), nullptr, 16)));
                        m_pos += 4;
                    }
                    break;
                default:
                    out += e;
                }
            } else {
                out += m_text[m_pos++];
            }
        }
        ++m_pos; // closing quote
        return out;
    }

    void skipValue()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return;
        const char c = m_text[m_pos];
        if (c == '"') {
            readString();
        } else if (c == '{' || c == '[') {
            int depth = 0;
            while (m_pos < m_text.size()) {
                const char d = m_text[m_pos];
                if (d == '"') {
                    readString();
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']')
                    --depth;
                ++m_pos;
                if (depth == 0)
                    return;
            }
        } else {
            while (m_pos < m_text.size() && std::strchr(",}] \n\r\t", m_text[m_pos]) == nullptr)
                ++m_pos;
        }
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

std::string unescapeToken(std::string_view token)
{
    std::string out;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            out += token[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            out += token[i];
        }
    }
    return out;
}

} // namespace

TextPosition locate(std::string_view text, std::string_view pointer)
{
    Scanner scanner(text);
    scanner.skipSpace();
    std::size_t found = scanner.pos();
    if (pointer.empty() || pointer[0] != '/')
        return positionOf(text, found);
    for (std::size_t start = 1;;) {
        const std::size_t end = std::min(pointer.find('/', start), pointer.size());
        const std::string token = unescapeToken(pointer.substr(start, end - start));
        bool descended = false;
        if (scanner.consume('{')) {
            while (!scanner.at('}') && scanner.pos() < text.size()) {
                const std::string key = scanner.readString();
                scanner.consume(':');
                if (key == token) {
                    scanner.skipSpace();
                    descended = true;
                    break;
                }
                scanner.skipValue();
                scanner.consume(',');
            }
        } else if (scanner.consume('[')) {
            const bool numeric =
                !token.empty() && token.find_first_not_of("0123456789") == std::string::npos;
            const std::size_t index = numeric ? std::stoul(token) : SIZE_MAX;
            for (std::size_t i = 0; !scanner.at(']') && scanner.pos() < text.size(); ++i) {
                if (i == index) {
                    scanner.skipSpace();
                    descended = true;
                    break;
                }
                scanner.skipValue();
                scanner.consume(',');
            }
        }
        if (!descended)
            break;
        found = scanner.pos();
        if (end >= pointer.size())
            break;
        start = end + 1;
    }
    return positionOf(text, found);
}

std::vector<TextPosition> arrayElementPositions(std::string_view text)
{
    std::vector<std::size_t> offsets;
    Scanner scanner(text);
    if (scanner.consume('[')) {
        while (!scanner.at(']') && scanner.pos() < text.size()) {
            offsets.push_back(scanner.pos());
            scanner.skipValue();
            scanner.consume(',');
        }
    }
    // Walk the text once, turning the sorted offsets into lines and columns.
    std::vector<TextPosition> positions;
    positions.reserve(offsets.size());
    TextPosition pos;
    std::size_t lineStart = 0;
    std::size_t cursor = 0;
    for (const std::size_t offset : offsets) {
        for (; cursor < offset; ++cursor) {
            if (text[cursor] == '\n') {
                ++pos.line;
                lineStart = cursor + 1;
            }
        }
        pos.column =
            static_cast<int>(utf8::countCodePoints(text.substr(lineStart), offset - lineStart)) + 1;
        positions.push_back(pos);
    }
    return positions;
}

Error located(Error error, std::string_view text, std::string_view fileName)
{
    if (error.where.file.empty())
        error.where.file = fileName;
    if (error.where.line == 0) {
        const TextPosition pos = locate(text, error.where.pointer);
        error.where.line = pos.line;
        error.where.column = pos.column;
    }
    return error;
}

std::string escapeToken(std::string_view token)
{
    std::string out;
    out.reserve(token.size());
    for (const char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string appendToken(std::string_view base, std::string_view token)
{
    return std::string(base) + '/' + escapeToken(token);
}

std::string appendIndex(std::string_view base, std::size_t index)
{
    return std::string(base) + '/' + std::to_string(index);
}

Result<std::string> readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{std::string("cannot open file: ") + std::strerror(errno), {path, 0, 0, {}}};
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        return Error{"cannot read file", {path, 0, 0, {}}};
    return buffer.str();
}

} // namespace causeway::json_text
