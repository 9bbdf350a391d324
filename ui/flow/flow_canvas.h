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
class QToolBar;

namespace causeway::ui {

class FlowView;

/**
 * @brief The flow canvas of the Design workspace: the project's sources, types, rules,
 * actors and sinks as a graph, with a toolbar (auto-layout, zoom to fit, problems). Moves and
 * connections are requests: the main window turns them into undoable project edits, and the
 * snapshot that follows redraws the canvas.
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

Q_SIGNALS:
    /** @brief Node @p nodeId alone is selected; empty when no node is. */
    void nodeSelected(const QString &nodeId);
    /** @brief The user finished dragging node @p nodeId to @p position (top-left corner). */
    void nodeMoved(const QString &nodeId, const QPointF &position);
    /** @brief The user dragged from @p fromNodeId's output port to @p toNodeId's input. */
    void connectRequested(const QString &fromNodeId, const QString &toNodeId);
    /** @brief The user laid the flow out again: saved node positions should be dropped. */
    void autoLayoutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild(bool automatic);
    void showProblems();
    void retranslate();

    FlowScene *m_scene;
    FlowView *m_view;
    QToolBar *m_toolBar;
    QAction *m_autoLayout;
    QLabel *m_problems;
    runtime::SnapshotPtr m_snapshot;
    std::optional<flow::FlowGraph> m_graph;
    QString m_error;
    // Runtime state is drawn again on each rebuild: a snapshot can arrive mid-run.
    EdgeCounts m_counts;
    std::map<QString, double> m_loads;
};

} // namespace causeway::ui
