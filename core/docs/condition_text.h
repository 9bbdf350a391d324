#pragma once

#include <string>
#include <vector>

namespace causeway::routing {
struct Condition;
}

namespace causeway::docs {

/** @brief A condition in words, as far as a table can say what it lets through. */
std::string describeCondition(const routing::Condition &condition, bool nested = false);

/**
 * @brief Appends the fields @p condition tests, each once; type tests are left out when
 * @p typeKnown, since the type of the event is already decided then.
 */
void collectFields(const routing::Condition &condition, bool typeKnown,
                   std::vector<std::string> &fields);

} // namespace causeway::docs
