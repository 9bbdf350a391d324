#include "ingest/event_file.h"

#include "common/json_text.h"
#include "profiles/profile_registry.h"

#include <iostream>
#include <iterator>

namespace causeway::ingest {

using nlohmann::json;

namespace {

bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

EventRecord documentAt(std::size_t begin, std::size_t end, int line)
{
    EventRecord record;
    record.documentBegin = begin;
    record.documentEnd = end;
    record.documentLine = line;
    record.line = line;
    record.column = 1;
    return record;
}

} // namespace

EventFile EventFile::parse(std::string text, std::string fileName,
                           const profiles::EnvelopeProfile *profile)
{
    EventFile file;
    file.m_text = std::move(text);
    file.m_fileName = std::move(fileName);
    const std::string_view all = file.m_text;
    if (isBlank(all)) {
        file.m_error = Error{"the file holds no events", {file.m_fileName, 0, 0, {}}};
        return file;
    }
    auto whole = json_text::parse(all, file.m_fileName);
    if (whole) {
        file.readDocument(*whole, documentAt(0, all.size(), 1), profile);
        if (file.m_records.empty())
            file.m_error =
                Error{"the file holds no events (an empty batch)", {file.m_fileName, 1, 1, {}}};
        return file;
    }
    // Not one JSON document: JSON lines when its first line is a document by itself.
    const std::size_t firstStart = all.find_first_not_of(" \t\r\n");
    const std::size_t firstEnd = std::min(all.find('\n', firstStart), all.size());
    if (firstEnd == all.size() ||
        !json_text::parse(all.substr(firstStart, firstEnd - firstStart))) {
        file.m_error = whole.error();
        return file;
    }
    std::size_t begin = 0;
    for (int line = 1; begin < all.size(); ++line) {
        const std::size_t end = std::min(all.find('\n', begin), all.size());
        const std::string_view lineText = all.substr(begin, end - begin);
        if (!isBlank(lineText)) {
            EventRecord where = documentAt(begin, end, line);
            auto parsed = json_text::parse(lineText, file.m_fileName);
            if (parsed) {
                file.readDocument(*parsed, std::move(where), profile);
            } else {
                // A broken line is reported and skipped; the lines after it still count.
                where.index = file.m_records.size();
                where.error = parsed.error();
                where.error->where.line = line;
                file.m_records.push_back(std::move(where));
            }
        }
        begin = end + 1;
    }
    return file;
}

EventFile EventFile::load(const std::string &path, const profiles::EnvelopeProfile *profile)
{
    if (path == "-") {
        std::string text{std::istreambuf_iterator<char>(std::cin),
                         std::istreambuf_iterator<char>()};
        return parse(std::move(text), "<stdin>", profile);
    }
    auto text = json_text::readFile(path);
    if (!text) {
        EventFile file;
        file.m_fileName = path;
        file.m_error = text.error();
        return file;
    }
    return parse(std::move(*text), path, profile);
}

void EventFile::readDocument(const json &document, EventRecord where,
                             const profiles::EnvelopeProfile *profile)
{
    if (!document.is_array()) {
        const auto start =
            json_text::locate(std::string_view(m_text).substr(
                                  where.documentBegin, where.documentEnd - where.documentBegin),
                              "");
        where.line = where.documentLine + start.line - 1;
        where.column = start.column;
        readEvent(document, std::move(where), profile);
        return;
    }
    const auto positions = json_text::arrayElementPositions(std::string_view(m_text).substr(
        where.documentBegin, where.documentEnd - where.documentBegin));
    for (std::size_t i = 0; i < document.size(); ++i) {
        EventRecord record = where;
        record.pointer = json_text::appendIndex({}, i);
        if (i < positions.size()) {
            record.line = where.documentLine + positions[i].line - 1;
            record.column = positions[i].column;
        }
        readEvent(document[i], std::move(record), profile);
    }
}

void EventFile::readEvent(const json &value, EventRecord record,
                          const profiles::EnvelopeProfile *profile)
{
    record.index = m_records.size();
    const profiles::EnvelopeProfile *used = profile ? profile : profiles::detectProfile(value);
    if (!used) {
        std::string tried;
        for (const auto *candidate : profiles::allProfiles())
            tried += (tried.empty() ? "" : ", ") + std::string(candidate->name());
        record.error = Error{"not an event in any known envelope (tried " + tried + ")",
                             {m_fileName, record.line, record.column, record.pointer}};
    } else {
        record.profile = used->name();
        auto event = used->read(value, record.pointer);
        if (event) {
            record.event = std::move(*event);
        } else {
            // Read errors point into the document as written, whatever its profile.
            record.error = event.error();
            record.error->where = position(record, record.error->where.pointer);
        }
    }
    m_records.push_back(std::move(record));
}

SourceLocation EventFile::locate(const EventRecord &record, std::string_view pointer) const
{
    // Pointers into the canonical form only match the text of CloudEvents JSON.
    const bool canonical = record.profile.empty() || record.profile == "cloudevents";
    if (!canonical || pointer.empty())
        return {m_fileName, record.line, record.column, record.pointer};
    return position(record, record.pointer + std::string(pointer));
}

SourceLocation EventFile::position(const EventRecord &record, const std::string &pointer) const
{
    const std::string_view document = std::string_view(m_text).substr(
        record.documentBegin, record.documentEnd - record.documentBegin);
    const auto inDocument = json_text::locate(document, pointer);
    return SourceLocation{m_fileName, record.documentLine + inDocument.line - 1, inDocument.column,
                          pointer};
}

} // namespace causeway::ingest
