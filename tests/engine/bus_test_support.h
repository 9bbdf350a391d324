#pragma once

// Rules, events, subscriptions and draining for the bus's tests.

#include "bus/bus.h"

#include <QtGlobal>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace bustest {

using namespace causeway;
using namespace causeway::bus;
using nlohmann::json;

inline std::vector<routing::Rule> rules(const json &definitions)
{
    auto parsed = routing::parseRules(definitions);
    if (!parsed)
        qFatal("%s", parsed.error().toString().c_str());
    return std::move(parsed).value();
}

inline json rule(const std::string &name, const std::string &type, json targets)
{
    return {{"name", name}, {"match", {{"type", type}}}, {"targets", std::move(targets)}};
}

inline routing::Target actor(const std::string &name)
{
    return {routing::Target::Kind::Actor, name};
}

inline model::CloudEvent orderEvent(const std::string &id,
                                    const std::string &type = "com.acme.order.placed",
                                    int priority = 0)
{
    model::CloudEvent e;
    e.id = id;
    e.source = "/shop";
    e.type = type;
    e.data = model::JsonData{json{{"orderId", id}}};
    if (priority)
        e.extensions.insert_or_assign("prioritylevel", model::AttributeValue::integer(priority));
    return e;
}

inline Subscription subscribe(Bus &bus, const routing::Target &target, Handler handler,
                              SubscriberOptions options = {})
{
    auto subscription = bus.subscribe(target, std::move(handler), options);
    if (!subscription)
        qFatal("%s", subscription.error().toString().c_str());
    return std::move(subscription).value();
}

inline PublishOptions asReplay()
{
    PublishOptions options;
    options.replay = true;
    return options;
}

inline void drain(Bus &bus)
{
    while (bus.dispatch() > 0) {
    }
}

} // namespace bustest
