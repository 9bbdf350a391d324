#pragma once

#include "routing/rule_index.h"

#include <memory>
#include <string_view>
#include <vector>

namespace simdjson::dom {
class parser;
}

namespace causeway::routing {

/**
 * @brief The ingest path: matches events given as CloudEvents JSON text without building a
 * CloudEvent. simdjson parses the text, "type" picks the candidate rules from the index, and
 * conditions read only the fields they test. For a valid event the result is that of
 * RuleIndex::match; the envelope is not otherwise checked (an invalid event may still match).
 *
 * Not thread-safe: it reuses one parser's buffers. Give each thread its own TextMatcher; they
 * can share the (const) index, which must outlive them.
 */
class TextMatcher
{
public:
    explicit TextMatcher(const RuleIndex &index);
    ~TextMatcher();
    TextMatcher(const TextMatcher &) = delete;
    TextMatcher &operator=(const TextMatcher &) = delete;

    /** @brief Replaces @p out with the enabled rules that match the event in @p text, in rule
     * order; an error when the text is not JSON or not an object with a "type" string. */
    Status match(std::string_view text, std::vector<const Rule *> &out);

private:
    const RuleIndex &m_index;
    std::unique_ptr<simdjson::dom::parser> m_parser;
};

} // namespace causeway::routing
