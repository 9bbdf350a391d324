#include "profiles/event_spec_profile.h"

#include <array>

namespace causeway::profiles {

namespace {

constexpr std::array kFields = {
    FieldMapping{"/eventId", "id"},
    FieldMapping{"/eventName", "type"},
    // The seed's first examples have no eventSource; the system they name is the source.
    FieldMapping{"/eventSource", "source", Encoding::Attribute, "/metadata/sourceSystem"},
    FieldMapping{"/timestamp", "time"},
    FieldMapping{"/correlationId", "correlationid"},
    FieldMapping{"/causationId", "causationid"},
    FieldMapping{"/commandId", "commandid"},
    FieldMapping{"/version", "dataversion"},
    FieldMapping{"/eventType", "eventtype"},
    FieldMapping{"/eventVersion", "eventversion"},
    FieldMapping{"/eventStatus", "eventstatus"},
    FieldMapping{"/retryCount", "retrycount"},
    FieldMapping{"/schemaRef/id", "schemaid"},
    FieldMapping{"/schemaRef/version", "schemaversion"},
    FieldMapping{"/schemaRef/uri", "dataschema"},
    FieldMapping{"/metadata/initiatedBy", "initiatedby"},
    FieldMapping{"/metadata/sourceSystem", "sourcesystem"},
    FieldMapping{"/tags", "tags", Encoding::JsonText},
};

const MappingTable kTable{.fields = kFields, .payload = "/payload", .spill = "/metadata"};

} // namespace

bool EventSpecProfile::matches(const nlohmann::json &object) const
{
    return object.is_object() && (object.contains("eventName") ||
                                  (object.contains("eventId") && object.contains("payload") &&
                                   !object.contains("pattern")));
}

const MappingTable &EventSpecProfile::table() const
{
    return kTable;
}

} // namespace causeway::profiles
