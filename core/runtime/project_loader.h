#pragma once

#include "common/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <memory>

namespace causeway::runtime {

struct ProjectSnapshot; // runtime/project_snapshot.h
using SnapshotPtr = std::shared_ptr<const ProjectSnapshot>;

/**
 * @brief Loads projects on a worker thread and reports on the thread it lives in.
 * A newer load() supersedes an older one that has not finished.
 */
class ProjectLoader : public QObject
{
    Q_OBJECT

public:
    explicit ProjectLoader(QObject *parent = nullptr);
    ~ProjectLoader() override;

    void load(const QString &path);
    bool isLoading() const;

Q_SIGNALS:
    void started(const QString &path);
    void loaded(const causeway::runtime::SnapshotPtr &snapshot);
    void failed(const QString &path, const QString &message);

private:
    void onFinished();

    QFutureWatcher<Result<SnapshotPtr>> m_watcher;
    QString m_runningPath;
    QString m_pendingPath; // the newest request
};

} // namespace causeway::runtime
