#pragma once

#include "common/result.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace causeway::sim {

/**
 * @brief Payloads a source sends in turn, read from a file: JSON lines (one JSON value per
 * line; a line that is a CloudEvent gives its "data") or CSV (".csv": a header row names the
 * members, "loan.amount" nests; numbers and true/false are typed, empty cells left out).
 * Errors name the file and line.
 */
Result<std::vector<nlohmann::json>> readPayloadFile(const std::string &path);

} // namespace causeway::sim
