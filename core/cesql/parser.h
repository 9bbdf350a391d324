#pragma once

#include "cesql/ast.h"
#include "common/result.h"

#include <string>
#include <string_view>

namespace causeway::cesql::detail {

/** @brief A compiled expression: its text and its syntax tree. */
struct Program
{
    std::string text;
    NodePtr root;
};

/** @brief Parses CESQL v1; errors carry the line and column (in characters) of the problem. */
Result<Program> parse(std::string_view text);

} // namespace causeway::cesql::detail
