#pragma once

#include "common/result.h"
#include "sim/random.h"

#include <memory>
#include <string>
#include <string_view>

namespace causeway::sim {

/**
 * @brief Produces strings that a JSON Schema "pattern" (ECMAScript regex) matches. Subset:
 * literals, escapes (\d \w \s and their negations, escaped punctuation, \t \n \uXXXX), ".",
 * classes with ranges and negation, groups ((...), (?:...)) with "|", quantifiers ? * + {n}
 * {n,} {n,m} (lazy forms too), and ^ / $ at the ends. Back-references, look-arounds, \b and
 * anchors inside the pattern are refused, since a generated string could not honour them.
 * A generated string matches the whole pattern, so it also matches unanchored patterns.
 */
class PatternGenerator
{
public:
    /** @brief Parses @p pattern; the error message says which construct is not supported. */
    static Result<PatternGenerator> compile(std::string_view pattern);

    /** @brief A matching string; unbounded repetitions stay short (a few extra rounds). */
    std::string generate(Random &random) const;

    struct Node;

private:
    explicit PatternGenerator(std::shared_ptr<const Node> root) : m_root(std::move(root)) {}
    std::shared_ptr<const Node> m_root;
};

} // namespace causeway::sim
