#pragma once

// The syntax tree of a compiled expression. Built once by the parser, then only read:
// evaluations on any number of threads share it.
#include "cesql/like_pattern.h"
#include "cesql/value.h"

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace causeway::cesql::detail {

struct Function;
struct Node;
using NodePtr = std::unique_ptr<const Node>;

/** @brief Core attributes are resolved at parse time so that evaluation reads the field. */
enum class CoreAttribute : std::uint8_t {
    None, // an extension, looked up by name
    Id,
    Source,
    Specversion,
    Type,
    Datacontenttype,
    Dataschema,
    Subject,
    Time
};

struct AttributeRef
{
    CoreAttribute core = CoreAttribute::None;
    std::string name; // lower case
};

/** @brief The reference for attribute @p name (lower case): a core field or an extension. */
AttributeRef resolveAttribute(std::string name);

struct Literal
{
    Value value;
};

struct AttributeAccess
{
    AttributeRef attribute;
};

struct Exists
{
    AttributeRef attribute;
};

enum class UnaryOp : std::uint8_t { Not, Negate };

struct Unary
{
    UnaryOp op;
    NodePtr operand;
};

enum class BinaryOp : std::uint8_t {
    And,
    Or,
    Xor,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo
};

struct Binary
{
    BinaryOp op;
    NodePtr left;
    NodePtr right;
};

struct Like
{
    NodePtr operand;
    LikePattern pattern;
    bool negated = false;
};

struct In
{
    NodePtr operand;
    std::vector<NodePtr> set;
    bool negated = false;
};

struct Call
{
    const Function *function;
    std::vector<NodePtr> arguments;
};

/** @brief A call that matches no function: evaluates to false with a missingFunction error. */
struct MissingCall
{
    std::string name;
    std::size_t argumentCount = 0;
};

struct Node
{
    std::variant<Literal, AttributeAccess, Exists, Unary, Binary, Like, In, Call, MissingCall> kind;
    std::size_t offset = 0; // byte offset of the node in the expression text
    int depth = 1;          // height of the subtree, bounded by the parser
};

} // namespace causeway::cesql::detail
