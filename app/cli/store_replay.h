#pragma once

#include "store/store_types.h"

#include <QString>

namespace causeway::store {
class EventStore;
}

namespace causeway::cli {

/** @brief What `causeway store replay` was asked to do. */
struct ReplayRequest
{
    QString storePath;
    QString projectPath;
    double speed = 0; // 0: as fast as possible; 1: original pace
    QString toStore;  // store the replayed events here too, marked as replays
    bool asJson = false;
};

/**
 * @brief Replays the events of @p query into a bus built from the project's catalog and
 * rules, and prints every delivery the rules make (each target gets a subscriber that
 * prints), then a summary. Exit code 1 when events were refused.
 */
int replayStore(const store::EventStore &from, const store::Query &query,
                const ReplayRequest &request);

} // namespace causeway::cli
