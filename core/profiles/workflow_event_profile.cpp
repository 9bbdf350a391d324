#include "profiles/workflow_event_profile.h"

#include <array>

namespace causeway::profiles {

namespace {

constexpr std::array kFields = {
    FieldMapping{"/eventId", "id"},
    FieldMapping{"/pattern", "type"},
    FieldMapping{"/version", "dataversion"},
    FieldMapping{"/source/id", "source"},
    FieldMapping{"/source/type", "sourcetype"},
    FieldMapping{"/timestamp", "time"},
    FieldMapping{"/metadata/correlationId", "correlationid"},
    FieldMapping{"/metadata/causationId", "causationid"},
    FieldMapping{"/metadata/context/type", "contexttype"},
    FieldMapping{"/metadata/context/id", "contextid"},
};

const MappingTable kTable{.fields = kFields, .payload = "/payload", .spill = "/metadata"};

} // namespace

bool WorkflowEventProfile::matches(const nlohmann::json &object) const
{
    return object.is_object() && object.contains("pattern") && object.contains("eventId");
}

const MappingTable &WorkflowEventProfile::table() const
{
    return kTable;
}

} // namespace causeway::profiles
