#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace causeway {

/** @brief A hash that lets string-keyed maps be searched with a string_view, without a copy. */
struct TextHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const
    {
        return std::hash<std::string_view>{}(text);
    }
};

/** @brief A map from text to @p Value that finds string_views as they are. */
template <typename Value>
using TextMap = std::unordered_map<std::string, Value, TextHash, std::equal_to<>>;

} // namespace causeway
