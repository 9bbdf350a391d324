// A small recursive-descent parser for the regex subset that event schemas use for ids and
// codes, and a generator that walks the parsed tree.
#include "sim/gen_pattern.h"

#include "common/ascii.h"
#include "common/utf8.h"

#include <utility>
#include <vector>

namespace causeway::sim {

struct PatternGenerator::Node
{
    enum class Kind { Alternation, Sequence, Set, Repeat, Literal };
    Kind kind = Kind::Sequence;
    std::vector<Node> children; // branches, sequence items, or the repeated one
    std::string text;           // Literal: a run of single characters, in UTF-8
    std::vector<std::pair<char32_t, char32_t>> ranges; // Set: included code point ranges
    bool negated = false;                              // Set: everything printable except ranges
    std::uint64_t size = 0;                            // Set: how many code points ranges hold
    int min = 1;
    int max = 1; // Repeat; -1 = unbounded
};

namespace {

using Node = PatternGenerator::Node;
constexpr int kUnboundedExtra = 6; // "*" and "+" add at most this many rounds

Node set(std::vector<std::pair<char32_t, char32_t>> ranges, bool negated = false)
{
    Node n;
    n.kind = Node::Kind::Set;
    n.ranges = std::move(ranges);
    n.negated = negated;
    return n;
}

class Parser
{
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    Result<Node> parse()
    {
        if (peek() == '^')
            ++m_pos;
        auto root = alternation();
        if (!m_error.empty())
            return makeError(m_error);
        if (m_pos < m_text.size())
            return makeError("unbalanced ')' at offset " + std::to_string(m_pos));
        return root;
    }

private:
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    void fail(std::string message)
    {
        if (m_error.empty())
            m_error = std::move(message) + " at offset " + std::to_string(m_pos) +
                      ", which the payload generator cannot produce";
    }

    Node alternation()
    {
        Node alt;
        alt.kind = Node::Kind::Alternation;
        alt.children.push_back(sequence());
        while (m_error.empty() && peek() == '|') {
            ++m_pos;
            alt.children.push_back(sequence());
        }
        return alt;
    }

    Node sequence()
    {
        Node seq;
        seq.kind = Node::Kind::Sequence;
        while (m_error.empty() && !atEnd() && peek() != '|' && peek() != ')') {
            if (peek() == '$') {
                ++m_pos;
                // Only at the end of the pattern or of a branch; elsewhere nothing could follow.
                if (!atEnd() && peek() != '|' && peek() != ')')
                    fail("'$' inside the pattern");
                continue;
            }
            if (peek() == '^') {
                if (!seq.children.empty())
                    fail("'^' inside the pattern");
                ++m_pos;
                continue;
            }
            Node atomNode = atom();
            seq.children.push_back(quantified(std::move(atomNode)));
        }
        return seq;
    }

    Node quantified(Node inner)
    {
        int min = 1, max = 1;
        const char c = peek();
        if (c == '?' || c == '*' || c == '+') {
            ++m_pos;
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : -1;
        } else if (c == '{' &&
                   ascii::isDigit(m_pos + 1 < m_text.size() ? m_text[m_pos + 1] : 'x')) {
            ++m_pos;
            min = max = number();
            if (peek() == ',') {
                ++m_pos;
                max = peek() == '}' ? -1 : number();
            }
            if (peek() != '}' || (max >= 0 && max < min))
                fail("malformed {n,m} quantifier");
            ++m_pos;
        } else {
            return inner;
        }
        if (peek() == '?') // lazy: same language
            ++m_pos;
        if (peek() == '?' || peek() == '*' || peek() == '+')
            fail("a quantifier after a quantifier");
        Node rep;
        rep.kind = Node::Kind::Repeat;
        rep.min = min;
        rep.max = max;
        rep.children.push_back(std::move(inner));
        return rep;
    }

    int number()
    {
        int value = 0;
        while (ascii::isDigit(peek()) && value < 100000)
            value = value * 10 + (m_text[m_pos++] - '0');
        return value;
    }

