#pragma once

#include "routing/json_path.h"

#include <string>
#include <vector>

namespace causeway::routing {

/**
 * @brief Which top-level members of an event's payload some templates and conditions read:
 * a few by name, or all of it (a path that reads the payload whole, or by wildcard or index).
 * Lets a simulation keep only those members of an event it holds for a long time.
 */
class DataReads
{
public:
    /** @brief Notes a path below the payload: $.data.loanId arrives as $.loanId. */
    void addBelowData(const JsonPath &below);
    void addEverything() { m_everything = true; }

    bool everything() const { return m_everything; }
    /** @brief The members read by name, sorted; meaningless when everything() holds. */
    const std::vector<std::string> &members() const { return m_members; }

private:
    bool m_everything = false;
    std::vector<std::string> m_members; // sorted, unique
};

} // namespace causeway::routing
