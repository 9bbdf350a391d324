#pragma once

#include "bus/clock.h"

#include <cstdint>
#include <deque>
#include <string_view>
#include <unordered_set>

namespace causeway::bus {

/**
 * @brief The (source, id) pairs seen within a time window, bounded in count: what an
 * idempotent consumer needs to ignore an event delivered twice. Pairs are kept as 128-bit
 * fingerprints, so remembering one allocates nothing per character; two different pairs
 * collide with a probability far below that of a hardware error.
 */
class DedupWindow
{
public:
    DedupWindow(Nanos window, std::size_t capacity) : m_window(window), m_capacity(capacity) {}

    /** @brief Remembers the pair; false when it was already seen within the window. */
    bool firstSighting(std::string_view source, std::string_view id, Nanos now);

    std::size_t size() const { return m_keys.size(); }

private:
    struct Fingerprint
    {
        std::uint64_t high;
        std::uint64_t low;
        bool operator==(const Fingerprint &) const = default;
    };
    struct FingerprintHash
    {
        std::size_t operator()(const Fingerprint &f) const { return f.low; }
    };
    struct Sighting
    {
        Nanos at;
        Fingerprint key;
    };

    static Fingerprint fingerprint(std::string_view source, std::string_view id);
    void forgetBefore(Nanos cutoff);

    Nanos m_window;
    std::size_t m_capacity;
    std::unordered_set<Fingerprint, FingerprintHash> m_keys;
    std::deque<Sighting> m_order; // oldest first
};

} // namespace causeway::bus
