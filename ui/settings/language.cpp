#include "ui/settings/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace causeway::ui {

namespace {

const QString kSettingsKey = QStringLiteral("ui/language");

struct Translators
{
    QTranslator own;
    QTranslator qt;
    QString code;
};

Translators &translators()
{
    static Translators instance;
    return instance;
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString preferredLanguage()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    if (availableLanguages().contains(saved))
        return saved;
    const QString system = QLocale::system().name().left(2);
    return availableLanguages().contains(system) ? system : QStringLiteral("en");
}

void applyLanguage(const QString &code)
{
    Translators &t = translators();
    QCoreApplication::removeTranslator(&t.own);
    QCoreApplication::removeTranslator(&t.qt);
    // English is the source language, but loading its catalogue keeps plurals right.
    if (t.own.load(QStringLiteral(":/i18n/causeway_%1.qm").arg(code)))
        QCoreApplication::installTranslator(&t.own);
    if (t.qt.load(QStringLiteral("qtbase_%1").arg(code),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&t.qt);
    t.code = code;
    QLocale::setDefault(QLocale(code));
    QSettings().setValue(kSettingsKey, code);
}

QString currentLanguage()
{
    return translators().code;
}

} // namespace causeway::ui
