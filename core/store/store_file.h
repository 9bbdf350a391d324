#pragma once

#include "store/sqlite.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace causeway::store::file {

/** @brief PRAGMA application_id of a Causeway store: "CWAY". */
inline constexpr std::int32_t ApplicationId = 0x43574159;

/** @brief The value of the meta table's "magic" row. */
inline constexpr std::string_view Magic = "causeway-event-store";

/**
 * @brief Settings of the writer's connection besides journal mode and durability: index
 * pages stay cached between batches, and checkpoints (which copy the log into the file)
 * come every 16 MB of log rather than every 4 MB, so that hot pages are copied less often.
 */
inline constexpr std::string_view WriterPragmas =
    "PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 2048";

/** @brief The store version this build reads and writes. */
inline constexpr int SchemaVersion = 1;

/**
 * @brief Checks an existing, non-empty file without writing to it: an SQLite database,
 * a Causeway store, not from a newer version, not visibly damaged. With @p verifyIntegrity
 * the whole file is read (PRAGMA quick_check).
 */
Status inspect(const std::string &path, bool verifyIntegrity);

/**
 * @brief Brings @p connection's database to SchemaVersion, one versioned step at a time
 * (N to N+1, each in its own transaction); an empty database starts at version 0.
 */
Status migrate(sqlite::Connection &connection);

} // namespace causeway::store::file
