#include "sim/event_digest.h"

#include <bit>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string_view>
#include <variant>

namespace causeway::sim {

namespace {

using nlohmann::json;

/**
 * Hashes eight bytes at a step, little-endian on every machine: byte-at-a-time FNV-1a over
 * the payload's CBOR had cost as much as validating the event. Each step is a bijection of
 * the running hash for a given word and of the word for a given hash, so two sequences of
 * the same length that differ in one word never end the same; lengths are written before
 * variable-length fields, so sequences of different fields never read the same.
 */
class WordHash
{
public:
    explicit WordHash(std::uint64_t hash) : m_hash(hash) {}

    void word(std::uint64_t value)
    {
        m_hash = (std::rotl(m_hash, 5) ^ value) * 0x9e3779b97f4a7c15ULL;
    }

    void text(std::string_view value)
    {
        word(value.size());
        const char *at = value.data();
        std::size_t left = value.size();
        for (; left >= 8; at += 8, left -= 8)
            word(load(at));
        if (left > 0)
            word(loadTail(at, left)); // zero-padded: the length written first tells them apart
    }

    // A JSON value by its kind and content; integers count alike however they were stored.
    void jsonValue(const json &value)
    {
        switch (value.type()) {
        case json::value_t::object:
            word(kObject);
            word(value.size());
            for (const auto &[name, member] : value.get_ref<const json::object_t &>()) {
                text(name);
                jsonValue(member);
            }
            return;
        case json::value_t::array:
            word(kArray);
            word(value.size());
            for (const json &item : value.get_ref<const json::array_t &>())
                jsonValue(item);
            return;
        case json::value_t::string:
            word(kString);
            text(value.get_ref<const std::string &>());
            return;
        case json::value_t::boolean:
            word(*value.get_ptr<const json::boolean_t *>() ? kTrue : kFalse);
            return;
        case json::value_t::number_integer: {
            const std::int64_t number = *value.get_ptr<const json::number_integer_t *>();
            word(number < 0 ? kNegative : kInteger);
            word(static_cast<std::uint64_t>(number));
            return;
        }
        case json::value_t::number_unsigned:
            word(kInteger);
            word(*value.get_ptr<const json::number_unsigned_t *>());
            return;
        case json::value_t::number_float:
            word(kFloat);
            word(std::bit_cast<std::uint64_t>(*value.get_ptr<const json::number_float_t *>()));
            return;
        case json::value_t::binary:
            word(kBinary);
            text({reinterpret_cast<const char *>(value.get_binary().data()),
                  value.get_binary().size()});
            return;
        case json::value_t::null:
        case json::value_t::discarded:
            word(kNull);
            return;
        }
    }

    std::uint64_t value() const { return m_hash; }

private:
    enum : std::uint64_t { kNull = 1, kFalse, kTrue, kInteger, kNegative, kFloat, kString };
    enum : std::uint64_t { kArray = 16, kObject, kBinary };

    static std::uint64_t load(const char *at)
    {
        std::uint64_t word = 0;
        std::memcpy(&word, at, 8);
        if constexpr (std::endian::native == std::endian::big)
            word = __builtin_bswap64(word);
        return word;
    }

    // The last one to seven bytes, little-endian too, without a call to memcpy.
    static std::uint64_t loadTail(const char *at, std::size_t count)
    {
        std::uint64_t word = 0;
        for (std::size_t i = 0; i < count; ++i)
            word |= std::uint64_t{static_cast<unsigned char>(at[i])} << (8 * i);
        return word;
    }

    std::uint64_t m_hash;
};

} // namespace

std::uint64_t EventDigest::with(const model::CloudEvent &event) const
{
    WordHash hash(m_value);
    const auto field = [&hash](std::string_view name, std::string_view value) {
        hash.text(name);
        hash.text(value);
    };
    field("id", event.id);
    field("source", event.source);
    field("specversion", event.specversion);
    field("type", event.type);
    for (const auto &[name, value] :
         {std::pair{"datacontenttype", &event.datacontenttype},
          std::pair{"dataschema", &event.dataschema}, std::pair{"subject", &event.subject},
          std::pair{"time", &event.time}}) {
        if (*value)
            field(name, **value);
    }
    for (const auto &[name, value] : event.extensions) {
        hash.text(name);
        hash.word(static_cast<std::uint64_t>(value.type()));
        switch (value.type()) {
        case model::AttributeType::Boolean:
            hash.word(value.asBool() ? 1 : 0);
            break;
        case model::AttributeType::Integer:
            hash.word(static_cast<std::uint64_t>(value.asInt()));
            break;
        default: // the text, or a Binary value's bytes
            hash.text(value.asString());
        }
    }
    hash.word(event.data.index()); // none, JSON, text or bytes
    if (const auto *json = std::get_if<model::JsonData>(&event.data))
        hash.jsonValue(json->value);
    else if (const auto *text = std::get_if<model::TextData>(&event.data))
        hash.text(text->text);
    else if (const auto *binary = std::get_if<model::BinaryData>(&event.data))
        hash.text(binary->bytes);
    return hash.value();
}

} // namespace causeway::sim
