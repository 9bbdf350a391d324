#pragma once

#include "routing/operators.h"

#include <QObject>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <vector>

namespace causeway::ui {

/** @brief One field test of a condition: "$.data.amount" gt 1000. */
struct FieldTest
{
    QString field;
    routing::Operator op = routing::Operator::Equals;
    nlohmann::json value; // a Boolean for exists: whether the field must be present
};

/** @brief A routing condition as the condition form shows it: all or any of field tests. */
struct ConditionShape
{
    Q_GADGET

public:
    enum class Mode { All, Any };
    /** @brief Why a condition has no such shape; Nothing when it has. */
    enum class Unshown { Nothing, Nested, Sql, Dialect, SeveralOperators, Unreadable };
    Q_ENUM(Mode)
    Q_ENUM(Unshown)

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
bool takesText(routing::Operator op);

/** @brief The payload fields @p schema (a JSON Schema) names, as paths: "$.data.amount",
 * "$.data.applicant.country", "$.data.items[*].sku". */
QStringList payloadFieldPaths(const nlohmann::json &schema);

} // namespace causeway::ui
