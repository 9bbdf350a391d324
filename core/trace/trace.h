#pragma once

#include "store/store_types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace causeway::trace {

/** @brief One event of a workflow, placed in its causation tree and on its timeline. */
struct TraceNode
{
    std::optional<std::size_t> parent; // the node of its cause
    std::vector<std::size_t> children; // what it caused, in time order
    std::int64_t offsetNanos = 0;      // since the workflow's first event
    std::optional<std::int64_t> latencyNanos; // since its cause
    std::size_t lane = 0;                     // index into Trace::lanes: who published it
    int depth = 0;                            // in the causation tree
    bool causeMissing = false; // it names a cause that is not part of the workflow
};

/**
 * @brief A workflow (the events sharing one correlation id) as a causation tree and a
 * timeline across the sources that published it. Nodes and events share indexes.
 */
struct Trace
{
    std::string correlationId;
    std::vector<store::StoredEvent> events; // by time, then by sequence
    std::vector<TraceNode> nodes;
    std::vector<std::size_t> roots;  // events without a cause in the workflow
    std::vector<std::string> lanes;  // sources, in the order they first publish
    std::int64_t spanNanos = 0;      // first event to last

    /** @brief The node of the event stored as @p sequence. */
    std::optional<std::size_t> nodeOf(std::int64_t sequence) const;
};

/**
 * @brief Builds the trace of @p events. An event's time is its `time` attribute, or when it
 * has none the time it was stored; its cause is the event whose id its `causationid` names.
 * A causation cycle (which only bad data can make) is cut where it closes.
 */
Trace buildTrace(std::string correlationId, std::vector<store::StoredEvent> events);

} // namespace causeway::trace
