#include "bus/replay.h"

#include "model/attribute.h"
#include "store/event_store.h"

#include <thread>

namespace causeway::bus {

namespace {

constexpr std::size_t kPageSize = 1000;

// The moment an event happened, for pacing: its time attribute, else when it was stored.
Nanos momentOf(const store::StoredEvent &stored)
{
    if (stored.event.time) {
        if (const auto nanos = model::timestampToUnixNanos(*stored.event.time))
            return *nanos;
    }
    return stored.storedAtNanos;
}

void drain(Bus &bus)
{
    while (bus.dispatch() > 0) {
    }
}

} // namespace

Result<ReplayReport> replay(const store::EventStore &from, Bus &bus, const ReplaySettings &settings)
{
    if (settings.speed < 0)
        return makeError("the replay speed cannot be negative");
    const SteadyClock steady;
    const Clock &clock = settings.clock ? *settings.clock : steady;
    const auto sleepFor = settings.sleepFor ? settings.sleepFor : [](Nanos nanos) {
        std::this_thread::sleep_for(std::chrono::nanoseconds(nanos));
    };

    store::Query query = settings.query;
    query.newestFirst = false;
    query.limit = kPageSize;
    query.after.reset();
    auto total = from.count(query);
    if (!total)
        return total.error();

    ReplayReport report;
    report.total = static_cast<std::size_t>(*total);
    std::optional<Nanos> firstMoment;
    const Nanos startedAt = clock.now();
    PublishOptions options;
    options.replay = true;
    options.persist = settings.persist;
    for (;;) {
        auto page = from.query(query);
        if (!page)
            return page.error();
        for (store::StoredEvent &stored : page->events) {
            if (settings.speed > 0) {
                const Nanos moment = momentOf(stored);
                firstMoment = firstMoment.value_or(moment);
                const auto offset =
                    static_cast<Nanos>(static_cast<double>(moment - *firstMoment) / settings.speed);
                if (const Nanos wait = startedAt + offset - clock.now(); wait > 0)
                    sleepFor(wait);
            }
            const std::string id = stored.event.id;
            PublishResult result = bus.publish(std::move(stored.event), options);
            if (result.accepted())
                ++report.published;
            else
                report.refusals.push_back(id + ": " + result.message);
            // Each event's deliveries run before the next event, as they did originally;
            // that also makes room in the queues, so a full queue is a real refusal.
            drain(bus);
            if (settings.progress &&
                !settings.progress(report.published + report.refusals.size(), report.total)) {
                report.stopped = true;
                return report;
            }
        }
        if (!page->next)
            break;
        query.after = page->next;
    }
    return report;
}

} // namespace causeway::bus
