#pragma once

// Turning valijson's reports into SchemaIssues. Internal to the schema unit.

#include "schema/json_schema.h"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace causeway::schema {

/** @brief One report as valijson gives it: context like {"<root>", "[items]", "[0]"}. */
struct RawIssue
{
    std::vector<std::string> context;
    std::string description;
};

/**
 * @brief Pointers instead of contexts, messages a person understands, and only the
 * useful reports: the failing leaves, not the parents that merely pass failure up.
 * Never empty when @p raw is not; the fallback is one issue at the root.
 */
std::vector<SchemaIssue> describeIssues(const std::vector<RawIssue> &raw,
                                        const nlohmann::json &instance);

/** @brief @p text in double quotes, shortened to about 40 characters. */
std::string quoteText(std::string_view text);

} // namespace causeway::schema
