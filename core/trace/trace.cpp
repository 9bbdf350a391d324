#include "trace/trace.h"

#include "model/attribute.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

namespace causeway::trace {

namespace {

std::int64_t timeOf(const store::StoredEvent &stored)
{
    if (stored.event.time)
        if (const auto nanos = model::timestampToUnixNanos(*stored.event.time))
            return *nanos;
    return stored.storedAtNanos;
}

std::string causeOf(const model::CloudEvent &event)
{
    const auto found = event.extensions.find("causationid");
    return found == event.extensions.end() ? std::string() : found->second.canonicalString();
}

} // namespace

std::optional<std::size_t> Trace::nodeOf(std::int64_t sequence) const
{
    for (std::size_t i = 0; i < events.size(); ++i)
        if (events[i].sequence == sequence)
            return i;
    return std::nullopt;
}

Trace buildTrace(std::string correlationId, std::vector<store::StoredEvent> events)
{
    Trace trace;
    trace.correlationId = std::move(correlationId);
    std::vector<std::int64_t> times;
    times.reserve(events.size());
    std::stable_sort(events.begin(), events.end(), [](const auto &a, const auto &b) {
        const auto ta = timeOf(a), tb = timeOf(b);
        return ta != tb ? ta < tb : a.sequence < b.sequence;
    });
    for (const auto &stored : events)
        times.push_back(timeOf(stored));
    trace.events = std::move(events);
    trace.nodes.resize(trace.events.size());
    if (trace.events.empty())
        return trace;

    // The first event with an id is its cause: a replayed copy keeps the original's id.
    std::unordered_map<std::string, std::size_t> byId;
    std::unordered_map<std::string, std::size_t> laneOf;
    for (std::size_t i = 0; i < trace.events.size(); ++i) {
        const auto &event = trace.events[i].event;
        byId.emplace(event.id, i);
        const auto [lane, added] = laneOf.emplace(event.source, trace.lanes.size());
        if (added)
            trace.lanes.push_back(event.source);
        trace.nodes[i].lane = lane->second;
        trace.nodes[i].offsetNanos = times[i] - times.front();
    }
    trace.spanNanos = times.back() - times.front();

    for (std::size_t i = 0; i < trace.events.size(); ++i) {
        TraceNode &node = trace.nodes[i];
        const std::string cause = causeOf(trace.events[i].event);
        const auto found = cause.empty() ? byId.end() : byId.find(cause);
        if (found == byId.end() || found->second == i) {
            node.causeMissing = !cause.empty() && found == byId.end();
            continue;
        }
        node.parent = found->second;
        node.latencyNanos = times[i] - times[found->second];
    }
    // Cut cycles: walking up from any node must reach a root. Each node is walked once.
    enum : char { Unseen, OnPath, Done };
    std::vector<char> state(trace.nodes.size(), Unseen);
    std::vector<std::size_t> path;
    for (std::size_t i = 0; i < trace.nodes.size(); ++i) {
        path.clear();
        for (std::size_t at = i; state[at] == Unseen;) {
            state[at] = OnPath;
            path.push_back(at);
            if (!trace.nodes[at].parent)
                break;
            const std::size_t parent = *trace.nodes[at].parent;
            if (state[parent] == OnPath) { // closes a cycle: cut it here
                trace.nodes[at].parent.reset();
                trace.nodes[at].latencyNanos.reset();
                break;
            }
            at = parent;
        }
        for (const std::size_t at : path)
            state[at] = Done;
    }
    for (std::size_t i = 0; i < trace.nodes.size(); ++i) {
        if (trace.nodes[i].parent)
            trace.nodes[*trace.nodes[i].parent].children.push_back(i);
        else
            trace.roots.push_back(i);
    }
    const std::function<void(std::size_t, int)> setDepth = [&](std::size_t at, int depth) {
        trace.nodes[at].depth = depth;
        for (const std::size_t child : trace.nodes[at].children)
            setDepth(child, depth + 1);
    };
    for (const std::size_t root : trace.roots)
        setDepth(root, 0);
    return trace;
}

} // namespace causeway::trace
