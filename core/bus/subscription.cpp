#include "bus/subscription.h"

#include "bus/bus.h"

namespace causeway::bus {

Subscription::Subscription(Subscription &&other) noexcept
    : m_bus(std::move(other.m_bus)), m_id(std::exchange(other.m_id, 0))
{
}

Subscription &Subscription::operator=(Subscription &&other) noexcept
{
    if (this != &other) {
        reset();
        m_bus = std::move(other.m_bus);
        m_id = std::exchange(other.m_id, 0);
    }
    return *this;
}

void Subscription::reset()
{
    if (const std::shared_ptr<Bus *> bus = m_bus.lock(); bus && m_id)
        (*bus)->unsubscribe(m_id);
    m_bus.reset();
    m_id = 0;
}

} // namespace causeway::bus
