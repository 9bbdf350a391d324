#pragma once

#include <QString>
#include <QStringList>

namespace causeway::ui {

/** @brief Language codes the user interface is translated into ("en", "de"). */
QStringList availableLanguages();

/** @brief The language chosen in the settings, or the system's when it is available. */
QString preferredLanguage();

/**
 * @brief Installs the translation of @p code and remembers it in the settings; open
 * widgets retranslate themselves on the LanguageChange event Qt sends.
 */
void applyLanguage(const QString &code);

/** @brief The language currently installed. */
QString currentLanguage();

} // namespace causeway::ui
