#include "schema/quick_check.h"

#include "schema/format_checks.h"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace causeway::schema {

using nlohmann::json;

namespace {

enum TypeBit : std::uint8_t {
    kNull = 1,
    kBoolean = 2,
    kObject = 4,
    kArray = 8,
    kNumber = 16,
    kInteger = 32,
    kString = 64
};

std::uint8_t typeBit(const std::string &name)
{
    static const std::pair<std::string_view, TypeBit> names[] = {
        {"null", kNull},     {"boolean", kBoolean}, {"object", kObject}, {"array", kArray},
        {"number", kNumber}, {"integer", kInteger}, {"string", kString}};
    for (const auto &[each, bit] : names) {
        if (each == name)
            return bit;
    }
    return 0;
}

// The type names @p value answers to. A whole float is only a "number" here, though draft 7
// calls it an integer too: valijson decides those.
std::uint8_t typeBits(const json &value)
{
    if (value.is_number_integer()) // signed or unsigned
        return kNumber | kInteger;
    if (value.is_number())
        return kNumber;
    if (value.is_string())
        return kString;
    if (value.is_object())
        return kObject;
    if (value.is_array())
        return kArray;
    if (value.is_boolean())
        return kBoolean;
    return value.is_null() ? kNull : 0;
}

// Keywords that describe rather than constrain; valijson ignores them as well.
bool isAnnotation(const std::string &keyword)
{
    static const std::string_view annotations[] = {
        "$schema",     "$id",      "id",       "title",     "description",      "default",
        "examples",    "$comment", "readOnly", "writeOnly", "contentMediaType", "contentEncoding",
        "definitions", "$defs"};
    return keyword.rfind("x-", 0) == 0 || std::find(std::begin(annotations), std::end(annotations),
                                                    keyword) != std::end(annotations);
}

// Doubles hold integers exactly up to 2^53; beyond, comparisons are left to valijson.
constexpr double kExactIntegers = 9007199254740992.0;

bool exactNumber(const json &value)
{
    if (value.is_number_unsigned())
        return value.get<std::uint64_t>() <= static_cast<std::uint64_t>(kExactIntegers);
    if (value.is_number_integer())
        return std::abs(static_cast<double>(value.get<std::int64_t>())) <= kExactIntegers;
    return value.is_number_float() && std::isfinite(value.get<double>());
}

// Equality for enum and const that never says equal where a stricter reading would not:
// an integer and a float are not compared at all.
bool sameValue(const json &a, const json &b)
{
    if (a.is_number() && b.is_number()) {
        if (a.is_number_float() != b.is_number_float())
            return false;
        return a == b;
    }
    if (a.type() != b.type())
        return false;
    if (a.is_array()) {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!sameValue(a[i], b[i]))
                return false;
        }
        return true;
    }
    if (a.is_object()) {
        if (a.size() != b.size())
            return false;
        for (auto it = a.begin(); it != a.end(); ++it) {
            const auto other = b.find(it.key());
            if (other == b.end() || !sameValue(it.value(), *other))
                return false;
        }
        return true;
    }
    return a == b;
}

// A count keyword's value (2 or 2.0), or nothing when it is not a whole number.
std::optional<std::uint64_t> count(const json &value)
{
    if (value.is_number_unsigned())
        return value.get<std::uint64_t>();
    if (value.is_number_integer() && value.get<std::int64_t>() >= 0)
        return static_cast<std::uint64_t>(value.get<std::int64_t>());
    if (value.is_number_float() && value.get<double>() >= 0 &&
        value.get<double>() < kExactIntegers &&
        std::floor(value.get<double>()) == value.get<double>())
        return static_cast<std::uint64_t>(value.get<double>());
    return std::nullopt;
}

std::optional<double> number(const json &value)
{
    if (!value.is_number() || !exactNumber(value))
        return std::nullopt;
    return value.get<double>();
}

// Characters as valijson counts them: bytes that do not continue a UTF-8 sequence.
std::uint64_t characters(const std::string &text)
{
    return static_cast<std::uint64_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// Whether a value holds no number at any depth: then JSON equality is plain, and valijson's
// equality of numbers (1 and 1.0, large integers) is not second-guessed.
bool numberFree(const json &value)
{
    if (value.is_number())
        return false;
    if (value.is_structured())
        return std::all_of(value.begin(), value.end(), numberFree);
    return true;
}

// Whether the items are distinct, for items without numbers; the others go to valijson.
bool distinctItems(const json &items)
{
    constexpr std::size_t kCompared = 64; // pairwise below this; longer lists are rare
    if (items.size() > kCompared)
        return false;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (!numberFree(items[i]))
            return false;
        for (std::size_t j = 0; j < i; ++j) {
            if (items[j] == items[i])
                return false;
        }
    }
    return true;
}

} // namespace

