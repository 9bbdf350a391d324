#include "routing/condition_truth.h"

#include <algorithm>

namespace causeway::routing {

using nlohmann::json;

namespace {

// An event that has the known attributes and nothing else; only consulted for field tests
// of known attributes, so that every operator means what it means on the bus.
class KnownView final : public EventView
{
public:
    explicit KnownView(const KnownAttributes &known) : m_known(known) {}

    void select(const std::string &attribute, const JsonPath &,
                std::vector<json> &out) const override
    {
        for (const auto &[name, value] : m_known) {
            if (name == attribute)
                out.emplace_back(value);
        }
    }

    const model::CloudEvent *cloudEvent(std::string &why) const override
    {
        why = "only some attributes are known";
        return nullptr;
    }

private:
    const KnownAttributes &m_known;
};

Truth truth(bool value)
{
    return value ? Truth::True : Truth::False;
}

bool isKnown(const Condition &c, const KnownAttributes &known)
{
    return c.path.empty() && std::any_of(known.begin(), known.end(), [&](const auto &attribute) {
               return attribute.first == c.attribute;
           });
}

void addUnique(std::vector<std::string> &list, const std::string &item)
{
    if (std::find(list.begin(), list.end(), item) == list.end())
        list.push_back(item);
}

} // namespace

Truth truthGiven(const Condition &c, const KnownAttributes &known)
{
    switch (c.kind) {
    case Condition::Kind::Field:
        if (!isKnown(c, known))
            return Truth::Unknown;
        return truth(c.evaluate(KnownView(known)));
    case Condition::Kind::Not: {
        const Truth inner = truthGiven(c.children.front(), known);
        return inner == Truth::Unknown ? inner : truth(inner == Truth::False);
    }
    case Condition::Kind::All:
    case Condition::Kind::Any: {
        // All fails on the first false child, Any passes on the first true one.
        const Truth decisive = c.kind == Condition::Kind::All ? Truth::False : Truth::True;
        bool unknown = false;
        for (const Condition &child : c.children) {
            const Truth t = truthGiven(child, known);
            if (t == decisive)
                return decisive;
            unknown = unknown || t == Truth::Unknown;
        }
        return unknown ? Truth::Unknown : truth(decisive == Truth::False);
    }
    case Condition::Kind::Sql:
        break;
    }
    return Truth::Unknown;
}

bool isTypeTest(const Condition &c)
{
    return c.kind == Condition::Kind::Field && c.attribute == "type" && c.path.empty();
}

std::optional<std::vector<std::string>> plainTypes(const Condition &c)
{
    if (isTypeTest(c)) {
        const bool list = c.op == Operator::In && c.value.is_array();
        if (!(c.op == Operator::Equals && c.value.is_string()) && !list)
            return std::nullopt;
        std::vector<std::string> types;
        for (const json &value : list ? c.value : json::array({c.value})) {
            if (!value.is_string())
                return std::nullopt;
            addUnique(types, value.get<std::string>());
        }
        return types;
    }
    if (c.kind == Condition::Kind::All && c.children.size() == 1)
        return plainTypes(c.children.front());
    if (c.kind != Condition::Kind::Any)
        return std::nullopt;
    std::vector<std::string> types;
    for (const Condition &child : c.children) {
        const auto more = plainTypes(child);
        if (!more)
            return std::nullopt;
        for (const std::string &type : *more)
            addUnique(types, type);
    }
    return types;
}

} // namespace causeway::routing
