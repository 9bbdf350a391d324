#pragma once

#include <cstdint>
#include <memory>

namespace causeway::bus {

class Bus;

/**
 * @brief Owns a subscription: it ends when the handle is destroyed or reset. Move-only, so
 * there is always exactly one owner. Outliving the bus is harmless.
 */
class Subscription
{
public:
    Subscription() = default;
    ~Subscription() { reset(); }
    Subscription(Subscription &&other) noexcept;
    Subscription &operator=(Subscription &&other) noexcept;
    Subscription(const Subscription &) = delete;
    Subscription &operator=(const Subscription &) = delete;

    /** @brief Unsubscribes now; deliveries still queued for it are dead-lettered. */
    void reset();
    bool active() const { return m_id != 0 && !m_bus.expired(); }

private:
    friend class Bus;
    Subscription(std::weak_ptr<Bus *> bus, std::uint64_t id) : m_bus(std::move(bus)), m_id(id) {}

    std::weak_ptr<Bus *> m_bus;
    std::uint64_t m_id = 0;
};

} // namespace causeway::bus