    char32_t codePoint()
    {
        const auto c = utf8::decode(m_text, m_pos);
        if (!c) {
            fail("invalid UTF-8");
            ++m_pos;
            return U'?';
        }
        return *c;
    }

    Node atom()
    {
        const char c = peek();
        if (c == '(') {
            ++m_pos;
            if (peek() == '?') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == ':')
                    m_pos += 2;
                else
                    fail("a look-around or named group");
            }
            Node inner = alternation();
            if (peek() != ')')
                fail("an unclosed group");
            ++m_pos;
            return inner;
        }
        if (c == '[')
            return bracket();
        if (c == '.') {
            ++m_pos;
            return set({{U' ', U'~'}});
        }
        if (c == '\\')
            return escape(false);
        if (c == '*' || c == '+' || c == '?' || c == '{')
            fail(std::string("a quantifier with nothing before it ('") + c + "')");
        const char32_t cp = codePoint();
        return set({{cp, cp}});
    }

    // An escape outside or (inClass) inside brackets; a class escape yields several ranges.
    Node escape(bool inClass)
    {
        ++m_pos; // the backslash
        if (atEnd()) {
            fail("a trailing backslash");
            return set({});
        }
        const char c = m_text[m_pos++];
        switch (c) {
        case 'd':
            return set({{U'0', U'9'}});
        case 'D':
            return set({{U'0', U'9'}}, true);
        case 'w':
            return set({{U'a', U'z'}, {U'A', U'Z'}, {U'0', U'9'}, {U'_', U'_'}});
        case 'W':
            return set({{U'a', U'z'}, {U'A', U'Z'}, {U'0', U'9'}, {U'_', U'_'}}, true);
        case 's':
            return set({{U' ', U' '}});
        case 'S':
            return set({{U' ', U' '}}, true);
        case 't':
            return set({{U'\t', U'\t'}});
        case 'n':
            return set({{U'\n', U'\n'}});
        case 'r':
            return set({{U'\r', U'\r'}});
        case 'u': {
            char32_t value = 0;
            for (int i = 0; i < 4; ++i) {
                const char h = peek();
                if (!ascii::isHex(h)) {
                    fail("a malformed \\u escape");
                    break;
                }
                value = value * 16 + static_cast<char32_t>(ascii::isDigit(h)
                                                               ? h - '0'
                                                               : ascii::toLower(h) - 'a' + 10);
                ++m_pos;
            }
            return set({{value, value}});
        }
        default:
            if (ascii::isAlnum(c) && !(inClass && c == 'b'))
                fail(std::string("the escape \\") + c);
            return set({{static_cast<char32_t>(c), static_cast<char32_t>(c)}});
        }
    }

    Node bracket()
    {
        ++m_pos; // '['
        Node result = set({});
        if (peek() == '^') {
            result.negated = true;
            ++m_pos;
        }
        bool first = true;
        while (m_error.empty() && !atEnd() && (peek() != ']' || first)) {
            first = false;
            Node low;
            if (peek() == '\\') {
                low = escape(true);
                if (low.negated)
                    fail("a negated class escape inside brackets");
            } else {
                const char32_t cp = codePoint();
                low = set({{cp, cp}});
            }
            const bool single =
                low.ranges.size() == 1 && low.ranges[0].first == low.ranges[0].second;
            if (single && peek() == '-' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] != ']') {
                ++m_pos;
                char32_t high = 0;
                if (peek() == '\\') {
                    Node h = escape(true);
                    high = h.ranges.empty() ? 0 : h.ranges[0].first;
                } else {
                    high = codePoint();
                }
                if (high < low.ranges[0].first)
                    fail("a class range out of order");
                result.ranges.emplace_back(low.ranges[0].first, high);
            } else {
                result.ranges.insert(result.ranges.end(), low.ranges.begin(), low.ranges.end());
            }
        }
        if (peek() != ']')
            fail("an unclosed '['");
        ++m_pos;
        return result;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::string m_error;
};

bool isSingleCharacter(const Node &n)
{
    return n.kind == Node::Kind::Set && !n.negated && n.ranges.size() == 1 &&
           n.ranges[0].first == n.ranges[0].second;
}

