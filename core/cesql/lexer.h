#pragma once

#include "common/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace causeway::cesql::detail {

enum class TokenKind : std::uint8_t {
    End,
    Integer,    // digits only; the sign is an operator the parser folds in
    String,     // text holds the literal with its escapes resolved
    Identifier, // letters and digits
    Function,   // a name followed by '(' (letters and '_')
    LeftParen,
    RightParen,
    Comma,
    Equal,
    NotEqual, // != and <>
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    And,
    Or,
    Xor,
    Not,
    Like,
    In,
    Exists,
    True,
    False
};

struct Token
{
    TokenKind kind = TokenKind::End;
    std::size_t offset = 0;   // byte offset in the expression
    std::string text;         // identifier (lower case), function name, or string value
    std::int64_t integer = 0; // saturated above the 32-bit range; the parser checks it
};

/** @brief Splits an expression into tokens; the last one is End. */
Result<std::vector<Token>> tokenize(std::string_view expression);

/** @brief How a token reads in messages ("'('", "AND", "end of expression"). */
std::string describe(const Token &token);

/** @brief A parse error at byte @p offset of @p expression, with line and column. */
Error parseError(std::string_view expression, std::size_t offset, std::string message);

} // namespace causeway::cesql::detail
