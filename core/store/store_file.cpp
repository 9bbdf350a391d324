#include "store/store_file.h"

#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sqlite3.h>

namespace causeway::store::file {

namespace {

// Step N creates version N+1 from version N. Never edit a released step: add one.
constexpr std::array<std::string_view, SchemaVersion> kMigrations = {
    // 0 -> 1. The surrogate key is the append sequence. (source, event_id) is unique as
    // CloudEvents requires, and its index also serves filters by source alone.
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE events (
    seq INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    source TEXT NOT NULL,
    type TEXT NOT NULL,
    subject TEXT,
    time_text TEXT,
    time_nanos INTEGER,
    correlation_id TEXT,
    causation_id TEXT,
    replay INTEGER NOT NULL DEFAULT 0,
    event_json TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX events_source_id_idx ON events (source, event_id);
CREATE INDEX events_event_id_idx ON events (event_id);
CREATE INDEX events_type_idx ON events (type);
CREATE INDEX events_time_idx ON events (time_nanos) WHERE time_nanos IS NOT NULL;
CREATE INDEX events_correlation_idx ON events (correlation_id) WHERE correlation_id IS NOT NULL;
CREATE INDEX events_causation_idx ON events (causation_id) WHERE causation_id IS NOT NULL;
INSERT INTO meta (key, value) VALUES ('magic', 'causeway-event-store');
)sql",
};

std::uint32_t bigEndian32(const unsigned char *bytes)
{
    return (std::uint32_t(bytes[0]) << 24) | (std::uint32_t(bytes[1]) << 16) |
           (std::uint32_t(bytes[2]) << 8) | std::uint32_t(bytes[3]);
}

Error notOurs(const std::string &path, const std::string &why)
{
    return makeError("not a Causeway store: '" + path + "' " + why);
}

Error malformed(const std::string &path, const std::string &why)
{
    return makeError("database disk image is malformed: '" + path + "' " + why);
}

std::uintmax_t sizeOrZero(const std::string &path)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    return error ? 0 : size;
}

// Reads the stored version; nullopt when the meta table does not exist yet.
Result<std::optional<int>> storedVersion(sqlite::Connection &connection)
{
    auto hasMeta = connection.queryInt(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'");
    if (!hasMeta)
        return hasMeta.error();
    if (hasMeta->value_or(0) == 0)
        return std::optional<int>();
    auto version =
        connection.queryInt("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema_version'");
    if (!version)
        return version.error();
    return std::optional<int>(static_cast<int>(version->value_or(0)));
}

Status checkHeader(const std::string &path)
{
    std::array<unsigned char, 100> header{};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError("cannot read '" + path + "'");
    in.read(reinterpret_cast<char *>(header.data()), header.size());
    if (in.gcount() < static_cast<std::streamsize>(header.size()) ||
        std::memcmp(header.data(), "SQLite format 3", 16) != 0)
        return notOurs(path, "is not an SQLite database");
    const std::uint32_t applicationId = bigEndian32(header.data() + 68);
    if (applicationId != static_cast<std::uint32_t>(ApplicationId)) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "0x%08x", applicationId);
        return notOurs(path, "is an SQLite database of another application (application id " +
                                 std::string(hex) + ")");
    }
    // The header's page count is only trustworthy when its change counter is current, and
    // only says something about the file when no write-ahead log holds newer pages.
    if (sizeOrZero(path + "-wal") == 0 &&
        bigEndian32(header.data() + 24) == bigEndian32(header.data() + 92)) {
        std::uint32_t pageSize = (std::uint32_t(header[16]) << 8) | header[17];
        if (pageSize == 1)
            pageSize = 65536;
        const std::uintmax_t expected = std::uintmax_t(bigEndian32(header.data() + 28)) * pageSize;
        const std::uintmax_t actual = sizeOrZero(path);
        if (actual < expected)
            return malformed(path, "is truncated (" + std::to_string(actual) + " of " +
                                       std::to_string(expected) + " bytes)");
    }
    return Ok{};
}

} // namespace

Status inspect(const std::string &path, bool verifyIntegrity)
{
    if (auto header = checkHeader(path); !header)
        return header;
    // Without a log, read the main file alone so that nothing is created beside it.
    const auto mode = sizeOrZero(path + "-wal") == 0 ? sqlite::Connection::Mode::Immutable
                                                     : sqlite::Connection::Mode::ReadOnly;
    auto connection = sqlite::Connection::open(path, mode);
    if (!connection)
        return connection.error();
    sqlite::Connection &db = **connection;
    const auto failure = [&](const Error &error) -> Status {
        if (sqlite::isCorruption(db.lastErrorCode()))
            return malformed(path, "(" + error.message + ")");
        return makeError("cannot read '" + path + "': " + error.message);
    };
    auto version = storedVersion(db);
    if (!version)
        return failure(version.error());
    if (!*version)
        return malformed(path, "has the Causeway application id but no meta table");
    auto magic = sqlite::Statement::prepare(db, "SELECT value FROM meta WHERE key = 'magic'");
    if (!magic)
        return failure(magic.error());
    if (magic->step() != SQLITE_ROW || magic->columnText(0) != Magic)
        return notOurs(path, "has no Causeway magic in its meta table");
    if (**version > SchemaVersion)
        return makeError("'" + path + "' was written by a newer Causeway (store version " +
                         std::to_string(**version) + ", this version reads " +
                         std::to_string(SchemaVersion) + ")");
    if (verifyIntegrity) {
        auto check = sqlite::Statement::prepare(db, "PRAGMA quick_check(1)");
        if (!check)
            return failure(check.error());
        if (check->step() != SQLITE_ROW)
            return failure(makeError(db.lastError()));
        if (check->columnText(0) != "ok")
            return malformed(path, "(" + std::string(check->columnText(0)) + ")");
    }
    return Ok{};
}

Status migrate(sqlite::Connection &connection)
{
    auto stored = storedVersion(connection);
    if (!stored)
        return stored.error();
    const int from = stored->value_or(0);
    if (from > SchemaVersion)
        return makeError(
            "'" + connection.path() + "' was written by a newer Causeway (store version " +
            std::to_string(from) + ", this version reads " + std::to_string(SchemaVersion) + ")");
    // Rows hold about a kilobyte of JSON; larger pages keep them off overflow pages.
    if (!*stored) {
        if (auto sized = connection.exec("PRAGMA page_size = 8192"); !sized)
            return sized.error();
    }
    for (int version = from; version < SchemaVersion; ++version) {
        const std::string step =
            "BEGIN IMMEDIATE;" + std::string(kMigrations[static_cast<std::size_t>(version)]) +
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '" +
            std::to_string(version + 1) + "');" +
            "PRAGMA application_id = " + std::to_string(ApplicationId) +
            ";PRAGMA user_version = " + std::to_string(version + 1) + ";COMMIT;";
        if (auto done = connection.exec(step); !done) {
            (void)connection.exec("ROLLBACK");
            return makeError("cannot upgrade '" + connection.path() + "' to store version " +
                             std::to_string(version + 1) + ": " + done.error().message);
        }
    }
    return Ok{};
}

} // namespace causeway::store::file
