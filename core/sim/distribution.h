#pragma once

#include "sim/duration.h"
#include "sim/random.h"

#include <nlohmann/json.hpp>
#include <string>

namespace causeway::sim {

/**
 * @brief A processing-time distribution from a project file. Accepted shapes:
 *   D                                         fixed (D is any duration, see parseDuration)
 *   {"fixed": D}
 *   {"uniform": [D1, D2]}  or  {"uniform": {"min": D1, "max": D2}}     D1 <= D2
 *   {"exponential": D}     or  {"exponential": {"mean": D}}
 *   {"normal": {"mean": D, "stddev": D}}      truncated at 0: negative draws are redrawn
 *   {"lognormal": {"median": D, "sigma": S}}  S a plain number >= 0, the log-space deviation
 *   {"lognormal": {"mean": D, "stddev": D}}   converted to median and sigma
 * Samples are whole nanoseconds, never negative.
 */
class Distribution
{
public:
    enum class Kind { Fixed, Uniform, Exponential, Normal, LogNormal };

    /** @brief Reads one of the shapes above; errors carry the pointer of the offending member. */
    static Result<Distribution> parse(const nlohmann::json &value, const std::string &pointer);

    /** @brief A distribution that always gives @p duration. */
    static Distribution fixed(Nanos duration);

    /** @brief One draw; the same Random state gives the same draw everywhere. */
    Nanos sample(Random &random) const;

    /** @brief The expected value of sample(), truncation included. */
    Nanos mean() const;

    /** @brief The standard deviation of sample(), truncation included. */
    Nanos stddev() const;

    /** @brief E.g. "normal mean 1s, sd 200ms" for reports and tooltips. */
    std::string describe() const;

    Kind kind() const { return m_kind; }

private:
    Distribution(Kind kind, double first, double second)
        : m_kind(kind), m_first(first), m_second(second)
    {
    }

    // Parameters in nanoseconds: fixed (value, -), uniform (min, max), exponential (mean, -),
    // normal (mean, sd before truncation), lognormal (median, sigma in log space).
    Kind m_kind;
    double m_first;
    double m_second;
};

} // namespace causeway::sim
