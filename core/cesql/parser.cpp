#include "cesql/parser.h"

#include "cesql/functions.h"
#include "cesql/lexer.h"

#include <algorithm>
#include <array>
#include <limits>
#include <optional>

namespace causeway::cesql::detail {

namespace {

// Bound the recursion of parsing (parentheses, unary operators) and of evaluation
// (tree height, which long AND/OR chains raise); real filters stay far below both.
constexpr int kMaxNesting = 100;
constexpr int kMaxHeight = 1000;

constexpr std::array kBinaryTokens = {
    std::pair{TokenKind::And, BinaryOp::And},
    std::pair{TokenKind::Or, BinaryOp::Or},
    std::pair{TokenKind::Xor, BinaryOp::Xor},
    std::pair{TokenKind::Equal, BinaryOp::Equal},
    std::pair{TokenKind::NotEqual, BinaryOp::NotEqual},
    std::pair{TokenKind::Less, BinaryOp::Less},
    std::pair{TokenKind::LessOrEqual, BinaryOp::LessOrEqual},
    std::pair{TokenKind::Greater, BinaryOp::Greater},
    std::pair{TokenKind::GreaterOrEqual, BinaryOp::GreaterOrEqual},
    std::pair{TokenKind::Plus, BinaryOp::Add},
    std::pair{TokenKind::Minus, BinaryOp::Subtract},
    std::pair{TokenKind::Star, BinaryOp::Multiply},
    std::pair{TokenKind::Slash, BinaryOp::Divide},
    std::pair{TokenKind::Percent, BinaryOp::Modulo},
};

std::optional<BinaryOp> binaryOp(TokenKind kind)
{
    for (const auto &[token, op] : kBinaryTokens) {
        if (token == kind)
            return op;
    }
    return std::nullopt;
}

// Precedence levels of section 3.6, loosest first; all binary operators are left-associative.
enum class Level { Logic, Comparison, Additive, Multiplicative };

bool belongsTo(BinaryOp op, Level level)
{
    switch (level) {
    case Level::Logic:
        return op == BinaryOp::And || op == BinaryOp::Or || op == BinaryOp::Xor;
    case Level::Comparison:
        return op >= BinaryOp::Equal && op <= BinaryOp::GreaterOrEqual;
    case Level::Additive:
        return op == BinaryOp::Add || op == BinaryOp::Subtract;
    case Level::Multiplicative:
        break;
    }
    return op >= BinaryOp::Multiply;
}

class Parser
{
public:
    Parser(std::string_view text, std::vector<Token> tokens)
        : m_text(text), m_tokens(std::move(tokens))
    {
    }

    Result<NodePtr> parseAll()
    {
        NodePtr root = parseBinary(Level::Logic);
        if (root && peek().kind != TokenKind::End)
            fail(peek().offset, "unexpected " + describe(peek()));
        if (m_error)
            return *m_error;
        return root;
    }

private:
    const Token &peek(std::size_t ahead = 0) const
    {
        return m_tokens[std::min(m_position + ahead, m_tokens.size() - 1)];
    }
    Token &take() { return m_tokens[std::min(m_position++, m_tokens.size() - 1)]; }

    std::nullptr_t fail(std::size_t offset, std::string message)
    {
        if (!m_error)
            m_error = parseError(m_text, offset, std::move(message));
        return nullptr;
    }

    bool expect(TokenKind kind, const char *what)
    {
        if (peek().kind == kind) {
            take();
            return true;
        }
        fail(peek().offset, std::string("expected ") + what + ", found " + describe(peek()));
        return false;
    }

    template <typename Kind> NodePtr make(std::size_t offset, Kind kind, int childDepth = 0)
    {
        if (childDepth + 1 > kMaxHeight)
            return fail(offset, "the expression nests too deeply");
        return NodePtr(new Node{std::move(kind), offset, childDepth + 1});
    }

    NodePtr parseBinary(Level level)
    {
        const auto next = [this, level] {
            return level == Level::Multiplicative
                       ? parsePostfix()
                       : parseBinary(static_cast<Level>(static_cast<int>(level) + 1));
        };
        NodePtr left = next();
        while (left) {
            const auto op = binaryOp(peek().kind);
            if (!op || !belongsTo(*op, level))
                break;
            const std::size_t offset = take().offset;
            NodePtr right = next();
            if (!right)
                return nullptr;
            const int depth = std::max(left->depth, right->depth);
            left = make(offset, Binary{*op, std::move(left), std::move(right)}, depth);
        }
        return left;
    }