void appendCodePoint(std::string &out, char32_t c);

// Readies a parsed tree for generating: sets count their code points once, and runs of
// single characters in a sequence become one literal, appended at once. A single character
// draws no random number, so the strings generated stay the same.
void prepare(Node &n)
{
    for (Node &child : n.children)
        prepare(child);
    for (const auto &[lo, hi] : n.ranges)
        n.size += hi - lo + 1;
    if (n.kind != Node::Kind::Sequence)
        return;
    std::vector<Node> merged;
    for (Node &child : n.children) {
        if (!isSingleCharacter(child)) {
            merged.push_back(std::move(child));
            continue;
        }
        if (merged.empty() || merged.back().kind != Node::Kind::Literal) {
            Node literal;
            literal.kind = Node::Kind::Literal;
            merged.push_back(std::move(literal));
        }
        appendCodePoint(merged.back().text, child.ranges[0].first);
    }
    n.children = std::move(merged);
}

bool inRanges(const Node &n, char32_t c)
{
    for (const auto &[lo, hi] : n.ranges) {
        if (c >= lo && c <= hi)
            return true;
    }
    return false;
}

void appendCodePoint(std::string &out, char32_t c)
{
    if (c < 0x80) // most patterns are ASCII
        out += static_cast<char>(c);
    else
        utf8::append(out, c);
}

// One code point of a set, drawn uniformly: ranges weigh by size, so [A-Z0-9] favours
// letters as a real id does.
void emitSet(const Node &n, Random &random, std::string &out)
{
    if (n.negated) {
        // Printable ASCII outside the class; 64 tries cover every class but "all of ASCII".
        for (int attempt = 0; attempt < 64; ++attempt) {
            const auto c = static_cast<char32_t>(random.integer(U'!', U'~'));
            if (!inRanges(n, c)) {
                utf8::append(out, c);
                return;
            }
        }
        for (char32_t c = U'!'; c <= U'~'; ++c) {
            if (!inRanges(n, c)) {
                utf8::append(out, c);
                return;
            }
        }
        utf8::append(out, U'\u00e9');
        return;
    }
    if (n.ranges.empty())
        return;
    auto pick =
        static_cast<std::uint64_t>(random.integer(0, static_cast<std::int64_t>(n.size) - 1));
    for (const auto &[lo, hi] : n.ranges) {
        const std::uint64_t size = hi - lo + 1;
        if (pick < size) {
            appendCodePoint(out, static_cast<char32_t>(lo + pick));
            return;
        }
        pick -= size;
    }
}

void emit(const Node &n, Random &random, std::string &out)
{
    switch (n.kind) {
    case Node::Kind::Literal:
        out += n.text;
        break;
    case Node::Kind::Alternation:
        emit(n.children[static_cast<std::size_t>(
                 random.integer(0, static_cast<std::int64_t>(n.children.size()) - 1))],
             random, out);
        break;
    case Node::Kind::Sequence:
        for (const auto &child : n.children)
            emit(child, random, out);
        break;
    case Node::Kind::Repeat: {
        const int max = n.max < 0 ? n.min + kUnboundedExtra : n.max;
        const auto count = random.integer(n.min, max);
        const Node &child = n.children.front();
        for (std::int64_t i = 0; i < count; ++i) {
            if (child.kind == Node::Kind::Set) // [0-9]{6}: no call through emit per character
                emitSet(child, random, out);
            else
                emit(child, random, out);
        }
        break;
    }
    case Node::Kind::Set:
        emitSet(n, random, out);
        break;
    }
}

} // namespace

Result<PatternGenerator> PatternGenerator::compile(std::string_view pattern)
{
    auto root = Parser(pattern).parse();
    if (!root)
        return root.error();
    prepare(*root);
    return PatternGenerator(std::make_shared<const Node>(std::move(*root)));
}

std::string PatternGenerator::generate(Random &random) const
{
    std::string out;
    emit(*m_root, random, out);
    return out;
}

} // namespace causeway::sim
