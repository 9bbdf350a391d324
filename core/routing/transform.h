#pragma once

#include "model/cloud_event.h"
#include "routing/data_reads.h"
#include "routing/json_path.h"
#include "routing/path_roots.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace causeway::routing {

/**
 * @brief A rule's payload template, compiled once: maps fields of an event into a new
 * payload.
 *
 * The template is any JSON value, copied as written except for strings:
 * - "$.data.amount", "$.id", "$.source": a whole string that is a JSONPath is replaced by
 *   the value it selects from the event's JSON form (attributes at the top level, the
 *   payload under "data"). A path with a wildcard ("$.data.items[*].sku") always gives an
 *   array of every value it selects, empty when there are none.
 * - "Loan {{$.subject}} scored {{$.data.riskScore}}": placeholders are replaced as text;
 *   strings are inserted as they are, other values as compact JSON.
 * - "$$5 fee": a leading "$$" stands for a literal "$" (placeholders still apply after it).
 * Object keys are never templated.
 *
 * A path that selects nothing leaves its member out of an object, gives null inside an
 * array (so positions keep their meaning) or as the whole template, and empty text in a
 * placeholder. A member that is present with the value null stays null.
 */
class Transform
{
public:
    /**
     * @brief Compiles @p templ. A string starting with a single "$" must be a valid
     * JSONPath; errors carry the JSON pointer (below @p pointer) of the offending string.
     */
    static Result<Transform> compile(const nlohmann::json &templ, const std::string &pointer);

    /** @brief The new payload for @p event. */
    nlohmann::json apply(const model::CloudEvent &event) const;

    /**
     * @brief The new payload for @p event, where paths whose first name is one of @p roots
     * read that root instead ("$.state.count" with a root "state"). Simulated actors pass
     * what they remember this way.
     */
    nlohmann::json apply(const model::CloudEvent &event, const PathRoots &roots) const;

    /**
     * @brief layOver(base, apply(event, roots)), without building the result apart first:
     * what the template sets replaces what @p base holds, objects merging member by member.
     */
    void applyOver(nlohmann::json &base, const model::CloudEvent &event,
                   const PathRoots &roots) const;

    /**
     * @brief The copy of @p event a target receives: same attributes and id, data replaced
     * by apply(), datacontenttype application/json, and dataschema removed because the
     * new payload no longer follows the original event's schema.
     */
    model::CloudEvent transformed(model::CloudEvent event) const;

    /** @brief Adds what the template's paths read of the event's payload. */
    void addDataReads(DataReads &reads) const;

    /** @brief The template as written in the project. */
    const nlohmann::json &source() const { return m_source; }

private:
    struct CompiledPath
    {
        JsonPath path;     // the whole path, for paths that read the whole event
        JsonPath below;    // the path below its first segment
        std::string head;  // attribute name or "data"; empty when the path reads the whole event
        bool many = false; // has a wildcard: always an array
    };

    struct Piece
    {
        std::string text; // literal text before the placeholder
        int path = -1;    // index into m_paths, or -1 for trailing text only
    };

    struct Node
    {
        enum class Kind { Literal, Path, Text, Object, Array };
        Kind kind = Kind::Literal;
        nlohmann::json literal;        // Literal
        int path = -1;                 // Path
        std::vector<Piece> pieces;     // Text
        std::vector<std::string> keys; // Object: keys[i] names children[i]
        std::vector<Node> children;    // Object, Array
    };

    class Reader;

    Result<Node> compileNode(const nlohmann::json &value, const std::string &pointer);
    Result<int> compilePath(const std::string &text, const std::string &pointer, bool placeholder);
    Result<Node> compileText(const std::string &text, const std::string &pointer);
    // The value of path @p index (an array for wildcards); false when it selects nothing.
    bool lookup(int index, Reader &reader, nlohmann::json &out) const;
    // Writes @p node's value for the reader's event to @p out; false when a path is missing.
    bool evaluate(const Node &node, Reader &reader, nlohmann::json &out) const;
    // Lays @p node's value over @p base.
    void evaluateOver(const Node &node, Reader &reader, nlohmann::json &base) const;

    nlohmann::json m_source;
    Node m_root;
    std::vector<CompiledPath> m_paths;
};

/** @brief Lays @p overlay over @p base: objects member by member, anything else replaced. */
void layOver(nlohmann::json &base, nlohmann::json overlay);

} // namespace causeway::routing
