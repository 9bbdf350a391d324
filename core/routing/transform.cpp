#include "routing/transform.h"

#include "common/json_text.h"
#include "model/json_format.h"

#include <optional>

namespace causeway::routing {

using nlohmann::json;

namespace {

// The parse has already accepted the path, so a '*' outside quotes is a wildcard.
bool hasWildcard(std::string_view path)
{
    char quote = 0;
    for (const char c : path) {
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '*') {
            return true;
        }
    }
    return false;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

} // namespace

// Reads paths from one event without building its whole JSON form, unless a path needs it.
class Transform::Reader
{
public:
    Reader(const model::CloudEvent &event, const PathRoots *roots) : m_event(event), m_roots(roots)
    {
    }

    // The values @p path selects, in document order; pointers stay valid until the next call.
    const std::vector<const json *> &select(const CompiledPath &path)
    {
        m_found.clear();
        m_rootScratch.clear();
        if (path.head.empty()) {
            if (!m_whole)
                m_whole = model::writeJsonEvent(m_event);
            path.path.select(*m_whole, m_found);
            return m_found;
        }
        if (m_roots && m_roots->select(path.head, path.below, m_found, m_rootScratch))
            return m_found;
        if (const json *root = model::jsonMember(m_event, path.head, m_scratch))
            path.below.select(*root, m_found);
        return m_found;
    }

private:
    const model::CloudEvent &m_event;
    const PathRoots *m_roots; // values that shadow the event's members; may be null
    std::optional<json> m_whole;
    json m_scratch;
    std::forward_list<json> m_rootScratch; // what the roots wrote for the last path
    std::vector<const json *> m_found;
};

Result<Transform> Transform::compile(const json &templ, const std::string &pointer)
{
    Transform transform;
    transform.m_source = templ;
    auto root = transform.compileNode(templ, pointer);
    if (!root)
        return root.error();
    transform.m_root = std::move(*root);
    return transform;
}

Result<int> Transform::compilePath(const std::string &text, const std::string &pointer,
                                   bool placeholder)
{
    auto parsed = JsonPath::parse(text);
    if (!parsed)
        return makeError(placeholder ? "placeholder {{" + text + "}}: " + parsed.error().message
                                     : parsed.error().message + " (write $$ for a literal '$')",
                         pointer);
    CompiledPath path;
    path.head = parsed->head();
    path.below = parsed->tail();
    path.many = hasWildcard(text);
    path.path = std::move(*parsed);
    m_paths.push_back(std::move(path));
    return static_cast<int>(m_paths.size() - 1);
}

void Transform::addDataReads(DataReads &reads) const
{
    for (const CompiledPath &path : m_paths) {
        if (path.head.empty()) // "$": the whole event
            reads.addEverything();
        else if (path.head == "data")
            reads.addBelowData(path.below);
    }
}

Result<Transform::Node> Transform::compileText(const std::string &text, const std::string &pointer)
{
    Node node;
    node.kind = Node::Kind::Text;
    std::string pending;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t open = text.find("{{", at);
        if (open == std::string::npos)
            break;
        std::size_t start = open + 2;
        while (start < text.size() && text[start] == ' ')
            ++start;
        if (start >= text.size() || text[start] != '$') {
            // Not a placeholder: "{{" without a path is ordinary text.
            pending += text.substr(at, start - at);
            at = start;
            continue;
        }
        const std::size_t close = text.find("}}", start);
        if (close == std::string::npos)
            return makeError("placeholder '" + text.substr(open) + "' is not closed with '}}'",
                             pointer);
        auto path =
            compilePath(std::string(trimmed(std::string_view(text).substr(start, close - start))),
                        pointer, true);
        if (!path)
            return path.error();
        pending += text.substr(at, open - at);
        node.pieces.push_back({std::move(pending), *path});
        pending.clear();
        at = close + 2;
    }
    pending += text.substr(at);
    if (node.pieces.empty()) {
        node.kind = Node::Kind::Literal;
        node.literal = std::move(pending);
        return node;
    }
    if (!pending.empty())
        node.pieces.push_back({std::move(pending), -1});
    return node;
}

Result<Transform::Node> Transform::compileNode(const json &value, const std::string &pointer)
{
    Node node;
    if (value.is_string()) {
        const auto &text = value.get_ref<const std::string &>();
        if (text.rfind("$$", 0) == 0)
            return compileText(text.substr(1), pointer);
        if (text.rfind('$', 0) == 0) {
            auto path = compilePath(text, pointer, false);
            if (!path)
                return path.error();
            node.kind = Node::Kind::Path;
            node.path = *path;
            return node;
        }
        return compileText(text, pointer);
    }
    if (!value.is_object() && !value.is_array()) {
        node.literal = value;
        return node;
    }
    node.kind = value.is_object() ? Node::Kind::Object : Node::Kind::Array;
    bool constant = true;
    std::size_t index = 0;
    for (auto it = value.begin(); it != value.end(); ++it, ++index) {
        const std::string where = value.is_object() ? json_text::appendToken(pointer, it.key())
                                                    : json_text::appendIndex(pointer, index);
        auto child = compileNode(it.value(), where);
        if (!child)
            return child.error();
        constant = constant && child->kind == Node::Kind::Literal;
        if (value.is_object())
            node.keys.push_back(it.key());
        node.children.push_back(std::move(*child));
    }
    if (constant) {
        // Nothing to look up below here: build the value once (with "$$" unescaped by the
        // children) and copy it per event.
        json literal = value.is_object() ? json::object() : json::array();
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            if (value.is_object())
                literal[node.keys[i]] = std::move(node.children[i].literal);
            else
                literal.push_back(std::move(node.children[i].literal));
        }
        node = Node{};
        node.literal = std::move(literal);
    }
    return node;
}

