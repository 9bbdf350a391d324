#pragma once

#include "routing/operators.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace causeway::routing {

/** @brief One field test of a condition: "$.data.amount" gt 1000. */
struct FieldTest
{
    std::string field;
    Operator op = Operator::Equals;
    nlohmann::json value; // a Boolean for exists: whether the field must be present
};

/**
 * @brief A condition as a list of field tests, all or any of them: what a form edits, read
 * and written the way parseCondition() reads conditions.
 */
struct ConditionShape
{
    enum class Mode { All, Any };
    /** @brief Why a condition has no such shape; Nothing when it has. */
    enum class Unshown { Nothing, Nested, Sql, Dialect, SeveralOperators, Unreadable };

    Mode mode = Mode::All;
    std::vector<FieldTest> tests;
    Unshown unshown = Unshown::Nothing;
};

/**
 * @brief The field tests of @p match as routing::parseCondition reads them (null and {} have
 * none); "unshown" says why when only the text could say it faithfully (nested all / any /
 * not, CloudEvents SQL, a filter dialect, several operators on one field...).
 */
ConditionShape readConditionShape(const nlohmann::json &match);

/**
 * @brief The condition of @p tests: for all, one object of compact members
 * ({"type": "x", "$.data.amount": {"gt": 1000}}); for any, or two tests of one field,
 * {"any"|"all": [{...}, {...}]}. Always a shape the engine reads back as these tests.
 */
nlohmann::json writeConditionShape(ConditionShape::Mode mode, const std::vector<FieldTest> &tests);

/** @brief Whether the value of @p op is always text (prefix, regex...): typed as it is,
 * without quotes, however it reads as JSON. */
bool takesText(Operator op);

} // namespace causeway::routing
