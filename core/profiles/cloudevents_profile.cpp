#include "profiles/cloudevents_profile.h"

#include "model/json_format.h"

namespace causeway::profiles {

bool CloudEventsProfile::matches(const nlohmann::json &object) const
{
    return object.is_object() && object.contains("specversion");
}

Result<model::CloudEvent> CloudEventsProfile::read(const nlohmann::json &object,
                                                   const std::string &pointer) const
{
    return model::readJsonEvent(object, pointer);
}

nlohmann::json CloudEventsProfile::write(const model::CloudEvent &event) const
{
    return model::writeJsonEvent(event);
}

} // namespace causeway::profiles
