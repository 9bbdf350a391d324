#pragma once

#include "store/store_types.h"

#include <future>
#include <memory>
#include <string>
#include <vector>

namespace causeway::store {

class Writer;
class ReaderPool;

/**
 * @brief The append-only event log in one SQLite file (WAL mode). One writer thread with
 * its own connection commits appends in batches; queries run on the calling thread, on
 * pooled read-only connections, and never wait for the writer. Thread-safe.
 */
class EventStore
{
public:
    /**
     * @brief Creates the store at @p path, or opens and migrates an existing one. Refuses a
     * file that is not a Causeway store, comes from a newer version or is damaged, without
     * writing to it.
     */
    static Result<std::unique_ptr<EventStore>> open(const std::string &path, Options options = {});

    ~EventStore();
    EventStore(const EventStore &) = delete;
    EventStore &operator=(const EventStore &) = delete;

    /**
     * @brief Queues @p events; the future resolves after the transaction holding them has
     * committed. Events with a (source, id) already stored are refused and named in the
     * error, while the others of the batch are stored.
     */
    std::future<Status> append(const std::vector<model::CloudEvent> &events, bool replay = false);

    /**
     * @brief append() for events that others hold too, such as the bus's deliveries: no
     * copy, and the writer thread turns them into rows. Nobody may change them meanwhile.
     */
    std::future<Status> append(std::vector<std::shared_ptr<const model::CloudEvent>> events,
                               bool replay = false);

    /** @brief append() and wait for it. */
    Status appendNow(const std::vector<model::CloudEvent> &events, bool replay = false);

    /** @brief One page of the events matching @p query, in sequence order. */
    Result<Page> query(const Query &query) const;

    /** @brief How many events match @p query (its paging fields are ignored). */
    Result<std::int64_t> count(const Query &query) const;

    /**
     * @brief The sequence of every event matching @p query, in the query's order (its paging
     * fields are ignored): the index of an event list that fetches rows as they are shown.
     */
    Result<std::vector<std::int64_t>> sequences(const Query &query) const;

    /** @brief Headers of the events matching @p query whose sequence is in [first, last]. */
    Result<std::vector<EventHeader>> headers(const Query &query, std::int64_t first,
                                             std::int64_t last) const;

    /** @brief The event stored as @p sequence, or nullopt when there is none. */
    Result<std::optional<StoredEvent>> event(std::int64_t sequence) const;

    /**
     * @brief The event @p eventId with its causes (Ancestors) or its effects, transitively
     * (Descendants), following causationid; in sequence order, the event included.
     */
    Result<std::vector<StoredEvent>> causationChain(const std::string &eventId,
                                                    Direction direction) const;

    /**
     * @brief Events refused since the store was opened because their (source, id) was
     * already stored: a run repeated with the same seed, an event delivered twice.
     */
    std::uint64_t duplicatesRefused() const;

    /** @brief Deletes the oldest events beyond @p retention; returns how many were removed. */
    Result<std::int64_t> prune(const Retention &retention);

    /** @brief Commits what is queued, stops the writer and closes every connection. */
    void close();

    const std::string &path() const { return m_path; }

private:
    EventStore(std::string path, std::unique_ptr<Writer> writer);

    std::string m_path;
    std::unique_ptr<Writer> m_writer;
    std::unique_ptr<ReaderPool> m_readers;
};

} // namespace causeway::store
