#pragma once

#include "store/event_row.h"
#include "store/sqlite.h"
#include "store/store_types.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <variant>
#include <vector>

namespace causeway::store {

/**
 * @brief The single writer: its own connection and thread, and a job queue. Appends queued
 * together are committed in one transaction and acknowledged after the commit.
 */
class Writer
{
public:
    /** @brief Takes over @p connection (migrated, in WAL mode) and starts the thread. */
    static Result<std::unique_ptr<Writer>> start(std::unique_ptr<sqlite::Connection> connection,
                                                 const Options &options);

    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    /**
     * @brief Queues @p events, which are turned into rows on the writer thread (so nobody may
     * change them meanwhile); the future resolves once they are committed (or refused).
     */
    std::future<Status> append(std::vector<std::shared_ptr<const model::CloudEvent>> events,
                               bool replay);

    /** @brief Deletes the oldest events beyond @p retention, on the writer thread; waits. */
    Result<std::int64_t> prune(const Retention &retention);

    /** @brief Events refused so far because their (source, id) was already stored. */
    std::uint64_t duplicates() const { return m_duplicates; }

    /** @brief Finishes the queued jobs, stops and joins the thread, closes. Idempotent. */
    void stop();

private:
    struct AppendJob
    {
        std::vector<std::shared_ptr<const model::CloudEvent>> events;
        bool replay = false;
        std::promise<Status> done;
    };
    using Task = std::function<void()>;
    using Job = std::variant<AppendJob, Task>;

    Writer(std::unique_ptr<sqlite::Connection> connection, sqlite::Statement insert,
           const Options &options);

    void run();
    // Moves the appends at the front of the queue into @p batch, up to the batch size;
    // m_mutex must be held.
    void takeAppends(std::vector<AppendJob> &batch, std::size_t &events);
    void commit(std::vector<AppendJob> &batch, std::size_t events);
    Status insertRows(AppendJob &job, std::int64_t storedAt, std::optional<Error> &fatal);
    std::int64_t now() const;

    std::unique_ptr<sqlite::Connection> m_connection;
    sqlite::Statement m_insert;
    Options m_options;
    std::int64_t m_nextSequence = 1;
    std::int64_t m_lastStoredAt = 0; // stored-at never decreases, so age follows sequence
    std::atomic<std::uint64_t> m_duplicates{0};

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace causeway::store
