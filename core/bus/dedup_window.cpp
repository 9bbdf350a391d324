#include "bus/dedup_window.h"

namespace causeway::bus {

bool DedupWindow::firstSighting(std::string_view source, std::string_view id, Nanos now)
{
    if (m_window <= 0 || m_capacity == 0)
        return true;
    forgetBefore(now - m_window);
    // A NUL cannot occur in either attribute, so the key is unambiguous.
    std::string key;
    key.reserve(source.size() + id.size() + 1);
    key.append(source).push_back('\0');
    key.append(id);
    if (!m_keys.insert(key).second)
        return false;
    m_order.push_back({now, std::move(key)});
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
