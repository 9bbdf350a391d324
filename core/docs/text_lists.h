#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace causeway::docs {

/** @brief Appends @p item unless @p list has it: lists keep the order things are first met. */
inline void addUnique(std::vector<std::string> &list, const std::string &item)
{
    if (std::find(list.begin(), list.end(), item) == list.end())
        list.push_back(item);
}

/** @brief The parts with @p separator between them. */
inline std::string joined(const std::vector<std::string> &parts, std::string_view separator)
{
    std::string out;
    for (const std::string &part : parts) {
        if (!out.empty())
            out += separator;
        out += part;
    }
    return out;
}

} // namespace causeway::docs
