#pragma once

#include "common/result.h"

#include <nlohmann/json.hpp>
#include <string>
#include <variant>
#include <vector>

namespace causeway::routing {

/**
 * @brief A compiled JSONPath of the subset rules use: $.a.b, $['a'], $.items[0],
 * $.items[*].sku. Selecting yields every value it reaches (several with [*]).
 */
class JsonPath
{
public:
    /** @brief Parses @p text; errors say which character is wrong. */
    static Result<JsonPath> parse(std::string_view text);

    /** @brief The values @p path reaches in @p root, in document order; none when missing. */
    void select(const nlohmann::json &root, std::vector<const nlohmann::json *> &out) const;

    /** @brief The first segment's name ("data" for $.data.amount), or empty. */
    const std::string &head() const;

    /** @brief A path without its first segment ($.data.amount -> $.amount). */
    JsonPath tail() const;

    const std::string &text() const { return m_text; }
    bool empty() const { return m_segments.empty(); }

private:
    struct Wildcard
    {
    };
    using Segment = std::variant<std::string, std::size_t, Wildcard>;

    void select(const nlohmann::json &node, std::size_t segment,
                std::vector<const nlohmann::json *> &out) const;

    std::string m_text;
    std::vector<Segment> m_segments;
};

} // namespace causeway::routing
