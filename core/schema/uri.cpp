#include "schema/uri.h"

#include <optional>

namespace causeway::schema {

namespace {

// The five components of RFC 3986 appendix B; absent and empty differ for authority,
// query and fragment, so those are optional.
struct UriParts
{
    std::string scheme;
    std::optional<std::string> authority;
    std::string path;
    std::optional<std::string> query;
    std::optional<std::string> fragment;
};

UriParts split(std::string_view uri)
{
    UriParts parts;
    if (const auto hash = uri.find('#'); hash != std::string_view::npos) {
        parts.fragment = std::string(uri.substr(hash + 1));
        uri = uri.substr(0, hash);
    }
    if (const auto question = uri.find('?'); question != std::string_view::npos) {
        parts.query = std::string(uri.substr(question + 1));
        uri = uri.substr(0, question);
    }
    // A scheme is letters, digits, "+-." before the first ':' that comes before any '/'.
    const auto colon = uri.find(':');
    if (colon != std::string_view::npos && colon > 0 &&
        uri.substr(0, colon).find('/') == std::string_view::npos) {
        parts.scheme = std::string(uri.substr(0, colon));
        uri = uri.substr(colon + 1);
    }
    if (uri.substr(0, 2) == "//") {
        const auto slash = uri.find('/', 2);
        parts.authority = std::string(
            uri.substr(2, slash == std::string_view::npos ? std::string_view::npos : slash - 2));
        uri = slash == std::string_view::npos ? std::string_view() : uri.substr(slash);
    }
    parts.path = std::string(uri);
    return parts;
}

std::string join(const UriParts &parts)
{
    std::string out;
    if (!parts.scheme.empty())
        out += parts.scheme + ":";
    if (parts.authority)
        out += "//" + *parts.authority;
    out += parts.path;
    if (parts.query)
        out += "?" + *parts.query;
    if (parts.fragment)
        out += "#" + *parts.fragment;
    return out;
}

// RFC 3986 section 5.2.4.
std::string removeDotSegments(std::string input)
{
    std::string output;
    while (!input.empty()) {
        if (input.rfind("../", 0) == 0) {
            input.erase(0, 3);
        } else if (input.rfind("./", 0) == 0) {
            input.erase(0, 2);
        } else if (input.rfind("/./", 0) == 0) {
            input.erase(0, 2);
        } else if (input == "/.") {
            input = "/";
        } else if (input.rfind("/../", 0) == 0 || input == "/..") {
            input = input == "/.." ? "/" : input.substr(3);
            const auto last = output.rfind('/');
            output.erase(last == std::string::npos ? 0 : last);
        } else if (input == "." || input == "..") {
            input.clear();
        } else {
            const auto next = input.find('/', input[0] == '/' ? 1 : 0);
            output += input.substr(0, next);
            input.erase(0, next == std::string::npos ? input.size() : next);
        }
    }
    return output;
}

// RFC 3986 section 5.2.3.
std::string merge(const UriParts &base, const std::string &path)
{
    if (base.authority && base.path.empty())
        return "/" + path;
    const auto slash = base.path.rfind('/');
    return slash == std::string::npos ? path : base.path.substr(0, slash + 1) + path;
}

} // namespace

std::string resolveUri(std::string_view base, std::string_view reference)
{
    const UriParts r = split(reference);
    const UriParts b = split(base);
    UriParts t;
    if (!r.scheme.empty()) {
        t = r;
        t.path = removeDotSegments(r.path);
    } else if (r.authority) {
        t = r;
        t.scheme = b.scheme;
        t.path = removeDotSegments(r.path);
    } else {
        t.scheme = b.scheme;
        t.authority = b.authority;
        if (r.path.empty()) {
            t.path = b.path;
            t.query = r.query ? r.query : b.query;
        } else {
            t.path = removeDotSegments(r.path[0] == '/' ? r.path : merge(b, r.path));
            t.query = r.query;
        }
    }
    t.fragment = r.fragment;
    return join(t);
}

std::string withoutFragment(std::string_view uri)
{
    return std::string(uri.substr(0, uri.find('#')));
}

std::string fragmentOf(std::string_view uri)
{
    const auto hash = uri.find('#');
    return hash == std::string_view::npos ? std::string() : std::string(uri.substr(hash + 1));
}

std::string percentDecode(std::string_view text)
{
    const auto hexValue = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
            hexValue(text[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace causeway::schema
