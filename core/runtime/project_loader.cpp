#include "runtime/project_loader.h"

#include "runtime/project_snapshot.h"

#include <QtConcurrent/QtConcurrentRun>

namespace causeway::runtime {

Result<SnapshotPtr> loadSnapshot(const std::string &path)
{
    auto loaded = project::loadProject(path);
    if (!loaded)
        return loaded.error();
    return makeSnapshot(std::move(loaded->project), path, std::move(loaded->warnings));
}

Result<SnapshotPtr> makeSnapshot(project::Project project, std::string path,
                                 std::vector<std::string> warnings)
{
    auto registry = project::buildRegistry(project);
    if (!registry)
        return registry.error();
    auto snapshot = std::make_shared<ProjectSnapshot>();
    snapshot->path = std::move(path);
    snapshot->lint = catalog::lintDefinitions(project.definitions);
    snapshot->warnings = std::move(warnings);
    snapshot->project = std::move(project);
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
    // A running load cannot be interrupted; it is superseded when it lands.
    m_pendingPath = path;
    if (m_watcher.isRunning())
        return;
    m_runningPath = path;
    Q_EMIT started(path);
    const std::string file = path.toStdString();
    m_watcher.setFuture(QtConcurrent::run([file] { return loadSnapshot(file); }));
}

bool ProjectLoader::isLoading() const { return m_watcher.isRunning(); }

void ProjectLoader::onFinished()
{
    if (m_pendingPath != m_runningPath) {
        load(m_pendingPath);
        return;
    }
    const Result<SnapshotPtr> result = m_watcher.result();
    if (result)
        Q_EMIT loaded(*result);
    else
        Q_EMIT failed(m_runningPath, QString::fromStdString(result.error().toString()));
}

} // namespace causeway::runtime
