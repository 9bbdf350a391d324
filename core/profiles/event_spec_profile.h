#pragma once

#include "profiles/field_mapper.h"

namespace causeway::profiles {

/** @brief The event specification of seed 002: eventName, eventId, schemaRef, metadata... */
class EventSpecProfile final : public MappedProfile
{
public:
    std::string_view name() const override { return "event-spec"; }
    std::string_view signature() const override
    {
        return "'eventName', or 'eventId' with 'payload' and no 'pattern'";
    }
    bool matches(const nlohmann::json &object) const override;

protected:
    const MappingTable &table() const override;
};

} // namespace causeway::profiles