bool Transform::lookup(int index, Reader &reader, json &out) const
{
    const CompiledPath &path = m_paths[static_cast<std::size_t>(index)];
    const auto &found = reader.select(path);
    if (path.many) {
        out = json::array();
        for (const json *value : found)
            out.push_back(*value);
        return true;
    }
    if (found.empty())
        return false;
    out = *found.front();
    return true;
}

bool Transform::evaluate(const Node &node, Reader &reader, json &out) const
{
    switch (node.kind) {
    case Node::Kind::Literal:
        out = node.literal;
        return true;
    case Node::Kind::Path:
        return lookup(node.path, reader, out);
    case Node::Kind::Text: {
        std::string text;
        json value;
        for (const Piece &piece : node.pieces) {
            text += piece.text;
            if (piece.path < 0)
                continue;
            if (!lookup(piece.path, reader, value))
                continue; // missing: empty text
            if (value.is_string())
                text += value.get_ref<const std::string &>();
            else
                text += value.dump(-1, ' ', false, json::error_handler_t::replace);
        }
        out = std::move(text);
        return true;
    }
    case Node::Kind::Object: {
        out = json::object();
        auto &members = out.get_ref<json::object_t &>();
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            json member;
            if (evaluate(node.children[i], reader, member)) // keys come in the object's order
                members.emplace_hint(members.end(), node.keys[i], std::move(member));
        }
        return true;
    }
    case Node::Kind::Array:
        out = json::array();
        for (const Node &child : node.children) {
            json element;
            evaluate(child, reader, element); // missing stays null: positions keep their meaning
            out.push_back(std::move(element));
        }
        return true;
    }
    return false;
}

void Transform::evaluateOver(const Node &node, Reader &reader, json &base) const
{
    if (node.kind != Node::Kind::Object || !base.is_object()) {
        json value; // null when a path selects nothing, as apply() gives it
        evaluate(node, reader, value);
        layOver(base, std::move(value));
        return;
    }
    // The template's keys and the base's members are both in name order: one walk.
    auto &members = base.get_ref<json::object_t &>();
    auto at = members.begin();
    for (std::size_t i = 0; i < node.children.size(); ++i) {
        const std::string &key = node.keys[i];
        while (at != members.end() && at->first < key)
            ++at;
        const bool present = at != members.end() && at->first == key;
        if (present && node.children[i].kind == Node::Kind::Object) {
            evaluateOver(node.children[i], reader, at->second);
            continue;
        }
        json value;
        if (!evaluate(node.children[i], reader, value))
            continue; // a path that selects nothing leaves the member as it is
        if (present)
            layOver(at->second, std::move(value));
        else
            at = members.emplace_hint(at, key, std::move(value));
    }
}

void layOver(json &base, json overlay)
{
    if (!base.is_object() || !overlay.is_object()) {
        base = std::move(overlay);
        return;
    }
    // Both objects keep their names in order: one walk along the base finds every place.
    auto &members = base.get_ref<json::object_t &>();
    auto at = members.begin();
    for (auto &[key, value] : overlay.get_ref<json::object_t &>()) {
        while (at != members.end() && at->first < key)
            ++at;
        if (at == members.end() || at->first != key)
            at = members.emplace_hint(at, key, nullptr);
        layOver(at->second, std::move(value));
    }
}

json Transform::apply(const model::CloudEvent &event) const
{
    Reader reader(event, nullptr);
    json out;
    evaluate(m_root, reader, out); // a whole-template path that selects nothing gives null
    return out;
}

json Transform::apply(const model::CloudEvent &event, const PathRoots &roots) const
{
    Reader reader(event, &roots);
    json out;
    evaluate(m_root, reader, out); // a whole-template path that selects nothing gives null
    return out;
}

void Transform::applyOver(json &base, const model::CloudEvent &event, const PathRoots &roots) const
{
    Reader reader(event, &roots);
    evaluateOver(m_root, reader, base);
}

model::CloudEvent Transform::transformed(model::CloudEvent event) const
{
    json payload = apply(event);
    event.data = model::JsonData{std::move(payload)};
    event.datacontenttype = "application/json";
    event.dataschema.reset();
    return event;
}

} // namespace causeway::routing
