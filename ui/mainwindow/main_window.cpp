#include "ui/mainwindow/main_window.h"

#include "runtime/project_snapshot.h"
#include "ui/catalog/catalog_view.h"
#include "ui/catalog/problems_model.h"
#include "ui/designtable/design_table_view.h"
#include "ui/document/project_document.h"
#include "ui/editor/definition_editor.h"
#include "ui/eventlog/event_log_view.h"
#include "ui/flow/flow_canvas.h"
#include "ui/mainwindow/workspaces.h"
#include "ui/rules/rule_editor.h"
#include "ui/simulation/simulation_panel.h"
#include "ui/trace/trace_view.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
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
                             resizeDocks({m_editorDock}, {width() / 3}, Qt::Horizontal);
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
    if (event->type() == QEvent::LanguageChange) {
        // Status messages are transient and in the language before: none beats a stale one.
        statusBar()->clearMessage();
        retranslate();
    }
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
