#include "common/result.h"

namespace causeway {

std::string SourceLocation::toString() const
{
    std::string out = file;
    if (line > 0) {
        out += (out.empty() ? "line " : ":") + std::to_string(line);
        if (column > 0)
            out += ":" + std::to_string(column);
    }
    if (!pointer.empty()) {
        if (!out.empty())
            out += ' ';
        out += pointer;
    }
    return out;
}

std::string Error::toString() const
{
    const std::string place = where.toString();
    return place.empty() ? message : place + ": " + message;
}

} // namespace causeway
