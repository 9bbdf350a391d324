#include "catalog/lint.h"

#include "catalog/naming.h"
#include "common/json_text.h"
#include "schema/compatibility.h"

#include <algorithm>
#include <map>

namespace causeway::catalog {

using nlohmann::json;

namespace {

class Linter
{
public:
    Linter(const Definition &def, std::string pointer, std::vector<LintFinding> &out)
        : m_def(def), m_pointer(std::move(pointer)), m_out(out)
    {
    }

    void report(Severity severity, const std::string &member, std::string message, std::string code)
    {
        const std::string where = member.empty() ? m_pointer : m_pointer + member;
        m_out.push_back(
            {m_def.label(), Issue{severity, where, std::move(message), std::move(code)}});
    }

    void naming()
    {
        if (const std::string problem = naming::reverseDnsProblem(m_def.type); !problem.empty())
            report(Severity::Warning, "/type", "type '" + m_def.type + "' " + problem,
                   "naming.reverse-dns");
        const auto words = naming::actionWords(m_def.type);
        if (words.empty())
            return;
        if (m_def.kind == MessageKind::Event && !naming::isPastTense(words.back()))
            report(Severity::Warning, "/type",
                   "event type '" + m_def.type + "' should end in a past-tense verb (it says '" +
                       words.back() + "'); events report what has happened",
                   "naming.event-past-tense");
        if (m_def.kind == MessageKind::Command) {
            // "CreateOrder" puts the verb first, "order.create" has it as the only word;
            // "OrderCreated" reads as an event whatever its first word.
            const std::string &verb = naming::isPastTense(words.back()) || words.size() == 1
                                          ? words.back()
                                          : words.front();
            if (!naming::isImperative(verb))
                report(Severity::Warning, "/type",
                       "command type '" + m_def.type +
                           "' should name an imperative verb (it says '" + verb +
                           "'); commands ask for something to be done",
                       "naming.command-imperative");
        }
    }

    void documentation()
    {
        if (m_def.name.empty())
            report(Severity::Warning, "", "has no name", "docs.name");
        if (m_def.description.empty())
            report(Severity::Warning, "", "has no description", "docs.description");
        if (m_def.owner.empty())
            report(Severity::Warning, "", "has no owner", "docs.owner");
        if (m_def.examples.empty())
            report(Severity::Warning, "", "has no examples", "docs.examples");
        if (m_def.deprecated && m_def.deprecationNote.empty())
            report(Severity::Info, "/deprecated",
                   "is deprecated without a note saying what to use instead",
                   "docs.deprecation-note");
    }

    void schemaAndExamples()
    {
        auto compiled = schema::JsonSchema::compile(m_def.payloadSchema, m_def.draft);
        if (!compiled) {
            report(Severity::Error, "/payloadSchema" + compiled.error().where.pointer,
                   "payload schema is invalid: " + compiled.error().message, "schema.invalid");
            return;
        }
        for (std::size_t i = 0; i < m_def.examples.size(); ++i) {
            for (const auto &issue : (*compiled)->validate(m_def.examples[i])) {
                report(Severity::Error, json_text::appendIndex("/examples", i) + issue.pointer,
                       "example " + std::to_string(i + 1) +
                           " does not match the schema: " + issue.message,
                       "examples.invalid");
            }
        }
        for (const auto &[field, label] : m_def.classification) {
            const bool known =
                std::any_of(m_def.examples.begin(), m_def.examples.end(), [&](const json &example) {
                    try {
                        return example.contains(json::json_pointer(field));
                    } catch (const json::exception &) {
                        return false;
                    }
                });
            if (!known && !m_def.examples.empty())
                report(Severity::Warning, json_text::appendToken("/classification", field),
                       "classified field '" + field + "' (" + label +
                           ") appears in none of the examples",
                       "classification.unknown-field");
        }
    }

private:
    const Definition &m_def;
    std::string m_pointer;
    std::vector<LintFinding> &m_out;
};

// A version bump should say what changed: breaking the backward compatibility of the
// payload needs a new major version.
void versionBumps(const std::vector<Definition> &definitions, const std::string &basePointer,
                  std::vector<LintFinding> &out)
{
    std::map<std::string, std::vector<std::size_t>> byType;
    for (std::size_t i = 0; i < definitions.size(); ++i)
        byType[definitions[i].type].push_back(i);
    for (auto &[type, indexes] : byType) {
        std::sort(indexes.begin(), indexes.end(), [&](std::size_t a, std::size_t b) {
            return definitions[a].version < definitions[b].version;
        });
        for (std::size_t k = 1; k < indexes.size(); ++k) {
            const Definition &older = definitions[indexes[k - 1]];
            const Definition &newer = definitions[indexes[k]];
            if (older.version == newer.version) {
                out.push_back({newer.label(),
                               Issue{Severity::Error,
                                     json_text::appendIndex(basePointer, indexes[k]) + "/version",
                                     "version " + newer.version.toString() + " is defined twice",
                                     "version.duplicate"}});
                continue;
            }
            if (newer.version.major != older.version.major)
                continue;
            const auto report = schema::compareSchemas(older.payloadSchema, newer.payloadSchema);
            if (report.backward())
                continue;
            std::string reasons;
            for (const auto &finding : report.findings) {
                if (finding.breaksBackward)
                    reasons += (reasons.empty() ? "" : "; ") + finding.reason;
            }
            out.push_back({newer.label(),
                           Issue{Severity::Warning,
                                 json_text::appendIndex(basePointer, indexes[k]) + "/version",
                                 "breaks backward compatibility with " + older.version.toString() +
                                     " (" + reasons + ") but keeps major version " +
                                     std::to_string(newer.version.major),
                                 "version.breaking-change"}});
        }
    }
}

} // namespace

std::vector<LintFinding> lintDefinitions(const std::vector<Definition> &definitions,
                                         const std::string &basePointer)
{
    std::vector<LintFinding> out;
    for (std::size_t i = 0; i < definitions.size(); ++i) {
        Linter linter(definitions[i], json_text::appendIndex(basePointer, i), out);
        linter.naming();
        linter.documentation();
        linter.schemaAndExamples();
    }
    versionBumps(definitions, basePointer, out);
    return out;
}

} // namespace causeway::catalog
