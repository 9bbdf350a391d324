#pragma once

#include "bus/clock.h"

#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>

namespace causeway::bus {

/**
 * @brief The (source, id) pairs seen within a time window, bounded in count: what an
 * idempotent consumer needs to ignore an event delivered twice.
 */
class DedupWindow
{
public:
    DedupWindow(Nanos window, std::size_t capacity) : m_window(window), m_capacity(capacity) {}

    /** @brief Remembers the pair; false when it was already seen within the window. */
    bool firstSighting(std::string_view source, std::string_view id, Nanos now);

    std::size_t size() const { return m_keys.size(); }

private:
    void forgetBefore(Nanos cutoff);

    struct Sighting
    {
        Nanos at;
        std::string key;
    };
    Nanos m_window;
    std::size_t m_capacity;
    std::unordered_set<std::string> m_keys;
    std::deque<Sighting> m_order; // oldest first
};

} // namespace causeway::bus
