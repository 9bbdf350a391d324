#pragma once

#include <bitset>
#include <cstddef>
#include <memory>
#include <regex> // std::regex_error
#include <string>
#include <string_view>
#include <vector>

namespace causeway {

/**
 * @brief An ECMAScript regular expression to search text with, as JSON Schema's "pattern"
 * means it. std::regex takes microseconds per search, and event payloads are full of ids and
 * codes such as "^APP-[0-9]{6}$", so those are matched by one direct scan instead.
 *
 * Scanned: a pattern anchored at both ends that is a sequence of characters, \d, \w, escaped
 * punctuation and [classes], each with an optional count (? * + {n} {n,} {n,m}), where a
 * variable count is never followed by something its characters could also match. Then the
 * longest run is the only possible match, so no backtracking is needed. Both read bytes, as
 * std::regex over char does.
 *
 * Everything else is searched by std::regex, which remembers its answers: routing and
 * payloads test the same few values again and again (an event's type, a language tag). Texts
 * beyond kLongestRemembered, and new texts once kRemembered are known, are searched every
 * time, so values of high variety cost no memory. Copies share what is remembered. Safe to
 * share between threads.
 */
class Pattern
{
public:
    /** @brief Compiles @p source; throws std::regex_error when std::regex refuses it. */
    explicit Pattern(const std::string &source);

    /** @brief Whether the pattern matches somewhere in @p text (regex_search). */
    bool search(std::string_view text) const;

    /** @brief Whether search() scans directly instead of asking std::regex. */
    bool isScanned() const { return !m_regex; }

    static constexpr std::size_t kRemembered = 4096;
    static constexpr std::size_t kLongestRemembered = 256;

    struct Step
    {
        std::bitset<256> bytes; // what one repetition may be
        std::size_t min = 1;
        std::size_t max = 1; // kUnbounded for * + {n,}
    };
    static constexpr std::size_t kUnbounded = static_cast<std::size_t>(-1);

private:
    struct Regex;
    std::vector<Step> m_steps;
    std::shared_ptr<Regex> m_regex;
};

} // namespace causeway
