#include "schema/schema_check.h"

#include "schema/schema_keywords.h"

#include <cmath>
#include <optional>
#include <regex>
#include <set>

namespace causeway::schema {

namespace {

using nlohmann::json;

std::string typeName(const json &value)
{
    if (value.is_number_integer())
        return "integer";
    if (value.is_number())
        return "number";
    return value.type_name();
}

bool isWholeNumber(const json &value)
{
    if (value.is_number_integer())
        return true;
    return value.is_number_float() && std::isfinite(value.get<double>()) &&
           std::floor(value.get<double>()) == value.get<double>();
}

// "required" and the property lists of "dependencies": unique strings.
std::optional<Error> stringListProblem(const json &value, const std::string &pointer,
                                       const std::string &name, bool nonEmpty)
{
    if (!value.is_array()) {
        return makeError("'" + name + "' must be an array of property names, not " +
                             typeName(value) + " " + value.dump(),
                         pointer);
    }
    if (nonEmpty && value.empty())
        return makeError("'" + name + "' must not be empty in draft 4", pointer);
    std::set<std::string> seen;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_string()) {
            return makeError("'" + name + "' lists " + value[i].dump() +
                                 ", which is not a property name",
                             json_text::appendIndex(pointer, i));
        }
        if (!seen.insert(value[i].get<std::string>()).second) {
            return makeError("'" + name + "' lists '" + value[i].get<std::string>() + "' twice",
                             json_text::appendIndex(pointer, i));
        }
    }
    return std::nullopt;
}

bool isKnownType(const json &name)
{
    static const std::set<std::string> known = {"array",  "boolean", "integer", "null",
                                                "number", "object",  "string"};
    return name.is_string() && known.count(name.get<std::string>()) > 0;
}

std::optional<std::string> regexProblem(const std::string &pattern)
{
    try {
        std::regex compiled(pattern, std::regex::ECMAScript);
        return std::nullopt;
    } catch (const std::regex_error &e) {
        return std::string(e.what());
    }
}

// Checks one schema object's own keywords; subschemas are checked by the caller's walk.
class KeywordChecker
{
public:
    KeywordChecker(const json &node, Draft draft, const std::string &pointer)
        : m_node(node), m_draft(draft), m_pointer(pointer)
    {
    }

    std::optional<Error> run()
    {
        checkType();
        for (const char *keyword : {"minimum", "maximum", "multipleOf"})
            expect(
                keyword, [](const json &v) { return v.is_number(); }, "a number");
        if (const auto it = m_node.find("multipleOf");
            it != m_node.end() && it->is_number() && it->get<double>() <= 0)
            fail("multipleOf", "'multipleOf' must be greater than 0");
        checkExclusiveBounds();
        for (const char *keyword :
             {"minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"}) {
            expect(
                keyword, [](const json &v) { return isWholeNumber(v) && v.get<double>() >= 0; },
                "a non-negative integer");
        }
        checkRequired();
        checkPatterns();
        checkContainers();
        for (const char *keyword : {"$ref", "format", "title", "description", idKeyword(m_draft)})
            expect(
                keyword, [](const json &v) { return v.is_string(); }, "a string");
        expect(
            "uniqueItems", [](const json &v) { return v.is_boolean(); }, "a boolean");
        return m_error;
    }

private:
    template <typename Predicate> void expect(const char *keyword, Predicate ok, const char *what)
    {
        const auto it = m_node.find(keyword);
        if (it != m_node.end() && !ok(*it))
            fail(keyword, std::string("'") + keyword + "' must be " + what + ", not " +
                              typeName(*it) + " " + it->dump());
    }

    void fail(const char *keyword, std::string message)
    {
        if (!m_error)
            m_error = makeError(std::move(message), json_text::appendToken(m_pointer, keyword));
    }

    void checkType()
    {
        const auto it = m_node.find("type");
        if (it == m_node.end())
            return;
        if (it->is_string() && !isKnownType(*it)) {
            fail("type", "unknown type '" + it->get<std::string>() +
                             "' (expected array, boolean, integer, null, number, object "
                             "or string)");
        } else if (it->is_array()) {
            std::set<std::string> seen;
            for (const auto &name : *it) {
                if (!isKnownType(name))
                    fail("type", "'type' lists " + name.dump() + ", which is not a type name");
                else if (!seen.insert(name.get<std::string>()).second)
                    fail("type", "'type' lists " + name.dump() + " twice");
            }
        } else if (!it->is_string()) {
            fail("type", "'type' must be a type name or an array of type names, not " +
                             typeName(*it) + " " + it->dump());
        }
    }

