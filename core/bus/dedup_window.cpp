#include "bus/dedup_window.h"

namespace causeway::bus {

namespace {

// FNV-1a over both parts with a separator, from two different offset bases: two
// independent 64-bit halves.
std::uint64_t fnv1a(std::uint64_t hash, std::string_view source, std::string_view id)
{
    constexpr std::uint64_t kPrime = 0x100000001b3ULL;
    for (const char c : source)
        hash = (hash ^ static_cast<unsigned char>(c)) * kPrime;
    hash = (hash ^ 0xffU) * kPrime; // 0xff never occurs in UTF-8, so the split is unambiguous
    for (const char c : id)
        hash = (hash ^ static_cast<unsigned char>(c)) * kPrime;
    return hash;
}

// Spreads the bits of FNV's last rounds, which hash tables and the high half rely on.
std::uint64_t mix(std::uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    return x ^ (x >> 33);
}

} // namespace

DedupWindow::Fingerprint DedupWindow::fingerprint(std::string_view source, std::string_view id)
{
    return {mix(fnv1a(0xcbf29ce484222325ULL, source, id)),
            mix(fnv1a(0x84222325cbf29ce4ULL, source, id))};
}

bool DedupWindow::firstSighting(std::string_view source, std::string_view id, Nanos now)
{
    if (m_window <= 0 || m_capacity == 0)
        return true;
    forgetBefore(now - m_window);
    const Fingerprint key = fingerprint(source, id);
    if (!m_keys.insert(key).second)
        return false;
    m_order.push_back({now, key});
    if (m_order.size() > m_capacity) {
        m_keys.erase(m_order.front().key);
        m_order.pop_front();
    }
    return true;
}

void DedupWindow::forgetBefore(Nanos cutoff)
{
    while (!m_order.empty() && m_order.front().at <= cutoff) {
        m_keys.erase(m_order.front().key);
        m_order.pop_front();
    }
}

} // namespace causeway::bus
