#pragma once

#include "bus/bus.h"
#include "store/store_types.h"

#include <functional>
#include <string>
#include <vector>

namespace causeway::store {
class EventStore;
}

namespace causeway::bus {

/** @brief How a stored history is played back into a bus. */
struct ReplaySettings
{
    store::Query query; // the events to replay (paging fields are managed by the replay)
    // 0: as fast as possible; 1: the original pace, by event time; 10: ten times as fast.
    double speed = 0;
    // Store the replayed events again (marked as replays), for a bus with another store.
    bool persist = false;
    // Where waits happen; the steady clock and a sleeping thread when unset.
    const Clock *clock = nullptr;
    std::function<void(Nanos)> sleepFor;
    // Called after every event; return false to stop early.
    std::function<bool(std::size_t replayed, std::size_t total)> progress;
};

/** @brief What a replay did; refusals say which event and why. */
struct ReplayReport
{
    std::size_t total = 0; // events the query matched
    std::size_t published = 0;
    std::vector<std::string> refusals;
    bool stopped = false; // the progress callback asked to stop
};

/**
 * @brief Publishes the events of a store query into @p bus, oldest first, keeping their ids
 * and marking them as replays; each event's deliveries run before the next is published.
 * Paced replays wait between events as their times are apart, divided by the speed.
 */
Result<ReplayReport> replay(const store::EventStore &from, Bus &bus,
                            const ReplaySettings &settings);

} // namespace causeway::bus
