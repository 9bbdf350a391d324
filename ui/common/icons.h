#pragma once

#include <QIcon>

namespace causeway::ui {

/**
 * @brief The desktop theme's icon @p name (a freedesktop name such as "document-save"), or
 * Causeway's own SVG of that name where the theme has none, as on a bare system.
 */
QIcon actionIcon(const QString &name);

} // namespace causeway::ui
