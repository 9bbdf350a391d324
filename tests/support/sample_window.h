#pragma once

// UI tests: a main window on a fresh copy of a sample project, so that edits and saves
// never touch the sample itself.

#include "test_support.h"
#include "ui/mainwindow/main_window.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <memory>

namespace testsupport {

/**
 * @brief A shown 1600×1000 window that has loaded a copy of samples/@p sample in @p folder;
 * nullptr when the copy or the load failed.
 */
inline std::unique_ptr<causeway::ui::MainWindow> openSampleCopy(const QDir &folder, const char *sample)
{
    const QString name = QString::fromLatin1(sample);
    const QString copy = folder.filePath(name + QStringLiteral(".causeway.json"));
    QFile::remove(copy);
    const QString original =
        QString::fromStdString(sourcePath("samples/")) + name + u'/' + name + QStringLiteral(".causeway.json");
    if (!QFile::copy(original, copy))
        return nullptr;
    auto window = std::make_unique<causeway::ui::MainWindow>();
    window->resize(1600, 1000);
    window->show();
    QSignalSpy loaded(window->loader(), &causeway::runtime::ProjectLoader::loaded);
    window->openProject(copy);
    return loaded.wait(10000) ? std::move(window) : nullptr;
}

} // namespace testsupport
