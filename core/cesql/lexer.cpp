#include "cesql/lexer.h"

#include "common/ascii.h"
#include "common/json_text.h"
#include "common/utf8.h"

#include <array>
#include <utility>

namespace causeway::cesql::detail {

namespace {

using ascii::isDigit;
constexpr auto isLetter = ascii::isAlpha;
constexpr auto upper = ascii::toUpper;
constexpr auto lower = ascii::toLower;

constexpr std::array kKeywords = {
    std::pair{std::string_view("AND"), TokenKind::And},
    std::pair{std::string_view("OR"), TokenKind::Or},
    std::pair{std::string_view("XOR"), TokenKind::Xor},
    std::pair{std::string_view("NOT"), TokenKind::Not},
    std::pair{std::string_view("LIKE"), TokenKind::Like},
    std::pair{std::string_view("IN"), TokenKind::In},
    std::pair{std::string_view("EXISTS"), TokenKind::Exists},
    std::pair{std::string_view("TRUE"), TokenKind::True},
    std::pair{std::string_view("FALSE"), TokenKind::False},
};

// Keywords are case-insensitive (section 2).
TokenKind keywordKind(std::string_view word)
{
    for (const auto &[keyword, kind] : kKeywords) {
        if (keyword.size() != word.size())
            continue;
        bool same = true;
        for (std::size_t i = 0; same && i < word.size(); ++i)
            same = upper(word[i]) == keyword[i];
        if (same)
            return kind;
    }
    return TokenKind::End;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

Error parseError(std::string_view expression, std::size_t offset, std::string message)
{
    const auto pos = json_text::positionOf(expression, offset);
    return Error{std::move(message), SourceLocation{{}, pos.line, pos.column, {}}};
}

std::string describe(const Token &token)
{
    switch (token.kind) {
    case TokenKind::End:
        return "the end of the expression";
    case TokenKind::Integer:
        return "the number " + std::to_string(token.integer);
    case TokenKind::String:
        return "a string";
    case TokenKind::Identifier:
        return "'" + token.text + "'";
    case TokenKind::Function:
        return "the function " + token.text;
    default:
        break;
    }
    static constexpr std::array kSymbols = {
        "(", ")", ",", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%"};
    const auto index =
        static_cast<std::size_t>(token.kind) - static_cast<std::size_t>(TokenKind::LeftParen);
    if (index < kSymbols.size())
        return "'" + std::string(kSymbols[index]) + "'";
    for (const auto &[keyword, kind] : kKeywords) {
        if (kind == token.kind)
            return std::string(keyword);
    }
    return "a token";
}

Result<std::vector<Token>> tokenize(std::string_view text)
{
    if (const auto bad = utf8::firstInvalidByte(text))
        return parseError(text, *bad, "invalid UTF-8");
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (true) {
        while (i < text.size() && isSpace(text[i]))
            ++i;
        Token token;
        token.offset = i;
        if (i == text.size()) {
            tokens.push_back(std::move(token));
            return tokens;
        }
        const char c = text[i];
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        const auto symbol = [&](TokenKind kind, std::size_t length) {
            token.kind = kind;
            i += length;
        };
        if (isLetter(c) || isDigit(c) || c == '_') {
            std::size_t end = i;
            bool digitsOnly = true;
            bool underscore = false;
            while (end < text.size() &&
                   (isLetter(text[end]) || isDigit(text[end]) || text[end] == '_')) {
                digitsOnly = digitsOnly && isDigit(text[end]);
                underscore = underscore || text[end] == '_';
                ++end;
            }
            const std::string_view word = text.substr(i, end - i);
            std::size_t after = end;
            while (after < text.size() && isSpace(text[after]))
                ++after;
            const bool call = after < text.size() && text[after] == '(';
            if (digitsOnly) {
                token.kind = TokenKind::Integer;
                for (const char digit : word)
                    token.integer = std::min<std::int64_t>(token.integer * 10 + (digit - '0'),
                                                           std::int64_t{1} << 40);
            } else if (const TokenKind keyword = keywordKind(word); keyword != TokenKind::End) {
                token.kind = keyword;
            } else if (call) {
                for (const char ch : word) {
                    if (isDigit(ch) || !isLetter(word.front()))
                        return parseError(text, i,
                                          "a function name is a letter followed by letters and "
                                          "'_', not '" +
                                              std::string(word) + "'");
                }
                token.kind = TokenKind::Function;
                for (const char ch : word)
                    token.text += upper(ch);
            } else {
                if (underscore)
                    return parseError(text, i,
                                      "an attribute name has only letters and digits, not '" +
                                          std::string(word) + "'");
                token.kind = TokenKind::Identifier;
                for (const char ch : word)
                    token.text += lower(ch);
            }
            i = end;
        } else if (c == '\'' || c == '"') {
            // Only the delimiter can be escaped; other backslashes stay (LIKE uses them).
            std::size_t j = i + 1;
            while (j < text.size() && text[j] != c) {
                if (text[j] == '\\' && j + 1 < text.size() && text[j + 1] == c)
                    ++j;
                token.text += text[j++];
            }
            if (j == text.size())
                return parseError(text, i, "the string is not closed");
            token.kind = TokenKind::String;
            i = j + 1;
        } else if (c == '(') {
            symbol(TokenKind::LeftParen, 1);
        } else if (c == ')') {
            symbol(TokenKind::RightParen, 1);
        } else if (c == ',') {
            symbol(TokenKind::Comma, 1);
        } else if (c == '=') {
            symbol(TokenKind::Equal, 1);
        } else if (c == '!' && next == '=') {
            symbol(TokenKind::NotEqual, 2);
        } else if (c == '<') {
            next == '>'   ? symbol(TokenKind::NotEqual, 2)
            : next == '=' ? symbol(TokenKind::LessOrEqual, 2)
                          : symbol(TokenKind::Less, 1);
        } else if (c == '>') {
            next == '=' ? symbol(TokenKind::GreaterOrEqual, 2) : symbol(TokenKind::Greater, 1);
        } else if (c == '+') {
            symbol(TokenKind::Plus, 1);
        } else if (c == '-') {
            symbol(TokenKind::Minus, 1);
        } else if (c == '*') {
            symbol(TokenKind::Star, 1);
        } else if (c == '/') {
            symbol(TokenKind::Slash, 1);
        } else if (c == '%') {
            symbol(TokenKind::Percent, 1);
        } else {
            std::size_t end = i;
            utf8::decode(text, end);
            return parseError(
                text, i, "unexpected character '" + std::string(text.substr(i, end - i)) + "'");
        }
        tokens.push_back(std::move(token));
    }
}

} // namespace causeway::cesql::detail
