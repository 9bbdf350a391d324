#include "bus/dead_letter_queue.h"

#include <algorithm>

namespace causeway::bus {

namespace {

template <typename Letters> auto lowerBound(Letters &letters, std::uint64_t id)
{
    return std::lower_bound(
        letters.begin(), letters.end(), id,
        [](const DeadLetter &letter, std::uint64_t v) { return letter.id < v; });
}

} // namespace

DeadLetterQueue::DeadLetterQueue(std::size_t capacity) : m_capacity(std::max<std::size_t>(capacity, 1))
{
}

std::uint64_t DeadLetterQueue::add(DeadLetter letter)
{
    if (m_letters.size() == m_capacity) {
        m_letters.pop_front();
        ++m_dropped;
    }
    letter.id = m_nextId++;
    m_letters.push_back(std::move(letter));
    return m_letters.back().id;
}

const DeadLetter *DeadLetterQueue::find(std::uint64_t id) const
{
    const auto it = lowerBound(m_letters, id);
    return it != m_letters.end() && it->id == id ? &*it : nullptr;
}

std::optional<DeadLetter> DeadLetterQueue::take(std::uint64_t id)
{
    const auto it = lowerBound(m_letters, id);
    if (it == m_letters.end() || it->id != id)
        return std::nullopt;
    DeadLetter letter = std::move(*it);
    m_letters.erase(it);
    return letter;
}

} // namespace causeway::bus
