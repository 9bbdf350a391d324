#include "sim/distribution.h"

#include "common/json_text.h"
#include "sim/member_check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numbers>
#include <utility>

namespace causeway::sim {
namespace {

using detail::checkMembers;
using detail::inQuotes;
using json_text::appendIndex;
using json_text::appendToken;
using nlohmann::json;
using Parameters = std::pair<double, double>;

Result<double> durationAt(const json &value, const std::string &pointer)
{
    auto parsed = parseDuration(value, pointer);
    if (!parsed)
        return parsed.error();
    return static_cast<double>(*parsed);
}

Result<double> member(const json &object, std::string_view name, const std::string &pointer)
{
    return durationAt(object.at(std::string(name)), appendToken(pointer, name));
}

Result<Parameters> twoDurations(const json &object, std::string_view first, std::string_view second,
                                const std::string &pointer)
{
    if (auto members = checkMembers(object, pointer, {first, second}); !members)
        return members.error();
    auto a = member(object, first, pointer);
    if (!a)
        return a.error();
    auto b = member(object, second, pointer);
    if (!b)
        return b.error();
    return Parameters{*a, *b};
}

Result<Parameters> parseUniform(const json &body, const std::string &pointer)
{
    Result<Parameters> bounds = Parameters{};
    std::string maxPointer;
    if (body.is_array()) {
        if (body.size() != 2)
            return makeError("uniform takes two durations [min, max], not " +
                                 std::to_string(body.size()),
                             pointer);
        auto low = durationAt(body[0], appendIndex(pointer, 0));
        auto high = durationAt(body[1], appendIndex(pointer, 1));
        bounds = !low    ? Result<Parameters>(low.error())
                 : !high ? Result<Parameters>(high.error())
                         : Result<Parameters>(Parameters{*low, *high});
        maxPointer = appendIndex(pointer, 1);
    } else {
        bounds = twoDurations(body, "min", "max", pointer);
        maxPointer = appendToken(pointer, "max");
    }
    if (bounds && bounds->second < bounds->first)
        return makeError("uniform max " + formatDuration(static_cast<Nanos>(bounds->second)) +
                             " is less than min " +
                             formatDuration(static_cast<Nanos>(bounds->first)),
                         maxPointer);
    return bounds;
}

Result<Parameters> oneDuration(const json &value, const std::string &pointer)
{
    auto duration = durationAt(value, pointer);
    if (!duration)
        return duration.error();
    return Parameters{*duration, 0};
}

Result<Parameters> parseExponential(const json &body, const std::string &pointer)
{
    if (!body.is_object())
        return oneDuration(body, pointer);
    if (auto members = checkMembers(body, pointer, {"mean"}); !members)
        return members.error();
    return oneDuration(body.at("mean"), appendToken(pointer, "mean"));
}

// Returns (median, sigma); the mean/stddev form is converted so that the lognormal has them.
Result<Parameters> parseLogNormal(const json &body, const std::string &pointer)
{
    if (body.is_object() && body.contains("mean")) {
        auto moments = twoDurations(body, "mean", "stddev", pointer);
        if (!moments)
            return moments;
        const auto [mean, deviation] = *moments;
        if (mean <= 0)
            return makeError("lognormal mean must be greater than 0", appendToken(pointer, "mean"));
        const double variance = std::log1p((deviation / mean) * (deviation / mean));
        return Parameters{mean * std::exp(-variance / 2), std::sqrt(variance)};
    }
    if (body.is_object() && !body.contains("median"))
        return makeError("lognormal needs median and sigma, or mean and stddev",
                         appendToken(pointer, "median"));
    if (auto members = checkMembers(body, pointer, {"median", "sigma"}); !members)
        return members.error();
    auto median = member(body, "median", pointer);
    if (!median)
        return median.error();
    if (*median <= 0)
        return makeError("lognormal median must be greater than 0", appendToken(pointer, "median"));
    const json &sigma = body.at("sigma");
    if (!sigma.is_number() || !std::isfinite(sigma.get<double>()) || sigma.get<double>() < 0)
        return makeError("lognormal sigma is the deviation of the logarithm, a number >= 0 such "
                         "as 0.5, not " +
                             sigma.dump(),
                         appendToken(pointer, "sigma"));
    return Parameters{*median, sigma.get<double>()};
}

Nanos toNanos(double value)
{
    if (!(value > 0))
        return 0;
    if (value >= static_cast<double>(std::numeric_limits<Nanos>::max()))
        return std::numeric_limits<Nanos>::max();
    return std::llround(value);
}

std::string format(double nanos)
{
    return formatDuration(toNanos(nanos));
}

// Mean and deviation of a normal(mu, sd) conditioned on being >= 0 (truncated normal).
Parameters truncatedMoments(double mu, double sd)
{
    if (sd <= 0)
        return {mu, 0};
    const double alpha = -mu / sd;
    const double density = std::exp(-alpha * alpha / 2) / std::sqrt(2 * std::numbers::pi);
    const double kept = 0.5 * std::erfc(alpha / std::numbers::sqrt2);
    const double lambda = density / kept;
    const double variance = sd * sd * (1 + alpha * lambda - lambda * lambda);
    return {mu + sd * lambda, std::sqrt(std::max(variance, 0.0))};
}

Parameters moments(Distribution::Kind kind, double first, double second)
{
    switch (kind) {
    case Distribution::Kind::Fixed:
        return {first, 0};
    case Distribution::Kind::Uniform:
        return {(first + second) / 2, (second - first) / std::sqrt(12.0)};
    case Distribution::Kind::Exponential:
        return {first, first};
    case Distribution::Kind::Normal:
        return truncatedMoments(first, second);
    case Distribution::Kind::LogNormal: {
        const double mean = first * std::exp(second * second / 2);
        return {mean, mean * std::sqrt(std::expm1(second * second))};
    }
    }
    return {0, 0};
}

} // namespace

Result<Distribution> Distribution::parse(const json &value, const std::string &pointer)
{
    if (value.is_string() || value.is_number()) {
        auto duration = durationAt(value, pointer);
        if (!duration)
            return duration.error();
        return Distribution(Kind::Fixed, *duration, 0);
    }
    constexpr std::string_view kKinds = "fixed, uniform, exponential, normal or lognormal";
    if (!value.is_object() || value.size() != 1)
        return makeError("expected a duration, or an object with exactly one of " +
                             std::string(kKinds),
                         pointer);
    const std::string &name = value.begin().key();
    const json &body = value.begin().value();
    const std::string at = appendToken(pointer, name);

    Kind kind;
    Result<Parameters> parameters = Parameters{};
    if (name == "fixed") {
        kind = Kind::Fixed;
        parameters = oneDuration(body, at);
    } else if (name == "uniform") {
        kind = Kind::Uniform;
        parameters = parseUniform(body, at);
    } else if (name == "exponential") {
        kind = Kind::Exponential;
        parameters = parseExponential(body, at);
    } else if (name == "normal") {
        kind = Kind::Normal;
        parameters = twoDurations(body, "mean", "stddev", at);
    } else if (name == "lognormal") {
        kind = Kind::LogNormal;
        parameters = parseLogNormal(body, at);
    } else {
        return makeError("unknown distribution " + inQuotes(name) + "; use " + std::string(kKinds),
                         at);
    }
    if (!parameters)
        return parameters.error();
    return Distribution(kind, parameters->first, parameters->second);
}

Distribution Distribution::fixed(Nanos duration)
{
    return Distribution(Kind::Fixed, static_cast<double>(std::max<Nanos>(duration, 0)), 0);
}

Nanos Distribution::sample(Random &random) const
{
    switch (m_kind) {
    case Kind::Fixed:
        return toNanos(m_first);
    case Kind::Uniform:
        return toNanos(random.uniform(m_first, m_second));
    case Kind::Exponential:
        return toNanos(random.exponential(m_first));
    case Kind::Normal:
        // Truncated, not clamped: clamping would pile a share of all jobs up at exactly zero
        // time. The mean is >= 0, so at least half of the draws are kept; the bound on the
        // loop is only a guard.
        for (int attempt = 0; attempt < 1000; ++attempt)
            if (const double draw = random.normal(m_first, m_second); draw >= 0)
                return toNanos(draw);
        return 0;
    case Kind::LogNormal:
        return toNanos(m_first * std::exp(random.normal(0, m_second)));
    }
    return 0;
}

Nanos Distribution::mean() const
{
    return toNanos(moments(m_kind, m_first, m_second).first);
}

Nanos Distribution::stddev() const
{
    return toNanos(moments(m_kind, m_first, m_second).second);
}

std::string Distribution::describe() const
{
    switch (m_kind) {
    case Kind::Fixed:
        return "fixed " + format(m_first);
    case Kind::Uniform:
        return "uniform " + format(m_first) + " to " + format(m_second);
    case Kind::Exponential:
        return "exponential, mean " + format(m_first);
    case Kind::Normal: {
        std::string text = "normal, mean " + format(m_first) + ", sd " + format(m_second);
        // Worth saying only when the cut at zero moves the mean noticeably.
        if (m_second > 0 && m_first < 3 * m_second)
            text += ", truncated at 0 (mean " + formatDuration(mean()) + ")";
        return text;
    }
    case Kind::LogNormal: {
        char sigma[32];
        std::snprintf(sigma, sizeof sigma, "%g", m_second);
        return "lognormal, median " + format(m_first) + ", sigma " + sigma + " (mean " +
               formatDuration(mean()) + ")";
    }
    }
    return {};
}

} // namespace causeway::sim
