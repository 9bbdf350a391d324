#pragma once

#include "bus/delivery_policy.h"

#include <string_view>

namespace causeway::bus {

/** @brief The classic three-state breaker, driven by the outcomes of deliveries. */
class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };

    explicit CircuitBreaker(BreakerPolicy policy) : m_policy(policy) {}

    /** @brief Whether a delivery may start now; in half-open state, only one trial at a time. */
    bool allows(Nanos now);
    void onStart();
    void onSuccess();
    void onFailure(Nanos now);

    State state() const { return m_state; }
    /** @brief When an open breaker lets a trial through. */
    Nanos reopensAt() const { return m_openedAt + m_policy.openFor; }
    int timesOpened() const { return m_timesOpened; }

private:
    BreakerPolicy m_policy;
    State m_state = State::Closed;
    int m_failuresInRow = 0;
    bool m_trialRunning = false;
    Nanos m_openedAt = 0;
    int m_timesOpened = 0;
};

std::string_view stateName(CircuitBreaker::State state);

} // namespace causeway::bus
