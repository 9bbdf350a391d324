// The main window's side of the flow canvas: its requests become undoable project edits.
#include "flow/flow_edit.h"
#include "flow/flow_layout.h"
#include "ui/catalog/catalog_view.h"
#include "ui/common/string_lists.h"
#include "ui/document/project_document.h"
#include "ui/editor/definition_editor.h"
#include "ui/flow/flow_canvas.h"
#include "ui/mainwindow/main_window.h"
#include "ui/rules/rule_editor.h"

#include <QDockWidget>
#include <QStatusBar>
#include <cmath>

namespace causeway::ui {

namespace {

using nlohmann::json;

// "actor:credit-check" -> {"actor", "credit-check"}.
std::pair<QString, QString> splitId(const QString &id)
{
    const qsizetype colon = id.indexOf(u':');
    return colon < 0 ? std::pair{QString(), id} : std::pair{id.left(colon), id.mid(colon + 1)};
}

std::optional<std::size_t> ruleNamed(const json &rules, const std::string &name)
{
    for (std::size_t i = 0; i < rules.size(); ++i)
        if (rules[i].is_object() && rules[i].value("name", json()) == name)
            return i;
    return std::nullopt;
}

} // namespace

void MainWindow::connectFlowCanvas()
{
    connect(m_flow, &FlowCanvas::nodeMoved, this, &MainWindow::moveFlowNode);
    connect(m_flow, &FlowCanvas::connectRequested, this, &MainWindow::connectFlowNodes);
    connect(m_flow, &FlowCanvas::autoLayoutRequested, this, &MainWindow::resetFlowLayout);
    connect(m_flow, &FlowCanvas::nodeSelected, this, &MainWindow::selectFlowNode);
    connect(m_flow, &FlowCanvas::removeRequested, this, &MainWindow::removeFlowNodes);
    connect(m_flow, &FlowCanvas::pasteRequested, this, &MainWindow::pasteFlowNodes);
    connect(m_flow, &FlowCanvas::addRequested, this, &MainWindow::addFlowNode);
    connect(m_flow, &FlowCanvas::specEdited, this, &MainWindow::editFlowNodeSpec);
}

bool MainWindow::refuseFlowEdit(const Error &error)
{
    const QString reason = QString::fromStdString(error.toString());
    statusBar()->showMessage(reason, 8000);
    m_flow->refuseEdit(reason);
    return false;
}

bool MainWindow::applyFlowEdit(project::Project project, const QString &what)
{
    if (auto graph = flow::buildFlowGraph(project); !graph)
        return refuseFlowEdit(graph.error());
    if (const Status edited = m_document->edit(std::move(project), what); !edited)
        return refuseFlowEdit(edited.error());
    statusBar()->showMessage(tr("%1 (Ctrl+Z takes it back)").arg(what), 8000);
    return true;
}

void MainWindow::removeFlowNodes(const QStringList &nodeIds)
{
    if (!m_snapshot || nodeIds.isEmpty())
        return;
    auto removed = flow::removeNodes(m_snapshot->project, toStdStrings(nodeIds));
    if (!removed) {
        refuseFlowEdit(removed.error());
        return;
    }
    (void)applyFlowEdit(std::move(*removed),
                        nodeIds.size() == 1 ? tr("Delete %1").arg(splitId(nodeIds.front()).second)
                                            : tr("Delete %n node(s)", nullptr,
                                                 static_cast<int>(nodeIds.size())));
}

void MainWindow::pasteFlowNodes(const json &fragment, const QPointF &offset)
{
    if (!m_snapshot)
        return;
    auto pasted = flow::pasteNodes(m_snapshot->project, fragment, {offset.x(), offset.y()});
    if (!pasted) {
        statusBar()->showMessage(
            tr("Nothing to paste: %1").arg(QString::fromStdString(pasted.error().toString())),
            8000);
        return;
    }
    if (pasted->ids.empty())
        return;
    const QStringList ids = toQStringList(pasted->ids);
    if (applyFlowEdit(std::move(pasted->project),
                      tr("Paste %n node(s)", nullptr, static_cast<int>(ids.size()))))
        m_flow->selectNodes(ids);
}

void MainWindow::addFlowNode(flow::NodeKind kind, const QPointF &position)
{
    if (!m_snapshot)
        return;
    if (kind == flow::NodeKind::Type) {
        addDefinition(); // asks for the type's name
        return;
    }
    // A new source or rule starts with the type in view, else the catalog's first.
    std::string type = m_editor->type().toStdString();
    if (type.empty() && !m_snapshot->registry.types().empty())
        type = m_snapshot->registry.types().front();
    auto added = flow::addNode(m_snapshot->project, kind, type, {position.x(), position.y()});
    if (!added) {
        statusBar()->showMessage(QString::fromStdString(added.error().toString()), 8000);
        return;
    }
    const QStringList ids = toQStringList(added->ids);
    if (applyFlowEdit(std::move(added->project), tr("Add %1").arg(splitId(ids.front()).second)))
        m_flow->selectNodes(ids);
}

void MainWindow::editFlowNodeSpec(const QString &nodeId, const json &spec)
{
    if (!m_snapshot)
        return;
    auto replaced = flow::replaceNodeSpec(m_snapshot->project, nodeId.toStdString(), spec);
    if (!replaced) {
        refuseFlowEdit(replaced.error());
        return;
    }
    const QStringList ids = toQStringList(replaced->ids);
    if (applyFlowEdit(std::move(replaced->project), tr("Edit %1").arg(splitId(nodeId).second)))
        m_flow->selectNodes(ids);
}

void MainWindow::moveFlowNode(const QString &nodeId, const QPointF &position)
{
    if (!m_snapshot)
        return;
    project::Project project = m_snapshot->project;
    project.layout = flow::withNodePosition(std::move(project.layout), nodeId.toStdString(),
                                            {position.x(), position.y()});
    if (const Status moved =
            m_document->edit(std::move(project), tr("Move %1").arg(splitId(nodeId).second));
        !moved)
        statusBar()->showMessage(QString::fromStdString(moved.error().toString()), 8000);
}

void MainWindow::resetFlowLayout()
{
    if (!m_snapshot || !m_snapshot->project.layout.contains("nodes"))
        return;
    project::Project project = m_snapshot->project;
    project.layout = flow::withoutNodePositions(std::move(project.layout));
    (void)m_document->edit(std::move(project), tr("Lay out the flow again"));
}

void MainWindow::connectFlowNodes(const QString &fromNodeId, const QString &toNodeId)
{
    if (!m_snapshot)
        return;
    const auto [fromKind, from] = splitId(fromNodeId);
    const auto [toKind, to] = splitId(toNodeId);
    if (toKind != QLatin1String("actor") && toKind != QLatin1String("sink")) {
        statusBar()->showMessage(tr("Connect an event type or a rule to an actor or a sink."),
                                 8000);
        return;
    }
    const json target = {{toKind.toStdString(), to.toStdString()}};
    project::Project project = m_snapshot->project;
    QString what;
    if (fromKind == QLatin1String("type")) {
        // A new rule: every event of the type goes to the target.
        const QString name = tr("route %1 to %2").arg(from.section(u'.', -2), to);
        project.rules.push_back({{"name", name.toStdString()},
                                 {"match", {{"type", from.toStdString()}}},
                                 {"targets", json::array({target})}});
        what = tr("Route %1 to %2").arg(from.section(u'.', -2), to);
    } else if (const auto rule = fromKind == QLatin1String("rule")
                                     ? ruleNamed(project.rules, from.toStdString())
                                     : std::nullopt) {
        json &targets = project.rules[*rule]["targets"];
        if (std::find(targets.begin(), targets.end(), target) != targets.end())
            return; // already there
        targets.push_back(target);
        what = tr("Add %1 to rule %2").arg(to, from);
    } else {
        statusBar()->showMessage(tr("Connect an event type or a rule to an actor or a sink."),
                                 8000);
        return;
    }
    if (const Status connected = m_document->edit(std::move(project), what); !connected)
        statusBar()->showMessage(QString::fromStdString(connected.error().toString()), 8000);
    else
        statusBar()->showMessage(tr("%1 (Ctrl+Z takes it back)").arg(what), 8000);
}

void MainWindow::selectFlowNode(const QString &nodeId)
{
    const auto [kind, name] = splitId(nodeId);
    if (kind == QLatin1String("type")) {
        m_catalog->showType(name); // the definition editor follows
    } else if (kind == QLatin1String("rule") && m_snapshot) {
        if (const auto rule = ruleNamed(m_snapshot->project.rules, name.toStdString())) {
            m_rules->selectRule(static_cast<int>(*rule));
            m_rulesDock->show();
            m_rulesDock->raise();
        }
    }
}

} // namespace causeway::ui
