#include "store/event_row.h"

#include "model/json_format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
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

// How many leading bytes of @p text JSON takes as they are (ASCII from 0x20, but neither
// '"' nor '\\'), eight at a time. A byte may be flagged wrongly only after one that is
// flagged rightly (borrows run upwards), which ends the run there anyway.
std::size_t plainPrefix(std::string_view text)
{
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
    const auto hasZeroByte = [](std::uint64_t word) { return (word - kOnes) & ~word & kHighBits; };
    const auto plain = [&](std::uint64_t word) {
        const std::uint64_t special = (word & kHighBits) | ((word - 0x20 * kOnes) & ~word) |
                                      hasZeroByte(word ^ ('"' * kOnes)) |
                                      hasZeroByte(word ^ ('\\' * kOnes));
        return (special & kHighBits) == 0;
    };
    std::size_t pos = 0;
    for (; pos + 8 <= text.size(); pos += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + pos, 8);
        if (!plain(word))
            return pos;
    }
    if (pos == text.size())
        return pos;
    // The last few bytes (most names and keys are shorter than a word), padded with 'a'.
    std::uint64_t tail = 'a' * kOnes;
    std::memcpy(&tail, text.data() + pos, text.size() - pos);
    return plain(tail) ? text.size() : pos;
}

// As nlohmann's dump() writes a string; non-ASCII text goes through dump() itself, which
// checks the UTF-8.
void writeString(std::string &out, std::string_view text)
{
    const std::size_t start = out.size();
    out += '"';
    const std::size_t plain = plainPrefix(text);
    std::size_t run = 0; // start of the characters not yet copied
    for (std::size_t i = plain; i < text.size(); ++i) {
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
    case nlohmann::json::value_t::number_float: {
        const double number = value.get<double>();
        if (!std::isfinite(number)) {
            out += "null"; // as dump() writes them
            break;
        }
        // The shortest text that reads back the same, exactly as dump() writes it (its own
        // routine: std::to_chars would leave out the ".0" of whole numbers).
        char text[64];
        out.append(text, nlohmann::detail::to_chars(text, text + sizeof text, number));
        break;
    }
    case nlohmann::json::value_t::boolean:
        out += value.get<bool>() ? "true" : "false";
        break;
    default: // null, binary, discarded: rare enough for dump() itself
        out += dumped(value);
    }
}

// One member of the envelope: a text attribute, an extension, or the payload (neither).
struct Member
{
    std::string_view name;
    const std::string *text = nullptr;
    const model::AttributeValue *attribute = nullptr;
};

// As dump() writes attributeToJson(value).
void writeAttribute(std::string &out, const model::AttributeValue &value)
{
    switch (value.type()) {
    case model::AttributeType::Boolean:
        out += value.asBool() ? "true" : "false";
        break;
    case model::AttributeType::Integer:
        out += std::to_string(value.asInt());
        break;
    case model::AttributeType::Binary:
        writeString(out, value.canonicalString());
        break;
    default:
        writeString(out, value.asString());
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
    std::vector<Member> members;
    members.reserve(event.extensions.size() + 9);
    const auto text = [&](std::string_view name, const std::string &value) {
        members.push_back({name, &value});
    };
    const auto optional = [&](std::string_view name, const std::optional<std::string> &value) {
        if (value)
            text(name, *value);
    };
    text("specversion", event.specversion);
    text("id", event.id);
    text("source", event.source);
    text("type", event.type);
    optional("datacontenttype", event.datacontenttype);
    optional("dataschema", event.dataschema);
    optional("subject", event.subject);
    optional("time", event.time);
    for (const auto &[name, value] : event.extensions)
        members.push_back({name, nullptr, &value});
    members.push_back({"data"});
    std::sort(members.begin(), members.end(),
              [](const Member &a, const Member &b) { return a.name < b.name; });
    std::string out;
    out.reserve(1024);
    out += '{';
    for (const Member &member : members) {
        if (out.size() > 1)
            out += ',';
        writeString(out, member.name);
        out += ':';
        if (member.text)
            writeString(out, *member.text);
        else if (member.attribute)
            writeAttribute(out, *member.attribute);
        else
            writeValue(out, payload->value);
    }
    out += '}';
    return out;
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
