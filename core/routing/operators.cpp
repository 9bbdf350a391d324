#include "routing/operators.h"

#include <array>

namespace causeway::routing {

namespace {

struct OperatorName
{
    Operator op;
    std::string_view name;
};

constexpr std::array kOperators = {
    OperatorName{Operator::Equals, "equals"},
    OperatorName{Operator::NotEquals, "not-equals"},
    OperatorName{Operator::EqualsIgnoreCase, "equals-ignore-case"},
    OperatorName{Operator::Contains, "contains"},
    OperatorName{Operator::In, "in"},
    OperatorName{Operator::AnythingBut, "anything-but"},
    OperatorName{Operator::Gt, "gt"},
    OperatorName{Operator::Gte, "gte"},
    OperatorName{Operator::Lt, "lt"},
    OperatorName{Operator::Lte, "lte"},
    OperatorName{Operator::Range, "range"},
    OperatorName{Operator::Exists, "exists"},
    OperatorName{Operator::Prefix, "prefix"},
    OperatorName{Operator::Suffix, "suffix"},
    OperatorName{Operator::Wildcard, "wildcard"},
    OperatorName{Operator::Regex, "regex"},
};

} // namespace

std::optional<Operator> operatorFromString(std::string_view name)
{
    // "exact" is the Subscriptions and seed 004 spelling of equals.
    if (name == "exact")
        return Operator::Equals;
    for (const auto &entry : kOperators) {
        if (entry.name == name)
            return entry.op;
    }
    return std::nullopt;
}

std::string operatorNames()
{
    std::string list;
    for (const auto &entry : kOperators)
        list += (list.empty() ? "" : ", ") + std::string(entry.name);
    return list;
}

std::string_view toString(Operator op)
{
    for (const auto &entry : kOperators) {
        if (entry.op == op)
            return entry.name;
    }
    return "?";
}

} // namespace causeway::routing
