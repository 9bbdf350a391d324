#include "schema/schema_documents.h"

#include "schema/meta_schemas.h"
#include "schema/schema_keywords.h"
#include "schema/uri.h"

#include <vector>

namespace causeway::schema {

using nlohmann::json;

const json *findPointer(const json &document, const std::string &pointer)
{
    try {
        const json::json_pointer parsed(pointer);
        return document.contains(parsed) ? &document.at(parsed) : nullptr;
    } catch (const json::exception &) {
        return nullptr; // not a JSON pointer
    }
}

SchemaDocuments::SchemaDocuments(const json &root, Draft draft, const DocumentResolver &resolver)
    : m_draft(draft), m_resolver(resolver)
{
    m_docs.push_back({"", root});
    indexIds(0);
}

std::string SchemaDocuments::applyId(const json &node, const std::string &base) const
{
    // Drafts 4 and 7 ignore every sibling of "$ref", "$id" included.
    const auto id = node.find(idKeyword(m_draft));
    if (id == node.end() || !id->is_string() || node.contains("$ref"))
        return base;
    return withoutFragment(resolveUri(base, id->get<std::string>()));
}

// Records the ids of document @p doc: base URIs, and plain-name fragments ("#foo").
void SchemaDocuments::indexIds(std::size_t doc)
{
    m_ids.emplace(m_docs[doc].uri, SchemaLocation{doc, ""});
    const auto visit = [&](const auto &self, const json &node, const std::string &pointer,
                           const std::string &base) -> void {
        if (!node.is_object())
            return;
        const std::string inner = applyId(node, base);
        const auto id = node.find(idKeyword(m_draft));
        if (id != node.end() && id->is_string() && !node.contains("$ref")) {
            const std::string fragment = fragmentOf(resolveUri(base, id->get<std::string>()));
            m_ids.emplace(fragment.empty() ? inner : inner + "#" + fragment,
                          SchemaLocation{doc, pointer});
        }
        forEachSubschema(node, m_draft, [&](const json &child, const std::string &suffix) {
            self(self, child, pointer + suffix, inner);
        });
    };
    visit(visit, m_docs[doc].content, "", m_docs[doc].uri);
}

// The document or subschema whose URI is @p uri, fetched when not known yet.
std::optional<SchemaLocation> SchemaDocuments::findDocument(const std::string &uri)
{
    if (const auto it = m_ids.find(uri); it != m_ids.end())
        return it->second;
    const json *fetched = m_resolver ? m_resolver(uri) : nullptr;
    if (!fetched)
        fetched = builtinMetaSchema(uri);
    if (!fetched)
        return std::nullopt;
    m_docs.push_back({uri, *fetched});
    indexIds(m_docs.size() - 1);
    return SchemaLocation{m_docs.size() - 1, ""};
}

Result<SchemaLocation> SchemaDocuments::resolveRef(const std::string &base, const std::string &ref)
{
    const std::string absolute = resolveUri(base, ref);
    const std::string uri = withoutFragment(absolute);
    const std::string fragment = fragmentOf(absolute);
    if (!fragment.empty() && fragment[0] != '/') {
        const std::string key = uri + "#" + fragment;
        if (!m_ids.count(key))
            findDocument(uri);
        if (const auto it = m_ids.find(key); it != m_ids.end())
            return it->second;
        return makeError("cannot resolve $ref '" + ref + "': no \"" + idKeyword(m_draft) +
                         "\" is '" + key + "'");
    }
    const auto document = findDocument(uri);
    if (!document) {
        return makeError("cannot resolve $ref '" + ref + "': no schema document is known as '" +
                         uri + "'");
    }
    SchemaLocation target{document->doc, document->pointer + percentDecode(fragment)};
    if (!findPointer(m_docs[target.doc].content, target.pointer)) {
        return makeError("$ref '" + ref + "' points to nothing: there is no '" + target.pointer +
                         "' in " + (uri.empty() ? std::string("this schema") : "'" + uri + "'"));
    }
    return target;
}

std::string SchemaDocuments::baseAt(const SchemaLocation &location) const
{
    const json &document = m_docs[location.doc].content;
    std::vector<std::string> tokens;
    for (json::json_pointer rest(location.pointer); !rest.empty(); rest.pop_back())
        tokens.insert(tokens.begin(), rest.back());
    std::string base = m_docs[location.doc].uri;
    json::json_pointer walked;
    for (const std::string &token : tokens) {
        base = applyId(document.at(walked), base);
        walked /= token;
    }
    return base;
}

const json &SchemaDocuments::at(const SchemaLocation &location) const
{
    return *findPointer(m_docs[location.doc].content, location.pointer);
}

} // namespace causeway::schema
