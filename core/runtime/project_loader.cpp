#include "runtime/project_loader.h"

#include "runtime/project_snapshot.h"

#include <QtConcurrent/QtConcurrentRun>

namespace causeway::runtime {

Result<SnapshotPtr> loadSnapshot(const std::string &path)
{
    auto loaded = project::loadProject(path);
    if (!loaded)
        return loaded.error();
    auto registry = project::buildRegistry(loaded->project);
    if (!registry)
        return registry.error();
    auto snapshot = std::make_shared<ProjectSnapshot>();
    snapshot->path = path;
    snapshot->lint = catalog::lintDefinitions(loaded->project.definitions);
    snapshot->warnings = std::move(loaded->warnings);
    snapshot->project = std::move(loaded->project);
    snapshot->registry = std::move(*registry);
    return SnapshotPtr(std::move(snapshot));
}

ProjectLoader::ProjectLoader(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<SnapshotPtr>>::finished, this,
            &ProjectLoader::onFinished);
}

ProjectLoader::~ProjectLoader()
{
    m_watcher.waitForFinished();
}

void ProjectLoader::load(const QString &path)
{
    // A running load cannot be interrupted; its result is ignored when it lands.
    m_pendingPath = path;
    if (m_watcher.isRunning())
        return;
    Q_EMIT started(path);
    const std::string file = path.toStdString();
    m_watcher.setFuture(QtConcurrent::run([file] { return loadSnapshot(file); }));
}

bool ProjectLoader::isLoading() const
{
    return m_watcher.isRunning();
}

void ProjectLoader::onFinished()
{
    const Result<SnapshotPtr> result = m_watcher.result();
    const QString finishedPath =
        QString::fromStdString(result ? (*result)->path : result.error().where.file);
    if (!m_pendingPath.isEmpty() && result && finishedPath != m_pendingPath) {
        const QString next = m_pendingPath;
        m_pendingPath.clear();
        load(next);
        return;
    }
    m_pendingPath.clear();
    if (result)
        Q_EMIT loaded(*result);
    else
        Q_EMIT failed(finishedPath, QString::fromStdString(result.error().toString()));
}

} // namespace causeway::runtime
