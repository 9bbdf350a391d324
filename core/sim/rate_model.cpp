#include "sim/rate_model.h"

#include "model/attribute.h"
#include "model/calendar.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace causeway::sim {
namespace {

constexpr Nanos kForever = std::numeric_limits<Nanos>::max();
constexpr double kNanosPerSecond = 1e9;

// Floor division and modulo, so times before the anchor fall into the right period.
Nanos floorMod(Nanos value, Nanos period)
{
    const Nanos rest = value % period;
    return rest < 0 ? rest + period : rest;
}

// t + d without running past the end of representable time.
Nanos later(Nanos t, Nanos d)
{
    return t > kForever - d ? kForever : t + d;
}

} // namespace

std::optional<Nanos> RateModel::nextArrival(Nanos now, Random &random) const
{
    if (maxRatePerSecond() <= 0)
        return std::nullopt;
    if (m_kind == Kind::Constant) {
        // On a grid anchored at the epoch, so the spacing is exact and does not depend on
        // when the caller asks.
        const auto period = std::max<Nanos>(1, std::llround(kNanosPerSecond / m_rate));
        const Nanos index = (now - floorMod(now, period)) / period + 1;
        if (index > kForever / period)
            return std::nullopt;
        return index * period;
    }
    if (m_kind == Kind::Poisson) {
        const double gap = random.exponential(kNanosPerSecond / m_rate);
        if (gap >= static_cast<double>(kForever) - static_cast<double>(now))
            return std::nullopt;
        return now + std::max<Nanos>(1, std::llround(gap));
    }
    return thinnedArrival(now, random);
}

// Lewis-Shedler thinning against a bound per stretch rather than one global bound: a zero
// stretch is skipped whole (no loop spinning through it), and a ramp's bound stays tight.
// Restarting at a stretch end is exact because the candidate process is memoryless.
std::optional<Nanos> RateModel::thinnedArrival(Nanos now, Random &random) const
{
    Nanos t = now;
    while (t < kForever) {
        const Stretch stretch = stretchAt(t);
        if (stretch.maxRate <= 0) {
            t = stretch.end;
            continue;
        }
        const double gap = random.exponential(kNanosPerSecond / stretch.maxRate);
        if (gap >= static_cast<double>(stretch.end - t)) {
            t = stretch.end;
            continue;
        }
        t += std::max<Nanos>(1, std::llround(gap));
        if (random.uniform() * stretch.maxRate < meanRatePerSecond(t))
            return t;
    }
    return std::nullopt;
}

RateModel::Stretch RateModel::stretchAt(Nanos t) const
{
    switch (m_kind) {
    case Kind::Constant:
    case Kind::Poisson:
        return {kForever, m_rate};
    case Kind::Burst: {
        const Nanos phase = floorMod(t - m_start, m_every);
        if (phase < m_length)
            return {later(t, m_length - phase), m_rate};
        return {later(t, m_every - phase), m_baseline};
    }
    case Kind::Ramp: {
        if (t < m_start)
            return {m_start, m_baseline};
        const Nanos end = later(m_start, m_length);
        if (t >= end)
            return {kForever, m_rate};
        // Linear, so the larger end of each piece bounds it; 32 pieces keep the bound tight.
        const Nanos pieceEnd = std::min(end, later(t, std::max<Nanos>(1, m_length / 32)));
        return {pieceEnd, std::max(meanRatePerSecond(t), meanRatePerSecond(pieceEnd))};
    }
    case Kind::Schedule:
        return {later(t, kHour - floorMod(t, kHour)), meanRatePerSecond(t)};
    }
    return {kForever, 0};
}

double RateModel::meanRatePerSecond(Nanos at) const
{
    switch (m_kind) {
    case Kind::Constant:
    case Kind::Poisson:
        return m_rate;
    case Kind::Burst:
        return floorMod(at - m_start, m_every) < m_length ? m_rate : m_baseline;
    case Kind::Ramp: {
        if (at <= m_start)
            return m_baseline;
        if (at - m_start >= m_length)
            return m_rate;
        const double progress = static_cast<double>(at - m_start) / static_cast<double>(m_length);
        return m_baseline + (m_rate - m_baseline) * progress;
    }
    case Kind::Schedule: {
        const Nanos day = (at - floorMod(at, kDay)) / kDay;
        const auto weekday = static_cast<std::size_t>(floorMod(day + 3, 7)); // 1970-01-01: Thu
        const auto hour = static_cast<std::size_t>(floorMod(at, kDay) / kHour);
        return m_rate * m_hours[hour] * m_days[weekday];
    }
    }
    return 0;
}

double RateModel::maxRatePerSecond() const
{
    switch (m_kind) {
    case Kind::Burst:
        return std::max(m_length > 0 ? m_rate : 0.0, m_length < m_every ? m_baseline : 0.0);
    case Kind::Ramp:
        return std::max(m_rate, m_baseline);
    default:
        return m_rate; // schedule weights are scaled so the busiest hour is 1
    }
}

RateModel RateModel::startingAt(Nanos simulationStart) const
{
    RateModel anchored = *this;
    if (m_kind == Kind::Ramp && !m_startGiven)
        anchored.m_start = simulationStart;
    return anchored;
}

std::string formatRate(double perSecond)
{
    struct Unit
    {
        const char *name;
        double seconds;
    };
    constexpr Unit units[] = {{"s", 1}, {"min", 60}, {"h", 3600}, {"d", 86400}};
    if (perSecond <= 0)
        return "0/s";
    const Unit *unit = &units[0];
    for (const Unit &candidate : units) {
        unit = &candidate;
        if (perSecond * candidate.seconds >= 1)
            break;
    }
    char text[48];
    std::snprintf(text, sizeof text, "%.4g/%s", perSecond * unit->seconds, unit->name);
    return text;
}

std::string RateModel::describe() const
{
    switch (m_kind) {
    case Kind::Constant:
        return "constant " + formatRate(m_rate);
    case Kind::Poisson:
        return "poisson " + formatRate(m_rate);
    case Kind::Burst:
        return "burst " + formatRate(m_rate) + " for " + formatDuration(m_length) + " every " +
               formatDuration(m_every) + ", else " + formatRate(m_baseline);
    case Kind::Ramp:
        return "ramp " + formatRate(m_baseline) + " to " + formatRate(m_rate) + " over " +
               formatDuration(m_length) + " from " +
               (m_startGiven ? model::formatTimestampMillis(m_start / bus::kMillisecond)
                             : std::string("the simulation start"));
    case Kind::Schedule: {
        const auto busiest = std::max_element(m_hours.begin(), m_hours.end()) - m_hours.begin();
        return "schedule peak " + formatRate(m_rate) + " at " + std::to_string(busiest) +
               ":00 UTC" +
               (*std::min_element(m_days.begin(), m_days.end()) < 1 ? ", by weekday" : "");
    }
    }
    return {};
}

} // namespace causeway::sim
