#pragma once

// The fingerprint of a run's event log that determinism checks compare.

#include "model/cloud_event.h"

#include <cstdint>
#include <vector>

namespace causeway::sim {

/**
 * @brief A running 64-bit FNV-1a over a run's events, in publishing order: each event's
 * attributes (name and value, length-prefixed; the core ones first, then the extensions by
 * name) and its payload (JSON as CBOR, text and bytes as they are). Two runs with the same
 * digest published the same events, ids included. It reads the event in place: no JSON text
 * is written, which had cost as much as the simulation itself.
 */
class EventDigest
{
public:
    /** @brief What the digest becomes with @p event added; set() keeps it. */
    std::uint64_t with(const model::CloudEvent &event);
    void set(std::uint64_t value) { m_value = value; }
    std::uint64_t value() const { return m_value; }

private:
    std::uint64_t m_value = 0xcbf29ce484222325ULL; // FNV-1a offset basis
    std::vector<std::uint8_t> m_cbor;              // reused for every payload
};

} // namespace causeway::sim
