#pragma once

#include "model/cloud_event.h"
#include "routing/rule.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace causeway::bus {

using DeliveryId = std::uint64_t;

/** @brief One attempt to hand an event to a subscriber. Valid during the handler call. */
struct Delivery
{
    DeliveryId id = 0;
    const model::CloudEvent &event;      // retrycount is set on retries; a rule's transform applied
    const routing::Rule *rule = nullptr; // the rule that routed it; null for re-queued letters
    int attempt = 1;                     // 1 for the first delivery
    bool replay = false;
    std::shared_ptr<const model::CloudEvent> shared; // the same event, to keep past the call
};

/**
 * @brief What a handler says about a delivery: done, failed (to be retried), or pending,
 * when the work goes on elsewhere and Bus::complete() reports the outcome later.
 */
struct Outcome
{
    enum class Kind { Done, Failed, Pending };
    Kind kind = Kind::Done;
    std::string reason; // why it failed

    static Outcome done() { return {}; }
    static Outcome failed(std::string reason) { return {Kind::Failed, std::move(reason)}; }
    static Outcome pending() { return {Kind::Pending, {}}; }
};

using Handler = std::function<Outcome(const Delivery &)>;

} // namespace causeway::bus
