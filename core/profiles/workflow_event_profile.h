#pragma once

#include "profiles/field_mapper.h"

namespace causeway::profiles {

/** @brief The workflow engine's event of seed 004: pattern, source{type,id}, metadata{context}. */
class WorkflowEventProfile final : public MappedProfile
{
public:
    std::string_view name() const override { return "workflow-event"; }
    std::string_view signature() const override { return "'pattern' with 'eventId'"; }
    bool matches(const nlohmann::json &object) const override;

protected:
    const MappingTable &table() const override;
};

} // namespace causeway::profiles
