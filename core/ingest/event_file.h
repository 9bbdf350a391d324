#pragma once

#include "common/result.h"
#include "model/cloud_event.h"

#include <optional>
#include <string>
#include <vector>

namespace causeway::profiles {
class EnvelopeProfile;
}

namespace causeway::ingest {

/** @brief One event of a file: read into the canonical model, or the error that stopped it. */
struct EventRecord
{
    std::size_t index = 0; // position in the file, from 0
    int line = 0;          // where the event starts, 1-based
    int column = 0;
    std::string pointer;           // of the event inside its JSON document ("" or "/3")
    std::size_t documentBegin = 0; // byte range of that document in the file's text
    std::size_t documentEnd = 0;
    int documentLine = 1; // line of the file on which that document starts
    std::string profile;  // the envelope profile it was read with
    std::optional<model::CloudEvent> event;
    std::optional<Error> error; // set when event is not

    bool ok() const { return event.has_value(); }
};

/**
 * @brief The events of a file: one event, a batch (JSON array), or JSON lines, in any
 * envelope profile. One bad event does not stop the others from being read.
 */
class EventFile
{
public:
    /** @brief Reads @p text; @p profile null means detect each event's profile. */
    static EventFile parse(std::string text, std::string fileName,
                           const profiles::EnvelopeProfile *profile = nullptr);

    /** @brief Reads a file, or standard input when @p path is "-". */
    static EventFile load(const std::string &path,
                          const profiles::EnvelopeProfile *profile = nullptr);

    const std::string &fileName() const { return m_fileName; }
    const std::vector<EventRecord> &records() const { return m_records; }
    /** @brief A problem with the file as a whole (unreadable, not JSON at all). */
    const std::optional<Error> &error() const { return m_error; }

    /**
     * @brief File, line and column of @p pointer inside @p record's event (for example
     * "/data/amount"); exact for CloudEvents JSON, the event's start for other profiles.
     */
    SourceLocation locate(const EventRecord &record, std::string_view pointer) const;

private:
    void readDocument(const nlohmann::json &document, EventRecord where,
                      const profiles::EnvelopeProfile *profile);
    void readEvent(const nlohmann::json &value, EventRecord record,
                   const profiles::EnvelopeProfile *profile);
    SourceLocation position(const EventRecord &record, const std::string &pointer) const;

    std::string m_text;
    std::string m_fileName;
    std::vector<EventRecord> m_records;
    std::optional<Error> m_error;
};

} // namespace causeway::ingest
