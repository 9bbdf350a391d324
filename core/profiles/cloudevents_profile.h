#pragma once

#include "profiles/envelope_profile.h"

namespace causeway::profiles {

/** @brief The canonical shape itself: CloudEvents 1.0.2 structured JSON (model/json_format). */
class CloudEventsProfile final : public EnvelopeProfile
{
public:
    std::string_view name() const override { return "cloudevents"; }
    std::string_view signature() const override { return "'specversion'"; }
    bool matches(const nlohmann::json &object) const override;
    Result<model::CloudEvent> read(const nlohmann::json &object,
                                   const std::string &pointer = {}) const override;
    nlohmann::json write(const model::CloudEvent &event) const override;
};

} // namespace causeway::profiles
