#include "cesql/expression.h"

#include "cesql/evaluator.h"
#include "cesql/parser.h"

namespace causeway::cesql {

Expression::Expression(std::shared_ptr<const detail::Program> program)
    : m_program(std::move(program))
{
}

Result<Expression> Expression::parse(std::string_view text)
{
    auto program = detail::parse(text);
    if (!program)
        return program.error();
    return Expression(std::make_shared<const detail::Program>(std::move(*program)));
}

EvaluationResult Expression::evaluate(const model::CloudEvent &event) const
{
    detail::Context context;
    const detail::Operand value = detail::evaluate(*m_program->root, event, context);
    EvaluationResult result{detail::toValue(value), std::nullopt, {}};
    if (context.count() > 0) {
        result.error = context.kind();
        result.message = context.message();
    }
    return result;
}

bool Expression::matches(const model::CloudEvent &event) const
{
    detail::Context context;
    const detail::Operand value = detail::evaluate(*m_program->root, event, context);
    const bool *boolean = std::get_if<bool>(&value);
    return context.count() == 0 && boolean && *boolean;
}

const std::string &Expression::text() const
{
    return m_program->text;
}

} // namespace causeway::cesql
