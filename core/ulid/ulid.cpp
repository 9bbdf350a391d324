#include "ulid/ulid.h"

#include <chrono>
#include <random>

namespace causeway::ulid {

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::int8_t kInvalid = -1;
constexpr std::int8_t kExcludedLetter = -2;

// Byte -> digit value, for both cases; a table keeps parsing branch-free per character.
constexpr std::array<std::int8_t, 256> kDigits = [] {
    std::array<std::int8_t, 256> table{};
    table.fill(kInvalid);
    for (std::size_t i = 0; i < kAlphabet.size(); ++i) {
        const char c = kAlphabet[i];
        table[static_cast<unsigned char>(c)] = static_cast<std::int8_t>(i);
        if (c >= 'A' && c <= 'Z')
            table[static_cast<unsigned char>(c - 'A' + 'a')] = static_cast<std::int8_t>(i);
    }
    for (const char c : std::string_view("ILOUilou"))
        table[static_cast<unsigned char>(c)] = kExcludedLetter;
    return table;
}();

std::string describeInvalid(unsigned char byte, std::size_t index)
{
    const std::string where = " at position " + std::to_string(index + 1);
    if (kDigits[byte] == kExcludedLetter)
        return "'" + std::string(1, char(byte)) + "'" + where +
               " is not a ULID character: Crockford base32 leaves out I, L, O and U";
    if (byte >= 0x20 && byte < 0x7F)
        return "'" + std::string(1, char(byte)) + "'" + where +
               " is not a Crockford base32 character";
    static constexpr char hex[] = "0123456789ABCDEF";
    return std::string("byte 0x") + hex[byte >> 4] + hex[byte & 0xF] + where +
           " is not a Crockford base32 character";
}

} // namespace

std::array<char, Ulid::TextLength> Ulid::toChars() const
{
    // Five bits starting at bit @p shift of the 128-bit value; one group straddles the halves.
    const auto digitAt = [this](int shift) -> std::size_t {
        if (shift >= 64)
            return (m_high >> (shift - 64)) & 0x1F;
        std::uint64_t bits = m_low >> shift;
        if (shift > 59)
            bits |= m_high << (64 - shift);
        return bits & 0x1F;
    };
    std::array<char, TextLength> out{};
    for (std::size_t i = 0; i < TextLength; ++i)
        out[i] = kAlphabet[digitAt(5 * static_cast<int>(TextLength - 1 - i))];
    return out;
}

std::string Ulid::toString() const
{
    const auto chars = toChars();
    return std::string(chars.data(), chars.size());
}

Result<Ulid> parse(std::string_view text)
{
    if (text.size() != Ulid::TextLength)
        return makeError("a ULID has 26 characters, not " + std::to_string(text.size()));
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const std::int8_t digit = kDigits[byte];
        if (digit < 0)
            return makeError(describeInvalid(byte, i));
        high = (high << 5) | (low >> 59);
        low = (low << 5) | static_cast<std::uint64_t>(digit);
    }
    // 26 digits carry 130 bits; the top two must be zero, so the first digit is 0 to 7.
    if (kDigits[static_cast<unsigned char>(text[0])] > 7)
        return makeError("ULID '" + std::string(text) +
                         "' is larger than 2^128 - 1: its first character must be 0 to 7");
    return Ulid(high, low);
}

std::function<std::uint64_t()> seededRandom(std::uint64_t seed)
{
    return [engine = std::mt19937_64(seed)]() mutable { return engine(); };
}

std::int64_t systemNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Generator::Generator()
    : m_nowMs(systemNowMs), m_random64([] {
          std::random_device device;
          std::seed_seq seeds{device(), device(), device(), device(),
                              device(), device(), device(), device()};
          return [engine = std::mt19937_64(seeds)]() mutable { return engine(); };
      }())
{
}

Generator::Generator(Clock nowMs, Random random64)
    : m_nowMs(std::move(nowMs)), m_random64(std::move(random64))
{
}

Result<Ulid> Generator::next()
{
    // The clock and the random source run under the lock, so they need not be thread-safe.
    std::lock_guard lock(m_mutex);
    const std::int64_t now = m_nowMs();
    if (now < 0 || static_cast<std::uint64_t>(now) > Ulid::MaxTimestampMs)
        return makeError("the clock reads " + std::to_string(now) +
                         " ms, outside the ULID time range 0 to 2^48 - 1");
    if (m_hasLast && static_cast<std::uint64_t>(now) <= m_last.timestampMs()) {
        // Same millisecond, or the clock stepped back: count up to stay strictly increasing.
        if (m_last.randomHigh() == 0xFFFF && m_last.randomLow() == ~std::uint64_t(0))
            return makeError("no ULID left in millisecond " + std::to_string(m_last.timestampMs()) +
                             ": its 80 random bits are exhausted");
        const std::uint64_t low = m_last.low() + 1;
        m_last = Ulid(m_last.high() + (low == 0 ? 1 : 0), low);
        return m_last;
    }
    const auto randomHigh = static_cast<std::uint16_t>(m_random64() >> 48);
    const std::uint64_t randomLow = m_random64();
    m_last = Ulid::fromParts(static_cast<std::uint64_t>(now), randomHigh, randomLow);
    m_hasLast = true;
    return m_last;
}

Result<std::string> Generator::nextString()
{
    auto id = next();
    if (!id)
        return id.error();
    return id->toString();
}

} // namespace causeway::ulid
