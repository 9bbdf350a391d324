#pragma once

#include "model/cloud_event.h"
#include "routing/json_path.h"

#include <forward_list>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace causeway::routing {

/** @brief Events by name, such as the parts of a join: "application", "credit", "fraud". */
using NamedEvents = std::vector<std::pair<std::string, std::shared_ptr<const model::CloudEvent>>>;

/**
 * @brief Named values that paths read before the event's own members: with a root "state",
 * "$.state.count" reads it instead of an attribute. A root is a JSON value, or events by
 * name, read in place: "$.joined.credit.data.score" finds the "credit" event and reads its
 * payload without writing the event as JSON first. Holds pointers, not copies, so handing
 * a simulated actor's memory and joined events to a template costs nothing; the values (and
 * the names) must outlive the roots. A name added later hides an earlier one.
 */
class PathRoots
{
public:
    void add(std::string_view name, const nlohmann::json &value)
    {
        m_roots.push_back({name, &value, nullptr});
    }

    void addEvents(std::string_view name, const NamedEvents &events)
    {
        m_roots.push_back({name, nullptr, &events});
    }

    /** @brief Adds each member of @p object (nothing when it is no object). */
    void addMembers(const nlohmann::json &object)
    {
        if (!object.is_object())
            return;
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value());
    }

    /** @brief Whether a root is called @p name. */
    bool has(std::string_view name) const { return root(name) != nullptr; }

    /**
     * @brief Appends to @p out what @p below (the path after the root's name) reaches in the
     * root @p name; false when there is no such root. An event's attributes, and whole events
     * a path stops at, are written as JSON into @p scratch, which keeps them for @p out (a list:
     * nothing is allocated until something is written, and what is written stays where it is).
     */
    bool select(std::string_view name, const JsonPath &below,
                std::vector<const nlohmann::json *> &out,
                std::forward_list<nlohmann::json> &scratch) const;

private:
    struct Root
    {
        std::string_view name;
        const nlohmann::json *value;
        const NamedEvents *events;
    };
    const Root *root(std::string_view name) const
    {
        for (auto it = m_roots.rbegin(); it != m_roots.rend(); ++it) {
            if (it->name == name)
                return &*it;
        }
        return nullptr;
    }

    std::vector<Root> m_roots; // a few: searched in turn
};

} // namespace causeway::routing
