#pragma once

#include "common/result.h"

#include <array>
#include <compare>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>

namespace causeway::ulid {

/** @brief A 128-bit ULID: a 48-bit Unix time in milliseconds, then 80 bits of randomness. */
class Ulid
{
public:
    static constexpr std::uint64_t MaxTimestampMs = (std::uint64_t(1) << 48) - 1;
    static constexpr std::size_t TextLength = 26;

    /** @brief The all-zero ULID. */
    constexpr Ulid() = default;

    /** @brief From the 64 most and the 64 least significant bits. */
    constexpr Ulid(std::uint64_t high, std::uint64_t low) : m_high(high), m_low(low) {}

    /** @brief From a timestamp (only its low 48 bits count) and the 80 random bits. */
    static constexpr Ulid fromParts(std::uint64_t timestampMs, std::uint16_t randomHigh,
                                    std::uint64_t randomLow)
    {
        return Ulid(((timestampMs & MaxTimestampMs) << 16) | randomHigh, randomLow);
    }

    constexpr std::uint64_t high() const { return m_high; }
    constexpr std::uint64_t low() const { return m_low; }
    constexpr std::uint64_t timestampMs() const { return m_high >> 16; }
    constexpr std::uint16_t randomHigh() const { return static_cast<std::uint16_t>(m_high); }
    constexpr std::uint64_t randomLow() const { return m_low; }

    /** @brief The 26-character upper-case Crockford base32 form, without touching the heap. */
    std::array<char, TextLength> toChars() const;

    /** @brief The 26-character upper-case Crockford base32 form. */
    std::string toString() const;

    // Members are ordered most significant first, so this is numeric (and text) order.
    constexpr auto operator<=>(const Ulid &) const = default;

private:
    std::uint64_t m_high = 0;
    std::uint64_t m_low = 0;
};

/**
 * @brief Parses the 26-character text form, in either case. Rejects other lengths, the
 * letters I, L, O and U, other characters outside the alphabet, and values above 2^128 - 1.
 */
Result<Ulid> parse(std::string_view text);

/** @brief A random source that yields the same sequence for the same @p seed. */
std::function<std::uint64_t()> seededRandom(std::uint64_t seed);

/**
 * @brief Makes ULIDs that are strictly increasing, also across threads: within one
 * millisecond (or when the clock steps back) the previous randomness is incremented.
 */
class Generator
{
public:
    using Clock = std::function<std::int64_t()>;
    using Random = std::function<std::uint64_t()>;

    /** @brief The system clock and a random source seeded from std::random_device. */
    Generator();

    /** @brief Deterministic when both @p nowMs and @p random64 are (see seededRandom()). */
    Generator(Clock nowMs, Random random64);

    Generator(const Generator &) = delete;
    Generator &operator=(const Generator &) = delete;

    /**
     * @brief The next ULID. Fails when the clock is outside the 48-bit range, or when the
     * randomness of the current millisecond is exhausted (an increment would wrap).
     */
    Result<Ulid> next();

    /** @brief next() in its text form. */
    Result<std::string> nextString();

private:
    Clock m_nowMs;
    Random m_random64;
    std::mutex m_mutex;
    bool m_hasLast = false;
    Ulid m_last;
};

/** @brief Milliseconds since the Unix epoch from the system clock. */
std::int64_t systemNowMs();

} // namespace causeway::ulid
