#pragma once

#include "profiles/field_mapper.h"

namespace causeway::profiles {

/**
 * @brief Amazon EventBridge (seed 001). Reads the delivered event ("detail-type", "detail")
 * and the PutEvents request entry ("DetailType", "Detail" as a JSON string); writes the
 * delivered event. PutEvents entries carry no id: the reader derives one from the content
 * (nameBasedId with the prefix "eb-"), so the same entry always gets the same id.
 */
class EventBridgeProfile final : public MappedProfile
{
public:
    std::string_view name() const override { return "eventbridge"; }
    std::string_view signature() const override { return "'detail-type' or 'DetailType'"; }
    bool matches(const nlohmann::json &object) const override;

protected:
    const MappingTable &table() const override;
    const MappingTable &readTable(const nlohmann::json &object) const override;
};

} // namespace causeway::profiles
