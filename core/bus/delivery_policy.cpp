#include "bus/delivery_policy.h"

#include <algorithm>
#include <cmath>

namespace causeway::bus {

Nanos backoffDelay(const RetryPolicy &policy, int retry, double unit)
{
    const double exponential = static_cast<double>(policy.initialBackoff) *
                               std::pow(std::max(policy.multiplier, 1.0), std::max(retry - 1, 0));
    const double capped = std::min(exponential, static_cast<double>(policy.maxBackoff));
    const double jitter = std::clamp(policy.jitter, 0.0, 1.0);
    return static_cast<Nanos>(capped * (1.0 - jitter * std::clamp(unit, 0.0, 1.0)));
}

} // namespace causeway::bus
