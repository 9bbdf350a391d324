#include "ui/common/icons.h"

namespace causeway::ui {

QIcon actionIcon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(name)));
}

} // namespace causeway::ui
