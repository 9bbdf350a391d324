#pragma once

#include "runtime/project_snapshot.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace causeway::ui {

/**
 * @brief The project being edited: its current snapshot, where it is saved and the history
 * of its edits. Every edit is one undoable step that swaps whole snapshots, so undo and
 * redo never rebuild anything and every view sees a consistent project.
 */
class ProjectDocument final : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);

    const runtime::SnapshotPtr &snapshot() const { return m_snapshot; }
    QUndoStack *undoStack() const { return m_undo; }
    /** @brief Edited since it was opened or saved. */
    bool isModified() const;
    /** @brief Where it is saved; empty for a new project that never was. */
    QString path() const;

    /** @brief Takes a loaded project; the history starts afresh. */
    void reset(runtime::SnapshotPtr snapshot);
    /** @brief Starts a new, empty, unsaved project. */
    void newProject(const QString &name);
    /**
     * @brief Applies @p changed as one undoable step called @p text. A project whose catalog
     * does not index (two definitions with one type and version, say) is refused, unchanged.
     */
    Status edit(project::Project changed, const QString &text);
    /** @brief Adds version 1.0.0 of a new event type with an empty object payload. */
    Status addDefinition(const QString &type);
    /** @brief Adds the next minor version of @p type, a copy of its newest one to change. */
    Status addVersion(const QString &type);
    /** @brief Removes every version of @p type. */
    Status removeDefinition(const QString &type);
    /** @brief Writes the project to its file; a new project needs saveAs(). */
    Status save();
    /** @brief Writes the project to @p path, which becomes its file. */
    Status saveAs(const QString &path);

Q_SIGNALS:
    /** @brief The project changed: loaded, edited, undone, redone or saved elsewhere. */
    void snapshotChanged(const causeway::runtime::SnapshotPtr &snapshot);
    void modifiedChanged(bool modified);

private:
    class EditCommand;
    void install(runtime::SnapshotPtr snapshot);

    runtime::SnapshotPtr m_snapshot;
    QString m_path;
    QUndoStack *m_undo;
};

} // namespace causeway::ui
