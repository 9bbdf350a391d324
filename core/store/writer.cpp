#include "store/writer.h"

#include <algorithm>
#include <chrono>
#include <initializer_list>
#include <sqlite3.h>

namespace causeway::store {

namespace {

constexpr std::string_view kInsertSql =
    "INSERT INTO events (seq, event_id, source, type, subject, time_text, time_nanos, "
    "correlation_id, causation_id, replay, event_json, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

std::string describeRefusals(const std::vector<std::string> &problems, std::size_t total)
{
    std::string message = total == 1 ? "the event was not stored: "
                          : problems.size() == total
                              ? "none of the " + std::to_string(total) + " events was stored: "
                              : std::to_string(problems.size()) + " of " + std::to_string(total) +
                                    " events not stored (the others were): ";
    constexpr std::size_t shown = 3;
    for (std::size_t i = 0; i < problems.size() && i < shown; ++i)
        message += (i ? "; " : "") + problems[i];
    if (problems.size() > shown)
        message += "; and " + std::to_string(problems.size() - shown) + " more";
    return message;
}

} // namespace

Result<std::unique_ptr<Writer>> Writer::start(std::unique_ptr<sqlite::Connection> connection,
                                              const Options &options)
{
    auto insert = sqlite::Statement::prepare(*connection, kInsertSql);
    if (!insert)
        return insert.error();
    // Pruning may have removed the newest events; the meta row keeps sequences unique.
    auto last = connection->queryInt(
        "SELECT max(coalesce((SELECT max(seq) FROM events), 0), "
        "coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'last_sequence'), 0))");
    // Commit times never decrease along the sequence, so the newest row has the latest; and
    // it is one lookup, where max(created_at) would read the whole table.
    auto storedAt =
        connection->queryInt("SELECT created_at FROM events ORDER BY seq DESC LIMIT 1");
    if (!last)
        return last.error();
    if (!storedAt)
        return storedAt.error();
    std::unique_ptr<Writer> writer(new Writer(std::move(connection), std::move(*insert), options));
    writer->m_nextSequence = last->value_or(0) + 1;
    writer->m_lastStoredAt = storedAt->value_or(0);
    writer->m_thread = std::thread([w = writer.get()] { w->run(); });
    return writer;
}

Writer::Writer(std::unique_ptr<sqlite::Connection> connection, sqlite::Statement insert,
               const Options &options)
    : m_connection(std::move(connection)), m_insert(std::move(insert)), m_options(options)
{
}

Writer::~Writer()
{
    stop();
}

std::future<Status> Writer::append(std::vector<std::shared_ptr<const model::CloudEvent>> events,
                                   bool replay)
{
    AppendJob job{std::move(events), replay, {}};
    auto future = job.done.get_future();
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping) {
            job.done.set_value(makeError("the event store is closed"));
            return future;
        }
        m_queue.emplace_back(std::move(job));
    }
    m_wake.notify_one();
    return future;
}

Result<std::int64_t> Writer::prune(const Retention &retention)
{
    auto done = std::make_shared<std::promise<Result<std::int64_t>>>();
    auto future = done->get_future();
    Task task = [this, retention, done] {
        const auto fail = [&](const std::string &why) {
            (void)m_connection->exec("ROLLBACK");
            done->set_value(makeError("cannot prune '" + m_connection->path() + "': " + why));
        };
        if (auto begun = m_connection->exec("BEGIN IMMEDIATE"); !begun)
            return fail(begun.error().message);
        std::int64_t removed = 0;
        const auto execute = [&](std::string_view sql, std::initializer_list<std::int64_t> values) {
            auto statement = sqlite::Statement::prepare(*m_connection, sql);
            if (!statement)
                return false;
            int index = 0;
            for (const std::int64_t value : values)
                statement->bindInt(++index, value);
            return statement->step() == SQLITE_DONE;
        };
        // Stored-at grows with the sequence, so the oldest rows are a prefix by sequence.
        if (retention.maxAgeNanos) {
            if (!execute("DELETE FROM events WHERE seq < coalesce((SELECT seq FROM events WHERE "
                         "created_at >= ?1 ORDER BY seq LIMIT 1), ?2)",
                         {now() - *retention.maxAgeNanos, m_nextSequence}))
                return fail(m_connection->lastError());
            removed += sqlite3_changes(m_connection->handle());
        }
        if (retention.maxCount) {
            if (!execute(
                    "DELETE FROM events WHERE seq <= (SELECT seq FROM events ORDER BY seq DESC "
                    "LIMIT 1 OFFSET ?1)",
                    {std::max<std::int64_t>(*retention.maxCount, 0)}))
                return fail(m_connection->lastError());
            removed += sqlite3_changes(m_connection->handle());
        }
        if (!execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_sequence', ?1)",
                     {m_nextSequence - 1}))
            return fail(m_connection->lastError());
        if (auto committed = m_connection->exec("COMMIT"); !committed)
            return fail(committed.error().message);
        done->set_value(removed);
    };
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return makeError("the event store is closed");
        m_queue.emplace_back(std::move(task));
    }
    m_wake.notify_one();
    return future.get();
}

