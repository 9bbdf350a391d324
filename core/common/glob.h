#pragma once

#include <string_view>

namespace causeway {

/** @brief Whether @p text matches @p pattern, where '*' stands for any run of characters. */
bool globMatch(std::string_view pattern, std::string_view text);

} // namespace causeway
