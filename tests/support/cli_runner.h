#pragma once

// Runs the causeway executable as a user does, for the tests of the headless commands.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace testsupport {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** @brief Runs causeway with @p arguments, feeding @p input (if not null) on standard input. */
inline Run causeway(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(CAUSEWAY_EXECUTABLE), arguments);
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("causeway %s did not finish", qPrintable(arguments.join(u' ')));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace testsupport
