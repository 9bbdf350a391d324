#include "store/sqlite.h"

#include <sqlite3.h>

namespace causeway::store::sqlite {

namespace {

std::string uriEscaped(const std::string &path)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            out += '%';
            out += hex[(static_cast<unsigned char>(c) >> 4) & 0xf];
            out += hex[static_cast<unsigned char>(c) & 0xf];
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

Result<std::unique_ptr<Connection>> Connection::open(const std::string &path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX; // each connection stays on one thread at a time
    std::string name = path;
    switch (mode) {
    case Mode::Immutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = "file:" + uriEscaped(path) + "?immutable=1";
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(name.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close(db);
        return makeError("cannot open '" + path + "': " + message);
    }
    sqlite3_extended_result_codes(db, 1);
    // Readers and a second process may briefly hold locks (checkpoints, recovery).
    sqlite3_busy_timeout(db, 5000);
    return std::unique_ptr<Connection>(new Connection(db, path));
}

Connection::~Connection()
{
    sqlite3_close_v2(m_db);
}

Status Connection::exec(std::string_view sql)
{
    char *message = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string error = message ? message : lastError();
        sqlite3_free(message);
        return makeError(error);
    }
    return Ok{};
}

Result<std::optional<std::int64_t>> Connection::queryInt(std::string_view sql)
{
    auto statement = Statement::prepare(*this, sql);
    if (!statement)
        return statement.error();
    const int rc = statement->step();
    if (rc == SQLITE_DONE)
        return std::optional<std::int64_t>();
    if (rc != SQLITE_ROW)
        return makeError(lastError());
    if (statement->columnIsNull(0))
        return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(statement->columnInt(0));
}

std::string Connection::lastError() const
{
    return sqlite3_errmsg(m_db);
}

int Connection::lastErrorCode() const
{
    return sqlite3_extended_errcode(m_db);
}

Result<Statement> Statement::prepare(Connection &connection, std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(connection.handle(), sql.data(), static_cast<int>(sql.size()), &stmt,
                           nullptr) != SQLITE_OK)
        return makeError(connection.lastError());
    return Statement(stmt);
}

Statement::Statement(Statement &&other) noexcept : m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bindText(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
}

void Statement::bindInt(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bindOptionalText(int index, const std::optional<std::string> &text)
{
    if (text)
        bindText(index, std::string_view(*text));
    else
        bindNull(index);
}

void Statement::bindOptionalInt(int index, std::optional<std::int64_t> value)
{
    if (value)
        bindInt(index, *value);
    else
        bindNull(index);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

int Statement::step()
{
    return sqlite3_step(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

std::int64_t Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string_view Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? std::string_view(text,
                                   static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
                : std::string_view();
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool isCorruption(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

} // namespace causeway::store::sqlite
