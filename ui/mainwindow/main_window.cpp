#include "ui/mainwindow/main_window.h"

#include "runtime/project_snapshot.h"
#include "ui/catalog/catalog_view.h"
#include "ui/catalog/problems_model.h"
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
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace causeway::ui {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_loader(new runtime::ProjectLoader(this)),
      m_document(new ProjectDocument(this)), m_pages(new QStackedWidget(this)),
      m_catalog(new CatalogView(this)), m_flow(new FlowCanvas(this)),
      m_designPage(new QTabWidget(this)), m_problems(new ProblemsModel(this)),
      m_problemsView(new QTableView(this)), m_problemsDock(new QDockWidget(this)),
      m_simulation(new SimulationPanel(this)), m_eventLog(new EventLogView(this)),
      m_eventLogDock(new QDockWidget(this)), m_trace(new TraceView(m_eventLog->browser(), this)),
      m_traceDock(new QDockWidget(this)), m_editor(new DefinitionEditor(m_document, this)),
      m_editorDock(new QDockWidget(this)), m_rules(new RuleEditor(m_document, this)),
      m_rulesDock(new QDockWidget(this)), m_designTable(new DesignTableView(this)),
      m_designTableDock(new QDockWidget(this)), m_workspaces(new Workspaces(this, m_pages)),
      m_statusLabel(new QLabel(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/causeway.svg")));
    setAcceptDrops(true);
    setDockOptions(dockOptions() | QMainWindow::AllowTabbedDocks);
    createWelcomePage();
    m_pages->addWidget(m_welcome);
    m_designPage->setDocumentMode(true);
    m_designPage->addTab(m_catalog, QString());
    m_designPage->addTab(m_flow, QString());
    m_pages->addWidget(m_designPage);
    m_pages->addWidget(m_simulation);
    m_pages->addWidget(createMonitorPage());
    setCentralWidget(m_pages);
    createDocks();
    statusBar()->addPermanentWidget(m_statusLabel);

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("workspaceBar"));
    bar->setMovable(false);
    bar->addWidget(m_workspaces->tabBar());
    addToolBar(Qt::TopToolBarArea, bar);
    // Sizes are shares of the window, so the defaults suit any screen.
    m_workspaces->define(Workspaces::Design, m_designPage,
                         {m_problemsDock, m_rulesDock, m_designTableDock, m_editorDock}, [this] {
                             resizeDocks({m_problemsDock}, {height() / 3}, Qt::Vertical);
                             resizeDocks({m_editorDock}, {width() * 2 / 5}, Qt::Horizontal);
                         });
    m_workspaces->define(Workspaces::Simulate, m_simulation, {m_eventLogDock}, [this] {
        resizeDocks({m_eventLogDock}, {height() * 2 / 5}, Qt::Vertical);
    });
    m_workspaces->define(Workspaces::Monitor, m_monitor, {m_eventLogDock, m_traceDock}, [this] {
        resizeDocks({m_traceDock}, {width() * 3 / 5}, Qt::Horizontal);
        resizeDocks({m_eventLogDock}, {height() / 2}, Qt::Vertical);
    });
    m_workspaces->setDocks({m_problemsDock, m_rulesDock, m_designTableDock, m_editorDock,
                            m_eventLogDock, m_traceDock});

    createActions();
    connectFlowCanvas();
    retranslate();
    rebuildRecentMenus();

    connect(m_loader, &runtime::ProjectLoader::started, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
        QApplication::setOverrideCursor(Qt::BusyCursor);
    });
    connect(m_loader, &runtime::ProjectLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &runtime::ProjectLoader::failed, this, &MainWindow::onFailed);
    connect(m_document, &ProjectDocument::snapshotChanged, this, &MainWindow::showSnapshot);
    connect(m_document, &ProjectDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this,
            &MainWindow::updateUndoActions);
    connect(m_catalog, &CatalogView::currentTypeChanged, this, [this](const QString &type) {
        m_editor->showType(type);
        updateUndoActions();
    });
    connect(m_problemsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_catalog->showType(index.data(ProblemsModel::TypeRole).toString());
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 800);
    m_workspaces->restoreSettings();
    m_workspaces->setAvailable(false); // until a project or a store is open
}

