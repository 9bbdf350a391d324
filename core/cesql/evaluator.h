#pragma once

#include "cesql/ast.h"
#include "cesql/operand.h"
#include "model/cloud_event.h"

namespace causeway::cesql::detail {

/**
 * @brief Evaluates @p root against @p event. A subexpression whose operands raised an
 * error yields the zero value of its type (section 3.2), so the first error decides.
 */
Operand evaluate(const Node &root, const model::CloudEvent &event, Context &context);

} // namespace causeway::cesql::detail
