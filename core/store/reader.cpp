#include "store/reader.h"

#include "model/json_format.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <sqlite3.h>
#include <variant>

namespace causeway::store {

namespace {

using Parameter = std::variant<std::int64_t, std::string>;

constexpr std::string_view kColumns = "SELECT seq, event_json, replay, created_at FROM events";

struct Sql
{
    std::string text;
    std::vector<Parameter> parameters;

    void add(std::string_view condition, Parameter value)
    {
        text += text.empty() ? " WHERE " : " AND ";
        text += condition;
        parameters.push_back(std::move(value));
    }
};

std::string likePattern(std::string_view text)
{
    std::string pattern = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

// The conditions of @p query, as a WHERE clause with '?' placeholders.
Sql whereClause(const Query &query, bool withCursor)
{
    Sql sql;
    if (!query.type.empty() && query.typePrefix) {
        // A range keeps the type index usable; 0xFF never occurs in UTF-8.
        sql.add("type >= ?", query.type);
        sql.add("type < ?", query.type + '\xff');
    } else if (!query.type.empty()) {
        sql.add("type = ?", query.type);
    }
    if (!query.source.empty())
        sql.add("source = ?", query.source);
    if (query.fromNanos)
        sql.add("time_nanos >= ?", *query.fromNanos);
    if (query.toNanos)
        sql.add("time_nanos < ?", *query.toNanos);
    if (!query.correlationId.empty())
        sql.add("correlation_id = ?", query.correlationId);
    if (!query.text.empty())
        sql.add("event_json LIKE ? ESCAPE '\\'", likePattern(query.text));
    if (withCursor && query.after)
        sql.add(query.newestFirst ? "seq < ?" : "seq > ?", *query.after);
    return sql;
}

void bindAll(sqlite::Statement &statement, const std::vector<Parameter> &parameters)
{
    int index = 0;
    for (const Parameter &parameter : parameters) {
        if (const auto *number = std::get_if<std::int64_t>(&parameter))
            statement.bindInt(++index, *number);
        else
            statement.bindText(++index, std::get<std::string>(parameter));
    }
}

Result<StoredEvent> readRow(const sqlite::Statement &statement)
{
    StoredEvent stored;
    stored.sequence = statement.columnInt(0);
    const auto json = nlohmann::json::parse(statement.columnText(1), nullptr, false);
    auto event = json.is_discarded() ? Result<model::CloudEvent>(makeError("not JSON"))
                                     : model::readJsonEvent(json);
    if (!event)
        return makeError("stored event " + std::to_string(stored.sequence) +
                         " cannot be read: " + event.error().toString());
    stored.event = std::move(*event);
    stored.replay = statement.columnInt(2) != 0;
    stored.storedAtNanos = statement.columnInt(3);
    return stored;
}

// Steps @p statement to the end, or until @p limit rows have been read; @p more tells
// whether a row was left.
Result<std::vector<StoredEvent>> readRows(sqlite::Connection &connection,
                                          sqlite::Statement &statement,
                                          std::size_t limit = SIZE_MAX, bool *more = nullptr)
{
    std::vector<StoredEvent> events;
    for (int rc = statement.step(); rc != SQLITE_DONE; rc = statement.step()) {
        if (rc != SQLITE_ROW)
            return makeError("cannot read '" + connection.path() + "': " + connection.lastError());
        if (events.size() == limit) {
            if (more)
                *more = true;
            break;
        }
        auto event = readRow(statement);
        if (!event)
            return event.error();
        events.push_back(std::move(*event));
    }
    return events;
}

} // namespace

Result<ReaderPool::Lease> ReaderPool::acquire()
{
    std::unique_ptr<sqlite::Connection> connection;
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return makeError("the event store is closed");
        if (!m_idle.empty()) {
            connection = std::move(m_idle.back());
            m_idle.pop_back();
        }
    }
    if (!connection) {
        auto opened = sqlite::Connection::open(m_path, sqlite::Connection::Mode::ReadOnly);
        if (!opened)
            return opened.error();
        connection = std::move(*opened);
    }
    return Lease(connection.release(), [this](sqlite::Connection *c) { release(c); });
}

void ReaderPool::release(sqlite::Connection *connection)
{
    std::unique_ptr<sqlite::Connection> owned(connection);
    std::lock_guard lock(m_mutex);
    if (!m_closed)
        m_idle.push_back(std::move(owned));
}

void ReaderPool::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_idle.clear();
}

Result<Page> ReaderPool::query(const Query &query)
{
    if (query.limit == 0)
        return makeError("a query needs a limit above 0");
    auto lease = acquire();
    if (!lease)
        return lease.error();
    Sql sql = whereClause(query, true);
    sql.text = std::string(kColumns) + sql.text +
               (query.newestFirst ? " ORDER BY seq DESC" : " ORDER BY seq ASC") + " LIMIT ?";
    // One row more than asked tells whether there is a next page.
    constexpr std::size_t maxLimit = 1'000'000'000;
    sql.parameters.emplace_back(static_cast<std::int64_t>(std::min(query.limit, maxLimit)) + 1);
    auto statement = sqlite::Statement::prepare(**lease, sql.text);
    if (!statement)
        return statement.error();
    bindAll(*statement, sql.parameters);
    bool more = false;
    auto events = readRows(**lease, *statement, query.limit, &more);
    if (!events)
        return events.error();
    Page page;
    page.events = std::move(*events);
    if (more)
        page.next = page.events.back().sequence;
    return page;
}

