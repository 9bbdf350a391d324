#include "ui/catalog/kind_icons.h"

#include <array>

namespace causeway::ui {

QIcon kindIcon(catalog::MessageKind kind)
{
    static const std::array<QIcon, 4> icons = {
        QIcon(QStringLiteral(":/icons/kind-event.svg")),
        QIcon(QStringLiteral(":/icons/kind-command.svg")),
        QIcon(QStringLiteral(":/icons/kind-query.svg")),
        QIcon(QStringLiteral(":/icons/kind-audit.svg")),
    };
    return icons[static_cast<std::size_t>(kind)];
}

} // namespace causeway::ui
