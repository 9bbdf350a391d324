#pragma once

#include "cesql/value.h"
#include "common/result.h"
#include "model/cloud_event.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace causeway::cesql {

namespace detail {
struct Program;
}

/** @brief What an evaluation gives: the value, and the first error if there was one. */
struct EvaluationResult
{
    Value value;                    // with an error, the value the spec prescribes
    std::optional<ErrorKind> error; // the first error raised
    std::string message;            // what went wrong, for people; empty without error
};

/**
 * @brief A CloudEvents SQL (CESQL v1) expression, compiled once and evaluated any number
 * of times, from any number of threads (the compiled form is immutable and shared).
 */
class Expression
{
public:
    /** @brief Compiles @p text; a parse error carries the line and column of the problem. */
    static Result<Expression> parse(std::string_view text);

    /** @brief Evaluates against @p event, continuing past errors with the spec's values. */
    EvaluationResult evaluate(const model::CloudEvent &event) const;

    /** @brief Whether @p event passes as a filter: Boolean true without any error (section 1.2). */
    bool matches(const model::CloudEvent &event) const;

    /** @brief The text the expression was compiled from. */
    const std::string &text() const;

private:
    explicit Expression(std::shared_ptr<const detail::Program> program);

    std::shared_ptr<const detail::Program> m_program;
};

} // namespace causeway::cesql
