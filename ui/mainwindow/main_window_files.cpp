// The main window's file handling: projects (open, new, save, recent) and event stores.
#include "runtime/project_snapshot.h"
#include "ui/catalog/catalog_view.h"
#include "ui/catalog/problems_model.h"
#include "ui/designtable/design_table_view.h"
#include "ui/document/project_document.h"
#include "ui/editor/definition_editor.h"
#include "ui/eventlog/event_log_view.h"
#include "ui/flow/flow_canvas.h"
#include "ui/mainwindow/main_window.h"
#include "ui/mainwindow/workspaces.h"
#include "ui/simulation/simulation_panel.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

namespace causeway::ui {

namespace {

const QString kRecentKey = QStringLiteral("projects/recent");
constexpr int kMaxRecent = 8;

} // namespace

void MainWindow::openProject(const QString &path)
{
    if (maybeSave())
        m_loader->load(QFileInfo(path).absoluteFilePath());
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    m_document->newProject(tr("Untitled"));
    m_workspaces->setAvailable(true);
    m_workspaces->switchTo(Workspaces::Design);
    statusBar()->showMessage(tr("A new project: add definitions, then save it (Ctrl+S)."), 8000);
}

bool MainWindow::save()
{
    if (m_document->path().isEmpty())
        return saveAs();
    const Status saved = m_document->save();
    if (!saved) {
        QMessageBox::warning(this, tr("Cannot save the project"),
                             QString::fromStdString(saved.error().toString()).toHtmlEscaped());
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->path()), 5000);
    return true;
}

bool MainWindow::saveAs()
{
    const QString start = m_document->path().isEmpty() ? QStringLiteral("untitled.causeway.json")
                                                       : m_document->path();
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), start,
                                                tr("Causeway projects (*.causeway.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".causeway.json");
    const Status saved = m_document->saveAs(path);
    if (!saved) {
        QMessageBox::warning(this, tr("Cannot save the project"),
                             QString::fromStdString(saved.error().toString()).toHtmlEscaped());
        return false;
    }
    rememberRecent(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them first?")
            .arg(QString::fromStdString(m_snapshot->project.name).toHtmlEscaped()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::chooseProject()
{
    const QString start =
        m_snapshot ? QFileInfo(QString::fromStdString(m_snapshot->path)).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), start,
        tr("Causeway projects (*.causeway.json);;JSON files (*.json)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseStore()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Event Store"), QFileInfo(m_eventLog->storePath()).absolutePath(),
        tr("Event stores (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::openStore(const QString &path)
{
    m_eventLog->openStore(QFileInfo(path).absoluteFilePath());
    m_workspaces->setAvailable(true);
    if (m_pages->currentWidget() != m_simulation)
        m_workspaces->switchTo(Workspaces::Monitor);
    m_eventLogDock->show();
}

void MainWindow::reload()
{
    if (!m_document->path().isEmpty())
        openProject(m_document->path());
}

void MainWindow::onLoaded(const runtime::SnapshotPtr &snapshot)
{
    QApplication::restoreOverrideCursor();
    m_document->reset(snapshot); // shows it, through showSnapshot()
    m_workspaces->setAvailable(true);
    m_workspaces->switchTo(m_workspaces->current()); // where the user was last time
    // The problems when there are some, else the rules, share the bottom of Design.
    if (m_workspaces->current() == Workspaces::Design && !snapshot->lint.empty())
        m_problemsDock->show();
    (snapshot->lint.empty() ? m_rulesDock : m_problemsDock)->raise();
    rememberRecent(QString::fromStdString(snapshot->path));
    for (const auto &warning : snapshot->warnings)
        statusBar()->showMessage(QString::fromStdString(warning), 10000);
    if (snapshot->warnings.empty())
        statusBar()->showMessage(tr("Opened %1").arg(QString::fromStdString(snapshot->path)), 5000);
}

void MainWindow::showSnapshot(const runtime::SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    m_catalog->setSnapshot(snapshot);
    m_problems->setSnapshot(snapshot);
    m_simulation->setSnapshot(snapshot);
    m_designTable->setSnapshot(snapshot);
    m_flow->setSnapshot(snapshot);
    m_eventLog->setRegistry(
        std::shared_ptr<const catalog::DefinitionRegistry>(snapshot, &snapshot->registry));
    m_problemsView->resizeColumnToContents(ProblemsModel::SeverityColumn);
    m_problemsView->resizeColumnToContents(ProblemsModel::SubjectColumn);
    m_reloadAction->setEnabled(!m_document->path().isEmpty());
    retranslate();
}

void MainWindow::onFailed(const QString &path, const QString &message)
{
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    QMessageBox::warning(this, tr("Cannot open project"),
                         tr("<p>%1 could not be opened.</p><p><tt>%2</tt></p>")
                             .arg(path.toHtmlEscaped(), message.toHtmlEscaped()));
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    rebuildRecentMenus();
}

void MainWindow::rebuildRecentMenus()
{
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    m_recentMenu->clear();
    m_welcomeRecent->clear();
    for (const QString &path : recent) {
        const QString name = QFileInfo(path).fileName();
        m_recentMenu->addAction(name, this, [this, path] { openProject(path); })->setToolTip(path);
        auto *item =
            new QListWidgetItem(QStringLiteral("%1 — %2").arg(name, path), m_welcomeRecent);
        item->setData(Qt::UserRole, path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_recentLabel->setVisible(!recent.isEmpty());
    m_welcomeRecent->setVisible(!recent.isEmpty());
}

} // namespace causeway::ui
