// Reading rate models from a project file; see rate_model.h for the accepted shapes.
#include "common/json_text.h"
#include "model/attribute.h"
#include "sim/member_check.h"
#include "sim/rate_model.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <span>

namespace causeway::sim {
namespace {

using detail::checkMembers;
using detail::inQuotes;
using json_text::appendIndex;
using json_text::appendToken;
using nlohmann::json;

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

double secondsIn(std::string_view unit)
{
    if (unit == "s" || unit == "sec")
        return 1;
    if (unit == "m" || unit == "min")
        return 60;
    if (unit == "h")
        return 3600;
    if (unit == "d")
        return 86400;
    return 0;
}

Result<Nanos> parseStart(const json &value, const std::string &pointer)
{
    const auto unixNanos = value.is_string()
                               ? model::timestampToUnixNanos(value.get_ref<const std::string &>())
                               : std::nullopt;
    if (!unixNanos)
        return makeError("start must be an RFC 3339 timestamp such as \"2024-03-15T08:00:00Z\", "
                         "not " +
                             value.dump(),
                         pointer);
    return *unixNanos;
}

// Weights for a schedule: exactly @p count numbers >= 0, not all 0, scaled so the largest is 1.
template <std::size_t N>
Status parseWeights(const json &value, const std::string &pointer, std::array<double, N> &weights)
{
    if (!value.is_array() || value.size() != N)
        return makeError("expected an array of " + std::to_string(N) + " weights, not " +
                             (value.is_array() ? std::to_string(value.size()) + " of them"
                                               : std::string(value.type_name())),
                         pointer);
    for (std::size_t i = 0; i < N; ++i) {
        const json &weight = value[i];
        if (!weight.is_number() || !std::isfinite(weight.get<double>()) || weight.get<double>() < 0)
            return makeError("a weight is a number >= 0, not " + weight.dump(),
                             appendIndex(pointer, i));
        weights[i] = weight.get<double>();
    }
    const double largest = *std::max_element(weights.begin(), weights.end());
    if (largest <= 0)
        return makeError("at least one weight must be greater than 0", pointer);
    for (double &weight : weights)
        weight /= largest;
    return Ok{};
}

} // namespace

Result<double> parseRate(const json &value, const std::string &pointer)
{
    constexpr const char *kExample = "write a rate as \"10/s\", \"600/min\", \"5/h\", \"120/d\" "
                                     "or a number per second";
    if (value.is_number()) {
        const double rate = value.get<double>();
        if (!std::isfinite(rate) || rate < 0)
            return makeError("rate " + value.dump() + " is negative; " + kExample, pointer);
        return rate;
    }
    if (!value.is_string())
        return makeError(std::string(kExample) + ", not " + value.type_name(), pointer);
    const std::string &text = value.get_ref<const std::string &>();
    const auto slash = text.find('/');
    if (slash == std::string::npos)
        return makeError("rate " + inQuotes(text) + " has no unit; " + kExample, pointer);
    const std::string_view count = trimmed(std::string_view(text).substr(0, slash));
    const double seconds = secondsIn(trimmed(std::string_view(text).substr(slash + 1)));
    double number = 0;
    const auto [end, error] = std::from_chars(count.data(), count.data() + count.size(), number);
    if (error != std::errc{} || end != count.data() + count.size() || count.empty() ||
        !std::isfinite(number))
        return makeError("rate " + inQuotes(text) + " does not start with a number; " + kExample,
                         pointer);
    if (number < 0)
        return makeError("rate " + inQuotes(text) + " is negative; rates cannot be", pointer);
    if (seconds == 0)
        return makeError("rate " + inQuotes(text) + " has an unknown unit; " + kExample, pointer);
    return number / seconds;
}

Result<RateModel> RateModel::parse(const json &value, const std::string &pointer)
{
    constexpr const char *kKinds = "constant, poisson, burst, ramp or schedule";
    if (!value.is_object() || value.size() != 1)
        return makeError(std::string("expected an object with exactly one of ") + kKinds +
                             ", e.g. {\"poisson\": \"10/s\"}",
                         pointer);
    const std::string &name = value.begin().key();
    const json &body = value.begin().value();
    const std::string at = appendToken(pointer, name);
    if (name == "burst")
        return parseBurst(body, at);
    if (name == "ramp")
        return parseRamp(body, at);
    if (name == "schedule")
        return parseSchedule(body, at);
    if (name != "constant" && name != "poisson")
        return makeError("unknown rate model " + inQuotes(name) + "; use " + kKinds, at);
    auto rate = parseRate(body, at);
    if (!rate)
        return rate.error();
    RateModel model;
    model.m_kind = name == "constant" ? Kind::Constant : Kind::Poisson;
    model.m_rate = *rate;
    return model;
}

Result<RateModel> RateModel::parseBurst(const json &body, const std::string &pointer)
{
    if (auto members =
            checkMembers(body, pointer, {"rate", "every", "lasting"}, {"baseline", "start"});
        !members)
        return members.error();
    RateModel model;
    model.m_kind = Kind::Burst;
    auto rate = parseRate(body.at("rate"), appendToken(pointer, "rate"));
    if (!rate)
        return rate.error();
    model.m_rate = *rate;
    if (body.contains("baseline")) {
        auto baseline = parseRate(body.at("baseline"), appendToken(pointer, "baseline"));
        if (!baseline)
            return baseline.error();
        model.m_baseline = *baseline;
    }
    auto every = parseDuration(body.at("every"), appendToken(pointer, "every"));
    if (!every)
        return every.error();
    // Shorter periods would make a quiet stretch cost one loop turn per period to cross.
    if (*every < bus::kMillisecond)
        return makeError("every must be at least 1ms", appendToken(pointer, "every"));
    model.m_every = *every;
    auto lasting = parseDuration(body.at("lasting"), appendToken(pointer, "lasting"));
    if (!lasting)
        return lasting.error();
    if (*lasting > *every)
        return makeError("lasting " + formatDuration(*lasting) + " is longer than the period (" +
                             formatDuration(*every) + ")",
                         appendToken(pointer, "lasting"));
    model.m_length = *lasting;
    if (body.contains("start")) {
        auto start = parseStart(body.at("start"), appendToken(pointer, "start"));
        if (!start)
            return start.error();
        model.m_start = *start;
        model.m_startGiven = true;
    }
    return model;
}

Result<RateModel> RateModel::parseRamp(const json &body, const std::string &pointer)
{
    if (auto members = checkMembers(body, pointer, {"from", "to", "over"}, {"start"}); !members)
        return members.error();
    RateModel model;
    model.m_kind = Kind::Ramp;
    auto from = parseRate(body.at("from"), appendToken(pointer, "from"));
    if (!from)
        return from.error();
    auto to = parseRate(body.at("to"), appendToken(pointer, "to"));
    if (!to)
        return to.error();
    auto over = parseDuration(body.at("over"), appendToken(pointer, "over"));
    if (!over)
        return over.error();
    if (*over <= 0)
        return makeError("over must be longer than 0; for a step use two sources or a burst",
                         appendToken(pointer, "over"));
    model.m_baseline = *from;
    model.m_rate = *to;
    model.m_length = *over;
    if (body.contains("start")) {
        auto start = parseStart(body.at("start"), appendToken(pointer, "start"));
        if (!start)
            return start.error();
        model.m_start = *start;
        model.m_startGiven = true;
    }
    return model;
}

Result<RateModel> RateModel::parseSchedule(const json &body, const std::string &pointer)
{
    if (auto members = checkMembers(body, pointer, {"hours", "peak"}, {"days"}); !members)
        return members.error();
    RateModel model;
    model.m_kind = Kind::Schedule;
    auto peak = parseRate(body.at("peak"), appendToken(pointer, "peak"));
    if (!peak)
        return peak.error();
    model.m_rate = *peak;
    if (auto hours = parseWeights(body.at("hours"), appendToken(pointer, "hours"), model.m_hours);
        !hours)
        return hours.error();
    model.m_days.fill(1);
    if (body.contains("days"))
        if (auto days = parseWeights(body.at("days"), appendToken(pointer, "days"), model.m_days);
            !days)
            return days.error();
    return model;
}

} // namespace causeway::sim
