// The main window's menus and actions, and the texts of everything it owns.
#include "ui/mainwindow/main_window.h"

#include "ui/catalog/catalog_view.h"
#include "ui/common/icons.h"
#include "ui/designtable/design_table_view.h"
#include "ui/document/project_document.h"
#include "ui/editor/definition_editor.h"
#include "ui/eventlog/event_log_view.h"
#include "ui/flow/flow_canvas.h"
#include "ui/flow/flow_view.h"
#include "ui/mainwindow/workspaces.h"
#include "ui/palette/command_palette.h"
#include "ui/rules/rule_editor.h"
#include "ui/settings/language.h"
#include "ui/settings/theme.h"
#include "ui/simulation/simulation_panel.h"
#include "ui/trace/trace_view.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace causeway::ui {

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(actionIcon(QStringLiteral("document-new")), QString(), this,
                                        &MainWindow::newProject);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(actionIcon(QStringLiteral("document-open")), QString(),
                                         this, &MainWindow::chooseProject);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openStoreAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseStore);
    m_openStoreAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_reloadAction = m_fileMenu->addAction(actionIcon(QStringLiteral("view-refresh")), QString(),
                                           this, &MainWindow::reload);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setEnabled(false);
    m_fileMenu->addSeparator();
    m_saveAction = m_fileMenu->addAction(actionIcon(QStringLiteral("document-save")), QString(),
                                         this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction = m_fileMenu->addAction(actionIcon(QStringLiteral("document-save-as")),
                                           QString(), this, &MainWindow::saveAs);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_editMenu->addAction(actionIcon(QStringLiteral("edit-undo")), QString(),
                                         m_document->undoStack(), &QUndoStack::undo);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editMenu->addAction(actionIcon(QStringLiteral("edit-redo")), QString(),
                                         m_document->undoStack(), &QUndoStack::redo);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addSeparator();
    m_addDefinitionAction = m_editMenu->addAction(QString(), this, &MainWindow::addDefinition);
    m_addDefinitionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_removeDefinitionAction =
        m_editMenu->addAction(QString(), this, &MainWindow::removeDefinition);
    // The canvas's own actions, here too so that the menu and Ctrl+K find them; their keys
    // still only work on the canvas.
    m_flowMenu = m_editMenu->addMenu(QString());
    m_flowMenu->addActions({m_flow->deleteAction(), m_flow->cutAction(), m_flow->copyAction(),
                            m_flow->pasteAction(), m_flow->duplicateAction()});
    m_flowMenu->addSeparator();
    m_flowMenu->addActions({m_flow->autoLayoutAction(), m_flow->view()->zoomInAction(),
                            m_flow->view()->zoomOutAction(), m_flow->view()->zoomToFitAction()});

    m_viewMenu = menuBar()->addMenu(QString());
    m_findAction = m_viewMenu->addAction(QString(), this, [this] { m_catalog->focusSearch(); });
    m_findAction->setShortcut(QKeySequence::Find);
    m_paletteAction = m_viewMenu->addAction(QString(), this, &MainWindow::showPalette);
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_workspaceMenu = m_viewMenu->addMenu(QString());
    m_workspaceMenu->addActions(m_workspaces->actions());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_problemsDock->toggleViewAction());
    m_viewMenu->addAction(m_editorDock->toggleViewAction());
    m_viewMenu->addAction(m_rulesDock->toggleViewAction());
    m_viewMenu->addAction(m_designTableDock->toggleViewAction());
    m_viewMenu->addAction(m_eventLogDock->toggleViewAction());
    m_viewMenu->addAction(m_traceDock->toggleViewAction());
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languages = new QActionGroup(this);
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_germanAction = m_languageMenu->addAction(QStringLiteral("Deutsch"));
    for (auto [action, code] :
         {std::pair{m_englishAction, "en"}, std::pair{m_germanAction, "de"}}) {
        action->setCheckable(true);
        action->setChecked(currentLanguage() == QLatin1String(code));
        languages->addAction(action);
        const QString language = QString::fromLatin1(code);
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->setObjectName(QStringLiteral("themeMenu"));
    auto *themes = new QActionGroup(this);
    for (const Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        QAction *action = m_themeMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(currentTheme() == theme);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [theme] { applyTheme(theme); });
    }

    m_simulateMenu = menuBar()->addMenu(QString());
    for (QAction *action : m_simulation->controlActions()) {
        m_simulateMenu->addAction(action);
        // The shortcuts work wherever the focus is, and running shows the panel.
        action->setShortcutContext(Qt::WindowShortcut);
    }
    connect(m_simulation->controlActions().front(), &QAction::triggered, this,
            [this] { m_workspaces->switchTo(Workspaces::Simulate); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    // "[*]" shows an asterisk while the project has unsaved changes.
    setWindowTitle(
        m_snapshot ? tr("%1[*] — Causeway").arg(QString::fromStdString(m_snapshot->project.name))
                   : tr("Causeway"));
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Project"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_editMenu->setTitle(tr("&Edit"));
    m_addDefinitionAction->setText(tr("New &Definition…"));
    m_removeDefinitionAction->setText(tr("Remove Definition"));
    m_flowMenu->setTitle(tr("&Flow"));
    m_editorDock->setWindowTitle(tr("Definition"));
    m_rulesDock->setWindowTitle(tr("Rules"));
    m_designPage->setTabText(0, tr("Catalog"));
    m_designPage->setTabText(1, tr("Flow"));
    m_designTableDock->setWindowTitle(tr("Design Table"));
    updateUndoActions();
    m_openAction->setText(tr("&Open Project…"));
    m_openStoreAction->setText(tr("Open Event &Store…"));
    m_paletteAction->setText(tr("&Command Palette…"));
    m_workspaceMenu->setTitle(tr("&Workspace"));
    m_eventLogDock->setWindowTitle(tr("Event Log"));
    m_traceDock->setWindowTitle(tr("Trace"));
    m_monitorText->setText(
        tr("<h3>Monitor</h3><p>Browse recorded events: filter the event log, select an event "
           "to see its envelope, payload and validation, and trace its workflow (Ctrl+T). "
           "Simulation runs are recorded here automatically.</p><p>Live MQTT and HTTP "
           "connections arrive in a later version.</p>"));
    m_monitorOpen->setText(tr("Open Event Store…"));
    m_workspaces->retranslate();
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_reloadAction->setText(tr("&Reload"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Find Definition"));
    m_languageMenu->setTitle(tr("&Language"));
    m_themeMenu->setTitle(tr("&Theme"));
    const QString themeNames[] = {tr("As the &Desktop"), tr("&Light"), tr("Dar&k")};
    for (int i = 0; i < m_themeMenu->actions().size(); ++i)
        m_themeMenu->actions()[i]->setText(themeNames[i]);
    m_simulateMenu->setTitle(tr("&Simulate"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Causeway"));
    m_problemsDock->setWindowTitle(tr("Problems"));
    m_welcomeTitle->setText(tr("Welcome to Causeway"));
    m_welcomeText->setText(tr("Design event catalogs and routing, simulate workflows, and watch "
                              "live traffic. Open a project (*.causeway.json) to begin, or drop "
                              "one onto this window."));
    m_welcomeOpen->setText(tr("Open Project…"));
    m_recentLabel->setText(tr("Recent projects"));
    rebuildRecentMenus();
    updateStatus();
}

void MainWindow::updateUndoActions()
{
    const QUndoStack *stack = m_document->undoStack();
    m_undoAction->setEnabled(stack->canUndo());
    m_redoAction->setEnabled(stack->canRedo());
    m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    m_saveAction->setEnabled(m_snapshot != nullptr);
    m_saveAsAction->setEnabled(m_snapshot != nullptr);
    m_addDefinitionAction->setEnabled(m_snapshot != nullptr);
    m_removeDefinitionAction->setEnabled(m_snapshot && !m_editor->type().isEmpty());
}

void MainWindow::showPalette()
{
    if (!m_palette)
        m_palette = new CommandPalette(menuBar(), this);
    m_palette->popup();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Causeway"),
                       tr("<h3>Causeway %1</h3><p>A studio for event-driven systems: design event "
                          "catalogs and routing rules, simulate workflows, monitor live MQTT and "
                          "HTTP traffic.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::setLanguage(const QString &code)
{
    applyLanguage(code); // Qt sends LanguageChange to every widget
}

} // namespace causeway::ui