    // LIKE and IN follow their left operand; NOT before them negates the test.
    NodePtr parsePostfix()
    {
        NodePtr operand = parseUnary();
        while (operand) {
            const bool negated = peek().kind == TokenKind::Not &&
                                 (peek(1).kind == TokenKind::Like || peek(1).kind == TokenKind::In);
            if (negated)
                take();
            const Token &op = peek();
            if (op.kind == TokenKind::Like) {
                take();
                if (peek().kind != TokenKind::String)
                    return fail(peek().offset,
                                "the pattern of LIKE must be a string literal, not " +
                                    describe(peek()));
                LikePattern pattern = LikePattern::compile(take().text);
                const int depth = operand->depth;
                operand =
                    make(op.offset, Like{std::move(operand), std::move(pattern), negated}, depth);
            } else if (op.kind == TokenKind::In) {
                const std::size_t offset = take().offset;
                if (!expect(TokenKind::LeftParen, "'(' after IN"))
                    return nullptr;
                In in{std::move(operand), {}, negated};
                int depth = in.operand->depth;
                if (!parseList(in.set, depth) ||
                    !expect(TokenKind::RightParen, "',' or ')' in the IN list"))
                    return nullptr;
                operand = make(offset, std::move(in), depth);
            } else {
                break;
            }
        }
        return operand;
    }

    // One or more comma-separated expressions; @p depth grows to the highest of them.
    bool parseList(std::vector<NodePtr> &list, int &depth)
    {
        do {
            NodePtr element = parseBinary(Level::Logic);
            if (!element)
                return false;
            depth = std::max(depth, element->depth);
            list.push_back(std::move(element));
        } while (peek().kind == TokenKind::Comma && take().kind == TokenKind::Comma);
        return true;
    }

    NodePtr parseUnary()
    {
        if (++m_nesting > kMaxNesting)
            return fail(peek().offset, "the expression nests too deeply");
        NodePtr node = parseUnaryOperand();
        --m_nesting;
        return node;
    }

    NodePtr parseUnaryOperand()
    {
        const Token &token = peek();
        const std::size_t offset = token.offset;
        switch (token.kind) {
        case TokenKind::Not:
        case TokenKind::Minus: {
            take();
            // A sign directly before digits is part of the literal, so that the most
            // negative integer can be written.
            if (token.kind == TokenKind::Minus && peek().kind == TokenKind::Integer)
                return integerLiteral(offset, -take().integer);
            NodePtr operand = parseUnary();
            if (!operand)
                return nullptr;
            const UnaryOp op = token.kind == TokenKind::Not ? UnaryOp::Not : UnaryOp::Negate;
            const int depth = operand->depth;
            return make(offset, Unary{op, std::move(operand)}, depth);
        }
        case TokenKind::Plus:
            take();
            if (peek().kind != TokenKind::Integer)
                return fail(peek().offset, "expected digits after '+', found " + describe(peek()));
            return integerLiteral(offset, take().integer);
        case TokenKind::Exists:
            take();
            if (peek().kind != TokenKind::Identifier)
                return fail(peek().offset,
                            "expected an attribute name after EXISTS, found " + describe(peek()));
            return make(offset, Exists{resolveAttribute(std::move(take().text))});
        default:
            return parsePrimary();
        }
    }

    NodePtr integerLiteral(std::size_t offset, std::int64_t value)
    {
        if (value < std::numeric_limits<std::int32_t>::min() ||
            value > std::numeric_limits<std::int32_t>::max())
            return fail(offset, "the integer is outside the 32-bit range");
        return make(offset, Literal{static_cast<std::int32_t>(value)});
    }

    NodePtr parsePrimary()
    {
        Token &token = take();
        switch (token.kind) {
        case TokenKind::Integer:
            return integerLiteral(token.offset, token.integer);
        case TokenKind::String:
            return make(token.offset, Literal{std::move(token.text)});
        case TokenKind::True:
        case TokenKind::False:
            return make(token.offset, Literal{token.kind == TokenKind::True});
        case TokenKind::Identifier:
            return make(token.offset, AttributeAccess{resolveAttribute(std::move(token.text))});
        case TokenKind::Function:
            return parseCall(token);
        case TokenKind::LeftParen: {
            NodePtr inner = parseBinary(Level::Logic);
            if (!inner || !expect(TokenKind::RightParen, "')'"))
                return nullptr;
            return inner;
        }
        default:
            return fail(token.offset, "expected a value, found " + describe(token));
        }
    }

    NodePtr parseCall(Token &name)
    {
        take(); // '(' (the lexer only makes a Function token when one follows)
        std::vector<NodePtr> arguments;
        int depth = 0;
        if (peek().kind != TokenKind::RightParen && !parseList(arguments, depth))
            return nullptr;
        if (!expect(TokenKind::RightParen, "',' or ')' after the arguments"))
            return nullptr;
        // An unknown function is not a parse error: it evaluates to false with a
        // missingFunction error (section 3.5).
        if (const Function *function = findFunction(name.text, arguments.size()))
            return make(name.offset, Call{function, std::move(arguments)}, depth);
        return make(name.offset, MissingCall{std::move(name.text), arguments.size()});
    }

    std::string_view m_text;
    std::vector<Token> m_tokens;
    std::size_t m_position = 0;
    int m_nesting = 0;
    std::optional<Error> m_error;
};

} // namespace

Result<Program> parse(std::string_view text)
{
    auto tokens = tokenize(text);
    if (!tokens)
        return tokens.error();
    auto root = Parser(text, std::move(*tokens)).parseAll();
    if (!root)
        return root.error();
    return Program{std::string(text), std::move(*root)};
}

} // namespace causeway::cesql::detail
