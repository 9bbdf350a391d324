#pragma once

// The side-by-side walk behind compareSchemas(). Internal to the schema unit.

#include "schema/compatibility.h"

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>

namespace causeway::schema {

/** @brief A value in one of the two schemas (nullptr when absent) and its pointer. */
struct SchemaNode
{
    const nlohmann::json *value = nullptr;
    std::string pointer;

    SchemaNode child(const std::string &keyword) const;
    bool has(const char *keyword) const;
};

/** @brief Walks an older and a newer schema together and collects the findings. */
class SchemaComparer
{
public:
    SchemaComparer(const nlohmann::json &older, const nlohmann::json &newer);

    /** @brief Compares two subschemas; absent ones count as the schema true. */
    void compare(SchemaNode older, SchemaNode newer);

    CompatibilityReport report() const { return m_report; }

private:
    void add(const std::string &pointer, std::string reason, bool breaksBackward,
             bool breaksForward);
    SchemaNode resolve(const nlohmann::json &root, SchemaNode node) const;

    // compatibility_values.cpp: constraints on the value itself.
    void compareTypes(const SchemaNode &older, const SchemaNode &newer);
    void compareValues(const SchemaNode &older, const SchemaNode &newer);
    void compareBounds(const SchemaNode &older, const SchemaNode &newer);
    void compareStrings(const SchemaNode &older, const SchemaNode &newer);

    // compatibility_objects.cpp: structure.
    void compareObjects(const SchemaNode &older, const SchemaNode &newer);
    void compareProperties(const SchemaNode &older, const SchemaNode &newer);
    void compareArrays(const SchemaNode &older, const SchemaNode &newer);

    // compatibility.cpp: combinators and keywords the walk does not look into.
    void compareCombinators(const SchemaNode &older, const SchemaNode &newer);
    void compareOpaque(const SchemaNode &older, const SchemaNode &newer, const char *keyword);

    const nlohmann::json &m_older;
    const nlohmann::json &m_newer;
    std::set<std::pair<std::string, std::string>> m_visited;
    CompatibilityReport m_report;
};

} // namespace causeway::schema
