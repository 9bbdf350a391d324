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

    /**
     * @brief Calls @p found with every node the path reaches from @p node, in document order,
     * in any JSON tree. @p tree adapts the tree: member(node, name) and element(node, index)
     * return the child or something false, forEachChild(node, f) visits array elements and
     * member values. One walk serves nlohmann::json and the simdjson event view alike.
     */
    template <typename Tree, typename Node, typename Found>
    void walk(const Tree &tree, const Node &node, Found &&found, std::size_t segment = 0) const
    {
        if (segment == m_segments.size()) {
            found(node);
            return;
        }
        const Segment &step = m_segments[segment];
        if (const auto *name = std::get_if<std::string>(&step)) {
            if (const auto child = tree.member(node, *name))
                walk(tree, *child, found, segment + 1);
        } else if (const auto *index = std::get_if<std::size_t>(&step)) {
            if (const auto child = tree.element(node, *index))
                walk(tree, *child, found, segment + 1);
        } else {
            tree.forEachChild(node,
                              [&](const Node &child) { walk(tree, child, found, segment + 1); });
        }
    }

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

    std::string m_text;
    std::vector<Segment> m_segments;
};

} // namespace causeway::routing
