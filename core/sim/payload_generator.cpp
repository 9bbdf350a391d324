// Walks the compiled schema and builds one payload; realistic strings come from gen_strings.
#include "sim/payload_generator.h"

#include "sim/gen_schema_node.h"
#include "sim/gen_strings.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace causeway::sim {
namespace {

using gen::JsonType;
using gen::SchemaNode;
using nlohmann::json;

constexpr double kOptionalPropertyChance = 0.7;
constexpr int kDeepNesting = 6; // below this depth only what is required is generated
constexpr int kCheckAttempts = 20;
constexpr std::size_t kExtraItems = 5; // arrays get at most minItems + this many items
const gen::PropertyName kItem;         // what the root and array items are called: nothing

class Builder
{
public:
    Builder(const gen::CompiledSchema &schema, Random &random, const GenerationContext &context)
        : m_schema(schema), m_random(random)
    {
        m_scope.language = &samplesFor(context.language);
        m_scope.languageTag = context.language;
        m_scope.person = &m_person;
        m_given = context.given;
    }

    json build(int index, const gen::PropertyName &name, int depth)
    {
        const SchemaNode *node = &m_schema.nodes[static_cast<std::size_t>(index)];
        for (int hops = 0; node->alias >= 0 && hops < 64; ++hops)
            node = &m_schema.nodes[static_cast<std::size_t>(node->alias)];
        if (!node->branches.empty()) {
            const auto pick =
                m_random.integer(0, static_cast<std::int64_t>(node->branches.size()) - 1);
            return build(node->branches[static_cast<std::size_t>(pick)], name, depth);
        }
        json value = plain(*node, name, depth);
        for (int attempt = 1; attempt < kCheckAttempts && !passesChecks(*node, value); ++attempt)
            value = plain(*node, name, depth);
        return value;
    }

private:
    static bool passesChecks(const SchemaNode &node, const json &value)
    {
        for (const auto &check : node.mustMatch) {
            if (!check->isValid(value))
                return false;
        }
        for (const auto &check : node.mustNotMatch) {
            if (check->isValid(value))
                return false;
        }
        return true;
    }

    json plain(const SchemaNode &node, const gen::PropertyName &name, int depth)
    {
        if (node.constValue)
            return *node.constValue;
        if (!node.enumValues.empty())
            return enumValue(node, name);
        switch (pickType(node)) {
        case JsonType::Null:
            return nullptr;
        case JsonType::Boolean:
            return m_random.chance(0.5);
        case JsonType::Integer:
            return integerValue(node, name);
        case JsonType::Number:
            return numberValue(node, name);
        case JsonType::String:
            return stringValue(node, name);
        case JsonType::Array:
            return arrayValue(node, depth);
        case JsonType::Object:
            return objectValue(node, depth);
        }
        return nullptr;
    }

    JsonType pickType(const SchemaNode &node)
    {
        if (node.types.empty()) { // untyped: the keywords present say what is meant
            if (!node.properties.empty() || !node.required.empty() || !node.additionalProperties)
                return JsonType::Object;
            if (node.items >= 0 || !node.tupleItems.empty() || node.minItems > 0)
                return JsonType::Array;
            if (node.minimum || node.maximum || node.multipleOf)
                return JsonType::Number;
            return JsonType::String;
        }
        return node.types[m_random.weighted(node.typeWeights)];
    }

    // Prefers the value that matches the scope's language for country/currency/language enums.
    json enumValue(const SchemaNode &node, const gen::PropertyName &name)
    {
        if (!name.text.empty() && m_random.chance(0.85)) {
            gen::TextScope probe = m_scope;
            gen::Person scratch;
            probe.person = &scratch;
            const std::string &n = name.normalized;
            if (n.find("country") != n.npos || n.find("currency") != n.npos || n == "language") {
                if (auto preferred = gen::valueForName(name, m_random, probe)) {
                    const json wanted = *preferred;
                    if (std::find(node.enumValues.begin(), node.enumValues.end(), wanted) !=
                        node.enumValues.end())
                        return wanted;
                }
            }
        }
        return node.enumValues[static_cast<std::size_t>(
            m_random.integer(0, static_cast<std::int64_t>(node.enumValues.size()) - 1))];
    }

