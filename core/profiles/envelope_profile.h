#pragma once

#include "common/result.h"
#include "model/cloud_event.h"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace causeway::profiles {

/**
 * @brief Maps between the canonical event and one external JSON shape, losslessly:
 * write() then read() gives an equal event, and read() then write() keeps every member
 * of the input with its value (members may be added, such as a derived id).
 */
class EnvelopeProfile
{
public:
    virtual ~EnvelopeProfile() = default;

    /** @brief "cloudevents", "event-spec", "workflow-event" or "eventbridge". */
    virtual std::string_view name() const = 0;

    /** @brief The members that identify the shape, for messages such as "'specversion'". */
    virtual std::string_view signature() const = 0;

    /** @brief Whether @p object has the signature members (used for auto-detection). */
    virtual bool matches(const nlohmann::json &object) const = 0;

    /** @brief Reads one event; errors carry the JSON pointer of the member, below @p pointer. */
    virtual Result<model::CloudEvent> read(const nlohmann::json &object,
                                           const std::string &pointer = {}) const = 0;

    /** @brief Writes one event in this profile's shape. */
    virtual nlohmann::json write(const model::CloudEvent &event) const = 0;
};

} // namespace causeway::profiles
