#include "ui/settings/theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace causeway::ui {

namespace {

const QString kSettingsKey = QStringLiteral("ui/theme");
const QString kNames[] = {QStringLiteral("system"), QStringLiteral("light"),
                          QStringLiteral("dark")};

// What the application looked like before any theme of ours: System goes back to it.
struct Original
{
    QString style;
    QPalette palette;
    bool saved = false;
    Theme current = Theme::System;
};

Original &original()
{
    static Original instance;
    if (!instance.saved) {
        instance.style = QApplication::style()->name();
        instance.palette = QApplication::palette();
        instance.saved = true;
    }
    return instance;
}

} // namespace

Theme preferredTheme()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    for (int i = 0; i < 3; ++i)
        if (saved == kNames[i])
            return static_cast<Theme>(i);
    return Theme::System;
}

QPalette themePalette(Theme theme)
{
    if (theme != Theme::Dark)
        return QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    const QColor window(0x2d, 0x2f, 0x33), base(0x1f, 0x21, 0x24), text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x7f, 0x84, 0x8a), highlight(0x3d, 0x8b, 0xd9);
    QPalette dark;
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, disabled);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    dark.setColor(QPalette::Light, window.lighter(140));
    dark.setColor(QPalette::Midlight, window.lighter(120));
    dark.setColor(QPalette::Mid, window.darker(120));
    dark.setColor(QPalette::Dark, window.darker(150));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Highlight, highlight);
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, highlight.lighter(130));
    dark.setColor(QPalette::LinkVisited, highlight.lighter(110));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, disabled);
    return dark;
}

void applyTheme(Theme theme)
{
    Original &before = original();
    if (theme == Theme::System) {
        QApplication::setStyle(before.style);
        QApplication::setPalette(before.palette);
    } else {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(themePalette(theme));
    }
    before.current = theme;
    QSettings().setValue(kSettingsKey, kNames[static_cast<int>(theme)]);
}

Theme currentTheme()
{
    return original().current;
}

} // namespace causeway::ui
