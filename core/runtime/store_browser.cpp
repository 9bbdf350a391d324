#include "runtime/store_browser.h"

#include "store/event_store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

namespace causeway::runtime {

namespace {

constexpr std::size_t kMaxWorkflowEvents = 100'000; // a trace of more is unreadable anyway

} // namespace

// Owns the store connection; everything here runs on the browser's thread.
class StoreBrowser::Worker : public QObject
{
public:
    Worker(StoreBrowser *owner, std::shared_ptr<std::atomic<int>> generation)
        : m_owner(owner), m_generation(std::move(generation))
    {
    }

    void open(const QString &path)
    {
        m_store.reset();
        if (!QFileInfo(path).isFile()) {
            fail(StoreBrowser::tr("%1 does not exist or is not a file").arg(path));
            return;
        }
        auto opened = store::EventStore::open(path.toStdString());
        if (!opened) {
            fail(QString::fromStdString(opened.error().toString()));
            return;
        }
        m_store = std::move(*opened);
        answer([path](StoreBrowser *owner) { Q_EMIT owner->opened(path); });
    }

    void close() { m_store.reset(); }

    void index(int generation, const store::Query &query)
    {
        m_query = query;
        if (!m_store || generation != m_generation->load())
            return;
        QElapsedTimer timer;
        timer.start();
        auto sequences = m_store->sequences(query);
        if (!sequences) {
            fail(QString::fromStdString(sequences.error().toString()));
            return;
        }
        SequenceIndex index =
            std::make_shared<const std::vector<std::int64_t>>(std::move(*sequences));
        const qint64 elapsed = timer.elapsed();
        answer([generation, index, elapsed](StoreBrowser *owner) {
            Q_EMIT owner->indexed(generation, index, elapsed);
        });
    }

    void headers(int generation, int block, std::int64_t first, std::int64_t last)
    {
        if (!m_store || generation != m_generation->load())
            return; // the view has moved on to another filter
        auto headers = m_store->headers(m_query, std::min(first, last), std::max(first, last));
        if (!headers) {
            fail(QString::fromStdString(headers.error().toString()));
            return;
        }
        HeaderBlock result =
            std::make_shared<const std::vector<store::EventHeader>>(std::move(*headers));
        answer([generation, block, result](StoreBrowser *owner) {
            Q_EMIT owner->headersFetched(generation, block, result);
        });
    }

    void event(std::int64_t sequence)
    {
        if (!m_store)
            return;
        auto stored = m_store->event(sequence);
        if (!stored) {
            fail(QString::fromStdString(stored.error().toString()));
            return;
        }
        StoredEventPtr result =
            *stored ? std::make_shared<const store::StoredEvent>(std::move(**stored)) : nullptr;
        answer([sequence, result](StoreBrowser *owner) {
            Q_EMIT owner->eventFetched(sequence, result);
        });
    }

    void workflowTrace(const QString &correlationId)
    {
        if (!m_store)
            return;
        store::Query query;
        query.correlationId = correlationId.toStdString();
        query.newestFirst = false;
        query.limit = kMaxWorkflowEvents;
        auto page = m_store->query(query);
        if (!page) {
            fail(QString::fromStdString(page.error().toString()));
            return;
        }
        TracePtr result = std::make_shared<const causeway::trace::Trace>(
            causeway::trace::buildTrace(query.correlationId, std::move(page->events)));
        answer([correlationId, result](StoreBrowser *owner) {
            Q_EMIT owner->traceFetched(correlationId, result);
        });
    }

private:
    template <typename Emit>
    void answer(Emit emit)
    {
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, emit] { emit(owner); });
    }

    void fail(const QString &message)
    {
        answer([message](StoreBrowser *owner) { Q_EMIT owner->failed(message); });
    }

    StoreBrowser *m_owner;
    std::shared_ptr<std::atomic<int>> m_generation;
    std::unique_ptr<store::EventStore> m_store;
    store::Query m_query;
};

StoreBrowser::StoreBrowser(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)),
      m_generation(std::make_shared<std::atomic<int>>(0))
{
    m_worker = new Worker(this, m_generation);
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->setObjectName(QStringLiteral("store browser"));
    m_thread->start();
}

StoreBrowser::~StoreBrowser()
{
    m_thread->quit();
    m_thread->wait();
}

void StoreBrowser::open(const QString &path)
{
    m_path = path;
    ++*m_generation; // answers for the previous file are stale
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path] { worker->open(path); });
}

void StoreBrowser::close()
{
    m_path.clear();
    ++*m_generation;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); });
}

int StoreBrowser::setQuery(const store::Query &query)
{
    const int generation = ++*m_generation;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, query] {
        worker->index(generation, query);
    });
    return generation;
}

void StoreBrowser::fetchHeaders(int generation, int block, std::int64_t first, std::int64_t last)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, block, first, last] {
        worker->headers(generation, block, first, last);
    });
}

void StoreBrowser::fetchEvent(std::int64_t sequence)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, sequence] { worker->event(sequence); });
}

void StoreBrowser::fetchTrace(const QString &correlationId)
{
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, correlationId] { worker->workflowTrace(correlationId); });
}

} // namespace causeway::runtime
