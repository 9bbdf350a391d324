#include "schema/issue_messages.h"

#include "common/json_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <regex>

namespace causeway::schema {

namespace {

using nlohmann::json;

// How a report relates to the others: a leaf says what is wrong; a wrapper only says
// that something below it failed, and is kept only when nothing below says more.
enum class Kind { Leaf, Wrapper };

struct Issue
{
    std::string pointer; // where the message applies
    std::string message;
    Kind kind = Kind::Leaf;
};

struct Rule
{
    std::regex pattern;
    Kind kind;
    int childGroup; // capture naming the member or index the issue is about; 0 for none
    std::function<std::string(const std::smatch &, const json *)> message;
};

std::string describeValue(const json *value)
{
    if (!value)
        return "value";
    if (value->is_string())
        return "value " + quoteText(value->get_ref<const std::string &>());
    if (value->is_object() || value->is_array())
        return std::string("the ") + value->type_name();
    return "value " + value->dump();
}

// valijson prints limits with std::to_string ("1000.000000"); print them as people do.
std::string number(const std::string &text)
{
    const double value = std::strtod(text.c_str(), nullptr);
    char buffer[32];
    if (std::abs(value) < 1e15 && std::floor(value) == value)
        std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(value));
    else
        std::snprintf(buffer, sizeof buffer, "%.15g", value);
    return buffer;
}

std::size_t lengthOf(const json *value)
{
    if (!value)
        return 0;
    if (!value->is_string())
        return value->size();
    std::size_t count = 0;
    for (unsigned char c : value->get_ref<const std::string &>())
        count += (c & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

const std::vector<Rule> &rules()
{
    using M = const std::smatch &;
    using V = const json *;
    const auto size = [](V v) { return std::to_string(lengthOf(v)); };
    static const std::vector<Rule> table = {
        {std::regex("^Missing required property '(.*)'\\.$"), Kind::Leaf, 0,
         [](M m, V) { return "missing required property '" + m[1].str() + "'"; }},
        {std::regex("^Expected number greater than or equal to (.*)$"), Kind::Leaf, 0,
         [](M m, V v) { return describeValue(v) + " is less than the minimum " + number(m[1]); }},
        {std::regex("^Expected number greater than (.*)$"), Kind::Leaf, 0,
         [](M m, V v) { return describeValue(v) + " must be greater than " + number(m[1]); }},
        {std::regex("^Expected number less than or equal to (.*)$"), Kind::Leaf, 0,
         [](M m, V v) {
             return describeValue(v) + " is greater than the maximum " + number(m[1]);
         }},
        {std::regex("^Expected number less than (.*)$"), Kind::Leaf, 0,
         [](M m, V v) { return describeValue(v) + " must be less than " + number(m[1]); }},
        {std::regex("^Value should be a multiple of (.*)$"), Kind::Leaf, 0,
         [](M m, V v) { return describeValue(v) + " is not a multiple of " + number(m[1]); }},
        {std::regex("^String should be no more than (\\d+) characters in length\\.$"), Kind::Leaf,
         0,
         [size](M m, V v) {
             return "string is " + size(v) + " characters long, more than the maximum " +
                    m[1].str();
         }},
        {std::regex("^String should be no fewer than (\\d+) characters in length\\.$"), Kind::Leaf,
         0,
         [size](M m, V v) {
             return "string is " + size(v) + " characters long, fewer than the minimum " +
                    m[1].str();
         }},
        {std::regex("^Array should contain no more than (\\d+) elements\\.$"), Kind::Leaf, 0,
         [size](M m, V v) {
             return "array has " + size(v) + " items, more than the maximum " + m[1].str();
         }},
        {std::regex("^Array should contain no fewer than (\\d+) elements\\.$"), Kind::Leaf, 0,
         [size](M m, V v) {
             return "array has " + size(v) + " items, fewer than the minimum " + m[1].str();
         }},
        {std::regex("^Object should have no more than (\\d+) properties\\.$"), Kind::Leaf, 0,
         [size](M m, V v) {
             return "object has " + size(v) + " properties, more than the maximum " + m[1].str();
         }},
        {std::regex("^Object should have no fewer than (\\d+) properties\\.$"), Kind::Leaf, 0,
         [size](M m, V v) {
             return "object has " + size(v) + " properties, fewer than the minimum " + m[1].str();
         }},
        {std::regex("^Failed to match regex specified by 'pattern' constraint\\.$"), Kind::Leaf, 0,
         [](M, V v) { return describeValue(v) + " does not match the required pattern"; }},
        {std::regex("^Failed to match against any enum values\\.$"), Kind::Leaf, 0,
         [](M, V v) { return describeValue(v) + " is not one of the allowed values"; }},
        {std::regex("^Failed to match expected value set by 'const' constraint\\.$"), Kind::Leaf, 0,
         [](M, V v) { return describeValue(v) + " is not the required constant"; }},
        {std::regex("^Target should not validate against schema specified in 'not'.*"), Kind::Leaf,
         0,
         [](M, V v) {
             return describeValue(v) + " matches the schema in 'not', which it must not";
         }},
        {std::regex("^Failed to validate against exactly one child schema\\.$"), Kind::Leaf, 0,
         [](M, V) { return std::string("value matches more than one alternative of 'oneOf'"); }},
        {std::regex("^Failed to any values against subschema in 'contains'.*"), Kind::Leaf, 0,
         [](M, V) { return std::string("no item of the array matches the 'contains' schema"); }},
        {std::regex("^Elements at indexes #(\\d+) and #(\\d+) violate uniqueness.*"), Kind::Leaf, 0,
         [](M m, V) {
             return "items " + m[1].str() + " and " + m[2].str() +
                    " are equal; items must be unique";
         }},
        {std::regex("^Missing dependency '(.*)'\\.$"), Kind::Leaf, 0,
         [](M m, V) {
             return "missing property '" + m[1].str() + "', which another property requires";
         }},
        {std::regex("^Object contains a property that could not be validated .*: '(.*)'\\.$"),
         Kind::Leaf, 1, [](M m, V) { return "property '" + m[1].str() + "' is not allowed"; }},
        {std::regex("^Cannot validate item #(\\d+) or greater .*"), Kind::Leaf, 0,
         [](M m, V) { return "array may have at most " + m[1].str() + " items"; }},
        {std::regex("^Array contains more items than allowed by items constraint\\.$"),
         Kind::Wrapper, 0, [](M, V) { return std::string("array has more items than allowed"); }},
        {std::regex("^Failed to validate against schema associated with property name '(.*)'\\.$"),
         Kind::Wrapper, 1, [](M m, V) { return "property '" + m[1].str() + "' is not allowed"; }},
        {std::regex("^Failed to validate item #(\\d+) in array\\.$"), Kind::Wrapper, 1,
         [](M m, V) { return "item " + m[1].str() + " is not allowed"; }},
        {std::regex("^Failed to validate item #(\\d+) against additional items schema\\.$"),
         Kind::Wrapper, 1, [](M m, V) { return "item " + m[1].str() + " is not allowed"; }},
        {std::regex("^Failed to validate item #(\\d+) against corresponding item schema\\.$"),
         Kind::Wrapper, 0, [](M m, V) { return "item " + m[1].str() + " is not allowed"; }},
        {std::regex("^Failed to validate against schema associated with pattern '(.*)'\\.$"),
         Kind::Wrapper, 0,
         [](M m, V) { return "a property matching '" + m[1].str() + "' is not allowed"; }},
        {std::regex("^Failed to validate against additional properties schema$"), Kind::Wrapper, 0,
         [](M, V) { return std::string("a property not listed in 'properties' is not allowed"); }},
        {std::regex("^Failed to validate against child schema #(\\d+)\\.$"), Kind::Wrapper, 0,
         [](M m, V) { return "value does not match subschema " + m[1].str(); }},
        {std::regex("^Failed to validate against any schemas allowed by anyOf.*"), Kind::Wrapper, 0,
         [](M, V) { return std::string("value matches none of the alternatives of 'anyOf'"); }},
        {std::regex("^Failed to validate against any child schemas allowed by oneOf.*"),
         Kind::Wrapper, 0,
         [](M, V) { return std::string("value matches none of the alternatives of 'oneOf'"); }},
        {std::regex("^Failed to validate against dependent schema\\.$"), Kind::Wrapper, 0,
         [](M, V) { return std::string("value does not match a schema its properties require"); }},
        {std::regex("^Failed to validate against a conditional schema.*"), Kind::Wrapper, 0,
         [](M, V) { return std::string("value does not match the schema its 'if' selects"); }},
    };
    return table;
}

// "<root>", "[items]", "[0]" -> "/items/0"; the instance tells indexes from member names.
std::string pointerFor(const std::vector<std::string> &context, const json &instance)
{
    std::string pointer;
    const json *node = &instance;
    for (std::size_t i = 1; i < context.size(); ++i) {
        const std::string &step = context[i];
        const std::string token = step.size() >= 2 ? step.substr(1, step.size() - 2) : step;
        if (node && node->is_array()) {
            const std::size_t index = std::strtoul(token.c_str(), nullptr, 10);
            pointer = json_text::appendIndex(pointer, index);
            node = index < node->size() ? &(*node)[index] : nullptr;
        } else {
            pointer = json_text::appendToken(pointer, token);
            const bool member = node && node->is_object() && node->contains(token);
            node = member ? &node->at(token) : nullptr;
        }
    }
    return pointer;
}

const json *valueAt(const json &instance, const std::string &pointer)
{
    const json::json_pointer parsed(pointer);
    return instance.contains(parsed) ? &instance.at(parsed) : nullptr;
}

bool atOrBelow(const std::string &pointer, const std::string &ancestor)
{
    return pointer.compare(0, ancestor.size(), ancestor) == 0 &&
           (pointer.size() == ancestor.size() || pointer[ancestor.size()] == '/');
}

Issue convert(const RawIssue &raw, const json &instance)
{
    Issue issue{pointerFor(raw.context, instance), raw.description, Kind::Leaf};
    for (const Rule &rule : rules()) {
        std::smatch match;
        if (!std::regex_match(raw.description, match, rule.pattern))
            continue;
        if (rule.childGroup > 0) {
            const std::string child = match[rule.childGroup].str();
            const json *parent = valueAt(instance, issue.pointer);
            issue.pointer = parent && parent->is_array()
                                ? json_text::appendIndex(issue.pointer, std::stoul(child))
                                : json_text::appendToken(issue.pointer, child);
        }
        issue.message = rule.message(match, valueAt(instance, issue.pointer));
        issue.kind = rule.kind;
        break;
    }
    return issue;
}

// "expected type integer, got boolean" twice at one place (from the branches of an
// anyOf) reads better as "expected type integer or string, got boolean".
void mergeTypeIssues(std::vector<SchemaIssue> &issues)
{
    static const std::regex typeIssue("^expected type (.*), got (.*)$");
    for (std::size_t i = 0; i < issues.size(); ++i) {
        std::smatch first;
        if (!std::regex_match(issues[i].message, first, typeIssue))
            continue;
        std::string expected = first[1].str();
        for (std::size_t j = i + 1; j < issues.size();) {
            std::smatch other;
            if (issues[j].pointer == issues[i].pointer &&
                std::regex_match(issues[j].message, other, typeIssue)) {
                expected += " or " + other[1].str();
                issues.erase(issues.begin() + static_cast<std::ptrdiff_t>(j));
            } else {
                ++j;
            }
        }
        issues[i].message = "expected type " + expected + ", got " + first[2].str();
    }
}

} // namespace

std::string quoteText(std::string_view text)
{
    constexpr std::size_t limit = 40;
    if (text.size() <= limit)
        return "\"" + std::string(text) + "\"";
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // never split a UTF-8 sequence
    return "\"" + std::string(text.substr(0, cut)) + "...\"";
}

std::vector<SchemaIssue> describeIssues(const std::vector<RawIssue> &raw,
                                        const nlohmann::json &instance)
{
    std::vector<Issue> all;
    for (const RawIssue &report : raw)
        all.push_back(convert(report, instance));

    std::vector<SchemaIssue> kept;
    const auto keep = [&](const Issue &issue) {
        const SchemaIssue candidate{issue.pointer, issue.message};
        if (std::find(kept.begin(), kept.end(), candidate) == kept.end())
            kept.push_back(candidate);
    };
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Issue &issue = all[i];
        if (issue.kind == Kind::Leaf) {
            keep(issue);
            continue;
        }
        // A wrapper goes when a leaf says more at or below it, or a wrapper below it
        // (or an earlier one at the same place) will say the same thing more precisely.
        bool covered = false;
        for (std::size_t j = 0; j < all.size() && !covered; ++j) {
            if (j == i || !atOrBelow(all[j].pointer, issue.pointer))
                continue;
            covered = all[j].kind == Kind::Leaf || all[j].pointer != issue.pointer || j < i;
        }
        if (!covered)
            keep(issue);
    }
    mergeTypeIssues(kept);
    if (kept.empty() && !raw.empty())
        kept.push_back({"", "value does not match the schema"});
    return kept;
}

} // namespace causeway::schema
