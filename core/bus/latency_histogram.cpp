#include "bus/latency_histogram.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace causeway::bus {

// Values below 16 get a bucket each; above, the top bit picks the power of two and the next
// four bits the sub-bucket.
int LatencyHistogram::bucketOf(std::uint64_t value)
{
    if (value < kSubBuckets)
        return static_cast<int>(value);
    const int topBit = std::bit_width(value) - 1; // >= 4
    const int sub = static_cast<int>((value >> (topBit - 4)) & (kSubBuckets - 1));
    return (topBit - 3) * kSubBuckets + sub;
}

Nanos LatencyHistogram::upperBoundOf(int bucket)
{
    if (bucket < kSubBuckets)
        return bucket;
    const int topBit = bucket / kSubBuckets + 3;
    const int sub = bucket % kSubBuckets;
    const std::uint64_t base = (std::uint64_t{kSubBuckets} + sub) << (topBit - 4);
    const std::uint64_t width = std::uint64_t{1} << (topBit - 4);
    return static_cast<Nanos>(std::min<std::uint64_t>(base + width - 1, INT64_MAX));
}

void LatencyHistogram::record(Nanos value)
{
    value = std::max<Nanos>(value, 0);
    ++m_buckets[bucketOf(static_cast<std::uint64_t>(value))];
    m_min = m_count ? std::min(m_min, value) : value;
    m_max = std::max(m_max, value);
    m_sum += value;
    ++m_count;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (!other.m_count)
        return;
    for (int i = 0; i < kBuckets; ++i)
        m_buckets[i] += other.m_buckets[i];
    m_min = m_count ? std::min(m_min, other.m_min) : other.m_min;
    m_max = std::max(m_max, other.m_max);
    m_sum += other.m_sum;
    m_count += other.m_count;
}

double LatencyHistogram::mean() const
{
    return m_count ? static_cast<double>(m_sum / m_count) : 0.0;
}

Nanos LatencyHistogram::percentile(double fraction) const
{
    if (!m_count)
        return 0;
    const auto rank = static_cast<std::uint64_t>(
        std::ceil(std::clamp(fraction, 0.0, 1.0) * static_cast<double>(m_count)));
    std::uint64_t seen = 0;
    for (int i = 0; i < kBuckets; ++i) {
        seen += m_buckets[i];
        if (seen >= std::max<std::uint64_t>(rank, 1))
            return std::clamp(upperBoundOf(i), m_min, m_max);
    }
    return m_max;
}

} // namespace causeway::bus
