#include "schema/schema_bundle.h"

#include "schema/schema_check.h"
#include "schema/schema_documents.h"
#include "schema/schema_keywords.h"

#include <deque>
#include <map>
#include <set>

namespace causeway::schema {

namespace {

using nlohmann::json;

// valijson percent-decodes the tokens of a "$ref" pointer, so a literal '%' must be escaped.
std::string forValijson(const std::string &pointer)
{
    std::string out;
    for (char c : pointer)
        out += c == '%' ? std::string("%25") : std::string(1, c);
    return out;
}

// Keywords whose subschemas apply to the same instance as their parent: a cycle through
// them (or through "$ref") would make valijson recurse forever.
bool appliesInPlace(const std::string &suffix)
{
    const std::string keyword = suffix.substr(1, suffix.find('/', 1) - 1);
    static const std::set<std::string> inPlace = {"allOf", "anyOf", "oneOf", "not",
                                                  "if",    "then",  "else",  "dependencies"};
    return inPlace.count(keyword) > 0;
}

class Bundler
{
public:
    Bundler(const json &schema, Draft draft, const DocumentResolver &resolver)
        : m_draft(draft), m_documents(schema, draft, resolver)
    {
    }

    Result<json> run(const json &schema)
    {
        m_bundle = schema;
        if (m_bundle.is_object())
            m_bundle.erase(kBundleKeyword);
        m_placed[{0, ""}] = "";
        walk(m_bundle, "", "", 0, "");
        while (!m_error && !m_tasks.empty()) {
            const Task task = m_tasks.front();
            m_tasks.pop_front();
            // Only a "$ref" into a lifted "propertyNames" can miss.
            json *node = const_cast<json *>(findPointer(m_bundle, task.location));
            if (!node) {
                fail("a $ref into 'propertyNames' is not supported", task.errorPointer);
                break;
            }
            walk(*node, task.location, task.base, task.doc, task.errorPointer);
        }
        if (!m_error)
            checkCycles();
        if (m_error)
            return *m_error;
        return std::move(m_bundle);
    }

private:
    struct Task
    {
        std::string location; // in the bundle
        std::string base;
        std::size_t doc;
        std::string errorPointer;
    };

    void fail(std::string message, std::string pointer)
    {
        if (!m_error)
            m_error = makeError(std::move(message), std::move(pointer));
    }

    // Where the subschema at @p target lives in the bundle: root-document schemas stay where
    // they are, others are copied under kBundleKeyword. New places are walked later.
    std::string place(const SchemaLocation &target, const std::string &errorPointer)
    {
        if (const auto it = m_placed.find({target.doc, target.pointer}); it != m_placed.end())
            return it->second;
        const json &value = m_documents.at(target);
        std::string location = target.pointer;
        if (target.doc == 0) {
            if (auto checked = checkSchema(value, m_draft, target.pointer); !checked)
                fail(checked.error().message, checked.error().where.pointer);
        } else {
            if (auto checked = checkSchema(value, m_draft); !checked) {
                fail("in '" + m_documents.uri(target.doc) + "#" + target.pointer +
                         checked.error().where.pointer + "': " + checked.error().message,
                     errorPointer);
            }
            const std::string slot = std::to_string(m_nextSlot++);
            location = json_text::appendToken(json_text::appendToken("", kBundleKeyword), slot);
            m_bundle[kBundleKeyword][slot] = value;
        }
        m_placed[{target.doc, target.pointer}] = location;
        m_tasks.push_back({location, m_documents.baseAt(target), target.doc, errorPointer});
        return location;
    }

