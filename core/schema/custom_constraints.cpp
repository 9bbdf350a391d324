// "type" and "format" checked by us rather than valijson: valijson's type message does
// not say which types were expected, and its format check turns numbers into strings
// (so {"format": "date"} rejects 12) and knows only date, time and date-time.
#include "schema/format_checks.h"
#include "schema/issue_messages.h"
#include "schema/valijson_glue.h"

#include <cmath>
#include <new>

namespace causeway::schema {

namespace {

using valijson::ValidationResults;
using valijson::adapters::Adapter;

class TypeCheck final : public valijson::constraints::PolyConstraint
{
public:
    TypeCheck(std::string names, Draft draft) : m_names(std::move(names)), m_draft(draft) {}

    bool validate(const Adapter &target, const std::vector<std::string> &context,
                  ValidationResults *results) const override
    {
        std::size_t start = 0;
        while (start <= m_names.size()) {
            const auto bar = m_names.find('|', start);
            if (matches(m_names.substr(start, bar - start), target))
                return true;
            if (bar == std::string::npos)
                break;
            start = bar + 1;
        }
        if (results) {
            std::string expected = m_names;
            for (auto bar = expected.find('|'); bar != std::string::npos; bar = expected.find('|'))
                expected.replace(bar, 1, " or ");
            results->pushError(context, "expected type " + expected + ", got " + typeOf(target));
        }
        return false;
    }

private:
    bool isWholeDouble(const Adapter &target) const
    {
        double value = 0;
        return m_draft == Draft::Draft7 && target.isDouble() && target.getDouble(value) &&
               std::isfinite(value) && std::floor(value) == value;
    }

    bool matches(const std::string &name, const Adapter &target) const
    {
        if (name == "integer")
            return target.isInteger() || isWholeDouble(target);
        if (name == "number")
            return target.isNumber();
        if (name == "string")
            return target.isString();
        if (name == "object")
            return target.isObject();
        if (name == "array")
            return target.isArray();
        if (name == "boolean")
            return target.isBool();
        return name == "null" && target.isNull();
    }

    std::string typeOf(const Adapter &target) const
    {
        if (target.isInteger() || isWholeDouble(target))
            return "integer";
        if (target.isNumber())
            return "number";
        if (target.isString())
            return "string";
        if (target.isObject())
            return "object";
        if (target.isArray())
            return "array";
        return target.isBool() ? "boolean" : "null";
    }

    Constraint *cloneInto(void *memory) const override { return new (memory) TypeCheck(*this); }
    size_t sizeOf() const override { return sizeof(TypeCheck); }

    std::string m_names;
    Draft m_draft;
};

class FormatCheck final : public valijson::constraints::PolyConstraint
{
public:
    explicit FormatCheck(std::string format) : m_format(std::move(format)) {}

    bool validate(const Adapter &target, const std::vector<std::string> &context,
                  ValidationResults *results) const override
    {
        std::string text;
        if (!target.isString() || !target.getString(text))
            return true; // formats constrain strings only
        const auto problem = formatProblem(m_format, text);
        if (problem && results)
            results->pushError(context, quoteText(text) + " " + *problem);
        return !problem;
    }

private:
    Constraint *cloneInto(void *memory) const override { return new (memory) FormatCheck(*this); }
    size_t sizeOf() const override { return sizeof(FormatCheck); }

    std::string m_format;
};

class TypeCheckBuilder final : public valijson::ConstraintBuilder
{
public:
    explicit TypeCheckBuilder(Draft draft) : m_draft(draft) {}

    valijson::constraints::Constraint *make(const Adapter &value) const override
    {
        return new TypeCheck(value.getString(), m_draft);
    }

private:
    Draft m_draft;
};

class FormatCheckBuilder final : public valijson::ConstraintBuilder
{
public:
    valijson::constraints::Constraint *make(const Adapter &value) const override
    {
        return new FormatCheck(value.getString());
    }
};

} // namespace

std::unique_ptr<valijson::ConstraintBuilder> makeTypeCheckBuilder(Draft draft)
{
    return std::make_unique<TypeCheckBuilder>(draft);
}

std::unique_ptr<valijson::ConstraintBuilder> makeFormatCheckBuilder()
{
    return std::make_unique<FormatCheckBuilder>();
}

} // namespace causeway::schema