QuickCheck::QuickCheck(const json &schema, Draft draft) : m_draft(draft)
{
    compile(schema);
}

int QuickCheck::compile(const json &schema)
{
    const int index = static_cast<int>(m_nodes.size());
    m_nodes.emplace_back(); // its place, kept while the children take theirs
    Node node;
    if (schema.is_boolean()) {
        node.opaque = !schema.get<bool>(); // false accepts nothing: valijson says why
    } else if (!schema.is_object()) {
        node.opaque = true;
    } else {
        for (auto it = schema.begin(); it != schema.end(); ++it)
            compileKeyword(node, it.key(), it.value());
        // Draft 4 makes minimum and maximum exclusive with a Boolean beside them.
        if (m_draft == Draft::Draft4) {
            if (schema.value("exclusiveMinimum", json(false)) == json(true))
                std::swap(node.minimum, node.exclusiveMinimum);
            if (schema.value("exclusiveMaximum", json(false)) == json(true))
                std::swap(node.maximum, node.exclusiveMaximum);
        }
    }
    m_nodes[static_cast<std::size_t>(index)] = std::move(node);
    return index;
}

void QuickCheck::compileKeyword(Node &node, const std::string &keyword, const json &value)
{
    const auto bound = [&](std::optional<double> &slot) {
        slot = number(value);
        node.opaque |= !slot;
    };
    const auto counted = [&](std::optional<std::uint64_t> &slot) {
        slot = count(value);
        node.opaque |= !slot;
    };
    const auto extra = [&](Extra &kind, int &child) {
        if (value.is_boolean()) {
            kind = value.get<bool>() ? Extra::Any : Extra::None;
        } else {
            kind = Extra::Schema;
            child = compile(value);
        }
    };
    if (isAnnotation(keyword)) {
        return;
    } else if (keyword == "type") {
        for (const json &name : value.is_array() ? value : json::array({value})) {
            const std::uint8_t bit = name.is_string() ? typeBit(name.get<std::string>()) : 0;
            node.opaque |= bit == 0;
            node.types |= bit;
        }
    } else if (keyword == "minimum") {
        bound(node.minimum);
    } else if (keyword == "maximum") {
        bound(node.maximum);
    } else if (keyword == "exclusiveMinimum" || keyword == "exclusiveMaximum") {
        if (m_draft == Draft::Draft4)
            node.opaque |= !value.is_boolean(); // read beside minimum / maximum
        else
            bound(keyword == "exclusiveMinimum" ? node.exclusiveMinimum : node.exclusiveMaximum);
    } else if (keyword == "minLength") {
        counted(node.minLength);
    } else if (keyword == "maxLength") {
        counted(node.maxLength);
    } else if (keyword == "minItems") {
        counted(node.minItems);
    } else if (keyword == "maxItems") {
        counted(node.maxItems);
    } else if (keyword == "minProperties") {
        counted(node.minProperties);
    } else if (keyword == "maxProperties") {
        counted(node.maxProperties);
    } else if (keyword == "pattern" && value.is_string()) {
        try {
            node.pattern.emplace(value.get<std::string>());
        } catch (const std::regex_error &) {
            node.opaque = true;
        }
    } else if (keyword == "format" && value.is_string()) {
        node.format = formatCheck(value.get_ref<const std::string &>());
    } else if (keyword == "enum" && value.is_array()) {
        node.allowed.emplace(value.begin(), value.end());
    } else if (keyword == "const") {
        node.allowed.emplace(std::vector<json>{value});
    } else if (keyword == "required" && value.is_array()) {
        for (const json &name : value) {
            node.opaque |= !name.is_string();
            if (name.is_string())
                node.required.push_back(name.get<std::string>());
        }
        // In the order of an instance's members, so that one walk checks both.
        std::sort(node.required.begin(), node.required.end());
        node.required.erase(std::unique(node.required.begin(), node.required.end()),
                            node.required.end());
    } else if (keyword == "properties" && value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            node.properties.emplace_back(it.key(), compile(it.value()));
        std::sort(node.properties.begin(), node.properties.end());
    } else if (keyword == "additionalProperties") {
        extra(node.additionalProperties, node.additionalPropertiesNode);
    } else if (keyword == "items") {
        if (value.is_array()) {
            node.isTuple = true;
            for (const json &each : value)
                node.tuple.push_back(compile(each));
        } else {
            node.items = compile(value);
        }
    } else if (keyword == "additionalItems") {
        extra(node.additionalItems, node.additionalItemsNode);
    } else if (keyword == "uniqueItems" && value.is_boolean()) {
        node.uniqueItems = value.get<bool>();
    } else {
        node.opaque = true; // $ref, allOf, anyOf, oneOf, not, if, multipleOf, uniqueItems...
    }
}

