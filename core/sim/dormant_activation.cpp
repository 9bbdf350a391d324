// Activations put away for long waits, as CBOR, and woken again.
#include "common/base64.h"
#include "model/json_format.h"
#include "sim/engine.h"

namespace causeway::sim {

using nlohmann::json;

namespace {

// Appends CBOR (RFC 8949) items; whole JSON values go through nlohmann's writer, which
// appends to the same bytes. Writing the event's attributes here, rather than as a JSON
// object first, saves an allocation per attribute on every activation put away.
class CborWriter
{
public:
    explicit CborWriter(std::vector<std::uint8_t> &out) : m_out(out) {}

    void mapOf(std::size_t members) { head(5, members); }
    void text(std::string_view value)
    {
        head(3, value.size());
        m_out.insert(m_out.end(), value.begin(), value.end());
    }
    void member(std::string_view name, std::string_view value)
    {
        text(name);
        text(value);
    }
    // As the JSON format writes attributes (attributeToJson): wake() reads them back as such.
    void attribute(const model::AttributeValue &value)
    {
        switch (value.type()) {
        case model::AttributeType::Boolean:
            m_out.push_back(value.asBool() ? 0xf5 : 0xf4);
            return;
        case model::AttributeType::Integer:
            if (const std::int64_t number = value.asInt(); number >= 0)
                head(0, static_cast<std::uint64_t>(number));
            else
                head(1, static_cast<std::uint64_t>(-1 - number));
            return;
        case model::AttributeType::Binary:
            text(base64::encode(value.asString()));
            return;
        default:
            text(value.asString());
        }
    }
    void value(const json &value) { json::to_cbor(value, m_out); }

private:
    void head(std::uint8_t major, std::uint64_t argument)
    {
        const auto type = static_cast<std::uint8_t>(major << 5);
        if (argument < 24) {
            m_out.push_back(static_cast<std::uint8_t>(type | argument));
            return;
        }
        const int bytes = argument <= 0xff         ? 1
                          : argument <= 0xffff     ? 2
                          : argument <= 0xffffffff ? 4
                                                   : 8;
        m_out.push_back(static_cast<std::uint8_t>(type | (bytes == 1   ? 24
                                                          : bytes == 2 ? 25
                                                          : bytes == 4 ? 26
                                                                       : 27)));
        for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) // big-endian
            m_out.push_back(static_cast<std::uint8_t>(argument >> shift));
    }

    std::vector<std::uint8_t> &m_out;
};

// The event as readJsonEvent() reads it, with only the payload members @p reads names.
std::vector<std::uint8_t> triggerBytes(const model::CloudEvent &event,
                                       const routing::DataReads &reads)
{
    const json *data = event.jsonData();
    if (reads.everything() || !data || !data->is_object())
        return json::to_cbor(model::writeJsonEvent(event));
    std::vector<std::uint8_t> out;
    out.reserve(512);
    CborWriter cbor(out);
    const std::pair<const char *, const std::optional<std::string> *> optionals[] = {
        {"datacontenttype", &event.datacontenttype},
        {"dataschema", &event.dataschema},
        {"subject", &event.subject},
        {"time", &event.time}};
    std::size_t members = 5 + event.extensions.size(); // four required, and data
    for (const auto &[name, value] : optionals)
        members += value->has_value();
    cbor.mapOf(members);
    cbor.member("specversion", event.specversion);
    cbor.member("id", event.id);
    cbor.member("source", event.source);
    cbor.member("type", event.type);
    for (const auto &[name, value] : optionals) {
        if (*value)
            cbor.member(name, **value);
    }
    for (const auto &[name, value] : event.extensions) {
        cbor.text(name);
        cbor.attribute(value);
    }
    std::vector<json::const_iterator> kept;
    for (const std::string &member : reads.members()) {
        if (const auto found = data->find(member); found != data->end())
            kept.push_back(found);
    }
    cbor.text("data");
    cbor.mapOf(kept.size());
    for (const auto &found : kept) {
        cbor.text(found.key());
        cbor.value(found.value());
    }
    return out;
}

} // namespace

// Joined events sleep as JSON beside the rest of the context.
DormantActivation putAway(const Activation &activation, const routing::DataReads &reads)
{
    DormantActivation dormant{activation.actor, triggerBytes(*activation.trigger, reads), {}};
    if (activation.joined.empty()) {
        dormant.context = json::to_cbor(activation.context);
    } else {
        json context = activation.context;
        for (const auto &[alias, event] : activation.joined)
            context["joined"][alias] = model::writeJsonEvent(*event);
        dormant.context = json::to_cbor(context);
    }
    dormant.trigger.shrink_to_fit(); // writers grow their buffers ahead
    dormant.context.shrink_to_fit();
    return dormant;
}

Activation wake(const DormantActivation &dormant)
{
    // The bytes were written by putAway() from a valid event, so they read back.
    auto event = model::readJsonEvent(json::from_cbor(dormant.trigger));
    Activation woken{dormant.actor,
                     std::make_shared<const model::CloudEvent>(std::move(*event)),
                     {},
                     json::from_cbor(dormant.context)};
    if (const auto joined = woken.context.find("joined"); joined != woken.context.end()) {
        for (auto it = joined->begin(); it != joined->end(); ++it)
            woken.joined.emplace_back(
                it.key(), std::make_shared<const model::CloudEvent>(*model::readJsonEvent(*it)));
        woken.context.erase(joined);
    }
    return woken;
}

} // namespace causeway::sim
