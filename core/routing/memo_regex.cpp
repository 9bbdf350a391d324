#include "routing/memo_regex.h"

namespace causeway::routing {

MemoRegex::MemoRegex(const std::string &pattern) : m_regex(pattern, std::regex::ECMAScript) {}

bool MemoRegex::search(std::string_view text) const
{
    const bool remember = text.size() <= kLongestRemembered;
    if (remember) {
        const std::lock_guard lock(m_mutex);
        if (const auto known = m_answers.find(text); known != m_answers.end())
            return known->second;
    }
    // Searched outside the lock: two threads may both search a new text, and agree.
    const bool found = std::regex_search(text.begin(), text.end(), m_regex);
    if (remember) {
        const std::lock_guard lock(m_mutex);
        if (m_answers.size() < kRemembered)
            m_answers.try_emplace(std::string(text), found);
    }
    return found;
}

} // namespace causeway::routing
