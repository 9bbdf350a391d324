#pragma once

#include "common/result.h"

#include <string>
#include <vector>

namespace causeway::project {
struct Project;
}

namespace causeway::docs {

/** @brief One line of an event design table (seed 001): what a service does with what. */
struct DesignRow
{
    std::vector<std::string> inputEvents;  // types, or a rule's condition when it names none
    std::string service;                   // a source or an actor
    std::string action;                    // the rules routing the inputs; "publishes" for sources
    std::vector<std::string> outputEvents; // every type it can emit, in the order first met
    std::string notes;                     // the own note, then joins, waits, decisions...
    // What a cell stands for in the project, for those who edit the table:
    std::string serviceNode;        // the id of the source or actor node: "actor:credit-check"
    std::vector<std::string> rules; // the rules the action names, in order; none for sources
    std::string ownNote;            // the service's "notes" as written; empty when it has none
};

/**
 * @brief The event design table of a project: one row per source (no inputs), then per actor
 * and input event type the enabled rules route to it, in file order. Inputs that lead to the
 * same outputs and notes share a row; an actor's capacity and failures go in its first row.
 * A source's or actor's own "notes" string leads the notes of each of its rows.
 * Reads actors and rules as a simulation does and refuses what it would refuse, with the JSON
 * pointer of the problem.
 */
Result<std::vector<DesignRow>> designTable(const project::Project &project);

/** @brief A GitHub Markdown table; events one per line, `|` and line breaks escaped. */
std::string designTableMarkdown(const std::vector<DesignRow> &rows);

/**
 * @brief RFC 4180 CSV with a header row and CRLF line ends; events joined with "; ", cells
 * with a comma, quote or line break quoted and their quotes doubled.
 */
std::string designTableCsv(const std::vector<DesignRow> &rows);

} // namespace causeway::docs
