#include "sim/payload_file.h"

#include "common/json_text.h"

#include <charconv>
#include <sstream>

namespace causeway::sim {

using nlohmann::json;

namespace {

Error at(const std::string &path, int line, std::string message)
{
    return Error{std::move(message), {path, line, 0, {}}};
}

Result<std::vector<json>> readJsonLines(const std::string &path, const std::string &text)
{
    std::vector<json> payloads;
    std::istringstream lines(text);
    int number = 0;
    for (std::string line; std::getline(lines, line);) {
        ++number;
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        json value = json::parse(line, nullptr, false);
        if (value.is_discarded())
            return at(path, number, "this line is not JSON");
        if (value.is_object() && value.contains("specversion") && value.contains("data"))
            value = std::move(value["data"]);
        payloads.push_back(std::move(value));
    }
    return payloads;
}

// One CSV record (RFC 4180: quoted cells may hold commas, quotes and line breaks).
Result<std::vector<std::string>> readRecord(std::istream &in, int &line, const std::string &path)
{
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (int c; (c = in.get()) != EOF;) {
        if (quoted) {
            if (c == '"' && in.peek() == '"')
                cells.back() += static_cast<char>(in.get());
            else if (c == '"')
                quoted = false;
            else
                cells.back() += static_cast<char>(c);
            line += c == '\n';
            continue;
        }
        if (c == '"' && cells.back().empty())
            quoted = true;
        else if (c == ',')
            cells.emplace_back();
        else if (c == '\n') {
            ++line;
            return cells;
        } else if (c != '\r')
            cells.back() += static_cast<char>(c);
    }
    if (quoted)
        return at(path, line, "a quoted cell is not closed");
    return cells;
}

json typed(const std::string &cell)
{
    if (cell == "true" || cell == "false")
        return cell == "true";
    std::int64_t whole = 0;
    const char *end = cell.data() + cell.size();
    if (auto [stop, error] = std::from_chars(cell.data(), end, whole);
        error == std::errc() && stop == end)
        return whole;
    double number = 0;
    if (auto [stop, error] = std::from_chars(cell.data(), end, number);
        error == std::errc() && stop == end)
        return number;
    return cell;
}

Result<std::vector<json>> readCsv(const std::string &path, const std::string &text)
{
    std::istringstream in(text);
    int line = 1;
    auto header = readRecord(in, line, path);
    if (!header)
        return header.error();
    std::vector<json::json_pointer> members;
    for (const std::string &name : *header) {
        if (name.empty())
            return at(path, 1, "every column needs a name in the header row");
        std::string pointer;
        for (std::size_t start = 0; start <= name.size();) {
            const std::size_t dot = std::min(name.find('.', start), name.size());
            pointer = json_text::appendToken(pointer, name.substr(start, dot - start));
            start = dot + 1;
        }
        members.emplace_back(pointer);
    }
    std::vector<json> payloads;
    while (in.peek() != EOF) {
        const int first = line;
        auto cells = readRecord(in, line, path);
        if (!cells)
            return cells.error();
        if (cells->size() == 1 && cells->front().empty())
            continue; // a blank line
        if (cells->size() != members.size())
            return at(path, first,
                      "this row has " + std::to_string(cells->size()) + " cells, the header " +
                          std::to_string(members.size()));
        json payload = json::object();
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (!(*cells)[i].empty())
                payload[members[i]] = typed((*cells)[i]);
        }
        payloads.push_back(std::move(payload));
    }
    return payloads;
}

} // namespace

Result<std::vector<json>> readPayloadFile(const std::string &path)
{
    auto text = json_text::readFile(path);
    if (!text)
        return text.error();
    auto payloads = path.ends_with(".csv") ? readCsv(path, *text) : readJsonLines(path, *text);
    if (payloads && payloads->empty())
        return at(path, 0, "the file holds no payloads");
    return payloads;
}

} // namespace causeway::sim
