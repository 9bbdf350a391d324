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
