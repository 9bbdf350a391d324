#pragma once

// Engine tests: the catalog entry of a made-up event type, for projects built in code.

#include <nlohmann/json.hpp>
#include <string>

namespace testsupport {

/** @brief A valid version 1.0.0 definition of @p type whose payload is @p payloadSchema. */
inline nlohmann::json testDefinition(const std::string &type,
                                     nlohmann::json payloadSchema = {{"type", "object"}})
{
    return {{"type", type},           {"kind", "event"},    {"name", type},
            {"description", "A test event."}, {"version", "1.0.0"}, {"owner", "tests"},
            {"domain", "test"},       {"payloadSchema", std::move(payloadSchema)}};
}

} // namespace testsupport
