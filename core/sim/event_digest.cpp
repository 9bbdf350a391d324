#include "sim/event_digest.h"

#include <nlohmann/json.hpp>
#include <span>
#include <string_view>
#include <variant>

namespace causeway::sim {

namespace {

class Fnv1a
{
public:
    explicit Fnv1a(std::uint64_t hash) : m_hash(hash) {}

    void bytes(std::span<const std::uint8_t> data)
    {
        for (const std::uint8_t byte : data)
            m_hash = (m_hash ^ byte) * 0x100000001b3ULL;
    }

    void number(std::uint64_t value)
    {
        for (int shift = 0; shift < 64; shift += 8)
            m_hash = (m_hash ^ ((value >> shift) & 0xFF)) * 0x100000001b3ULL;
    }

    // Length first, so that no two different sequences of fields hash the same bytes.
    void text(std::string_view value)
    {
        number(value.size());
        bytes({reinterpret_cast<const std::uint8_t *>(value.data()), value.size()});
    }

    void field(std::string_view name, std::string_view value)
    {
        text(name);
        text(value);
    }

    std::uint64_t value() const { return m_hash; }

private:
    std::uint64_t m_hash;
};

} // namespace

std::uint64_t EventDigest::with(const model::CloudEvent &event)
{
    Fnv1a hash(m_value);
    hash.field("id", event.id);
    hash.field("source", event.source);
    hash.field("specversion", event.specversion);
    hash.field("type", event.type);
    for (const auto &[name, value] :
         {std::pair{"datacontenttype", &event.datacontenttype},
          std::pair{"dataschema", &event.dataschema}, std::pair{"subject", &event.subject},
          std::pair{"time", &event.time}}) {
        if (*value)
            hash.field(name, **value);
    }
    for (const auto &[name, value] : event.extensions) {
        hash.text(name);
        hash.number(static_cast<std::uint64_t>(value.type()));
        switch (value.type()) {
        case model::AttributeType::Boolean:
            hash.number(value.asBool() ? 1 : 0);
            break;
        case model::AttributeType::Integer:
            hash.number(static_cast<std::uint64_t>(value.asInt()));
            break;
        default: // the text, or a Binary value's bytes
            hash.text(value.asString());
        }
    }
    hash.number(event.data.index()); // none, JSON, text or bytes
    if (const auto *json = std::get_if<model::JsonData>(&event.data)) {
        m_cbor.clear();
        nlohmann::json::to_cbor(json->value, m_cbor);
        hash.number(m_cbor.size());
        hash.bytes(m_cbor);
    } else if (const auto *text = std::get_if<model::TextData>(&event.data)) {
        hash.text(text->text);
    } else if (const auto *binary = std::get_if<model::BinaryData>(&event.data)) {
        hash.text(binary->bytes);
    }
    return hash.value();
}

} // namespace causeway::sim
