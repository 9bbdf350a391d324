#include "bus/circuit_breaker.h"

namespace causeway::bus {

bool CircuitBreaker::allows(Nanos now)
{
    if (m_state == State::Open && now >= reopensAt())
        m_state = State::HalfOpen;
    return m_state == State::Closed || (m_state == State::HalfOpen && !m_trialRunning);
}

void CircuitBreaker::onStart()
{
    if (m_state == State::HalfOpen)
        m_trialRunning = true;
}

void CircuitBreaker::onSuccess()
{
    m_state = State::Closed;
    m_failuresInRow = 0;
    m_trialRunning = false;
}

void CircuitBreaker::onFailure(Nanos now)
{
    m_trialRunning = false;
    ++m_failuresInRow;
    const bool trip = m_state == State::HalfOpen || (m_policy.failureThreshold > 0 &&
                                                     m_failuresInRow >= m_policy.failureThreshold);
    if (trip && m_state != State::Open) {
        m_state = State::Open;
        m_openedAt = now;
        ++m_timesOpened;
    }
}

std::string_view stateName(CircuitBreaker::State state)
{
    switch (state) {
    case CircuitBreaker::State::Closed:
        return "closed";
    case CircuitBreaker::State::Open:
        return "open";
    case CircuitBreaker::State::HalfOpen:
        return "half-open";
    }
    return "closed";
}

} // namespace causeway::bus
