// The main window's side of the flow canvas: its requests become undoable project edits.
#include "flow/flow_layout.h"
#include "ui/catalog/catalog_view.h"
#include "ui/document/project_document.h"
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
