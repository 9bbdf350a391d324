#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace causeway::schema {

/**
 * @brief The order of the fields of a payload schema, which JSON Schema leaves open but
 * people read by: for each object schema, by its JSON pointer ("" for the root,
 * "/properties/applicant", "/properties/items/items"), the names of its "properties" in
 * order. Names a list leaves out follow it by name; names no longer there are passed over,
 * so an order stays usable across edits of the schema.
 */
using PropertyOrder = std::map<std::string, std::vector<std::string>>;

/** @brief The order @p schema was written in (as an ordered_json keeps it). */
PropertyOrder readPropertyOrder(const nlohmann::ordered_json &schema);

/** @brief The "properties" names of the object schema at @p pointer in @p schema, in order. */
std::vector<std::string> orderedPropertyNames(const nlohmann::json &schema,
                                              const std::string &pointer,
                                              const PropertyOrder &order);

/** @brief @p schema as an ordered_json whose "properties" follow @p order, for writing it out
 * as a person arranged it: "$schema", "$id", "title", "description" and "type" lead each
 * schema object, the other keywords follow by name. */
nlohmann::ordered_json orderedSchema(const nlohmann::json &schema, const PropertyOrder &order);

/** @brief @p value as an ordered_json, members by name. */
nlohmann::ordered_json toOrdered(const nlohmann::json &value);

/** @brief An instance of @p schema (an example payload) as an ordered_json whose objects list
 * the fields the schema declares first, in @p order, then any others by name. */
nlohmann::ordered_json orderedInstance(const nlohmann::json &instance, const nlohmann::json &schema,
                                       const PropertyOrder &order);

/**
 * @brief @p order with the field at @p fieldPointer ("/properties/a/properties/b") moved to
 * place @p index among its siblings in @p schema (clamped to the ends).
 */
PropertyOrder withFieldMoved(PropertyOrder order, const nlohmann::json &schema,
                             const std::string &fieldPointer, std::size_t index);

/** @brief @p order with the field at @p fieldPointer called @p name instead, in its place;
 * the orders inside it follow it to its new pointer. */
PropertyOrder withFieldRenamed(PropertyOrder order, const std::string &fieldPointer,
                               const std::string &name);

} // namespace causeway::schema
