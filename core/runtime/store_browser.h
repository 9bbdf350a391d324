#pragma once

#include "store/store_types.h"
#include "trace/trace.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace causeway::runtime {

using SequenceIndex = std::shared_ptr<const std::vector<std::int64_t>>;
using HeaderBlock = std::shared_ptr<const std::vector<store::EventHeader>>;
using StoredEventPtr = std::shared_ptr<const store::StoredEvent>;
using TracePtr = std::shared_ptr<const trace::Trace>;

/**
 * @brief Reads an event store for views, on a thread of its own with its own connection:
 * every request is queued there and answered with a signal on the browser's thread, so a
 * view never waits for SQLite. A filter gets a generation number; answers for an older
 * generation are dropped unread, so typing in a filter field never queues stale work.
 */
class StoreBrowser : public QObject
{
    Q_OBJECT

public:
    explicit StoreBrowser(QObject *parent = nullptr);
    ~StoreBrowser() override;

    /** @brief Opens an existing store file; answered by opened() or failed(). */
    void open(const QString &path);
    /** @brief Closes the store; later requests are ignored until the next open(). */
    void close();

    /** @brief Starts a new filter and returns its generation; answered by indexed(). */
    int setQuery(const store::Query &query);
    /** @brief Headers of the current filter's events with sequences in [first, last]. */
    void fetchHeaders(int generation, int block, std::int64_t first, std::int64_t last);
    /** @brief One whole event; answered by eventFetched(). */
    void fetchEvent(std::int64_t sequence);
    /** @brief The trace of one workflow (its events by correlation id); answered by traceFetched(). */
    void fetchTrace(const QString &correlationId);

    const QString &path() const { return m_path; }

Q_SIGNALS:
    void opened(const QString &path);
    void failed(const QString &message);
    void indexed(int generation, const causeway::runtime::SequenceIndex &sequences,
                 qint64 elapsedMs);
    void headersFetched(int generation, int block, const causeway::runtime::HeaderBlock &headers);
    void eventFetched(qint64 sequence, const causeway::runtime::StoredEventPtr &event);
    void traceFetched(const QString &correlationId, const causeway::runtime::TracePtr &trace);

private:
    class Worker;
    QThread *m_thread;
    Worker *m_worker; // lives in m_thread
    QString m_path;
    // Shared with the worker, which skips header requests of older generations.
    std::shared_ptr<std::atomic<int>> m_generation;
};

} // namespace causeway::runtime
