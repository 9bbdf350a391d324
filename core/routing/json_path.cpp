#include "routing/json_path.h"

#include "common/ascii.h"

namespace causeway::routing {

namespace {

Error syntaxError(std::string_view text, std::size_t at, const std::string &what)
{
    return makeError("JSONPath '" + std::string(text) + "': " + what + " at character " +
                     std::to_string(at + 1));
}

bool isNameChar(char c)
{
    return ascii::isAlnum(c) || c == '_' || c == '-' || c == '$' ||
           static_cast<unsigned char>(c) >= 0x80;
}

} // namespace

Result<JsonPath> JsonPath::parse(std::string_view text)
{
    JsonPath path;
    path.m_text = std::string(text);
    std::size_t i = 0;
    if (text.empty() || text[0] != '$')
        return syntaxError(text, 0, "a path starts with '$'");
    ++i;
    while (i < text.size()) {
        if (text[i] == '.') {
            ++i;
            if (i < text.size() && text[i] == '*') {
                path.m_segments.emplace_back(Wildcard{});
                ++i;
                continue;
            }
            const std::size_t start = i;
            while (i < text.size() && isNameChar(text[i]))
                ++i;
            if (i == start)
                return syntaxError(text, i, "expected a member name after '.'");
            path.m_segments.emplace_back(std::string(text.substr(start, i - start)));
        } else if (text[i] == '[') {
            ++i;
            if (i < text.size() && text[i] == '*') {
                path.m_segments.emplace_back(Wildcard{});
                ++i;
            } else if (i < text.size() && (text[i] == '\'' || text[i] == '"')) {
                const char quote = text[i++];
                const std::size_t end = text.find(quote, i);
                if (end == std::string_view::npos)
                    return syntaxError(text, i, "unterminated quoted name");
                path.m_segments.emplace_back(std::string(text.substr(i, end - i)));
                i = end + 1;
            } else {
                const std::size_t start = i;
                while (i < text.size() && ascii::isDigit(text[i]))
                    ++i;
                if (i == start)
                    return syntaxError(text, i, "expected an index, '*' or a quoted name");
                path.m_segments.emplace_back(static_cast<std::size_t>(
                    std::stoull(std::string(text.substr(start, i - start)))));
            }
            if (i >= text.size() || text[i] != ']')
                return syntaxError(text, i, "expected ']'");
            ++i;
        } else {
            return syntaxError(text, i, std::string("unexpected '") + text[i] + "'");
        }
    }
    return path;
}

namespace {

// nlohmann::json as JsonPath::walk sees it.
struct NlohmannTree
{
    using json = nlohmann::json;

    const json *member(const json &node, const std::string &name) const
    {
        if (!node.is_object())
            return nullptr;
        const auto it = node.find(name);
        return it == node.end() ? nullptr : &*it;
    }
    const json *element(const json &node, std::size_t index) const
    {
        return node.is_array() && index < node.size() ? &node[index] : nullptr;
    }
    template <typename Visit> void forEachChild(const json &node, Visit &&visit) const
    {
        if (node.is_array() || node.is_object()) {
            for (const auto &child : node)
                visit(child);
        }
    }
};

} // namespace

void JsonPath::select(const nlohmann::json &root, std::vector<const nlohmann::json *> &out) const
{
    walk(NlohmannTree{}, root, [&](const nlohmann::json &node) { out.push_back(&node); });
}

const std::string &JsonPath::head() const
{
    static const std::string none;
    if (m_segments.empty())
        return none;
    const auto *name = std::get_if<std::string>(&m_segments.front());
    return name ? *name : none;
}

JsonPath JsonPath::tail() const
{
    JsonPath rest;
    rest.m_text = m_text;
    rest.m_segments.assign(m_segments.begin() + (m_segments.empty() ? 0 : 1), m_segments.end());
    return rest;
}

} // namespace causeway::routing
