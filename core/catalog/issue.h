#pragma once

#include <string>
#include <string_view>

namespace causeway::catalog {

enum class Severity { Error, Warning, Info };

inline std::string_view toString(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "?";
}

/** @brief One finding about an event or a definition: how bad, where (JSON pointer), what. */
struct Issue
{
    Severity severity = Severity::Error;
    std::string pointer;
    std::string message;
    std::string code; // stable identifier, e.g. "payload.schema" or "naming.past-tense"

    bool operator==(const Issue &) const = default;
};

} // namespace causeway::catalog