Result<std::int64_t> ReaderPool::count(const Query &query)
{
    auto lease = acquire();
    if (!lease)
        return lease.error();
    Sql sql = whereClause(query, false);
    auto statement = sqlite::Statement::prepare(**lease, "SELECT count(*) FROM events" + sql.text);
    if (!statement)
        return statement.error();
    bindAll(*statement, sql.parameters);
    if (statement->step() != SQLITE_ROW)
        return makeError("cannot count in '" + m_path + "': " + (*lease)->lastError());
    return statement->columnInt(0);
}

Result<std::vector<std::int64_t>> ReaderPool::sequences(const Query &query)
{
    auto lease = acquire();
    if (!lease)
        return lease.error();
    Sql sql = whereClause(query, false);
    std::vector<std::int64_t> sequences;
    if (sql.text.empty()) {
        // Unfiltered, the sequences are usually one unbroken run (only prune leaves gaps,
        // and only at the start): counting is much cheaper than reading a million of them.
        // Three queries: SQLite answers min() and max() from the key only when alone.
        auto counted = (*lease)->queryInt("SELECT count(*) FROM events");
        auto least = (*lease)->queryInt("SELECT min(seq) FROM events");
        auto most = (*lease)->queryInt("SELECT max(seq) FROM events");
        if (!counted || !least || !most)
            return makeError("cannot read '" + m_path + "': " + (*lease)->lastError());
        const std::int64_t count = counted->value_or(0);
        const std::int64_t first = least->value_or(0);
        if (count == 0 || most->value_or(0) - first + 1 == count) {
            sequences.resize(static_cast<std::size_t>(count));
            if (query.newestFirst)
                std::generate(sequences.begin(), sequences.end(),
                              [next = first + count - 1]() mutable { return next--; });
            else
                std::iota(sequences.begin(), sequences.end(), first);
            return sequences;
        }
    }
    // No ORDER BY: without one SQLite reads the sequences from the smallest covering index
    // rather than from the table, which holds the JSON; sorting them here is much cheaper.
    auto statement = sqlite::Statement::prepare(**lease, "SELECT seq FROM events" + sql.text);
    if (!statement)
        return statement.error();
    bindAll(*statement, sql.parameters);
    for (int rc = statement->step(); rc != SQLITE_DONE; rc = statement->step()) {
        if (rc != SQLITE_ROW)
            return makeError("cannot read '" + m_path + "': " + (*lease)->lastError());
        sequences.push_back(statement->columnInt(0));
    }
    if (query.newestFirst)
        std::sort(sequences.begin(), sequences.end(), std::greater<>());
    else
        std::sort(sequences.begin(), sequences.end());
    return sequences;
}

Result<std::vector<EventHeader>> ReaderPool::headers(const Query &query, std::int64_t first,
                                                     std::int64_t last)
{
    auto lease = acquire();
    if (!lease)
        return lease.error();
    Sql sql = whereClause(query, false);
    sql.add("seq >= ?", first);
    sql.add("seq <= ?", last);
    auto statement = sqlite::Statement::prepare(
        **lease, "SELECT seq, time_text, type, source, subject, correlation_id, replay, "
                 "json_extract(event_json, '$.synthetic') IS 1 FROM events" +
                     sql.text + (query.newestFirst ? " ORDER BY seq DESC" : " ORDER BY seq"));
    if (!statement)
        return statement.error();
    bindAll(*statement, sql.parameters);
    std::vector<EventHeader> headers;
    for (int rc = statement->step(); rc != SQLITE_DONE; rc = statement->step()) {
        if (rc != SQLITE_ROW)
            return makeError("cannot read '" + m_path + "': " + (*lease)->lastError());
        EventHeader &header = headers.emplace_back();
        header.sequence = statement->columnInt(0);
        header.timeText = statement->columnText(1);
        header.type = statement->columnText(2);
        header.source = statement->columnText(3);
        header.subject = statement->columnText(4);
        header.correlationId = statement->columnText(5);
        header.replay = statement->columnInt(6) != 0;
        header.synthetic = statement->columnInt(7) != 0;
    }
    return headers;
}

Result<std::optional<StoredEvent>> ReaderPool::event(std::int64_t sequence)
{
    auto lease = acquire();
    if (!lease)
        return lease.error();
    auto statement =
        sqlite::Statement::prepare(**lease, std::string(kColumns) + " WHERE seq = ?");
    if (!statement)
        return statement.error();
    statement->bindInt(1, sequence);
    auto events = readRows(**lease, *statement);
    if (!events)
        return events.error();
    if (events->empty())
        return std::optional<StoredEvent>();
    return std::optional<StoredEvent>(std::move(events->front()));
}

Result<std::vector<StoredEvent>> ReaderPool::causationChain(const std::string &eventId,
                                                            Direction direction)
{
    auto lease = acquire();
    if (!lease)
        return lease.error();
    // UNION (not UNION ALL) drops rows already seen, so a causation cycle ends the walk.
    const std::string_view chain =
        direction == Direction::Ancestors
            ? "WITH RECURSIVE chain(seq, link) AS ("
              "SELECT seq, causation_id FROM events WHERE event_id = ?1 UNION "
              "SELECT e.seq, e.causation_id FROM events e JOIN chain c ON e.event_id = c.link) "
            : "WITH RECURSIVE chain(seq, link) AS ("
              "SELECT seq, event_id FROM events WHERE event_id = ?1 UNION "
              "SELECT e.seq, e.event_id FROM events e JOIN chain c ON e.causation_id = c.link) ";
    const std::string sql = std::string(chain) + std::string(kColumns) +
                            " WHERE seq IN (SELECT seq FROM chain) ORDER BY seq";
    auto statement = sqlite::Statement::prepare(**lease, sql);
    if (!statement)
        return statement.error();
    statement->bindText(1, eventId);
    auto events = readRows(**lease, *statement);
    if (events && events->empty())
        return makeError("no stored event has the id '" + eventId + "'");
    return events;
}

} // namespace causeway::store