    // The range to draw from when the schema leaves one or both ends open.
    std::pair<double, double> range(const SchemaNode &node, const gen::PropertyName &name) const
    {
        const double span = name.numberSpan;
        double low = node.minimum.value_or(0);
        double high = node.maximum.value_or(low + span);
        if (!node.minimum && node.maximum)
            low = *node.maximum > 0 ? std::max(0.0, high - span) : high - span;
        if (name.leastValue && !node.maximum && low < *name.leastValue)
            low = *name.leastValue;
        return {low, high};
    }

    json integerValue(const SchemaNode &node, const gen::PropertyName &name)
    {
        auto [low, high] = range(node, name);
        auto lo = static_cast<std::int64_t>(std::ceil(low));
        auto hi = static_cast<std::int64_t>(std::floor(high));
        if (node.exclusiveMinimum && node.minimum && static_cast<double>(lo) <= *node.minimum)
            ++lo;
        if (node.exclusiveMaximum && node.maximum && static_cast<double>(hi) >= *node.maximum)
            --hi;
        if (node.multipleOf && *node.multipleOf >= 1 &&
            std::floor(*node.multipleOf) == *node.multipleOf) {
            const auto step = static_cast<std::int64_t>(*node.multipleOf);
            const auto first = static_cast<std::int64_t>(std::ceil(static_cast<double>(lo) / step));
            const auto last = static_cast<std::int64_t>(std::floor(static_cast<double>(hi) / step));
            return m_random.integer(first, std::max(first, last)) * step;
        }
        return m_random.integer(lo, std::max(lo, hi));
    }

    json numberValue(const SchemaNode &node, const gen::PropertyName &name)
    {
        const auto [low, high] = range(node, name);
        auto inside = [&](double v) {
            return (node.exclusiveMinimum ? v > low : v >= low) &&
                   (node.exclusiveMaximum ? v < high : v <= high);
        };
        if (node.multipleOf) {
            const double step = *node.multipleOf;
            const double first = std::ceil(low / step), last = std::floor(high / step);
            double value = first * step;
            for (int attempt = 0; attempt < kCheckAttempts; ++attempt) {
                const double k = first + std::floor(m_random.uniform() * (last - first + 1));
                value = k * step;
                // The validator allows a remainder of one epsilon; some decimal steps miss it.
                if (inside(value) && (value == 0 || std::fabs(std::remainder(value, step)) <=
                                                        std::numeric_limits<double>::epsilon()))
                    break;
            }
            return value;
        }
        const double scale = name.coordinate ? 1e6 : 1e2;
        for (int attempt = 0; attempt < kCheckAttempts; ++attempt) {
            const double value = std::round(m_random.uniform(low, high) * scale) / scale;
            if (inside(value))
                return value;
        }
        return (low + high) / 2;
    }

    static bool fitsLength(const SchemaNode &node, const std::string &text)
    {
        const std::size_t length = gen::codePointCount(text);
        return length >= node.minLength && (!node.maxLength || length <= *node.maxLength);
    }

    static bool fits(const SchemaNode &node, const std::string &text)
    {
        return fitsLength(node, text) && (!node.patternCheck || node.patternCheck->search(text));
    }

    json stringValue(const SchemaNode &node, const gen::PropertyName &name)
    {
        const std::string &n = name.normalized;
        if (!node.format.empty()) {
            if (auto value = gen::formatValue(node.format, n, m_random, m_scope))
                return std::move(*value);
        }
        if (auto value = gen::valueForName(name, m_random, m_scope); value && fits(node, *value))
            return std::move(*value);
        if (node.pattern) {
            // What the pattern makes matches it: only the lengths are left to check.
            std::string value = node.pattern->generate(m_random);
            for (int attempt = 1; attempt < kCheckAttempts && !fitsLength(node, value); ++attempt)
                value = node.pattern->generate(m_random);
            return value;
        }
        if (name.idLike) {
            const std::string id = gen::ulidLike(m_random);
            if (fits(node, id))
                return id;
        }
        return gen::freeText(m_random, *m_scope.language, node.minLength, node.maxLength);
    }

