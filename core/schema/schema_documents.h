#pragma once

// Where "$id" and "$ref" lead: the documents a schema refers to. Internal to the schema unit.

#include "common/result.h"
#include "schema/json_schema.h"

#include <deque>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace causeway::schema {

/** @brief A value inside one of the loaded documents (0 is the root schema). */
struct SchemaLocation
{
    std::size_t doc = 0;
    std::string pointer;
};

/** @brief The value at @p pointer, or nullptr when there is none or it is not a pointer. */
const nlohmann::json *findPointer(const nlohmann::json &document, const std::string &pointer);

/**
 * @brief The root schema and the documents its "$ref"s load, with every "$id" ("id" in
 * draft 4) indexed by its absolute URI (RFC 3986 resolution against the enclosing base).
 * Remote documents come from the resolver, then from the built-in meta-schemas.
 */
class SchemaDocuments
{
public:
    SchemaDocuments(const nlohmann::json &root, Draft draft, const DocumentResolver &resolver);

    /** @brief Where @p ref leads when written where the base URI is @p base. */
    Result<SchemaLocation> resolveRef(const std::string &base, const std::string &ref);

    /** @brief The base URI in effect at @p location: the ids of the objects on the way. */
    std::string baseAt(const SchemaLocation &location) const;

    /** @brief @p base as changed by the id of @p node, if it has one (and no "$ref"). */
    std::string applyId(const nlohmann::json &node, const std::string &base) const;

    /** @brief The value at @p location, which resolveRef() returned. */
    const nlohmann::json &at(const SchemaLocation &location) const;

    /** @brief The URI document @p doc was loaded from; empty for the root. */
    const std::string &uri(std::size_t doc) const { return m_docs[doc].uri; }

private:
    struct Document
    {
        std::string uri;
        nlohmann::json content;
    };

    void indexIds(std::size_t doc);
    std::optional<SchemaLocation> findDocument(const std::string &uri);

    Draft m_draft;
    const DocumentResolver &m_resolver;
    std::deque<Document> m_docs; // a deque keeps references to documents valid as it grows
    std::map<std::string, SchemaLocation> m_ids;
};

} // namespace causeway::schema
