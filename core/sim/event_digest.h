#pragma once

// The fingerprint of a run's event log that determinism checks compare.

#include "model/cloud_event.h"

#include <cstdint>

namespace causeway::sim {

/**
 * @brief A running 64-bit hash over a run's events, in publishing order: each event's
 * attributes (name and value, length-prefixed; the core ones first, then the extensions by
 * name) and its payload (JSON by kind and content, walked in place; text and bytes as they
 * are). Two runs with the same digest published the same events, ids included. It reads
 * eight bytes at a step and writes nothing: hashing the payload's CBOR a byte at a time had
 * cost a sixth of a headless run.
 */
class EventDigest
{
public:
    /** @brief What the digest becomes with @p event added; set() keeps it. */
    std::uint64_t with(const model::CloudEvent &event) const;
    void set(std::uint64_t value) { m_value = value; }
    std::uint64_t value() const { return m_value; }

private:
    std::uint64_t m_value = 0xcbf29ce484222325ULL; // any odd start will do
};

} // namespace causeway::sim
