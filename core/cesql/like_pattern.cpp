#include "cesql/like_pattern.h"

namespace causeway::cesql {

namespace {

// Byte length of the UTF-8 sequence that starts with @p lead (1 for stray bytes).
std::size_t sequenceLength(unsigned char lead)
{
    if (lead >= 0xF0)
        return 4;
    if (lead >= 0xE0)
        return 3;
    if (lead >= 0xC0)
        return 2;
    return 1;
}

std::size_t nextCharacter(std::string_view text, std::size_t pos)
{
    const std::size_t next = pos + sequenceLength(static_cast<unsigned char>(text[pos]));
    return next < text.size() ? next : text.size();
}

} // namespace

LikePattern LikePattern::compile(std::string_view pattern)
{
    LikePattern compiled;
    auto &elements = compiled.m_elements;
    const auto appendText = [&elements](char c) {
        if (elements.empty() || elements.back().kind != Kind::Text)
            elements.push_back({Kind::Text, {}});
        elements.back().text += c;
    };
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '\\' && i + 1 < pattern.size() &&
            (pattern[i + 1] == '%' || pattern[i + 1] == '_' || pattern[i + 1] == '\\')) {
            appendText(pattern[++i]);
        } else if (c == '%') {
            // Consecutive '%' mean the same as one.
            if (elements.empty() || elements.back().kind != Kind::AnyRun)
                elements.push_back({Kind::AnyRun, {}});
        } else if (c == '_') {
            elements.push_back({Kind::AnyOne, {}});
        } else {
            // A backslash before anything else stands for itself (the TCK's 'ab\c').
            appendText(c);
        }
    }
    return compiled;
}

bool LikePattern::matches(std::string_view value) const
{
    // Greedy matching that, on a mismatch, lets the last '%' absorb one more character:
    // linear for the usual prefix/suffix/infix patterns, O(n*m) at worst.
    constexpr std::size_t none = std::string_view::npos;
    std::size_t element = 0;
    std::size_t pos = 0;
    std::size_t runElement = none;
    std::size_t runPos = 0;
    while (element < m_elements.size() || pos < value.size()) {
        if (element < m_elements.size()) {
            const Element &e = m_elements[element];
            if (e.kind == Kind::AnyRun) {
                runElement = element++;
                runPos = pos;
                continue;
            }
            if (e.kind == Kind::AnyOne && pos < value.size()) {
                pos = nextCharacter(value, pos);
                ++element;
                continue;
            }
            if (e.kind == Kind::Text && value.substr(pos).starts_with(e.text)) {
                pos += e.text.size();
                ++element;
                continue;
            }
        }
        if (runElement == none || runPos >= value.size())
            return false;
        runPos = nextCharacter(value, runPos);
        pos = runPos;
        element = runElement + 1;
    }
    return true;
}

} // namespace causeway::cesql