void Writer::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
    // The last connection to close checkpoints the log into the file and removes it.
    m_insert = sqlite::Statement();
    m_connection.reset();
}

void Writer::run()
{
    for (;;) {
        std::vector<AppendJob> batch;
        std::size_t events = 0;
        Task task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and everything queued before has been done
            if (auto *front = std::get_if<Task>(&m_queue.front())) {
                task = std::move(*front);
                m_queue.pop_front();
            } else {
                takeAppends(batch, events);
            }
        }
        if (task)
            task();
        else
            commit(batch, events);
    }
}

void Writer::takeAppends(std::vector<AppendJob> &batch, std::size_t &events)
{
    while (!m_queue.empty()) {
        auto *job = std::get_if<AppendJob>(&m_queue.front());
        if (!job || (events > 0 && events + job->events.size() > m_options.maxBatchEvents))
            break;
        events += job->events.size();
        batch.push_back(std::move(*job));
        m_queue.pop_front();
    }
}

void Writer::commit(std::vector<AppendJob> &batch, std::size_t events)
{
    const std::int64_t firstSequence = m_nextSequence;
    const std::int64_t storedAt = std::max(now(), m_lastStoredAt);
    std::vector<Status> outcomes;
    outcomes.reserve(batch.size());
    std::optional<Error> fatal;
    if (auto begun = m_connection->exec("BEGIN IMMEDIATE"); !begun)
        fatal = begun.error();
    for (std::size_t i = 0; !fatal; ++i) {
        if (i == batch.size()) {
            // Appends queued meanwhile join this transaction: larger commits, no waiting.
            std::lock_guard lock(m_mutex);
            takeAppends(batch, events);
            if (i == batch.size())
                break;
        }
        outcomes.push_back(insertRows(batch[i], storedAt, fatal));
    }
    if (!fatal) {
        if (auto committed = m_connection->exec("COMMIT"); !committed)
            fatal = committed.error();
    }
    if (fatal) {
        (void)m_connection->exec("ROLLBACK");
        m_nextSequence = firstSequence;
        for (auto &job : batch)
            job.done.set_value(makeError("events not stored in '" + m_connection->path() +
                                         "': " + fatal->message));
        return;
    }
    m_lastStoredAt = storedAt;
    for (std::size_t i = 0; i < batch.size(); ++i)
        batch[i].done.set_value(std::move(outcomes[i]));
}

Status Writer::insertRows(AppendJob &job, std::int64_t storedAt, std::optional<Error> &fatal)
{
    std::vector<std::string> problems;
    for (const auto &event : job.events) {
        // Serialised here, the appending thread (the bus's, a simulation's) is free sooner.
        const EventRow row = makeRow(*event);
        if (row.id.empty() || row.source.empty() || row.type.empty()) {
            problems.push_back("an event without id, source or type");
            continue;
        }
        m_insert.bindInt(1, m_nextSequence);
        m_insert.bindText(2, row.id);
        m_insert.bindText(3, row.source);
        m_insert.bindText(4, row.type);
        m_insert.bindOptionalText(5, row.subject);
        m_insert.bindOptionalText(6, row.timeText);
        m_insert.bindOptionalInt(7, row.timeNanos);
        m_insert.bindOptionalText(8, row.correlationId);
        m_insert.bindOptionalText(9, row.causationId);
        m_insert.bindInt(10, job.replay ? 1 : 0);
        m_insert.bindText(11, row.json);
        m_insert.bindInt(12, storedAt);
        const int rc = m_insert.step();
        const std::string message = rc == SQLITE_DONE ? std::string() : m_connection->lastError();
        m_insert.reset();
        if (rc == SQLITE_DONE) {
            ++m_nextSequence;
        } else if ((rc & 0xff) == SQLITE_CONSTRAINT) {
            ++m_duplicates;
            problems.push_back("duplicate: source '" + row.source + "' id '" + row.id +
                               "' is already stored");
        } else {
            fatal = makeError(message); // the whole transaction is rolled back
            return Ok{};
        }
    }
    if (problems.empty())
        return Ok{};
    return makeError(describeRefusals(problems, job.events.size()));
}

std::int64_t Writer::now() const
{
    if (m_options.nowNanos)
        return m_options.nowNanos();
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace causeway::store
