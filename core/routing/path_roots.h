#pragma once

#include <nlohmann/json.hpp>
#include <string_view>
#include <utility>
#include <vector>

namespace causeway::routing {

/**
 * @brief Named JSON values that paths read before the event's own members: with a root
 * "state", "$.state.count" reads it instead of an attribute. Holds pointers, not copies, so
 * handing a simulated actor's memory and joined events to a template costs nothing; the
 * values (and the names) must outlive the roots. A name added later hides an earlier one.
 */
class PathRoots
{
public:
    void add(std::string_view name, const nlohmann::json &value)
    {
        m_roots.emplace_back(name, &value);
    }

    /** @brief Adds each member of @p object (nothing when it is no object). */
    void addMembers(const nlohmann::json &object)
    {
        if (!object.is_object())
            return;
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value());
    }

    /** @brief The value named @p name, or nullptr. */
    const nlohmann::json *find(std::string_view name) const
    {
        for (auto it = m_roots.rbegin(); it != m_roots.rend(); ++it) {
            if (it->first == name)
                return it->second;
        }
        return nullptr;
    }

private:
    std::vector<std::pair<std::string_view, const nlohmann::json *>>
        m_roots; // a few: searched in turn
};

} // namespace causeway::routing
