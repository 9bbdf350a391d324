#pragma once

#include "model/cloud_event.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace causeway::store {

/** @brief An event as stored: its append sequence, the event, and how it got there. */
struct StoredEvent
{
    std::int64_t sequence = 0; // strictly increasing in append order, never reused
    model::CloudEvent event;
    bool replay = false;            // appended by a replay rather than live traffic
    std::int64_t storedAtNanos = 0; // Unix nanoseconds of the commit that stored it
};

/**
 * @brief The columns an event list shows, read without parsing the stored JSON: what a
 * browser needs for thousands of rows at a time.
 */
struct EventHeader
{
    std::int64_t sequence = 0;
    std::string timeText; // as the event carried it; empty when it had none
    std::string type;
    std::string source;
    std::string subject;
    std::string correlationId;
    bool replay = false;
    bool synthetic = false; // the event says synthetic=true: a simulation made it
};

/** @brief Criteria for reading events back; empty fields match everything. */
struct Query
{
    std::string type;
    bool typePrefix = false; // match types that start with `type`
    std::string source;
    std::optional<std::int64_t> fromNanos; // event time, inclusive
    std::optional<std::int64_t> toNanos;   // event time, exclusive
    std::string correlationId;
    std::string text; // case-insensitive (ASCII) substring of the stored JSON, payload included
    bool newestFirst = true;
    std::size_t limit = 100;
    std::optional<std::int64_t> after; // paging cursor: Page::next of the previous page
};

/** @brief One page of a query, and the cursor of the next page when there is one. */
struct Page
{
    std::vector<StoredEvent> events;
    std::optional<std::int64_t> next;
};

/** @brief Which way a causation chain is followed from an event. */
enum class Direction { Ancestors, Descendants };

/** @brief What prune() keeps; unset limits do not apply. */
struct Retention
{
    std::optional<std::int64_t> maxAgeNanos; // by the time an event was stored
    std::optional<std::int64_t> maxCount;    // the newest ones are kept
};

/**
 * @brief How an append is made durable. Process: WAL with synchronous=NORMAL, a committed
 * append survives the process being killed but the last commits may be lost on power
 * failure. Power: synchronous=FULL, the WAL is synced at every commit.
 */
enum class Durability { Process, Power };

/** @brief Settings of EventStore::open(). */
struct Options
{
    Durability durability = Durability::Process;
    std::size_t maxBatchEvents = 8192;      // events per write transaction, at most
    bool verifyIntegrity = false;           // run PRAGMA quick_check on open (reads the whole file)
    std::function<std::int64_t()> nowNanos; // the clock for storedAtNanos; system clock if unset
};

} // namespace causeway::store
