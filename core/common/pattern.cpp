// The direct scan of simple anchored patterns, and std::regex for the rest.
#include "common/pattern.h"

#include "common/text_hash.h"

#include <cstring>
#include <mutex>
#include <optional>
#include <regex>

namespace causeway {
namespace {

using Step = Pattern::Step;
using Bytes = std::bitset<256>;

// What ECMAScript lets a backslash make literal: its syntax characters, "/" and "-".
bool isEscapable(char c)
{
    return c != '\0' && std::strchr("^$\\.*+?()[]{}|/-", c) != nullptr;
}

Bytes range(unsigned char from, unsigned char to)
{
    Bytes bytes;
    for (unsigned c = from; c <= to; ++c)
        bytes.set(c);
    return bytes;
}

// Reads the simple subset; nullopt as soon as anything else turns up.
class SimpleParser
{
public:
    explicit SimpleParser(std::string_view text) : m_text(text) {}

    std::optional<std::vector<Step>> parse()
    {
        if (!take('^'))
            return std::nullopt;
        std::vector<Step> steps;
        while (m_pos < m_text.size()) {
            if (m_text[m_pos] == '$' && m_pos + 1 == m_text.size())
                return followsSafely(steps) ? std::optional(std::move(steps)) : std::nullopt;
            auto step = atom();
            if (!step || !count(*step))
                return std::nullopt;
            steps.push_back(*step);
        }
        return std::nullopt; // not anchored at the end
    }

private:
    bool take(char c)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    // \d, \w or an escaped syntax character.
    std::optional<Bytes> escape()
    {
        if (m_pos >= m_text.size())
            return std::nullopt;
        const char c = m_text[m_pos++];
        if (c == 'd')
            return range('0', '9');
        if (c == 'w')
            return range('0', '9') | range('A', 'Z') | range('a', 'z') | range('_', '_');
        if (isEscapable(c))
            return range(static_cast<unsigned char>(c), static_cast<unsigned char>(c));
        return std::nullopt; // \s, \b, \D, \n, \u... are left to std::regex
    }

    std::optional<Step> atom()
    {
        const char c = m_text[m_pos++];
        Step step;
        if (c == '\\') {
            auto bytes = escape();
            if (!bytes)
                return std::nullopt;
            step.bytes = *bytes;
        } else if (c == '[') {
            auto bytes = bracket();
            if (!bytes)
                return std::nullopt;
            step.bytes = *bytes;
        } else if (c >= ' ' && c < 0x7f && !std::strchr("^$.|?*+()[]{}", c)) {
            step.bytes.set(static_cast<unsigned char>(c));
        } else {
            return std::nullopt;
        }
        return step;
    }

    std::optional<Bytes> bracket()
    {
        const bool negated = take('^');
        const std::size_t open = m_pos;
        Bytes bytes;
        bool first = true;
        while (m_pos < m_text.size() && (first || m_text[m_pos] != ']')) {
            first = false;
            const char c = m_text[m_pos++];
            if (c == '\\') {
                auto escaped = escape();
                if (!escaped)
                    return std::nullopt;
                bytes |= *escaped;
                continue;
            }
            if (c < ' ' || c >= 0x7f || c == '[' || c == ']')
                return std::nullopt;
            if (c == '-' && m_pos - 1 != open && (m_pos >= m_text.size() || m_text[m_pos] != ']'))
                return std::nullopt; // a dash is plain only first or last
            if (m_pos + 1 < m_text.size() && m_text[m_pos] == '-' && m_text[m_pos + 1] != ']') {
                const char to = m_text[m_pos + 1];
                if (to < ' ' || to >= 0x7f || to == '\\' || to == '[' || to < c)
                    return std::nullopt;
                m_pos += 2;
                bytes |= range(static_cast<unsigned char>(c), static_cast<unsigned char>(to));
                continue;
            }
            bytes.set(static_cast<unsigned char>(c));
        }
        if (!take(']'))
            return std::nullopt;
        return negated ? ~bytes : bytes;
    }

    std::optional<std::size_t> number()
    {
        std::size_t value = 0;
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
            value = value * 10 + static_cast<std::size_t>(m_text[m_pos++] - '0');
            if (value > 100000)
                return std::nullopt;
        }
        return m_pos > start ? std::optional(value) : std::nullopt;
    }

    bool count(Step &step)
    {
        if (take('?'))
            step = {step.bytes, 0, 1};
        else if (take('*'))
            step = {step.bytes, 0, Pattern::kUnbounded};
        else if (take('+'))
            step = {step.bytes, 1, Pattern::kUnbounded};
        else if (take('{')) {
            const auto min = number();
            if (!min)
                return false;
            std::optional<std::size_t> max = min;
            if (take(','))
                max =
                    m_pos < m_text.size() && m_text[m_pos] == '}' ? Pattern::kUnbounded : number();
            if (!max || *max < *min || !take('}'))
                return false;
            step = {step.bytes, *min, *max};
        } else {
            return true;
        }
        // A lazy or possessive count ("+?", "++") is left to std::regex.
        return m_pos >= m_text.size() || !std::strchr("?+*{", m_text[m_pos]);
    }

    // A variable count must end where its run ends: whatever may come next is disjoint from
    // it (the following steps up to and including the first that must take something).
    static bool followsSafely(const std::vector<Step> &steps)
    {
        for (std::size_t i = 0; i < steps.size(); ++i) {
            if (steps[i].min == steps[i].max)
                continue;
            for (std::size_t j = i + 1; j < steps.size(); ++j) {
                if ((steps[i].bytes & steps[j].bytes).any())
                    return false;
                if (steps[j].min > 0)
                    break;
            }
        }
        return true;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace

struct Pattern::Regex
{
    explicit Regex(const std::string &source) : regex(source, std::regex::ECMAScript) {}

    bool search(std::string_view text)
    {
        const bool remember = text.size() <= kLongestRemembered;
        if (remember) {
            const std::lock_guard lock(mutex);
            if (const auto known = answers.find(text); known != answers.end())
                return known->second;
        }
        // Searched outside the lock: two threads may both search a new text, and agree.
        const bool found = std::regex_search(text.begin(), text.end(), regex);
        if (remember) {
            const std::lock_guard lock(mutex);
            if (answers.size() < kRemembered)
                answers.try_emplace(std::string(text), found);
        }
        return found;
    }

    const std::regex regex;
    std::mutex mutex;
    TextMap<bool> answers;
};

Pattern::Pattern(const std::string &source)
{
    if (auto steps = SimpleParser(source).parse())
        m_steps = std::move(*steps);
    else
        m_regex = std::make_shared<Regex>(source);
}

bool Pattern::search(std::string_view text) const
{
    if (m_regex)
        return m_regex->search(text);
    std::size_t pos = 0;
    for (const Step &step : m_steps) {
        std::size_t taken = 0;
        while (taken < step.max && pos < text.size() &&
               step.bytes.test(static_cast<unsigned char>(text[pos]))) {
            ++taken;
            ++pos;
        }
        if (taken < step.min)
            return false;
    }
    return pos == text.size();
}

} // namespace causeway
