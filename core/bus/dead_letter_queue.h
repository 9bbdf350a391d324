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

/** @brief Dead letters in arrival order; nothing leaves it except by take(). */
class DeadLetterQueue
{
public:
    std::uint64_t add(DeadLetter letter);
    const std::deque<DeadLetter> &list() const { return m_letters; }
    const DeadLetter *find(std::uint64_t id) const;
    std::optional<DeadLetter> take(std::uint64_t id);
    std::size_t size() const { return m_letters.size(); }

private:
    std::deque<DeadLetter> m_letters; // ids increase, so lookups are binary searches
    std::uint64_t m_nextId = 1;
};

} // namespace causeway::bus
