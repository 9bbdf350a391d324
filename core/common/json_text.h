#pragma once

#include "common/result.h"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace causeway::json_text {

/** @brief A 1-based line and column (in characters) inside a text. */
struct TextPosition
{
    int line = 1;
    int column = 1;
};

/** @brief Line and column of the byte at @p offset. */
TextPosition positionOf(std::string_view text, std::size_t offset);

/**
 * @brief Parses JSON text. Errors name @p fileName, the line and column, and say
 * what was expected; invalid UTF-8 is reported at its first bad byte.
 */
Result<nlohmann::json> parse(std::string_view text, std::string_view fileName = {});

/**
 * @brief Position of the value at @p pointer in @p text, or of the deepest value on
 * the way there that exists (so a missing member points at its parent object).
 * Meant for error reports; returns line 0 when the text is not JSON.
 */
TextPosition locate(std::string_view text, std::string_view pointer);

/**
 * @brief Positions of the elements of a top-level JSON array, in one pass over
 * @p text (so that a batch of many events is not rescanned once per event).
 */
std::vector<TextPosition> arrayElementPositions(std::string_view text);

/** @brief Fills in file, line and column of @p error from its pointer into @p text. */
Error located(Error error, std::string_view text, std::string_view fileName);

/** @brief RFC 6901 escaping of one reference token ("~" -> "~0", "/" -> "~1"). */
std::string escapeToken(std::string_view token);

/** @brief @p base + "/" + escaped @p token. */
std::string appendToken(std::string_view base, std::string_view token);
std::string appendIndex(std::string_view base, std::size_t index);

/** @brief Reads a whole file; an error names the file and the system's reason. */
Result<std::string> readFile(const std::string &path);

} // namespace causeway::json_text
