#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace causeway::schema {

/**
 * @brief Checks @p value against the "format" named @p format: date, time, date-time
 * (RFC 3339), email, uri (absolute, RFC 3986), uuid, ipv4. Returns what is wrong, or
 * nullopt when the value conforms or the format is not one of these (unknown formats
 * are annotations, as the drafts allow).
 */
std::optional<std::string> formatProblem(std::string_view format, std::string_view value);

using FormatCheck = bool (*)(std::string_view value);

/** @brief The check for the "format" named @p format, or nullptr when it is not one of these. */
FormatCheck formatCheck(std::string_view format);

} // namespace causeway::schema
