#include "routing/data_reads.h"

#include <algorithm>

namespace causeway::routing {

void DataReads::addBelowData(const JsonPath &below)
{
    const std::string &member = below.head();
    if (member.empty()) { // $.data itself, $.data[0], $.data[*]
        m_everything = true;
        return;
    }
    const auto at = std::lower_bound(m_members.begin(), m_members.end(), member);
    if (at == m_members.end() || *at != member)
        m_members.insert(at, member);
}

} // namespace causeway::routing
