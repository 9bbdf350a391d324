#include "profiles/json_tree.h"

#include "model/attribute.h"

#include <vector>

namespace causeway::profiles {

using nlohmann::json;

namespace {

std::vector<std::string> tokensOf(std::string_view pointer)
{
    std::vector<std::string> tokens;
    std::size_t start = 0;
    while (start < pointer.size()) {
        const auto end = pointer.find('/', start + 1);
        const auto raw = pointer.substr(
            start + 1, end == std::string_view::npos ? std::string_view::npos : end - start - 1);
        std::string token;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '~' && i + 1 < raw.size()) {
                token += raw[i + 1] == '1' ? '/' : '~';
                ++i;
            } else {
                token += raw[i];
            }
        }
        tokens.push_back(std::move(token));
        start = end;
    }
    return tokens;
}

template <typename Json> Json *walk(Json &document, std::string_view pointer)
{
    Json *node = &document;
    for (const auto &token : tokensOf(pointer)) {
        if (!node->is_object())
            return nullptr;
        const auto it = node->find(token);
        if (it == node->end())
            return nullptr;
        node = &*it;
    }
    return node;
}

} // namespace

const json *findMember(const json &document, std::string_view pointer)
{
    return walk(document, pointer);
}

json *findMember(json &document, std::string_view pointer)
{
    return walk(document, pointer);
}

void placeMember(json &document, std::string_view pointer, json value)
{
    json *node = &document;
    for (const auto &token : tokensOf(pointer)) {
        if (!node->is_object())
            *node = json::object();
        node = &(*node)[token];
    }
    *node = std::move(value);
}

void removeMember(json &document, std::string_view pointer)
{
    const auto tokens = tokensOf(pointer);
    if (tokens.empty())
        return;
    std::vector<json *> chain{&document}; // chain[i + 1] is member tokens[i] of chain[i]
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        json &node = *chain.back();
        const auto it = node.is_object() ? node.find(tokens[i]) : node.end();
        if (it == node.end())
            return;
        chain.push_back(&*it);
    }
    if (!chain.back()->is_object() || chain.back()->erase(tokens.back()) == 0)
        return;
    // Only objects emptied by this removal go: an object that was empty in the input stays.
    for (std::size_t i = chain.size() - 1; i > 0 && chain[i]->is_object() && chain[i]->empty(); --i)
        chain[i - 1]->erase(tokens[i - 1]);
}

std::string compactText(const json &value)
{
    constexpr auto kReplace = json::error_handler_t::replace;
    std::string text = value.dump(-1, ' ', false, kReplace);
    // dump() keeps C1 controls and noncharacters as they are, which a String may not hold.
    if (model::checkString(text))
        text = value.dump(-1, ' ', true, kReplace);
    return text;
}

std::uint64_t fnv1a64(std::string_view text)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

} // namespace causeway::profiles
