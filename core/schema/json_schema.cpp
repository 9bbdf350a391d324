#include "schema/json_schema.h"

#include "schema/issue_messages.h"
#include "schema/quick_check.h"
#include "schema/schema_bundle.h"
#include "schema/schema_check.h"
#include "schema/valijson_glue.h"

namespace causeway::schema {

struct JsonSchema::Compiled
{
    explicit Compiled(QuickCheck quickCheck) : quick(std::move(quickCheck)) {}

    QuickCheck quick; // answers for most valid instances, without valijson's allocations
    valijson::Schema schema;
};

namespace {

// valijson::Validator keeps a cache of compiled regular expressions that it fills while
// validating, so it is not safe to share; each thread gets its own.
valijson::Validator &threadValidator()
{
    thread_local valijson::Validator validator(valijson::Validator::kStrongTypes);
    return validator;
}

std::string typeName(const nlohmann::json &value)
{
    return value.is_number() ? std::string("number") : std::string(value.type_name());
}

} // namespace

JsonSchema::JsonSchema(Draft draft, nlohmann::json document,
                       std::unique_ptr<const Compiled> compiled)
    : m_draft(draft), m_document(std::move(document)), m_compiled(std::move(compiled))
{
}

JsonSchema::~JsonSchema() = default;

Result<std::shared_ptr<const JsonSchema>>
JsonSchema::compile(const nlohmann::json &schema, Draft draft, DocumentResolver resolver)
{
    if (draft != Draft::Draft4 && draft != Draft::Draft7)
        return makeError("unknown JSON Schema draft");
    if (!schema.is_object() && !(draft == Draft::Draft7 && schema.is_boolean())) {
        return makeError(std::string("a schema must be ") +
                         (draft == Draft::Draft7 ? "an object or a boolean" : "an object") +
                         ", not " + typeName(schema));
    }
    if (auto checked = checkSchema(schema, draft); !checked)
        return checked.error();
    auto bundle = bundleSchema(schema, draft, resolver);
    if (!bundle)
        return bundle.error();

    auto compiled = std::make_unique<Compiled>(QuickCheck(schema, draft));
    try {
        valijson::SchemaParser parser(draft == Draft::Draft7 ? valijson::SchemaParser::kDraft7
                                                             : valijson::SchemaParser::kDraft4);
        // The parser owns the builders it is given.
        parser.addConstraintBuilder(kTypeKeyword, makeTypeCheckBuilder(draft).release());
        parser.addConstraintBuilder(kFormatKeyword, makeFormatCheckBuilder().release());
        const valijson::adapters::NlohmannJsonAdapter adapter(*bundle);
        parser.populateSchema(adapter, compiled->schema);
    } catch (const std::exception &e) {
        // The checks above catch the common mistakes with a pointer; this is the rest.
        return makeError(std::string("the schema could not be compiled: ") + e.what());
    }
    return std::shared_ptr<const JsonSchema>(
        new JsonSchema(draft, schema, std::unique_ptr<const Compiled>(std::move(compiled))));
}

bool JsonSchema::isValid(const nlohmann::json &instance) const
{
    if (m_compiled->quick.accepts(instance))
        return true;
    try {
        const valijson::adapters::NlohmannJsonAdapter target(instance);
        return threadValidator().validate(m_compiled->schema, target, nullptr);
    } catch (const std::exception &) {
        return false; // e.g. std::regex giving up on a pathological pattern
    }
}

std::vector<SchemaIssue> JsonSchema::validate(const nlohmann::json &instance) const
{
    if (m_compiled->quick.accepts(instance))
        return {};
    valijson::ValidationResults results;
    try {
        const valijson::adapters::NlohmannJsonAdapter target(instance);
        if (threadValidator().validate(m_compiled->schema, target, &results))
            return {};
    } catch (const std::exception &e) {
        return {{"", std::string("the value could not be checked: ") + e.what()}};
    }
    std::vector<RawIssue> raw;
    for (const auto &error : results)
        raw.push_back({error.context, error.description});
    if (raw.empty())
        raw.push_back({{"<root>"}, "value does not match the schema"});
    return describeIssues(raw, instance);
}

std::optional<Draft> draftFromSchemaUri(std::string_view uri)
{
    // "http://json-schema.org/draft-07/schema#", with or without "#", http or https.
    if (uri.empty())
        return std::nullopt;
    if (uri.back() == '#')
        uri.remove_suffix(1);
    for (std::string_view scheme : {"http://", "https://"}) {
        if (uri.substr(0, scheme.size()) != scheme)
            continue;
        const std::string_view rest = uri.substr(scheme.size());
        if (rest == "json-schema.org/draft-04/schema")
            return Draft::Draft4;
        if (rest == "json-schema.org/draft-07/schema")
            return Draft::Draft7;
    }
    return std::nullopt;
}

} // namespace causeway::schema
