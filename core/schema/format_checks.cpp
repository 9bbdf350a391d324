#include "schema/format_checks.h"

#include "common/ascii.h"

#include <algorithm>
#include <cstdlib>

namespace causeway::schema {

namespace {

// ASCII only, whatever the process's locale, and no call per character of every value.
using ascii::isAlnum;
using ascii::isAlpha;
using ascii::isDigit;
using ascii::isHex;

int number(std::string_view digits)
{
    int value = 0;
    for (char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

// Whether s[from, from + count) are all ASCII digits. Hand-written scanners rather than
// std::regex: dates and times are checked for every event on the ingest path.
bool digitsAt(std::string_view s, std::size_t from, std::size_t count)
{
    if (s.size() < from + count)
        return false;
    return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(from),
                       s.begin() + static_cast<std::ptrdiff_t>(from + count),
                       [](char c) { return c >= '0' && c <= '9'; });
}

// RFC 3339 full-date, with the real length of February.
bool isDate(std::string_view s)
{
    if (s.size() != 10 || !digitsAt(s, 0, 4) || s[4] != '-' || !digitsAt(s, 5, 2) || s[7] != '-' ||
        !digitsAt(s, 8, 2))
        return false;
    const int year = number(s.substr(0, 4));
    const int month = number(s.substr(5, 2));
    const int day = number(s.substr(8, 2));
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month >= 1 && month <= 12 && day >= 1 &&
           day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

// RFC 3339 full-time: hh:mm:ss, optional fraction, then Z or +hh:mm; second 60 is a leap
// second.
bool isTime(std::string_view s)
{
    if (!digitsAt(s, 0, 2) || s.size() < 9 || s[2] != ':' || !digitsAt(s, 3, 2) || s[5] != ':' ||
        !digitsAt(s, 6, 2))
        return false;
    std::size_t i = 8;
    if (s[i] == '.') {
        const std::size_t first = ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == first)
            return false;
    }
    if (i >= s.size())
        return false;
    int offsetHours = 0;
    int offsetMinutes = 0;
    if (s[i] == 'Z' || s[i] == 'z') {
        if (i + 1 != s.size())
            return false;
    } else if (s[i] == '+' || s[i] == '-') {
        if (s.size() != i + 6 || !digitsAt(s, i + 1, 2) || s[i + 3] != ':' ||
            !digitsAt(s, i + 4, 2))
            return false;
        offsetHours = number(s.substr(i + 1, 2));
        offsetMinutes = number(s.substr(i + 4, 2));
    } else {
        return false;
    }
    return number(s.substr(0, 2)) <= 23 && number(s.substr(3, 2)) <= 59 &&
           number(s.substr(6, 2)) <= 60 && offsetHours <= 23 && offsetMinutes <= 59;
}

bool isDateTime(std::string_view s)
{
    return s.size() > 11 && (s[10] == 'T' || s[10] == 't') && isDate(s.substr(0, 10)) &&
           isTime(s.substr(11));
}

// Dot-separated labels of 1 to 63 letters, digits and hyphens, with no hyphen at either end.
// Written out rather than as a std::regex: every email in every event passes through here.
bool isHostName(std::string_view host)
{
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = std::min(host.find('.', start), host.size());
        const std::string_view label = host.substr(start, dot - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
            return false;
        for (const char c : label) {
            if (!isAlnum(c) && c != '-')
                return false;
        }
        if (dot == host.size())
            return true;
        start = dot + 1;
    }
}

// A practical subset of RFC 5322 addr-spec: dot-atom local part, host name domain.
bool isEmail(std::string_view s)
{
    const auto at = s.rfind('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == s.size() || at > 64)
        return false;
    const std::string_view local = s.substr(0, at);
    const std::string_view domain = s.substr(at + 1);
    static const std::string_view atext = "!#$%&'*+-/=?^_`{|}~";
    if (local.front() == '.' || local.back() == '.' || local.find("..") != local.npos)
        return false;
    for (char c : local) {
        if (!isAlnum(c) && c != '.' && atext.find(c) == atext.npos)
            return false;
    }
    return domain.size() <= 253 && isHostName(domain);
}

// An absolute URI (RFC 3986 "URI"): a scheme, then only URI characters and valid %XX.
bool isUri(std::string_view s)
{
    const auto colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0 || !isAlpha(s[0]))
        return false;
    for (char c : s.substr(0, colon)) {
        if (!isAlnum(c) && c != '+' && c != '-' && c != '.')
            return false;
    }
    static const std::string_view allowed = "-._~:/?#[]@!$&'()*+,;=";
    for (std::size_t i = colon + 1; i < s.size(); ++i) {
        if (s[i] == '%') {
            if (i + 2 >= s.size() || !isHex(s[i + 1]) || !isHex(s[i + 2]))
                return false;
            i += 2;
        } else if (!isAlnum(s[i]) && allowed.find(s[i]) == allowed.npos) {
            return false;
        }
    }
    // '[' and ']' only delimit an IPv6 host.
    const auto bracket = s.find_first_of("[]");
    return bracket == std::string_view::npos || s.substr(colon + 1, 2) == "//";
}

bool isUuid(std::string_view s)
{
    if (s.size() != 36)
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !isHex(s[i]))
            return false;
    }
    return true;
}

// Dotted decimal, four parts 0-255, no leading zeros (they read as octal elsewhere).
bool isIpv4(std::string_view s)
{
    int parts = 0;
    std::size_t start = 0;
    while (start <= s.size()) {
        const auto dot = s.find('.', start);
        const std::string_view part =
            s.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
        if (part.empty() || part.size() > 3 || (part.size() > 1 && part[0] == '0'))
            return false;
        for (char c : part) {
            if (!isDigit(c))
                return false;
        }
        if (number(part) > 255)
            return false;
        ++parts;
        if (dot == std::string_view::npos)
            break;
        start = dot + 1;
    }
    return parts == 4;
}

struct Format
{
    std::string_view name;
    FormatCheck valid;
    const char *what;
};

const Format *findFormat(std::string_view name)
{
    static const Format formats[] = {
        {"date", isDate, "a date (YYYY-MM-DD)"},
        {"time", isTime, "a time with offset (hh:mm:ss, then Z or +hh:mm)"},
        {"date-time", isDateTime, "an RFC 3339 date-time"},
        {"email", isEmail, "an email address"},
        {"uri", isUri, "an absolute URI"},
        {"uuid", isUuid, "a UUID"},
        {"ipv4", isIpv4, "an IPv4 address"},
    };
    for (const Format &format : formats) {
        if (format.name == name)
            return &format;
    }
    return nullptr;
}

} // namespace

std::optional<std::string> formatProblem(std::string_view format, std::string_view value)
{
    const Format *found = findFormat(format);
    if (!found || found->valid(value))
        return std::nullopt;
    return std::string("is not ") + found->what;
}

FormatCheck formatCheck(std::string_view format)
{
    const Format *found = findFormat(format);
    return found ? found->valid : nullptr;
}

} // namespace causeway::schema
