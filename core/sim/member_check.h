#pragma once

// Shared by the simulation's project-file readers (durations, distributions, rate models).

#include "common/json_text.h"
#include "common/result.h"

#include <algorithm>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace causeway::sim::detail {

inline std::string inQuotes(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

inline std::string joined(std::initializer_list<std::string_view> names)
{
    std::string text;
    for (const std::string_view name : names)
        text += (text.empty() ? "" : ", ") + std::string(name);
    return text;
}

/**
 * @brief An object with all of @p required and nothing outside @p required and @p optional.
 * A typo such as "stdev" is reported at the typo rather than as a missing "stddev".
 */
inline Status checkMembers(const nlohmann::json &value, const std::string &pointer,
                           std::initializer_list<std::string_view> required,
                           std::initializer_list<std::string_view> optional = {})
{
    if (!value.is_object())
        return makeError(
            "expected an object with " + joined(required) + ", not " + value.type_name(), pointer);
    for (const auto &[key, member] : value.items()) {
        const auto known = [&](std::initializer_list<std::string_view> names) {
            return std::find(names.begin(), names.end(), key) != names.end();
        };
        if (!known(required) && !known(optional)) {
            std::string expected = joined(required);
            if (optional.size() > 0)
                expected += " (optional: " + joined(optional) + ")";
            return makeError("unknown member " + inQuotes(key) + "; expected " + expected,
                             json_text::appendToken(pointer, key));
        }
    }
    for (const std::string_view name : required)
        if (!value.contains(name))
            return makeError("missing " + inQuotes(name), json_text::appendToken(pointer, name));
    return Ok{};
}

} // namespace causeway::sim::detail
