#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>
#include <span>
#include <string_view>

namespace causeway::sim {

/**
 * @brief The simulation's random numbers: xoshiro256** seeded through splitmix64, with the
 * transforms written out here. std::*_distribution is left alone on purpose: its algorithms
 * differ between standard libraries, and a seed must give the same run everywhere.
 */
class Random
{
public:
    explicit Random(std::uint64_t seed = 1)
    {
        for (auto &word : m_state)
            word = splitMix(seed);
    }

    /** @brief An independent stream for @p name (a source, an actor), stable as others are added.
     */
    Random fork(std::string_view name) const
    {
        std::uint64_t hash = 0xcbf29ce484222325ULL; // FNV-1a
        for (const char c : name)
            hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
        return Random(m_state[0] ^ m_state[2] ^ hash);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /** @brief Uniform in [0, 1), 53 random bits. */
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    /** @brief Uniform in [low, high). */
    double uniform(double low, double high) { return low + (high - low) * uniform(); }

    /** @brief Uniform integer in [low, high], both included. */
    std::int64_t integer(std::int64_t low, std::int64_t high)
    {
        if (high <= low)
            return low;
        const auto span = static_cast<std::uint64_t>(high - low) + 1;
        return low + static_cast<std::int64_t>(span == 0 ? next() : next() % span);
    }

    bool chance(double probability) { return uniform() < probability; }

    /** @brief Exponentially distributed with the given mean. */
    double exponential(double mean) { return -std::log1p(-uniform()) * mean; }

    /** @brief Normally distributed (Box-Muller). */
    double normal(double mean, double deviation)
    {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return mean +
               deviation * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }

    /** @brief An index into @p weights, each chosen in proportion to its weight. */
    std::size_t weighted(std::span<const double> weights)
    {
        double total = 0;
        for (const double w : weights)
            total += w > 0 ? w : 0;
        double pick = uniform() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (weights[i] <= 0)
                continue;
            if (pick < weights[i])
                return i;
            pick -= weights[i];
        }
        return weights.empty() ? 0 : weights.size() - 1;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitMix(std::uint64_t &state)
    {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state[4];
};

} // namespace causeway::sim