    json arrayValue(const SchemaNode &node, int depth)
    {
        std::size_t high = node.maxItems.value_or(node.minItems + kExtraItems);
        high = std::min(high, node.minItems + kExtraItems);
        if (depth >= kDeepNesting)
            high = node.minItems;
        if (!node.moreItemsAllowed)
            high = std::min(high, node.tupleItems.size());
        const auto count = static_cast<std::size_t>(m_random.integer(
            static_cast<std::int64_t>(node.minItems), static_cast<std::int64_t>(high)));
        json items = json::array();
        while (items.size() < count) {
            const std::size_t position = items.size();
            const int child =
                position < node.tupleItems.size() ? node.tupleItems[position] : node.items;
            json item;
            bool added = false;
            // Short of minItems, a unique item is worth many more tries.
            const int attempts =
                items.size() < node.minItems ? 10 * kCheckAttempts : kCheckAttempts;
            for (int attempt = 0; attempt < attempts && !added; ++attempt) {
                const gen::Person saved =
                    std::exchange(m_person, gen::Person{}); // one person per item
                item = child >= 0 ? build(child, kItem, depth + 1) : json(gen::ulidLike(m_random));
                m_person = saved;
                added =
                    !node.uniqueItems || std::find(items.begin(), items.end(), item) == items.end();
            }
            if (!added && items.size() >= node.minItems)
                break; // the item schema has run out of distinct values
            items.push_back(std::move(item));
        }
        return items;
    }

    json objectValue(const SchemaNode &node, int depth)
    {
        const auto &properties = node.properties; // in generation order
        const gen::TextScope saved = m_scope; // a "language" property speaks for this object only
        // Values wait in slots (a stack shared with nested objects) and enter the object in
        // name order, each at its end: no search of the members for every value.
        const std::size_t base = m_slots.size();
        m_slots.resize(base + properties.size(), json(json::value_t::discarded));
        for (std::size_t i = 0; i < properties.size(); ++i) {
            const gen::PropertyName &property = properties[i].name;
            if (depth == 0 && isGiven(property.text)) {
                m_slots[base + i] = nullptr; // its place, for the counts below
                continue;
            }
            if (!properties[i].required &&
                (depth >= kDeepNesting || !m_random.chance(kOptionalPropertyChance)))
                continue;
            json value = build(properties[i].node, property, depth + 1);
            if (i < node.languageProperties && value.is_string()) {
                m_scope.languageTag = value.get<std::string>();
                m_scope.language = &samplesFor(m_scope.languageTag);
            }
            m_slots[base + i] = std::move(value);
        }
        json object = json::object();
        auto &members = object.get_ref<json::object_t &>();
        for (const std::size_t i : node.byName) {
            if (!m_slots[base + i].is_discarded())
                members.emplace_hint(members.end(), properties[i].name.text,
                                     std::move(m_slots[base + i]));
        }
        m_slots.resize(base);
        for (const auto &name : node.requiredUndescribed) {
            if (!object.contains(name))
                object[name] =
                    node.additionalSchema >= 0
                        ? build(node.additionalSchema, gen::PropertyName(name), depth + 1)
                        : json(gen::freeText(m_random, *m_scope.language, 1, 40));
        }
        for (const auto &property : properties) {
            if (object.size() >= node.minProperties)
                break;
            if (!object.contains(property.name.text))
                object[property.name.text] = build(property.node, property.name, depth + 1);
        }
        for (int extra = 1; object.size() < node.minProperties && node.additionalProperties;
             ++extra) {
            const std::string name = "extra" + std::to_string(extra);
            object[name] = node.additionalSchema >= 0
                               ? build(node.additionalSchema, gen::PropertyName(name), depth + 1)
                               : json(gen::ulidLike(m_random));
        }
        for (auto it = properties.rbegin();
             node.maxProperties && object.size() > *node.maxProperties && it != properties.rend();
             ++it) {
            if (!it->required)
                object.erase(it->name.text);
        }
        m_scope = saved;
        return object;
    }

    bool isGiven(const std::string &name) const
    {
        return m_given && std::find(m_given->begin(), m_given->end(), name) != m_given->end();
    }

    const gen::CompiledSchema &m_schema;
    Random &m_random;
    const std::vector<std::string> *m_given = nullptr;
    gen::Person m_person;
    gen::TextScope m_scope;
    std::vector<json> m_slots;
};

} // namespace

Result<PayloadGenerator> PayloadGenerator::compile(const nlohmann::json &schema,
                                                   const std::string &pointer)
{
    auto compiled = gen::compileSchema(schema, pointer);
    if (!compiled)
        return compiled.error();
    return PayloadGenerator(std::move(*compiled));
}

nlohmann::json PayloadGenerator::generate(Random &random, const GenerationContext &context) const
{
    Builder builder(*m_compiled, random, context);
    return builder.build(m_compiled->root, kItem, 0);
}

} // namespace causeway::sim
