#include "store/event_store.h"

#include "store/reader.h"
#include "store/store_file.h"
#include "store/writer.h"

#include <filesystem>
#include <sqlite3.h>

namespace causeway::store {

namespace {

bool hasContent(const std::string &path)
{
    std::error_code error;
    return std::filesystem::exists(path, error) && std::filesystem::file_size(path, error) > 0;
}

// Settings of the writer's connection. WAL lets readers work while the writer commits.
Status configureWriter(sqlite::Connection &connection, const Options &options)
{
    auto mode = sqlite::Statement::prepare(connection, "PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.error();
    if (mode->step() != SQLITE_ROW || mode->columnText(0) != "wal")
        return makeError("cannot switch '" + connection.path() +
                         "' to WAL mode: " + connection.lastError());
    // NORMAL in WAL mode: a commit is in the OS once the transaction ends, so it survives
    // the process being killed; FULL also syncs the log so it survives a power cut.
    const Status synchronous =
        connection.exec(options.durability == Durability::Power ? "PRAGMA synchronous = FULL"
                                                                : "PRAGMA synchronous = NORMAL");
    if (!synchronous)
        return synchronous;
    return connection.exec(file::WriterPragmas);
}

} // namespace

Result<std::unique_ptr<EventStore>> EventStore::open(const std::string &path, Options options)
{
    if (path.empty())
        return makeError("an event store needs a file path");
    const bool existing = hasContent(path);
    if (existing) {
        if (auto inspected = file::inspect(path, options.verifyIntegrity); !inspected)
            return inspected.error();
    }
    auto connection = sqlite::Connection::open(path, existing ? sqlite::Connection::Mode::ReadWrite
                                                              : sqlite::Connection::Mode::Create);
    if (!connection)
        return connection.error();
    // A new file is built in rollback-journal mode, so that its header (with the
    // application id) is in the main file before anything goes to a write-ahead log.
    if (auto migrated = file::migrate(**connection); !migrated)
        return migrated.error();
    if (auto configured = configureWriter(**connection, options); !configured)
        return configured.error();
    auto writer = Writer::start(std::move(*connection), options);
    if (!writer)
        return writer.error();
    return std::unique_ptr<EventStore>(new EventStore(path, std::move(*writer)));
}

EventStore::EventStore(std::string path, std::unique_ptr<Writer> writer)
    : m_path(std::move(path)), m_writer(std::move(writer)),
      m_readers(std::make_unique<ReaderPool>(m_path))
{
}

EventStore::~EventStore()
{
    close();
}

std::future<Status> EventStore::append(const std::vector<model::CloudEvent> &events, bool replay)
{
    std::vector<std::shared_ptr<const model::CloudEvent>> shared;
    shared.reserve(events.size());
    for (const model::CloudEvent &event : events)
        shared.push_back(std::make_shared<const model::CloudEvent>(event));
    return m_writer->append(std::move(shared), replay);
}

std::future<Status> EventStore::append(std::vector<std::shared_ptr<const model::CloudEvent>> events,
                                       bool replay)
{
    return m_writer->append(std::move(events), replay);
}

std::uint64_t EventStore::duplicatesRefused() const
{
    return m_writer->duplicates();
}

Status EventStore::appendNow(const std::vector<model::CloudEvent> &events, bool replay)
{
    return append(events, replay).get();
}

Result<Page> EventStore::query(const Query &query) const
{
    return m_readers->query(query);
}

Result<std::int64_t> EventStore::count(const Query &query) const
{
    return m_readers->count(query);
}

Result<std::vector<std::int64_t>> EventStore::sequences(const Query &query) const
{
    return m_readers->sequences(query);
}

Result<std::vector<EventHeader>> EventStore::headers(const Query &query, std::int64_t first,
                                                     std::int64_t last) const
{
    return m_readers->headers(query, first, last);
}

Result<std::optional<StoredEvent>> EventStore::event(std::int64_t sequence) const
{
    return m_readers->event(sequence);
}

Result<std::vector<StoredEvent>> EventStore::causationChain(const std::string &eventId,
                                                            Direction direction) const
{
    return m_readers->causationChain(eventId, direction);
}

Result<std::int64_t> EventStore::prune(const Retention &retention)
{
    return m_writer->prune(retention);
}

void EventStore::close()
{
    // Readers first, so that the writer's connection is the last and removes the log.
    m_readers->close();
    m_writer->stop();
}

} // namespace causeway::store
