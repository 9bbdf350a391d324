#pragma once

// A recorded-looking event for engine tests that need one: a loan application with its
// envelope, two extensions and a small payload. Tests change what they are about.

#include "model/cloud_event.h"

namespace testsupport {

inline causeway::model::CloudEvent loanApplication()
{
    using causeway::model::AttributeValue;
    causeway::model::CloudEvent event;
    event.id = "01JNDKVJQKXK6MZZ5H5HNFBK07";
    event.source = "/loans/web";
    event.type = "com.acmefinance.loan.application.submitted";
    event.time = "2025-03-03T09:02:11.187Z";
    event.datacontenttype = "application/json";
    event.extensions.insert_or_assign("correlationid", AttributeValue::string("c-1"));
    event.extensions.insert_or_assign("synthetic", AttributeValue::boolean(true));
    event.data = causeway::model::JsonData{nlohmann::json{
        {"applicationId", "APP-104233"}, {"loan", {{"amount", 12000}, {"currency", "EUR"}}}}};
    return event;
}

} // namespace testsupport
