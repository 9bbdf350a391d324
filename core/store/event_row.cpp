#include "store/event_row.h"

#include "model/json_format.h"

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

namespace causeway::store {

namespace {

std::optional<std::string> extensionText(const model::CloudEvent &event, std::string_view name)
{
    const std::string_view text = event.extensionText(name);
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

// dump() throws on invalid UTF-8, and exceptions must not leave the store: such bytes
// are stored as U+FFFD.
std::string dumped(const nlohmann::json &value)
{
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// As nlohmann's dump() writes a string; non-ASCII text goes through dump() itself, which
// checks the UTF-8.
void writeString(std::string &out, std::string_view text)
{
    const std::size_t start = out.size();
    out += '"';
    std::size_t run = 0; // start of the characters not yet copied
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            out.resize(start);
            out += dumped(nlohmann::json(text));
            return;
        }
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text, run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
            out += escaped;
        }
    }
    out.append(text, run, text.size() - run);
    out += '"';
}

// As dump() writes @p value, without building a string per value.
void writeValue(std::string &out, const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::object: {
        out += '{';
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (!first)
                out += ',';
            first = false;
            writeString(out, it.key());
            out += ':';
            writeValue(out, it.value());
        }
        out += '}';
        break;
    }
    case nlohmann::json::value_t::array: {
        out += '[';
        bool first = true;
        for (const auto &element : value) {
            if (!first)
                out += ',';
            first = false;
            writeValue(out, element);
        }
        out += ']';
        break;
    }
    case nlohmann::json::value_t::string:
        writeString(out, value.get_ref<const std::string &>());
        break;
    case nlohmann::json::value_t::number_integer:
        out += std::to_string(value.get<std::int64_t>());
        break;
    case nlohmann::json::value_t::number_unsigned:
        out += std::to_string(value.get<std::uint64_t>());
        break;
    default: // floats, booleans, null, binary: rare enough for dump() itself
        out += dumped(value);
    }
}

// writeJsonEvent(event).dump(), written directly: building the envelope as a JSON value
// (a copy of the payload included) cost more than the insert. Members are sorted by name,
// as dump() writes the envelope's std::map.
std::string eventJson(const model::CloudEvent &event)
{
    const auto *payload = std::get_if<model::JsonData>(&event.data);
    const bool shadowed =
        std::any_of(event.extensions.begin(), event.extensions.end(), [](const auto &entry) {
            const auto *spec = model::findKnownAttribute(entry.first);
            return (spec && spec->core) || entry.first == "data";
        });
    if (!payload || shadowed)
        return dumped(model::writeJsonEvent(event));
    std::vector<std::pair<std::string_view, nlohmann::json>> members;
    members.reserve(event.extensions.size() + 9);
    const auto optional = [&](std::string_view name, const std::optional<std::string> &value) {
        if (value)
            members.emplace_back(name, *value);
    };
    members.emplace_back("specversion", event.specversion);
    members.emplace_back("id", event.id);
    members.emplace_back("source", event.source);
    members.emplace_back("type", event.type);
    optional("datacontenttype", event.datacontenttype);
    optional("dataschema", event.dataschema);
    optional("subject", event.subject);
    optional("time", event.time);
    for (const auto &[name, value] : event.extensions)
        members.emplace_back(name, model::attributeToJson(value));
    members.emplace_back("data", nullptr);
    std::sort(members.begin(), members.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    std::string text;
    text.reserve(1024);
    text += '{';
    for (const auto &[name, value] : members) {
        if (text.size() > 1)
            text += ',';
        writeString(text, name);
        text += ':';
        writeValue(text, name == "data" ? payload->value : value);
    }
    text += '}';
    return text;
}

} // namespace

EventRow makeRow(const model::CloudEvent &event)
{
    EventRow row;
    if (event.time)
        row.timeNanos = model::timestampToUnixNanos(*event.time);
    row.correlationId = extensionText(event, "correlationid");
    row.causationId = extensionText(event, "causationid");
    row.json = eventJson(event);
    row.id = event.id;
    row.source = event.source;
    row.type = event.type;
    row.subject = event.subject;
    row.timeText = event.time;
    return row;
}

} // namespace causeway::store