    void checkExclusiveBounds()
    {
        for (const auto &[exclusive, bound] :
             {std::pair{"exclusiveMinimum", "minimum"}, std::pair{"exclusiveMaximum", "maximum"}}) {
            if (m_draft == Draft::Draft7) {
                expect(
                    exclusive, [](const json &v) { return v.is_number(); }, "a number");
                continue;
            }
            expect(
                exclusive, [](const json &v) { return v.is_boolean(); }, "a boolean in draft 4");
            if (m_node.contains(exclusive) && !m_node.contains(bound))
                fail(exclusive, std::string("'") + exclusive + "' needs '" + bound +
                                    "' next to it in draft 4");
        }
    }

    void checkRequired()
    {
        const auto it = m_node.find("required");
        if (it == m_node.end() || m_error)
            return;
        m_error = stringListProblem(*it, json_text::appendToken(m_pointer, "required"), "required",
                                    m_draft == Draft::Draft4);
    }

    void checkPatterns()
    {
        if (const auto it = m_node.find("pattern"); it != m_node.end() && it->is_string()) {
            if (const auto problem = regexProblem(it->get<std::string>()))
                fail("pattern", "'pattern' is not a valid regular expression: " + *problem);
        }
        if (const auto it = m_node.find("patternProperties");
            it != m_node.end() && it->is_object()) {
            for (auto member = it->begin(); member != it->end(); ++member) {
                if (const auto problem = regexProblem(member.key()))
                    fail("patternProperties", "'" + member.key() +
                                                  "' in 'patternProperties' is not a valid "
                                                  "regular expression: " +
                                                  *problem);
            }
        }
    }

    void checkContainers()
    {
        for (const char *keyword : {"allOf", "anyOf", "oneOf"}) {
            expect(
                keyword, [](const json &v) { return v.is_array() && !v.empty(); },
                "a non-empty array of schemas");
        }
        for (const char *keyword :
             {"properties", "patternProperties", "definitions", "dependencies"})
            expect(
                keyword, [](const json &v) { return v.is_object(); }, "an object");
        expect(
            "enum",
            [this](const json &v) {
                return v.is_array() && (m_draft == Draft::Draft7 || !v.empty());
            },
            m_draft == Draft::Draft7 ? "an array" : "a non-empty array");
        const auto deps = m_node.find("dependencies");
        if (deps == m_node.end() || !deps->is_object())
            return;
        const std::string depsPointer = json_text::appendToken(m_pointer, "dependencies");
        for (auto member = deps->begin(); member != deps->end(); ++member) {
            if (member->is_array() && !m_error) {
                m_error =
                    stringListProblem(*member, json_text::appendToken(depsPointer, member.key()),
                                      "dependencies/" + member.key(), false);
            }
        }
    }

    const json &m_node;
    Draft m_draft;
    std::string m_pointer;
    std::optional<Error> m_error;
};

// Schema positions hold objects, or booleans from draft 6 on; draft 4 allows booleans
// only for additionalItems and additionalProperties.
std::optional<Error> checkNode(const json &node, Draft draft, const std::string &pointer,
                               bool booleanAllowed)
{
    if (node.is_boolean() && booleanAllowed)
        return std::nullopt;
    if (!node.is_object()) {
        return makeError(std::string("expected a schema (") +
                             (draft == Draft::Draft7 ? "an object or a boolean" : "an object") +
                             "), not " + typeName(node) + " " + node.dump(),
                         pointer);
    }
    if (auto error = KeywordChecker(node, draft, pointer).run())
        return error;
    std::optional<Error> error;
    forEachSubschema(node, draft, [&](const json &child, const std::string &suffix) {
        const bool additional = suffix == "/additionalItems" || suffix == "/additionalProperties";
        if (!error)
            error = checkNode(child, draft, pointer + suffix, draft == Draft::Draft7 || additional);
    });
    return error;
}

} // namespace

Status checkSchema(const nlohmann::json &schema, Draft draft, const std::string &pointer)
{
    if (auto error = checkNode(schema, draft, pointer, draft == Draft::Draft7))
        return *std::move(error);
    return Ok{};
}

} // namespace causeway::schema
