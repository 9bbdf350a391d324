#include "catalog/semver.h"

#include <algorithm>
#include <charconv>
#include <vector>

namespace causeway::catalog {

namespace {

std::optional<int> parseNumber(std::string_view text)
{
    if (text.empty() || (text.size() > 1 && text[0] == '0'))
        return std::nullopt;
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

} // namespace

std::optional<SemVer> SemVer::parse(std::string_view text)
{
    const std::size_t dash = text.find('-');
    const auto core = split(text.substr(0, dash), '.');
    if (core.size() != 3)
        return std::nullopt;
    const auto major = parseNumber(core[0]);
    const auto minor = parseNumber(core[1]);
    const auto patch = parseNumber(core[2]);
    if (!major || !minor || !patch)
        return std::nullopt;
    SemVer version{*major, *minor, *patch, {}};
    if (dash != std::string_view::npos) {
        version.prerelease = std::string(text.substr(dash + 1));
        if (version.prerelease.empty())
            return std::nullopt;
    }
    return version;
}

std::string SemVer::toString() const
{
    std::string text =
        std::to_string(major) + '.' + std::to_string(minor) + '.' + std::to_string(patch);
    if (!prerelease.empty())
        text += '-' + prerelease;
    return text;
}

int SemVer::compare(const SemVer &other) const
{
    const auto sign = [](auto a, auto b) { return a < b ? -1 : a > b ? 1 : 0; };
    if (major != other.major)
        return sign(major, other.major);
    if (minor != other.minor)
        return sign(minor, other.minor);
    if (patch != other.patch)
        return sign(patch, other.patch);
    // A pre-release sorts before its release; pre-releases compare field by field.
    if (prerelease.empty() || other.prerelease.empty())
        return sign(prerelease.empty(), other.prerelease.empty());
    const auto mine = split(prerelease, '.');
    const auto theirs = split(other.prerelease, '.');
    for (std::size_t i = 0; i < std::min(mine.size(), theirs.size()); ++i) {
        const auto a = parseNumber(mine[i]);
        const auto b = parseNumber(theirs[i]);
        if (a && b) {
            if (*a != *b)
                return sign(*a, *b);
        } else if (a || b) {
            return a ? -1 : 1; // numeric identifiers sort before alphanumeric ones
        } else if (const int c = mine[i].compare(theirs[i]); c != 0) {
            return c < 0 ? -1 : 1;
        }
    }
    return sign(mine.size(), theirs.size());
}

std::optional<VersionSelector> VersionSelector::parse(std::string_view text)
{
    if (!text.empty() && (text[0] == 'v' || text[0] == 'V'))
        text.remove_prefix(1);
    const auto parts = split(text.substr(0, text.find('-')), '.');
    if (parts.empty() || parts.size() > 3)
        return std::nullopt;
    VersionSelector selector;
    int *fields[] = {&selector.major, &selector.minor, &selector.patch};
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const auto number = parseNumber(parts[i]);
        if (!number)
            return std::nullopt;
        *fields[i] = *number;
    }
    return selector;
}

bool VersionSelector::matches(const SemVer &version) const
{
    return (major < 0 || major == version.major) && (minor < 0 || minor == version.minor) &&
           (patch < 0 || patch == version.patch);
}

} // namespace causeway::catalog
