#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace causeway::catalog {

/** @brief A semantic version (major.minor.patch[-prerelease]), ordered per semver 2.0. */
struct SemVer
{
    int major = 1;
    int minor = 0;
    int patch = 0;
    std::string prerelease;

    /** @brief Parses "1.2.3" or "1.2.3-rc.1"; nullopt for anything else. */
    static std::optional<SemVer> parse(std::string_view text);

    std::string toString() const;

    /** @brief Negative, zero or positive as this version is below, equal or above @p other. */
    int compare(const SemVer &other) const;

    // Spelled out rather than <=>: moc (Qt 6.4) cannot parse <compare>, which headers
    // with Q_OBJECT would then pull in.
    bool operator==(const SemVer &other) const = default;
    bool operator<(const SemVer &other) const { return compare(other) < 0; }
    bool operator>(const SemVer &other) const { return compare(other) > 0; }
    bool operator<=(const SemVer &other) const { return compare(other) <= 0; }
    bool operator>=(const SemVer &other) const { return compare(other) >= 0; }
};

/**
 * @brief A version as events carry it ("1", "1.2", "1.2.3"): the parts given must
 * match, the rest are free, so "1" selects the newest 1.x.y.
 */
struct VersionSelector
{
    int major = -1;
    int minor = -1;
    int patch = -1;

    static std::optional<VersionSelector> parse(std::string_view text);
    bool matches(const SemVer &version) const;
};

} // namespace causeway::catalog
