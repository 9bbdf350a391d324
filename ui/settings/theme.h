#pragma once

#include <QString>

class QPalette;

namespace causeway::ui {

/** @brief How the application is coloured: as the desktop is, or light or dark regardless. */
enum class Theme { System, Light, Dark };

/** @brief The theme chosen in the settings; System when none was. */
Theme preferredTheme();

/**
 * @brief Colours the application with @p theme and remembers it in the settings. Light and
 * dark use the Fusion style with a palette of their own (Qt 6.4 cannot ask the desktop for a
 * colour scheme); System puts back the style and palette the application started with. Open
 * widgets hear of it through Qt's palette-change events.
 */
void applyTheme(Theme theme);

/** @brief The theme applied last. */
Theme currentTheme();

/** @brief The palette of @p theme's dark or light variant (not System). */
QPalette themePalette(Theme theme);

} // namespace causeway::ui
