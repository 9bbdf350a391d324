// Paths through roots of JSON values and of events, in one walk.
#include "routing/path_roots.h"

#include "model/json_format.h"

namespace causeway::routing {
namespace {

using nlohmann::json;

// A place a path can reach: a JSON value, one event, or events by name.
struct Place
{
    const json *value = nullptr;
    const model::CloudEvent *event = nullptr;
    const NamedEvents *events = nullptr;
};

// Steps from events to their payloads and attributes; below that, plain JSON.
struct RootTree
{
    std::forward_list<json> &scratch;

    std::optional<Place> member(const Place &place, const std::string &name) const
    {
        if (place.events) {
            for (const auto &[alias, event] : *place.events) {
                if (alias == name)
                    return Place{nullptr, event.get(), nullptr};
            }
            return std::nullopt;
        }
        if (place.event) {
            json &room = scratch.emplace_front();
            const json *member = model::jsonMember(*place.event, name, room);
            return member ? std::optional(Place{member}) : std::nullopt;
        }
        if (!place.value->is_object())
            return std::nullopt;
        const auto it = place.value->find(name);
        return it == place.value->end() ? std::nullopt : std::optional(Place{&*it});
    }

    std::optional<Place> element(const Place &place, std::size_t index) const
    {
        if (!place.value || !place.value->is_array() || index >= place.value->size())
            return std::nullopt;
        return Place{&(*place.value)[index]};
    }

    template <typename Visit> void forEachChild(const Place &place, Visit &&visit) const
    {
        if (place.events) {
            for (const auto &named : *place.events)
                visit(Place{nullptr, named.second.get(), nullptr});
        } else if (place.event) {
            for (const json &member : scratch.emplace_front(model::writeJsonEvent(*place.event)))
                visit(Place{&member});
        } else if (place.value->is_structured()) {
            for (const json &child : *place.value)
                visit(Place{&child});
        }
    }

    // Where a path stops on events, they are handed on in their JSON form.
    const json *value(const Place &place) const
    {
        if (place.value)
            return place.value;
        if (place.event)
            return &scratch.emplace_front(model::writeJsonEvent(*place.event));
        json &object = scratch.emplace_front(json::object());
        for (const auto &[alias, event] : *place.events)
            object[alias] = model::writeJsonEvent(*event);
        return &object;
    }
};

} // namespace

bool PathRoots::select(std::string_view name, const JsonPath &below, std::vector<const json *> &out,
                       std::forward_list<json> &scratch) const
{
    const Root *found = root(name);
    if (!found)
        return false;
    const RootTree tree{scratch};
    below.walk(tree, Place{found->value, nullptr, found->events},
               [&](const Place &place) { out.push_back(tree.value(place)); });
    return true;
}

} // namespace causeway::routing
