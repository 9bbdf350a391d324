#include "docs/condition_text.h"

#include "docs/text_lists.h"
#include "routing/condition.h"
#include "routing/condition_truth.h"

namespace causeway::docs {

using nlohmann::json;
using routing::Condition;
using routing::Operator;

namespace {

std::string valueText(const json &value)
{
    if (value.is_string())
        return value.get<std::string>();
    if (!value.is_array())
        return value.dump();
    std::vector<std::string> items;
    for (const json &item : value)
        items.push_back(valueText(item));
    return "[" + joined(items, ", ") + "]";
}

} // namespace

std::string describeCondition(const Condition &c, bool nested)
{
    switch (c.kind) {
    case Condition::Kind::Field:
        if (c.op == Operator::Exists)
            return c.field + (c.value == json(false) ? " is absent" : " exists");
        return c.field + " " +
               (c.op == Operator::Equals ? std::string("=") : std::string(toString(c.op))) + " " +
               valueText(c.value);
    case Condition::Kind::Not:
        return "not (" + describeCondition(c.children.front()) + ")";
    case Condition::Kind::Sql:
        return c.sql ? c.sql->text() : std::string("a SQL filter");
    case Condition::Kind::All:
    case Condition::Kind::Any:
        break;
    }
    std::vector<std::string> parts;
    for (const Condition &child : c.children)
        parts.push_back(describeCondition(child, true));
    const std::string text = joined(parts, c.kind == Condition::Kind::All ? " and " : " or ");
    return nested && parts.size() > 1 ? "(" + text + ")" : text;
}

void collectFields(const Condition &c, bool typeKnown, std::vector<std::string> &fields)
{
    if (c.kind == Condition::Kind::Sql)
        addUnique(fields, "a SQL filter");
    else if (c.kind == Condition::Kind::Field && !(typeKnown && routing::isTypeTest(c)))
        addUnique(fields, c.field);
    for (const Condition &child : c.children)
        collectFields(child, typeKnown, fields);
}

} // namespace causeway::docs
