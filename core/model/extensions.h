#pragma once

#include "model/attribute.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace causeway::model {

/**
 * @brief An event's extension attributes by name, in name order, with std::map's interface.
 * A sorted vector: an event carries a handful, so one allocation holds them all and a search
 * is a few length comparisons, where a map allocated a node for each. Unlike a map's, its
 * iterators let a name be changed: only values are to be changed through them.
 */
class Extensions
{
public:
    using value_type = std::pair<std::string, AttributeValue>;
    using iterator = std::vector<value_type>::iterator;
    using const_iterator = std::vector<value_type>::const_iterator;

    iterator begin() { return m_entries.begin(); }
    iterator end() { return m_entries.end(); }
    const_iterator begin() const { return m_entries.begin(); }
    const_iterator end() const { return m_entries.end(); }
    std::size_t size() const { return m_entries.size(); }
    bool empty() const { return m_entries.empty(); }

    iterator find(std::string_view name)
    {
        return std::find_if(m_entries.begin(), m_entries.end(),
                            [name](const value_type &entry) { return entry.first == name; });
    }
    const_iterator find(std::string_view name) const
    {
        return const_cast<Extensions *>(this)->find(name);
    }
    bool contains(std::string_view name) const { return find(name) != end(); }

    /** @brief The value of @p name; throws std::out_of_range when it is not set. */
    const AttributeValue &at(std::string_view name) const
    {
        const auto found = find(name);
        if (found == end())
            throw std::out_of_range("no extension attribute '" + std::string(name) + "'");
        return found->second;
    }

    /** @brief Sets @p name; true when it was not set before. */
    std::pair<iterator, bool> insert_or_assign(std::string name, AttributeValue value)
    {
        auto [place, fresh] = placeOf(name);
        if (fresh)
            return {m_entries.emplace(place, std::move(name), std::move(value)), true};
        place->second = std::move(value);
        return {place, false};
    }

    /** @brief Sets @p name unless it is set already. */
    std::pair<iterator, bool> emplace(std::string name, AttributeValue value)
    {
        auto [place, fresh] = placeOf(name);
        if (fresh)
            place = m_entries.emplace(place, std::move(name), std::move(value));
        return {place, fresh};
    }

    iterator erase(const_iterator position) { return m_entries.erase(position); }

    bool operator==(const Extensions &) const = default;

private:
    // Causeway's own extensions (correlation, causation, language, priority, synthetic) and
    // one more fit the first allocation.
    static constexpr std::size_t kFirstCapacity = 6;

    // Where @p name is or would go, and whether it is missing.
    std::pair<iterator, bool> placeOf(std::string_view name)
    {
        if (m_entries.capacity() == 0)
            m_entries.reserve(kFirstCapacity);
        if (m_entries.empty() || std::string_view(m_entries.back().first) < name)
            return {m_entries.end(), true}; // names set in order go to the end at once
        const auto place =
            std::lower_bound(m_entries.begin(), m_entries.end(), name,
                             [](const value_type &entry, std::string_view key) {
                                 return std::string_view(entry.first) < key;
                             });
        return {place, place == m_entries.end() || place->first != name};
    }

    std::vector<value_type> m_entries;
};

} // namespace causeway::model
