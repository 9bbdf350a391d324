#pragma once

#include "flow/flow_graph.h"
#include "runtime/project_snapshot.h"
#include "ui/flow/flow_scene.h"

#include <QPointF>
#include <QWidget>
#include <optional>

class QAction;
class QGraphicsItem;
class QLabel;
class QTimer;
class QToolBar;

namespace causeway::ui {

class FlowInspector;
class FlowPalette;
class FlowView;

/**
 * @brief The flow canvas of the Design workspace: the project's sources, types, rules,
 * actors and sinks as a graph, with a toolbar (auto-layout, zoom to fit, problems), a palette
 * to drag new nodes from and an inspector of the selected node. Moves, connections, new,
 * deleted, pasted and changed nodes are requests: the main window turns them into undoable
 * project edits, and the snapshot that follows redraws the canvas, keeping the selection.
 */
class FlowCanvas final : public QWidget
{
    Q_OBJECT

public:
    explicit FlowCanvas(QWidget *parent = nullptr);

    /** @brief Draws @p snapshot's flow, keeping the zoom; the first one is fitted. */
    void setSnapshot(const runtime::SnapshotPtr &snapshot);

    /** @brief Labels edges with their counts, thicker with more traffic. */
    void setEdgeCounts(const EdgeCounts &counts);
    /** @brief Tints actor @p actorName green to amber to red as @p utilisation0to1 grows. */
    void setActorLoad(const QString &actorName, double utilisation0to1);
    /** @brief Removes counts and tints (a run ended or was reset). */
    void clearRuntime();
    /** @brief While a run goes on, dots move along the edges that carried events since the
     * last counts; off, they stop. They only move while the canvas is on screen. */
    void setAnimated(bool animated);

    FlowScene *scene() const { return m_scene; }
    /** @brief The graph drawn now; empty when the project's flow could not be built. */
    const std::optional<flow::FlowGraph> &graph() const { return m_graph; }
    FlowView *view() const { return m_view; }
    /** @brief How many problems the graph has (0 when it could not be built). */
    int problemCount() const;
    /** @brief The item of node @p id ("actor:credit-check"), or nullptr. */
    QGraphicsItem *itemForNode(const QString &id) const;
    /** @brief Why the flow could not be drawn; empty when it was. */
    QString errorText() const { return m_error; }
    QAction *autoLayoutAction() const { return m_autoLayout; }
    QAction *deleteAction() const { return m_delete; }
    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *duplicateAction() const { return m_duplicate; }
    FlowPalette *palette() const { return m_palette; }
    FlowInspector *inspector() const { return m_inspector; }

    /** @brief With editing off (the Simulate workspace), there is no palette, inspector,
     * deleting or pasting: the canvas only shows. */
    void setEditable(bool editable);
    /** @brief Says in the inspector why a change of the canvas's was refused. */
    void refuseEdit(const QString &reason);
    /** @brief The ids of the selected nodes. */
    QStringList selectedNodeIds() const;
    /** @brief Selects the nodes of @p ids (those that exist) and nothing else. */
    void selectNodes(const QStringList &ids);

Q_SIGNALS:
    /** @brief Node @p nodeId alone is selected; empty when no node is. */
    void nodeSelected(const QString &nodeId);
    /** @brief The user finished dragging node @p nodeId to @p position (top-left corner). */
    void nodeMoved(const QString &nodeId, const QPointF &position);
    /** @brief The user dragged from @p fromNodeId's output port to @p toNodeId's input. */
    void connectRequested(const QString &fromNodeId, const QString &toNodeId);
    /** @brief The user laid the flow out again: saved node positions should be dropped. */
    void autoLayoutRequested();
    /** @brief The user deleted (or cut) the nodes @p nodeIds. */
    void removeRequested(const QStringList &nodeIds);
    /** @brief The user pasted @p fragment (from flow::copyNodes), @p offset from where its
     * nodes were copied. */
    void pasteRequested(const nlohmann::json &fragment, const QPointF &offset);
    /** @brief The user added a node of @p kind from the palette at @p position. */
    void addRequested(flow::NodeKind kind, const QPointF &position);
    /** @brief The user changed node @p nodeId's spec in the inspector. */
    void specEdited(const QString &nodeId, const nlohmann::json &spec);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createEditActions();
    void rebuild(bool automatic);
    void showProblems();
    void retranslate();
    void updateInspector();
    void updateEditActions();
    /** @brief The selected sources, rules and actors, with where they are, to paste. */
    nlohmann::json selectionFragment() const;
    void copySelection();
    void paste();

    FlowScene *m_scene;
    FlowView *m_view;
    QToolBar *m_toolBar;
    QAction *m_autoLayout;
    QAction *m_delete;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_duplicate;
    FlowPalette *m_palette;
    FlowInspector *m_inspector;
    bool m_editable = true;
    bool m_redrawing = false; // rebuild() is replacing the scene's items
    int m_pastes = 0; // pastes since the last copy: each lands a step further
    QLabel *m_problems;
    QTimer *m_dots;
    double m_dotPhase = 0;
    runtime::SnapshotPtr m_snapshot;
    std::optional<flow::FlowGraph> m_graph;
    QString m_error;
    // Runtime state is drawn again on each rebuild: a snapshot can arrive mid-run.
    EdgeCounts m_counts;
    std::map<QString, double> m_loads;
};

} // namespace causeway::ui