void MainWindow::createDocks()
{
    m_problemsView->setModel(m_problems);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->setWordWrap(false);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->horizontalHeader()->setSectionResizeMode(ProblemsModel::MessageColumn,
                                                             QHeaderView::Stretch);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problemsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_eventLogDock->setObjectName(QStringLiteral("eventLogDock"));
    m_eventLogDock->setWidget(m_eventLog);
    addDockWidget(Qt::BottomDockWidgetArea, m_eventLogDock);
    m_rulesDock->setObjectName(QStringLiteral("rulesDock"));
    m_rulesDock->setWidget(m_rules);
    addDockWidget(Qt::BottomDockWidgetArea, m_rulesDock);
    tabifyDockWidget(m_problemsDock, m_rulesDock);
    m_designTableDock->setObjectName(QStringLiteral("designTableDock"));
    m_designTableDock->setWidget(m_designTable);
    connect(m_designTable, &DesignTableView::specEditRequested, this,
            &MainWindow::editFlowNodeSpec);
    addDockWidget(Qt::BottomDockWidgetArea, m_designTableDock);
    tabifyDockWidget(m_rulesDock, m_designTableDock);
    m_problemsDock->raise();
    m_editorDock->setObjectName(QStringLiteral("definitionDock"));
    m_editorDock->setWidget(m_editor);
    addDockWidget(Qt::RightDockWidgetArea, m_editorDock);
    m_traceDock->setObjectName(QStringLiteral("traceDock"));
    m_traceDock->setWidget(m_trace);
    addDockWidget(Qt::RightDockWidgetArea, m_traceDock);

    connect(m_eventLog, &EventLogView::traceRequested, this, [this](const QString &correlation) {
        m_traceDock->show();
        m_traceDock->raise();
        m_trace->showWorkflow(correlation);
    });
    connect(m_eventLog, &EventLogView::currentSequenceChanged, m_trace, &TraceView::selectSequence);
    connect(m_trace, &TraceView::eventActivated, this, [this](qint64 sequence) {
        if (!m_eventLog->selectSequence(sequence))
            statusBar()->showMessage(tr("The event log's filters hide this event."), 5000);
    });
    connect(m_eventLog, &EventLogView::storeOpened, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    });
    connect(m_simulation, &SimulationPanel::recordingReady, this, [this](const QString &path) {
        if (path == m_eventLog->storePath())
            m_eventLog->refresh();
        else
            m_eventLog->openStore(path);
    });
}

QWidget *MainWindow::createMonitorPage()
{
    m_monitor = new QWidget(this);
    m_monitorText = new QLabel(m_monitor);
    m_monitorText->setWordWrap(true);
    m_monitorText->setMaximumWidth(720);
    m_monitorOpen = new QPushButton(m_monitor);
    auto *layout = new QVBoxLayout(m_monitor);
    layout->setContentsMargins(48, 36, 48, 36);
    layout->addWidget(m_monitorText);
    layout->addSpacing(12);
    layout->addWidget(m_monitorOpen, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_monitorOpen, &QPushButton::clicked, this, &MainWindow::chooseStore);
    return m_monitor;
}

MainWindow::~MainWindow() = default;

void MainWindow::createWelcomePage()
{
    m_welcome = new QWidget(this);
    m_welcomeTitle = new QLabel(m_welcome);
    m_welcomeTitle->setStyleSheet(QStringLiteral("font-size: 20pt; font-weight: 600;"));
    m_welcomeText = new QLabel(m_welcome);
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setMaximumWidth(720);
    m_welcomeOpen = new QPushButton(m_welcome);
    m_recentLabel = new QLabel(m_welcome);
    m_welcomeRecent = new QListWidget(m_welcome);
    m_welcomeRecent->setMaximumWidth(640);
    auto *icon = new QLabel(m_welcome);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/causeway.svg")).pixmap(72, 72));
    auto *title = new QHBoxLayout;
    title->addWidget(icon);
    title->addSpacing(12);
    title->addWidget(m_welcomeTitle, 1);
    auto *layout = new QVBoxLayout(m_welcome);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addLayout(title);
    layout->addSpacing(8);
    layout->addWidget(m_welcomeText);
    layout->addSpacing(16);
    layout->addWidget(m_welcomeOpen, 0, Qt::AlignLeft);
    layout->addSpacing(24);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_welcomeRecent, 3);
    // Takes the room the recent list leaves when there is none.
    layout->addStretch(1);
    connect(m_welcomeOpen, &QPushButton::clicked, this, &MainWindow::chooseProject);
    connect(m_welcomeRecent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openProject(item->data(Qt::UserRole).toString()); });
}

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

void MainWindow::addDefinition()
{
    bool ok = false;
    const QString type = QInputDialog::getText(
        this, tr("New Definition"), tr("The event type, named like com.example.order.placed:"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    m_workspaces->switchTo(Workspaces::Design);
    const Status added = m_document->addDefinition(type);
    if (!added) {
        QMessageBox::warning(this, tr("Cannot add the definition"),
                             QString::fromStdString(added.error().toString()).toHtmlEscaped());
        return;
    }
    m_catalog->showType(type.trimmed());
    m_editorDock->show();
}

void MainWindow::removeDefinition()
{
    const QString type = m_editor->type();
    if (type.isEmpty())
        return;
    const Status removed = m_document->removeDefinition(type);
    if (!removed)
        statusBar()->showMessage(QString::fromStdString(removed.error().toString()), 8000);
    else
        statusBar()->showMessage(tr("Removed %1 (Ctrl+Z brings it back)").arg(type), 8000);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    m_workspaces->saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    openProject(event->mimeData()->urls().front().toLocalFile());
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

void MainWindow::updateStatus()
{
    if (!m_snapshot) {
        m_statusLabel->clear();
        return;
    }
    const int definitions = static_cast<int>(m_snapshot->registry.typeCount());
    m_statusLabel->setText(
        tr("%n definition(s)", nullptr, definitions) + QStringLiteral(" · ") +
        tr("%n error(s)", nullptr, m_problems->count(catalog::Severity::Error)) +
        QStringLiteral(" · ") +
        tr("%n warning(s)", nullptr, m_problems->count(catalog::Severity::Warning)));
}

} // namespace causeway::ui
