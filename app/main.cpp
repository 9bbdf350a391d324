// The causeway executable: the desktop application, or a headless command.
#include "cli/command.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstring>

#ifdef CAUSEWAY_WITH_GUI
#include "ui/desktop.h"
#endif

int main(int argc, char *argv[])
{
    using namespace causeway;
    const bool wantsHelp =
        argc > 1 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 ||
                     std::strcmp(argv[1], "help") == 0);
    if (argc > 1 && (wantsHelp || cli::findCommand(QString::fromLocal8Bit(argv[1])))) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("causeway"));
        QStringList arguments = QCoreApplication::arguments().mid(1);
        if (wantsHelp) {
            if (arguments.size() > 1 && cli::findCommand(arguments[1]))
                return cli::findCommand(arguments[1])
                    ->run({arguments[1], QStringLiteral("--help")});
            cli::printOverview();
            return cli::Success;
        }
        return cli::findCommand(arguments.front())->run(arguments);
    }
    if (argc > 1 && argv[1][0] == '-' && std::strcmp(argv[1], "-") != 0) {
        std::fprintf(stderr, "causeway: unknown option '%s'\n", argv[1]);
        cli::printOverview();
        return cli::UsageOrInputError;
    }
#ifdef CAUSEWAY_WITH_GUI
    return ui::runDesktop(argc, argv);
#else
    std::fprintf(stderr, "causeway: this build has no desktop interface; run 'causeway --help'\n");
    return cli::UsageOrInputError;
#endif
}
