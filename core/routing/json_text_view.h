#pragma once

// Internal to the engine: the simdjson view TextMatcher evaluates rules through. It includes
// simdjson.h, so it stays out of public headers.

#include "routing/condition.h"

#include <optional>
#include <simdjson.h>
#include <string_view>

namespace causeway::routing {

/**
 * @brief An event in the CloudEvents JSON format, parsed by simdjson into a DOM, as rules see
 * it: top-level members are attributes, "data" is the payload. Selected values are copied into
 * nlohmann::json one by one, so an event costs only what its rules read. The canonical
 * CloudEvent (for CESQL) is read from the text on first request.
 */
class JsonTextView final : public EventView
{
public:
    /** @brief @p root is the parsed @p text; both must outlive the view. */
    JsonTextView(simdjson::dom::object root, std::string_view text) : m_root(root), m_text(text) {}

    void select(const std::string &attribute, const JsonPath &path,
                std::vector<nlohmann::json> &out) const override;
    const model::CloudEvent *cloudEvent(std::string &why) const override;

private:
    // The payload when the event carries JSON data, as CloudEvent::jsonData() decides.
    std::optional<simdjson::dom::element> jsonData() const;

    simdjson::dom::object m_root;
    std::string_view m_text;
    mutable std::optional<Result<model::CloudEvent>> m_cloudEvent;
};

/** @brief A simdjson value as nlohmann::json, with the number types nlohmann's parser gives. */
nlohmann::json toJson(simdjson::dom::element value);

} // namespace causeway::routing
