#pragma once

#include "common/result.h"

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace causeway::schema {

enum class Draft { Draft4, Draft7 };

/** @brief A problem found in an instance: JSON pointer into the instance, and a message a person
 * understands. */
struct SchemaIssue
{
    std::string pointer;
    std::string message;

    bool operator==(const SchemaIssue &) const = default;
};

/** @brief Fetches a remote schema document by absolute URI (without fragment); nullptr if unknown.
 */
using DocumentResolver = std::function<const nlohmann::json *(const std::string &uri)>;

/**
 * @brief A JSON Schema compiled once and then used to validate many instances.
 * Immutable: validate() and isValid() may run on several threads at once.
 */
class JsonSchema
{
public:
    /**
     * @brief Compiles once; errors (schema itself invalid, unresolvable $ref, unknown draft)
     * carry a JSON pointer into the schema. The draft 4 and draft 7 meta-schemas are built
     * in; other remote documents come from @p resolver.
     */
    static Result<std::shared_ptr<const JsonSchema>> compile(const nlohmann::json &schema,
                                                             Draft draft = Draft::Draft7,
                                                             DocumentResolver resolver = {});

    ~JsonSchema();
    JsonSchema(const JsonSchema &) = delete;
    JsonSchema &operator=(const JsonSchema &) = delete;

    /** @brief Fast path: stops at the first failure. */
    bool isValid(const nlohmann::json &instance) const;

    /** @brief Every issue, each with a pointer into @p instance and a message; empty when valid. */
    std::vector<SchemaIssue> validate(const nlohmann::json &instance) const;

    /** @brief The draft the schema was compiled as. */
    Draft draft() const { return m_draft; }

    /** @brief The schema document as it was given to compile(). */
    const nlohmann::json &document() const { return m_document; }

private:
    struct Compiled;

    JsonSchema(Draft draft, nlohmann::json document, std::unique_ptr<const Compiled> compiled);

    Draft m_draft;
    nlohmann::json m_document;
    std::unique_ptr<const Compiled> m_compiled;
};

/** @brief Draft named by a "$schema" URI (draft-04 / draft-07), or nullopt when absent/unknown. */
std::optional<Draft> draftFromSchemaUri(std::string_view uri);

} // namespace causeway::schema
