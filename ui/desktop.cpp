#include "ui/desktop.h"

#include "ui/mainwindow/main_window.h"
#include "ui/settings/language.h"
#include "ui/settings/theme.h"

#include <QApplication>
#include <QCommandLineParser>

namespace causeway::ui {

int runDesktop(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Causeway"));
    QApplication::setApplicationName(QStringLiteral("Causeway"));
    QApplication::setApplicationVersion(QStringLiteral(CAUSEWAY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dev.causeway.Causeway"));
    applyLanguage(preferredLanguage());
    if (const Theme theme = preferredTheme(); theme != Theme::System)
        applyTheme(theme);

    MainWindow window;
    window.show();
    const QStringList arguments = QApplication::arguments().mid(1);
    if (!arguments.isEmpty())
        window.openProject(arguments.front());
    return QApplication::exec();
}

} // namespace causeway::ui
