#pragma once

#include <chrono>
#include <cstdint>

namespace causeway::bus {

/** @brief Nanoseconds on a clock's own scale; only differences between readings mean anything. */
using Nanos = std::int64_t;

constexpr Nanos kMillisecond = 1'000'000;
constexpr Nanos kSecond = 1'000'000'000;

/**
 * @brief Where the bus reads the time: live traffic uses the steady clock, simulations and
 * tests a clock they move themselves, so backoff, breakers and windows run in virtual time.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual Nanos now() const = 0;
};

/** @brief The monotonic system clock. */
class SteadyClock final : public Clock
{
public:
    Nanos now() const override
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
};

/** @brief A clock that only moves when told to: virtual time. */
class ManualClock final : public Clock
{
public:
    explicit ManualClock(Nanos start = 0) : m_now(start) {}

    Nanos now() const override { return m_now; }
    void set(Nanos now) { m_now = now; }
    void advance(Nanos by) { m_now += by; }

private:
    Nanos m_now;
};

} // namespace causeway::bus
