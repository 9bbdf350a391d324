#include "routing/memo_regex.h"

namespace causeway::routing {

MemoRegex::MemoRegex(const std::string &pattern) : m_pattern(pattern) {}

bool MemoRegex::search(std::string_view text) const
{
    if (m_pattern.isScanned())
        return m_pattern.search(text); // quicker than the lock
    const bool remember = text.size() <= kLongestRemembered;
    if (remember) {
        const std::lock_guard lock(m_mutex);
        if (const auto known = m_answers.find(text); known != m_answers.end())
            return known->second;
    }
    // Searched outside the lock: two threads may both search a new text, and agree.
    const bool found = m_pattern.search(text);
    if (remember) {
        const std::lock_guard lock(m_mutex);
        if (m_answers.size() < kRemembered)
            m_answers.try_emplace(std::string(text), found);
    }
    return found;
}

} // namespace causeway::routing
