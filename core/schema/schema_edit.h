#pragma once

#include "common/result.h"
#include "schema/property_order.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace causeway::schema {

/**
 * @brief One field of a payload schema as an editor lists it: a member of an object
 * schema's `properties`, found under the root object and the objects nested in it (also
 * the objects that arrays hold as `items`).
 */
struct SchemaField
{
    std::string pointer;       // of the field's own schema, e.g. "/properties/customer"
    std::string parentPointer; // of the object schema holding it; "" for the root
    std::string name;
    std::string type;          // "string", "integer", ... or "" when the schema has none
    bool required = false;
    int depth = 0; // 0 for the root's fields
};

/** @brief The fields of @p schema depth first, siblings in @p order (by name where it says
 * nothing). */
std::vector<SchemaField> schemaFields(const nlohmann::json &schema,
                                      const PropertyOrder &order = {});

/** @brief The types a field can be given; "object" and "array" get an empty body. */
const std::vector<std::string> &fieldTypes();

// Edits: each returns the changed schema, or an error naming what is wrong and where.
Result<nlohmann::json> addField(nlohmann::json schema, const std::string &parentPointer,
                                const std::string &name, const std::string &type);
Result<nlohmann::json> removeField(nlohmann::json schema, const std::string &pointer);
Result<nlohmann::json> renameField(nlohmann::json schema, const std::string &pointer,
                                   const std::string &name);
Result<nlohmann::json> setFieldType(nlohmann::json schema, const std::string &pointer,
                                    const std::string &type);
Result<nlohmann::json> setFieldRequired(nlohmann::json schema, const std::string &pointer,
                                        bool required);
/** @brief Sets @p keyword of the field (description, format, minimum, enum...); null removes it. */
Result<nlohmann::json> setFieldKeyword(nlohmann::json schema, const std::string &pointer,
                                       const std::string &keyword, const nlohmann::json &value);

} // namespace causeway::schema