    void walk(json &node, const std::string &location, std::string base, std::size_t doc,
              const std::string &errorPointer)
    {
        if (m_error || !m_walked.insert(location).second || !node.is_object())
            return;
        // Schemas of the root document keep their place, so their own pointer is the best
        // place to report a problem; copies report the root "$ref" that brought them in.
        const auto pointerFor = [&](const std::string &suffix) {
            return doc == 0 ? location + suffix : errorPointer;
        };
        if (const auto ref = node.find("$ref"); ref != node.end() && ref->is_string()) {
            auto target = m_documents.resolveRef(base, ref->get<std::string>());
            if (!target) {
                fail(target.error().message, pointerFor("/$ref"));
                return;
            }
            const std::string targetLocation = place(*target, pointerFor("/$ref"));
            *ref = "#" + forValijson(targetLocation);
            m_edges[location].push_back(targetLocation);
            m_refPointers[location] = pointerFor("/$ref");
            return; // drafts 4 and 7 ignore the siblings of "$ref", and so does valijson
        }
        base = m_documents.applyId(node, base);
        node.erase("id"); // valijson would resolve it by itself, by concatenation
        rewriteKeywords(node);
        forEachSubschema(node, m_draft, [&](json &child, const std::string &suffix) {
            if (appliesInPlace(suffix))
                m_edges[location].push_back(location + suffix);
            walk(child, location + suffix, base, doc, pointerFor(suffix));
        });
        liftPropertyNames(node);
    }

    void rewriteKeywords(json &node) const
    {
        if (const auto format = node.find("format"); format != node.end()) {
            node[kFormatKeyword] = *format;
            node.erase("format");
        }
        if (const auto type = node.find("type"); type != node.end()) {
            std::string names;
            for (const auto &name : type->is_array() ? *type : json::array({*type}))
                names += (names.empty() ? "" : "|") + name.get<std::string>();
            node[kTypeKeyword] = names;
            node.erase("type");
        }
        // valijson reads counts as integers only; 2.0 is a count too.
        for (const char *keyword :
             {"minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"}) {
            if (const auto it = node.find(keyword); it != node.end() && it->is_number_float())
                *it = static_cast<std::uint64_t>(it->get<double>());
        }
    }

    // valijson caches the subschemas that "$ref"s reach by path, and looks "propertyNames"
    // up under its parent's path: after a "$ref" to the parent (a recursive "#", say) it
    // gets the parent schema instead of its own. A "$ref" to a slot of its own avoids that.
    void liftPropertyNames(json &node)
    {
        if (m_draft != Draft::Draft7 || !node.contains("propertyNames"))
            return;
        const std::string slot = std::to_string(m_nextSlot++);
        const std::string target =
            json_text::appendToken(json_text::appendToken("", kBundleKeyword), slot);
        m_bundle[kBundleKeyword][slot] = std::move(node["propertyNames"]);
        node["propertyNames"] = json{{"$ref", "#" + forValijson(target)}};
    }

    void checkCycles()
    {
        std::map<std::string, int> state; // 1: on the current path, 2: done
        const auto visit = [&](const auto &self, const std::string &location) -> void {
            state[location] = 1;
            for (const std::string &next : m_edges[location]) {
                if (m_error)
                    return;
                if (state[next] == 1) {
                    const auto ref = m_refPointers.find(location);
                    fail("the schema applies itself to the same value in a loop (through "
                         "\"$ref\"), so validation could never finish",
                         ref != m_refPointers.end() ? ref->second : location);
                    return;
                }
                if (state[next] == 0)
                    self(self, next);
            }
            state[location] = 2;
        };
        for (const auto &[location, targets] : std::map(m_edges)) {
            if (state[location] == 0)
                visit(visit, location);
        }
    }

    Draft m_draft;
    SchemaDocuments m_documents;
    std::map<std::pair<std::size_t, std::string>, std::string> m_placed;
    std::set<std::string> m_walked;
    std::map<std::string, std::vector<std::string>> m_edges;
    std::map<std::string, std::string> m_refPointers;
    std::deque<Task> m_tasks;
    json m_bundle;
    std::optional<Error> m_error;
    std::size_t m_nextSlot = 0;
};

} // namespace

Result<nlohmann::json> bundleSchema(const nlohmann::json &schema, Draft draft,
                                    const DocumentResolver &resolver)
{
    return Bundler(schema, draft, resolver).run(schema);
}

} // namespace causeway::schema
