#include "cesql/ast.h"

#include <array>
#include <utility>

namespace causeway::cesql::detail {

namespace {

constexpr std::array kCoreAttributes = {
    std::pair{std::string_view("id"), CoreAttribute::Id},
    std::pair{std::string_view("source"), CoreAttribute::Source},
    std::pair{std::string_view("specversion"), CoreAttribute::Specversion},
    std::pair{std::string_view("type"), CoreAttribute::Type},
    std::pair{std::string_view("datacontenttype"), CoreAttribute::Datacontenttype},
    std::pair{std::string_view("dataschema"), CoreAttribute::Dataschema},
    std::pair{std::string_view("subject"), CoreAttribute::Subject},
    std::pair{std::string_view("time"), CoreAttribute::Time},
};

} // namespace

AttributeRef resolveAttribute(std::string name)
{
    for (const auto &[coreName, core] : kCoreAttributes) {
        if (name == coreName)
            return {core, std::move(name)};
    }
    return {CoreAttribute::None, std::move(name)};
}

} // namespace causeway::cesql::detail
