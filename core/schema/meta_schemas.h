#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace causeway::schema {

/**
 * @brief The draft 4 or draft 7 meta-schema for its URI (with or without the empty
 * fragment), or nullptr for any other URI.
 */
const nlohmann::json *builtinMetaSchema(const std::string &uri);

} // namespace causeway::schema
