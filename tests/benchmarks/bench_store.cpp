// Durable appends through the event store (one writer thread, batched commits, WAL with
// synchronous=NORMAL) against raw SQLite prepared inserts of the same rows into the same
// table, in one transaction per iteration, measured in the same run (the baseline).
// Events are about 700 bytes of JSON; every benchmark starts from a new file.
#include "model/calendar.h"
#include "model/json_format.h"
#include "ratio_reporter.h"
#include "store/event_row.h"
#include "store/event_store.h"
#include "store/store_file.h"
#include "ulid/ulid.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <filesystem>
#include <sqlite3.h>
#include <unistd.h>

using namespace causeway;

namespace {

constexpr std::size_t kEventsPerIteration = 10'000;
constexpr std::size_t kEventsPerAppend = 500;
constexpr int kIterations = 20;

model::CloudEvent makeEvent(ulid::Generator &ids, std::size_t n)
{
    model::CloudEvent event;
    event.id = *ids.nextString();
    event.source = "/shop/orders/eu-west-1";
    event.type = n % 3 ? "com.example.order.placed" : "com.example.order.shipped";
    event.subject = "order-" + std::to_string(n);
    event.time = model::formatTimestampMillis(1'700'000'000'000 + static_cast<std::int64_t>(n));
    event.datacontenttype = "application/json";
    event.extensions.emplace("correlationid",
                             model::AttributeValue::string("flow-" + std::to_string(n / 4)));
    event.extensions.emplace("causationid",
                             model::AttributeValue::string("cause-" + std::to_string(n)));
    event.data = model::JsonData{nlohmann::json{
        {"orderId", "ORD-" + std::to_string(n)},
        {"customer",
         {{"id", "CUST-" + std::to_string(n % 977)},
          {"name", "Ada Lovelace"},
          {"email", "ada@example.com"},
          {"tier", "gold"}}},
        {"items", nlohmann::json::array({{{"sku", "SKU-1001"}, {"quantity", 2}, {"price", 19.99}},
                                         {{"sku", "SKU-2002"}, {"quantity", 1}, {"price", 5.5}},
                                         {{"sku", "SKU-3003"}, {"quantity", 4}, {"price", 1.25}}})},
        {"shipping",
         {{"street", "12 Analytical Engine Road"},
          {"city", "London"},
          {"postcode", "NW1 6XE"},
          {"country", "GB"}}},
        {"total", 50.48},
        {"currency", "EUR"},
        {"note", "Leave the parcel with the neighbour if nobody is at home."}}};
    return event;
}

std::string freshPath(const char *name)
{
    const auto path = std::filesystem::temp_directory_path() /
                      ("causeway-bench-" + std::to_string(::getpid()) + "-" + name + ".db");
    for (const char *suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path.string() + suffix);
    return path.string();
}

void removeStore(const std::string &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path + suffix);
}

void BM_RawSqliteInsert(benchmark::State &state)
{
    const std::string path = freshPath("raw");
    (void)store::EventStore::open(path); // the same schema and indexes, then closed
    sqlite3 *db = nullptr;
    sqlite3_open(path.c_str(), &db);
    const std::string pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; " +
                                std::string(store::file::WriterPragmas);
    sqlite3_exec(db, pragmas.c_str(), nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO events (seq, event_id, source, type, subject, time_text, "
                       "time_nanos, correlation_id, causation_id, replay, event_json, created_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                       -1, &insert, nullptr);
    const auto text = [&](int index, const std::string &value) {
        sqlite3_bind_text(insert, index, value.data(), static_cast<int>(value.size()),
                          SQLITE_STATIC);
    };
    ulid::Generator ids;
    std::int64_t sequence = 0;
    std::size_t n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<store::EventRow> rows;
        for (std::size_t i = 0; i < kEventsPerIteration; ++i)
            rows.push_back(store::makeRow(makeEvent(ids, n++)));
        state.ResumeTiming();
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (const auto &row : rows) {
            sqlite3_bind_int64(insert, 1, ++sequence);
            text(2, row.id);
            text(3, row.source);
            text(4, row.type);
            text(5, *row.subject);
            text(6, *row.timeText);
            sqlite3_bind_int64(insert, 7, *row.timeNanos);
            text(8, *row.correlationId);
            text(9, *row.causationId);
            sqlite3_bind_int64(insert, 10, 0);
            text(11, row.json);
            sqlite3_bind_int64(insert, 12, 1);
            if (sqlite3_step(insert) != SQLITE_DONE)
                state.SkipWithError(sqlite3_errmsg(db));
            sqlite3_reset(insert);
        }
        if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            state.SkipWithError(sqlite3_errmsg(db));
    }
    state.counters["json_bytes"] =
        static_cast<double>(store::makeRow(makeEvent(ids, 0)).json.size());
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kEventsPerIteration));
    sqlite3_finalize(insert);
    sqlite3_close(db);
    removeStore(path);
}
BENCHMARK(BM_RawSqliteInsert)
    ->Iterations(kIterations)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_StoreAppend(benchmark::State &state)
{
    const std::string path = freshPath("store");
    store::Options options;
    options.durability = state.range(0) ? store::Durability::Power : store::Durability::Process;
    auto opened = store::EventStore::open(path, options);
    if (!opened) {
        state.SkipWithError(opened.error().message.c_str());
        return;
    }
    auto &eventStore = **opened;
    ulid::Generator ids;
    std::size_t n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<std::vector<model::CloudEvent>> appends(kEventsPerIteration / kEventsPerAppend);
        for (auto &events : appends) {
            for (std::size_t i = 0; i < kEventsPerAppend; ++i)
                events.push_back(makeEvent(ids, n++));
        }
        state.ResumeTiming();
        std::vector<std::future<Status>> acknowledgements;
        for (auto &events : appends)
            acknowledgements.push_back(eventStore.append(std::move(events)));
        for (auto &acknowledgement : acknowledgements) {
            if (!acknowledgement.get())
                state.SkipWithError("an append failed");
        }
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kEventsPerIteration));
    eventStore.close();
    removeStore(path);
}
BENCHMARK(BM_StoreAppend)
    ->Arg(0)
    ->Iterations(kIterations)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StoreAppend)
    ->Arg(1)
    ->Iterations(kIterations)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

// What the writer thread does to an event before binding it: its row, the event as JSON text.
void BM_SerializeRows(benchmark::State &state)
{
    ulid::Generator ids;
    std::size_t n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<model::CloudEvent> events;
        for (std::size_t i = 0; i < kEventsPerAppend; ++i)
            events.push_back(makeEvent(ids, n++));
        state.ResumeTiming();
        for (auto &event : events) {
            auto row = store::makeRow(std::move(event));
            benchmark::DoNotOptimize(row);
        }
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kEventsPerAppend));
}
BENCHMARK(BM_SerializeRows)->UseRealTime()->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    benchsupport::RatioReporter reporter("BM_RawSqliteInsert", "vs raw", [](const auto &) {
        std::printf("(BM_StoreAppend/0: synchronous=NORMAL, /1: FULL; %zu events per append)\n",
                    kEventsPerAppend);
    });
    return benchsupport::runBenchmarks(argc, argv, reporter);
}
