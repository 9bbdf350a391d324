#include "profiles/eventbridge_profile.h"

#include <array>

namespace causeway::profiles {

namespace {

constexpr std::string_view kIdPrefix = "eb-";

constexpr std::array kEventFields = {
    FieldMapping{"/id", "id"},
    FieldMapping{"/detail-type", "type"},
    FieldMapping{"/source", "source"},
    FieldMapping{"/time", "time"},
    FieldMapping{"/version", "version"},
    FieldMapping{"/account", "account"},
    FieldMapping{"/region", "region"},
    FieldMapping{"/resources", "resources", Encoding::JsonText},
    FieldMapping{"/trace-header", "traceheader"},
    FieldMapping{"/event-bus-name", "eventbusname"},
};

// The same attributes as the event shape, so both shapes give equal canonical events.
constexpr std::array kPutEventsFields = {
    FieldMapping{"/EventBusName", "eventbusname"},
    FieldMapping{"/Time", "time"},
    FieldMapping{"/DetailType", "type"},
    FieldMapping{"/Source", "source"},
    FieldMapping{"/Resources", "resources", Encoding::JsonText},
    FieldMapping{"/TraceHeader", "traceheader"},
};

// The root takes the attributes without a member: EventBridge has no metadata object.
const MappingTable kEventTable{
    .fields = kEventFields, .payload = "/detail", .spill = "", .derivedIdPrefix = kIdPrefix};

const MappingTable kPutEventsTable{.fields = kPutEventsFields,
                                   .payload = "/Detail",
                                   .payloadEncoding = PayloadEncoding::JsonString,
                                   .spill = "",
                                   .derivedIdPrefix = kIdPrefix};

} // namespace

bool EventBridgeProfile::matches(const nlohmann::json &object) const
{
    return object.is_object() && (object.contains("detail-type") || object.contains("DetailType"));
}

const MappingTable &EventBridgeProfile::table() const
{
    return kEventTable;
}

const MappingTable &EventBridgeProfile::readTable(const nlohmann::json &object) const
{
    const bool putEvents =
        object.is_object() && !object.contains("detail-type") && object.contains("DetailType");
    return putEvents ? kPutEventsTable : kEventTable;
}

} // namespace causeway::profiles
