#include "ui/document/project_document.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace causeway::ui {

class ProjectDocument::EditCommand final : public QUndoCommand
{
public:
    EditCommand(ProjectDocument *document, runtime::SnapshotPtr before, runtime::SnapshotPtr after,
                const QString &text)
        : QUndoCommand(text), m_document(document), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }

    void undo() override { m_document->install(m_before); }
    void redo() override { m_document->install(m_after); }

private:
    ProjectDocument *m_document;
    runtime::SnapshotPtr m_before;
    runtime::SnapshotPtr m_after;
};

ProjectDocument::ProjectDocument(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

bool ProjectDocument::isModified() const
{
    return !m_undo->isClean();
}

QString ProjectDocument::path() const
{
    return m_path;
}

void ProjectDocument::reset(runtime::SnapshotPtr snapshot)
{
    m_undo->clear();
    m_path = snapshot ? QString::fromStdString(snapshot->path) : QString();
    install(std::move(snapshot));
}

void ProjectDocument::newProject(const QString &name)
{
    project::Project project;
    project.name = name.toStdString();
    auto snapshot = runtime::makeSnapshot(std::move(project), std::string());
    reset(*snapshot); // an empty catalog always indexes
}

Status ProjectDocument::edit(project::Project changed, const QString &text)
{
    if (!m_snapshot)
        return makeError("no project is open");
    if (changed == m_snapshot->project)
        return Ok{}; // nothing to undo later
    auto after =
        runtime::makeSnapshot(std::move(changed), m_path.toStdString(), m_snapshot->warnings);
    if (!after)
        return after.error();
    m_undo->push(new EditCommand(this, m_snapshot, std::move(*after), text)); // runs redo()
    return Ok{};
}

Status ProjectDocument::addDefinition(const QString &type)
{
    if (!m_snapshot)
        return makeError("no project is open");
    const std::string name = type.trimmed().toStdString();
    if (name.empty())
        return makeError("a definition needs a type, such as com.example.order.placed");
    if (m_snapshot->registry.find(name))
        return makeError("the catalog already has " + name);
    catalog::Definition definition;
    definition.type = name;
    definition.name = name.substr(name.rfind('.') + 1);
    definition.version = *catalog::SemVer::parse("1.0.0");
    definition.payloadSchema = {{"type", "object"}, {"properties", nlohmann::json::object()}};
    project::Project changed = m_snapshot->project;
    changed.definitions.push_back(std::move(definition));
    return edit(std::move(changed), tr("Add definition %1").arg(type.trimmed()));
}

Status ProjectDocument::addVersion(const QString &type)
{
    if (!m_snapshot)
        return makeError("no project is open");
    const auto history = m_snapshot->registry.history(type.toStdString());
    if (history.empty())
        return makeError("the catalog has no " + type.toStdString());
    catalog::Definition next = history.back()->definition; // oldest first
    next.version = {next.version.major, next.version.minor + 1, 0, {}};
    project::Project changed = m_snapshot->project;
    changed.definitions.push_back(next);
    return edit(
        std::move(changed),
        tr("Add version %1 of %2").arg(QString::fromStdString(next.version.toString()), type));
}

Status ProjectDocument::removeDefinition(const QString &type)
{
    if (!m_snapshot)
        return makeError("no project is open");
    project::Project changed = m_snapshot->project;
    std::erase_if(changed.definitions, [name = type.toStdString()](const auto &definition) {
        return definition.type == name;
    });
    if (changed.definitions.size() == m_snapshot->project.definitions.size())
        return makeError("the catalog has no " + type.toStdString());
    return edit(std::move(changed), tr("Remove definition %1").arg(type));
}

Status ProjectDocument::save()
{
    if (!m_snapshot || m_path.isEmpty())
        return makeError("the project has no file yet: save it as a new file");
    return saveAs(m_path);
}

Status ProjectDocument::saveAs(const QString &path)
{
    if (!m_snapshot)
        return makeError("no project is open");
    const Status saved = project::saveProject(m_snapshot->project, path.toStdString());
    if (!saved)
        return saved;
    if (path != m_path) {
        m_path = path; // same project, new file: not an edit, so the history keeps its steps
        install(m_snapshot);
    }
    m_undo->setClean();
    return Ok{};
}

void ProjectDocument::install(runtime::SnapshotPtr snapshot)
{
    // Steps recorded before a Save As carry the old file: views see the current one.
    // The registry cannot be copied, so that rare snapshot is built again.
    if (snapshot && QString::fromStdString(snapshot->path) != m_path) {
        if (auto moved =
                runtime::makeSnapshot(snapshot->project, m_path.toStdString(), snapshot->warnings))
            snapshot = std::move(*moved);
    }
    m_snapshot = std::move(snapshot);
    Q_EMIT snapshotChanged(m_snapshot);
}

} // namespace causeway::ui
