#pragma once

#include "flow/flow_graph.h"
#include "project/project.h"
#include "runtime/project_loader.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;
class QAction;
class QListWidget;
class QDockWidget;
class QPushButton;
class QTabWidget;

namespace causeway::ui {

class CatalogView;
class CommandPalette;
class DefinitionEditor;
class DesignTableView;
class FlowCanvas;
class ProjectDocument;
class RuleEditor;
class EventLogView;
class ProblemsModel;
class SimulationPanel;
class TraceView;
class Workspaces;

/**
 * @brief Causeway's main window: a welcome page, or the open project in three workspaces
 * (design, simulate, monitor) that share the event log, trace and problems docks.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** @brief Opens a project file on a worker thread; the window shows progress and errors. */
    void openProject(const QString &path);

    const runtime::SnapshotPtr &snapshot() const { return m_snapshot; }
    CatalogView *catalogView() const { return m_catalog; }
    ProblemsModel *problemsModel() const { return m_problems; }
    runtime::ProjectLoader *loader() const { return m_loader; }
    SimulationPanel *simulationPanel() const { return m_simulation; }
    EventLogView *eventLog() const { return m_eventLog; }
    QDockWidget *eventLogDock() const { return m_eventLogDock; }
    TraceView *traceView() const { return m_trace; }
    QDockWidget *traceDock() const { return m_traceDock; }
    Workspaces *workspaces() const { return m_workspaces; }
    ProjectDocument *document() const { return m_document; }
    DefinitionEditor *definitionEditor() const { return m_editor; }
    QDockWidget *definitionDock() const { return m_editorDock; }
    RuleEditor *ruleEditor() const { return m_rules; }
    QDockWidget *rulesDock() const { return m_rulesDock; }
    DesignTableView *designTable() const { return m_designTable; }
    FlowCanvas *flowCanvas() const { return m_flow; }
    QTabWidget *designPage() const { return m_designPage; }
    QDockWidget *designTableDock() const { return m_designTableDock; }
    CommandPalette *commandPalette() const { return m_palette; }

    /** @brief Opens a store file in the event log (and the Monitor workspace). */
    void openStore(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createWelcomePage();
    QWidget *createMonitorPage();
    void createDocks();
    void chooseStore();
    void showPalette();
    void newProject();
    bool save();
    bool saveAs();
    /** @brief Offers to save unsaved changes; false when the user cancels. */
    bool maybeSave();
    void showSnapshot(const runtime::SnapshotPtr &snapshot);
    void updateUndoActions();
    void addDefinition();
    void removeDefinition();
    // Requests of the flow canvas, made undoable project edits (main_window_flow.cpp).
    void connectFlowCanvas();
    void moveFlowNode(const QString &nodeId, const QPointF &position);
    void connectFlowNodes(const QString &fromNodeId, const QString &toNodeId);
    void resetFlowLayout();
    void selectFlowNode(const QString &nodeId);
    void removeFlowNodes(const QStringList &nodeIds);
    void pasteFlowNodes(const nlohmann::json &fragment, const QPointF &offset);
    void addFlowNode(flow::NodeKind kind, const QPointF &position);
    void editFlowNodeSpec(const QString &nodeId, const nlohmann::json &spec);
    /** @brief Makes @p project the document as step @p what, unless its flow would not
     * build; then the canvas says why and nothing changes. */
    bool applyFlowEdit(project::Project project, const QString &what);
    /** @brief Says why a canvas change was refused, in the status bar and the inspector. */
    bool refuseFlowEdit(const Error &error);
    void retranslate();
    void chooseProject();
    void reload();
    void showAbout();
    void setLanguage(const QString &code);
    void onLoaded(const runtime::SnapshotPtr &snapshot);
    void onFailed(const QString &path, const QString &message);
    void rememberRecent(const QString &path);
    void rebuildRecentMenus();
    void updateStatus();

    runtime::ProjectLoader *m_loader;
    ProjectDocument *m_document;
    runtime::SnapshotPtr m_snapshot;
    QStackedWidget *m_pages;
    QWidget *m_welcome = nullptr;
    QLabel *m_welcomeTitle = nullptr;
    QLabel *m_welcomeText = nullptr;
    QPushButton *m_welcomeOpen = nullptr;
    QLabel *m_recentLabel = nullptr;
    QListWidget *m_welcomeRecent = nullptr;
    CatalogView *m_catalog;
    FlowCanvas *m_flow;
    QTabWidget *m_designPage;
    ProblemsModel *m_problems;
    QTableView *m_problemsView;
    QDockWidget *m_problemsDock;
    SimulationPanel *m_simulation;
    EventLogView *m_eventLog;
    QDockWidget *m_eventLogDock;
    TraceView *m_trace;
    QDockWidget *m_traceDock;
    QWidget *m_monitor = nullptr;
    QLabel *m_monitorText = nullptr;
    QPushButton *m_monitorOpen = nullptr;
    DefinitionEditor *m_editor;
    QDockWidget *m_editorDock;
    RuleEditor *m_rules;
    QDockWidget *m_rulesDock;
    DesignTableView *m_designTable;
    QDockWidget *m_designTableDock;
    Workspaces *m_workspaces;
    CommandPalette *m_palette = nullptr;
    QLabel *m_statusLabel;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_flowMenu = nullptr;
    QMenu *m_simulateMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addDefinitionAction = nullptr;
    QAction *m_removeDefinitionAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openStoreAction = nullptr;
    QAction *m_paletteAction = nullptr;
    QMenu *m_workspaceMenu = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_germanAction = nullptr;
};

} // namespace causeway::ui
