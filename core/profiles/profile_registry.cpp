#include "profiles/profile_registry.h"

#include "common/json_text.h"
#include "profiles/cloudevents_profile.h"
#include "profiles/event_spec_profile.h"
#include "profiles/eventbridge_profile.h"
#include "profiles/workflow_event_profile.h"

namespace causeway::profiles {

namespace {

Result<model::CloudEvent> readOne(const nlohmann::json &object, const EnvelopeProfile *profile,
                                  const std::string &pointer)
{
    if (!profile)
        profile = detectProfile(object);
    if (profile)
        return profile->read(object, pointer);
    std::string tried;
    for (const EnvelopeProfile *candidate : allProfiles())
        tried += std::string(tried.empty() ? "" : "; ") + std::string(candidate->name()) +
                 " (needs " + std::string(candidate->signature()) + ")";
    return makeError(std::string(object.is_object() ? "the object" : "this value") +
                         " matches no envelope profile; tried " + tried,
                     pointer);
}

} // namespace

std::vector<const EnvelopeProfile *> allProfiles()
{
    static const CloudEventsProfile cloudEvents;
    static const EventSpecProfile eventSpec;
    static const WorkflowEventProfile workflowEvent;
    static const EventBridgeProfile eventBridge;
    return {&cloudEvents, &eventSpec, &workflowEvent, &eventBridge};
}

const EnvelopeProfile *findProfile(std::string_view name)
{
    for (const EnvelopeProfile *profile : allProfiles()) {
        if (profile->name() == name)
            return profile;
    }
    return nullptr;
}

const EnvelopeProfile *detectProfile(const nlohmann::json &object)
{
    for (const EnvelopeProfile *profile : allProfiles()) {
        if (profile->matches(object))
            return profile;
    }
    return nullptr;
}

Result<std::vector<model::CloudEvent>> readEvents(const nlohmann::json &document,
                                                  const EnvelopeProfile *profile)
{
    std::vector<model::CloudEvent> events;
    if (document.is_object()) {
        auto event = readOne(document, profile, {});
        if (!event)
            return event.error();
        events.push_back(std::move(*event));
        return events;
    }
    if (!document.is_array())
        return makeError("expected an event object or an array of events, not a " +
                         std::string(document.type_name()));
    events.reserve(document.size());
    for (std::size_t i = 0; i < document.size(); ++i) {
        auto event = readOne(document[i], profile, json_text::appendIndex({}, i));
        if (!event)
            return event.error();
        events.push_back(std::move(*event));
    }
    return events;
}

} // namespace causeway::profiles
