#pragma once

#include "model/cloud_event.h"

#include <cstdint>
#include <optional>
#include <string>

namespace causeway::store {

/** @brief The columns of one events row, computed on the appending thread. */
struct EventRow
{
    std::string id;
    std::string source;
    std::string type;
    std::optional<std::string> subject;
    std::optional<std::string> timeText;
    std::optional<std::int64_t> timeNanos;
    std::optional<std::string> correlationId;
    std::optional<std::string> causationId;
    std::string json;
};

/** @brief The row of @p event; its JSON is the same text as writeJsonEvent(event).dump(). */
EventRow makeRow(const model::CloudEvent &event);

} // namespace causeway::store
