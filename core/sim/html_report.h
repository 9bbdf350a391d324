#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace causeway::sim {

/**
 * @brief The report of reportJson() as one self-contained HTML5 page: inline CSS and SVG
 * charts, no scripts or external references, for reading offline and printing. Every name
 * and message from the project is escaped.
 */
std::string renderHtmlReport(const nlohmann::json &report);

} // namespace causeway::sim
