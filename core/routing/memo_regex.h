#pragma once

#include "common/pattern.h"
#include "common/text_hash.h"

#include <mutex>
#include <string>
#include <string_view>

namespace causeway::routing {

/**
 * @brief An ECMAScript regular expression that remembers its answers. Routing tests the
 * same few values again and again (an event's type, its source), and std::regex takes
 * microseconds per search, so each distinct short text is searched once (unless the pattern is simple enough to scan). Texts beyond
 * kLongestRemembered, and new texts once kRemembered are known, are searched every time,
 * so payload values of high variety cost no memory. Safe to share between threads.
 */
class MemoRegex
{
public:
    static constexpr std::size_t kRemembered = 4096;
    static constexpr std::size_t kLongestRemembered = 256;

    /** @brief Compiles @p pattern; throws std::regex_error when it is not one. */
    explicit MemoRegex(const std::string &pattern);

    /** @brief Whether the expression matches somewhere in @p text (regex_search). */
    bool search(std::string_view text) const;

private:
    Pattern m_pattern;
    mutable std::mutex m_mutex;
    mutable TextMap<bool> m_answers;
};

} // namespace causeway::routing
