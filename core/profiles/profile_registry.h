#pragma once

#include "profiles/envelope_profile.h"

#include <vector>

namespace causeway::profiles {

/** @brief The profile called @p name, or nullptr if there is none. */
const EnvelopeProfile *findProfile(std::string_view name);

/** @brief Every profile, in detection order: cloudevents first. */
std::vector<const EnvelopeProfile *> allProfiles();

/** @brief The first profile whose signature members @p object has, or nullptr. */
const EnvelopeProfile *detectProfile(const nlohmann::json &object);

/**
 * @brief Reads a document holding one event, or an array (batch) of events, in @p profile or,
 * when that is null, in the profile detected for each event. Errors give the element and
 * member as a JSON pointer and, when no profile matches, which profiles were tried.
 */
Result<std::vector<model::CloudEvent>> readEvents(const nlohmann::json &document,
                                                  const EnvelopeProfile *profile = nullptr);

} // namespace causeway::profiles
