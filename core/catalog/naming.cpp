#include "catalog/naming.h"

#include "common/ascii.h"

#include <algorithm>
#include <array>

namespace causeway::catalog::naming {

namespace {

// Irregular past participles that show up in event names.
constexpr std::array<std::string_view, 44> kIrregularPast = {
    "begun",  "bought", "brought", "built",     "caught", "chosen", "cut",   "done",   "drawn",
    "driven", "eaten",  "fallen",  "forgotten", "found",  "frozen", "given", "gone",   "held",
    "hidden", "hit",    "kept",    "known",     "laid",   "left",   "lost",  "made",   "met",
    "paid",   "put",    "read",    "run",       "said",   "seen",   "sent",  "set",    "shown",
    "sold",   "spent",  "split",   "taken",     "thrown", "undone", "won",   "written"};

bool isVersionSegment(std::string_view segment)
{
    return segment.size() >= 2 && (segment[0] == 'v' || segment[0] == 'V') &&
           std::all_of(segment.begin() + 1, segment.end(), ascii::isDigit);
}

std::vector<std::string_view> splitSegments(std::string_view type)
{
    std::vector<std::string_view> segments;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = type.find('.', start);
        segments.push_back(type.substr(start, dot - start));
        if (dot == std::string_view::npos)
            return segments;
        start = dot + 1;
    }
}

} // namespace

std::vector<std::string> actionWords(std::string_view type)
{
    const auto segments = splitSegments(type);
    // "com.acme.order.created.v2" names its action in "created", not in "v2".
    auto last = std::find_if(segments.rbegin(), segments.rend(),
                             [](std::string_view s) { return !isVersionSegment(s); });
    const std::string_view segment = last != segments.rend() ? *last : segments.back();
    std::vector<std::string> words;
    std::string current;
    for (std::size_t i = 0; i < segment.size(); ++i) {
        const char c = segment[i];
        const bool separator = c == '-' || c == '_' || c == ' ';
        const bool camelBreak = ascii::isUpper(c) && i > 0 && ascii::isLower(segment[i - 1]);
        if ((separator || camelBreak) && !current.empty()) {
            words.push_back(current);
            current.clear();
        }
        if (!separator)
            current += ascii::toLower(c);
    }
    if (!current.empty())
        words.push_back(current);
    return words;
}

bool isPastTense(std::string_view word)
{
    if (word.size() > 3 && word.substr(word.size() - 2) == "ed" && word != "need" &&
        word != "feed" && word != "embed")
        return true;
    return std::find(kIrregularPast.begin(), kIrregularPast.end(), word) != kIrregularPast.end();
}

bool isImperative(std::string_view word)
{
    if (word.empty() || (isPastTense(word) && word != "read" && word != "set" && word != "put" &&
                         word != "cut" && word != "run" && word != "split"))
        return false;
    return !(word.size() > 4 && word.substr(word.size() - 3) == "ing");
}

std::string reverseDnsProblem(std::string_view type)
{
    const auto segments = splitSegments(type);
    if (segments.size() < 3)
        return "has fewer than three dot-separated parts; prefix it with a reverse-DNS name "
               "such as com.example.";
    if (std::any_of(segments.begin(), segments.end(), [](std::string_view s) { return s.empty(); }))
        return "has an empty part between dots";
    const std::string_view top = segments.front();
    if (top.size() < 2 || !std::all_of(top.begin(), top.end(), ascii::isLower))
        return "does not start with a lower-case top-level domain such as com, org or io";
    for (const char c : type) {
        if (ascii::isSpace(c))
            return "contains white space";
    }
    return {};
}

} // namespace causeway::catalog::naming
