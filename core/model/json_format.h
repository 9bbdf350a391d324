#pragma once

#include "model/cloud_event.h"

#include <vector>

namespace causeway::model {

/**
 * @brief Reads one event in the CloudEvents JSON format (structured mode).
 * Errors carry the JSON pointer of the offending member, below @p pointer.
 */
Result<CloudEvent> readJsonEvent(const nlohmann::json &object, const std::string &pointer = {});

/** @brief As above, moving the payload out of @p object instead of copying it (ingest path). */
Result<CloudEvent> readJsonEvent(nlohmann::json &&object, const std::string &pointer = {});

/** @brief Reads a CloudEvents JSON batch (an array of events). */
Result<std::vector<CloudEvent>> readJsonBatch(const nlohmann::json &array);

/** @brief Writes an event in the JSON format: attributes, then data or data_base64. */
nlohmann::json writeJsonEvent(const CloudEvent &event);
/** @brief The JSON format's attributes alone, without data or data_base64. */
nlohmann::json writeJsonAttributes(const CloudEvent &event);
nlohmann::json writeJsonBatch(const std::vector<CloudEvent> &events);

/**
 * @brief One member of the event's JSON form without writing the whole form: a JSON payload
 * where it is, anything else written into @p scratch; nullptr when the form has no @p name.
 */
const nlohmann::json *jsonMember(const CloudEvent &event, std::string_view name,
                                 nlohmann::json &scratch);

/**
 * @brief Converts the JSON value of attribute @p name: known attributes must have
 * their type; unknown extensions take String, Boolean or Integer from the JSON type.
 */
Result<AttributeValue> attributeFromJson(std::string_view name, const nlohmann::json &value,
                                         const std::string &pointer);

/** @brief How messages name the JSON type of @p value ("decimal number", "string"...). */
std::string jsonTypeName(const nlohmann::json &value);

/** @brief Booleans and Integers as JSON literals, everything else as its canonical string. */
nlohmann::json attributeToJson(const AttributeValue &value);

/**
 * @brief The envelope rules every event must meet: required attributes present and
 * valid, specversion 1.0, optional attributes and extensions well-formed.
 */
Status checkEnvelope(const CloudEvent &event);

} // namespace causeway::model