bool QuickCheck::accepts(const json &instance) const
{
    return accepts(m_nodes.front(), instance);
}

bool QuickCheck::accepts(const Node &node, const json &instance) const
{
    if (node.opaque)
        return false;
    if (node.types != 0 && (node.types & typeBits(instance)) == 0)
        return false;
    if (node.allowed && std::none_of(node.allowed->begin(), node.allowed->end(),
                                     [&](const json &each) { return sameValue(each, instance); }))
        return false;
    if (instance.is_number())
        return acceptsNumber(node, instance);
    if (instance.is_string())
        return acceptsString(node, instance.get_ref<const std::string &>());
    if (instance.is_object())
        return acceptsObject(node, instance);
    if (instance.is_array())
        return acceptsArray(node, instance);
    return true;
}

bool QuickCheck::acceptsNumber(const Node &node, const json &instance) const
{
    if (!node.minimum && !node.maximum && !node.exclusiveMinimum && !node.exclusiveMaximum)
        return true;
    if (!exactNumber(instance))
        return false;
    const double value = instance.get<double>();
    return (!node.minimum || value >= *node.minimum) && (!node.maximum || value <= *node.maximum) &&
           (!node.exclusiveMinimum || value > *node.exclusiveMinimum) &&
           (!node.exclusiveMaximum || value < *node.exclusiveMaximum);
}

bool QuickCheck::acceptsString(const Node &node, const std::string &text) const
{
    if (node.minLength || node.maxLength) {
        if (text.find('\0') != std::string::npos)
            return false; // valijson counts up to the first NUL
        const std::uint64_t length = characters(text);
        if ((node.minLength && length < *node.minLength) ||
            (node.maxLength && length > *node.maxLength))
            return false;
    }
    try {
        if (node.pattern && !node.pattern->search(text))
            return false;
    } catch (const std::exception &) {
        return false; // the regex engine gave up; valijson will say so
    }
    return !node.format || node.format(text);
}

bool QuickCheck::acceptsObject(const Node &node, const json &instance) const
{
    const std::uint64_t size = instance.size();
    if ((node.minProperties && size < *node.minProperties) ||
        (node.maxProperties && size > *node.maxProperties))
        return false;
    // Members, declared properties and required names are all in name order: one walk.
    auto declared = node.properties.begin();
    auto required = node.required.begin();
    for (auto it = instance.begin(); it != instance.end(); ++it) {
        const std::string &name = it.key();
        if (required != node.required.end()) {
            const int order = required->compare(name);
            if (order < 0)
                return false; // a required name no member has
            if (order == 0)
                ++required;
        }
        int order = 1; // of the declared property against the member
        while (declared != node.properties.end() && (order = declared->first.compare(name)) < 0)
            ++declared;
        int child = -1;
        if (order == 0)
            child = declared->second;
        else if (node.additionalProperties == Extra::None)
            return false;
        else if (node.additionalProperties == Extra::Schema)
            child = node.additionalPropertiesNode;
        if (child >= 0 && !accepts(m_nodes[static_cast<std::size_t>(child)], it.value()))
            return false;
    }
    return required == node.required.end();
}

bool QuickCheck::acceptsArray(const Node &node, const json &instance) const
{
    const std::uint64_t size = instance.size();
    if ((node.minItems && size < *node.minItems) || (node.maxItems && size > *node.maxItems))
        return false;
    if (node.uniqueItems && !distinctItems(instance))
        return false;
    for (std::size_t i = 0; i < instance.size(); ++i) {
        int child = node.items;
        if (node.isTuple) {
            if (i < node.tuple.size())
                child = node.tuple[i];
            else if (node.additionalItems == Extra::None)
                return false;
            else if (node.additionalItems == Extra::Schema)
                child = node.additionalItemsNode;
        }
        if (child >= 0 && !accepts(m_nodes[static_cast<std::size_t>(child)], instance[i]))
            return false;
    }
    return true;
}

} // namespace causeway::schema
