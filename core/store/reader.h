#pragma once

#include "store/sqlite.h"
#include "store/store_types.h"

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace causeway::store {

/** @brief Read-only connections to one store, handed to one thread at a time and reused. */
class ReaderPool
{
public:
    using Lease = std::unique_ptr<sqlite::Connection, std::function<void(sqlite::Connection *)>>;

    explicit ReaderPool(std::string path) : m_path(std::move(path)) {}

    /** @brief An idle connection, or a new one; it returns to the pool when released. */
    Result<Lease> acquire();

    /** @brief Closes the idle connections; later acquire() calls fail. */
    void close();

    /** @brief One page of @p query. */
    Result<Page> query(const Query &query);

    /** @brief The number of events matching @p query, ignoring its paging fields. */
    Result<std::int64_t> count(const Query &query);

    /** @brief The sequences of every event matching @p query, in its order; paging ignored. */
    Result<std::vector<std::int64_t>> sequences(const Query &query);

    /** @brief The headers of the events matching @p query with sequences in [first, last]. */
    Result<std::vector<EventHeader>> headers(const Query &query, std::int64_t first,
                                             std::int64_t last);

    /** @brief The event stored as @p sequence, or nullopt when there is none. */
    Result<std::optional<StoredEvent>> event(std::int64_t sequence);

    /** @brief The causation chain of @p eventId, in sequence order. */
    Result<std::vector<StoredEvent>> causationChain(const std::string &eventId,
                                                    Direction direction);

private:
    void release(sqlite::Connection *connection);

    std::string m_path;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<sqlite::Connection>> m_idle;
    bool m_closed = false;
};

} // namespace causeway::store
