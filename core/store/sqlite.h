#pragma once

#include "common/result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace causeway::store::sqlite {

/** @brief One SQLite connection, closed when destroyed; use it from one thread at a time. */
class Connection
{
public:
    // Immutable reads the main file only, without locks or -wal/-shm files: for inspecting
    // a file that has no write-ahead log, without leaving anything behind.
    enum class Mode { Immutable, ReadOnly, ReadWrite, Create };

    /** @brief Opens @p path; errors name the file and say what SQLite reported. */
    static Result<std::unique_ptr<Connection>> open(const std::string &path, Mode mode);

    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /** @brief Runs statements that return no rows (several separated by ';' are fine). */
    Status exec(std::string_view sql);

    /** @brief The first column of the first row of @p sql as an integer, or nullopt. */
    Result<std::optional<std::int64_t>> queryInt(std::string_view sql);

    /** @brief The last error SQLite reported on this connection. */
    std::string lastError() const;
    int lastErrorCode() const;

    sqlite3 *handle() const { return m_db; }
    const std::string &path() const { return m_path; }

private:
    Connection(sqlite3 *db, std::string path) : m_db(db), m_path(std::move(path)) {}

    sqlite3 *m_db;
    std::string m_path;
};

/** @brief A prepared statement, finalized when destroyed. */
class Statement
{
public:
    static Result<Statement> prepare(Connection &connection, std::string_view sql);

    /** @brief No statement; assigning one finalizes the previous. */
    Statement() = default;

    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    // Text is bound without a copy: it must outlive the next step() or reset().
    void bindText(int index, std::string_view text);
    void bindInt(int index, std::int64_t value);
    void bindOptionalText(int index, const std::optional<std::string> &text);
    void bindOptionalInt(int index, std::optional<std::int64_t> value);
    void bindNull(int index);

    /** @brief SQLITE_ROW, SQLITE_DONE or an error code. */
    int step();
    void reset();

    std::int64_t columnInt(int column) const;
    std::string_view columnText(int column) const;
    bool columnIsNull(int column) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    explicit Statement(sqlite3_stmt *stmt) : m_stmt(stmt) {}

    sqlite3_stmt *m_stmt = nullptr;
};

/** @brief Whether @p code (primary or extended) means the file is damaged or not a database. */
bool isCorruption(int code);

} // namespace causeway::store::sqlite
