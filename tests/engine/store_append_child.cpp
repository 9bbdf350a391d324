// Helper of test_store_durability: appends events to a store in batches, forever (up to
// a bound), and prints the id of every event whose append was acknowledged, one per line,
// flushed, so that the parent knows what must survive when it kills this process.
#include "store/event_store.h"
#include "ulid/ulid.h"

#include <cstdio>
#include <deque>
#include <string>
#include <utility>

using namespace causeway;

namespace {

using InFlight = std::pair<std::future<Status>, std::vector<std::string>>;

// Waits for the oldest append and reports its ids; false when it failed.
bool acknowledge(InFlight &append)
{
    const Status status = append.first.get();
    if (!status) {
        std::fprintf(stderr, "append failed: %s\n", status.error().toString().c_str());
        return false;
    }
    std::string lines;
    for (const std::string &id : append.second)
        lines += id + '\n';
    std::fwrite(lines.data(), 1, lines.size(), stdout);
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: store_append_child STORE [BATCH]\n");
        return 2;
    }
    auto store = store::EventStore::open(argv[1]);
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().toString().c_str());
        return 1;
    }
    const std::size_t batchSize = argc > 2 ? std::stoul(argv[2]) : 100;
    // A bound, so that a child nobody kills does not fill the disk.
    constexpr std::size_t maxEvents = 400'000;
    ulid::Generator ids;
    std::deque<InFlight> inFlight;
    for (std::size_t appended = 0; appended < maxEvents; appended += batchSize) {
        std::vector<model::CloudEvent> events;
        std::vector<std::string> batchIds;
        for (std::size_t i = 0; i < batchSize; ++i) {
            model::CloudEvent event;
            event.id = *ids.nextString();
            event.source = "/durability/child";
            event.type = "test.appended";
            event.data = model::JsonData{nlohmann::json{{"n", appended + i}}};
            batchIds.push_back(event.id);
            events.push_back(std::move(event));
        }
        // Several appends in flight, so that the writer batches them as it would in use.
        inFlight.emplace_back((*store)->append(std::move(events)), std::move(batchIds));
        if (inFlight.size() >= 4) {
            if (!acknowledge(inFlight.front()))
                return 1;
            inFlight.pop_front();
        }
    }
    for (auto &append : inFlight) {
        if (!acknowledge(append))
            return 1;
    }
    return 0;
}
