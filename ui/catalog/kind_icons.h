#pragma once

#include "catalog/definition.h"

#include <QIcon>

namespace causeway::ui {

/** @brief The icon of a message kind (SVG from the resources, cached). */
QIcon kindIcon(catalog::MessageKind kind);

} // namespace causeway::ui
