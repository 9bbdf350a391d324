#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace causeway::cesql {

/**
 * @brief A LIKE pattern compiled once: '%' any run of characters, '_' exactly one
 * character (a Unicode code point), "\%", "\_" and "\\" literal, case-sensitive.
 */
class LikePattern
{
public:
    /** @brief Compiles the text of the pattern's string literal. */
    static LikePattern compile(std::string_view pattern);

    /** @brief Whether all of @p value matches; @p value is UTF-8. */
    bool matches(std::string_view value) const;

private:
    enum class Kind { Text, AnyOne, AnyRun };
    struct Element
    {
        Kind kind;
        std::string text; // for Text
    };

    std::vector<Element> m_elements;
};

} // namespace causeway::cesql
