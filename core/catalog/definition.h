#pragma once

#include "catalog/semver.h"
#include "common/result.h"
#include "schema/json_schema.h"
#include "schema/property_order.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace causeway::catalog {

/** @brief What a message is for (seed 001): a fact, a request to act, a question, a record. */
enum class MessageKind { Event, Command, Query, Audit };

/** @brief The purpose of an event (seed 002); None for the other kinds. */
enum class EventCategory { None, Domain, Integration, Notification };

std::string_view toString(MessageKind kind);
std::string_view toString(EventCategory category);
std::optional<MessageKind> messageKindFromString(std::string_view text);
std::optional<EventCategory> eventCategoryFromString(std::string_view text);

/** @brief One version of an event, command, query or audit definition in the catalog. */
struct Definition
{
    std::string type; // the CloudEvents type it describes
    MessageKind kind = MessageKind::Event;
    EventCategory category = EventCategory::None;
    std::string name;
    std::string description;
    SemVer version;
    std::string owner;
    std::string domain;
    std::vector<std::string> tags;
    std::vector<std::string> allowedSources; // patterns; '*' matches any run of characters
    schema::Draft draft = schema::Draft::Draft7;
    nlohmann::json payloadSchema = nlohmann::json::object();
    schema::PropertyOrder propertyOrder; // the payload's fields as the author arranged them
    std::vector<nlohmann::json> examples;
    std::map<std::string, std::string> classification; // payload pointer -> e.g. "pii"
    nlohmann::json ui = nlohmann::json::object();
    bool deprecated = false;
    std::string deprecationNote;
    // Members written by a newer Causeway, kept so that saving does not drop them.
    nlohmann::json unknownMembers = nlohmann::json::object();

    /** @brief "type@version", how findings and logs name a definition. */
    std::string label() const { return type + '@' + version.toString(); }

    bool operator==(const Definition &) const = default;
};

/** @brief Reads a definition from its project-file JSON; errors point below @p pointer. */
Result<Definition> definitionFromJson(const nlohmann::json &object, const std::string &pointer);

/** @brief The project-file JSON of a definition, unknown members included. */
nlohmann::json definitionToJson(const Definition &definition);

/** @brief Whether @p source matches one of the patterns ('*' = any run of characters). */
bool sourceAllowed(const Definition &definition, std::string_view source);

/** @brief A copy of @p payload with every classified field replaced by "***". */
nlohmann::json maskClassified(const Definition &definition, nlohmann::json payload);

} // namespace causeway::catalog
