#pragma once

#include "bus/clock.h"
#include "model/cloud_event.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <string>

namespace causeway::bus {

/** @brief An event the bus gave up on, and why. */
struct DeadLetter
{
    std::uint64_t id = 0;    // stable handle for inspect and re-queue
    model::CloudEvent event; // as last attempted (retrycount included)
    std::string target;      // "actor credit-check"; empty when no target was reached
    std::string rule;        // the rule that routed it, when there was one
    std::string reason;
    int attempts = 0;
    Nanos at = 0;
};

/**
 * @brief Dead letters in arrival order, the newest `capacity` of them held whole.
 *
 * A letter leaves by take(), or, once the queue holds `capacity` letters, when a newer one
 * arrives: then the oldest is let go and only counted (dropped()), so that a long run or
 * live traffic with a steady trickle of failures does not grow without end.
 */
class DeadLetterQueue
{
public:
    static constexpr std::size_t kDefaultCapacity = 10'000;

    explicit DeadLetterQueue(std::size_t capacity = kDefaultCapacity);

    std::uint64_t add(DeadLetter letter);
    const std::deque<DeadLetter> &list() const { return m_letters; }
    const DeadLetter *find(std::uint64_t id) const;
    std::optional<DeadLetter> take(std::uint64_t id);
    /** @brief The letters held now. */
    std::size_t size() const { return m_letters.size(); }
    /** @brief Letters let go to make room for newer ones. */
    std::uint64_t dropped() const { return m_dropped; }
    /** @brief Every letter not taken back: those held and those dropped. */
    std::uint64_t count() const { return m_letters.size() + m_dropped; }

private:
    std::deque<DeadLetter> m_letters; // ids increase, so lookups are binary searches
    std::size_t m_capacity;
    std::uint64_t m_dropped = 0;
    std::uint64_t m_nextId = 1;
};

} // namespace causeway::bus
