#include "ui/flow/flow_canvas.h"

#include "flow/flow_edit.h"
#include "flow/flow_layout.h"
#include "ui/flow/flow_inspector.h"
#include "ui/flow/flow_node_item.h"
#include "ui/flow/flow_palette.h"
#include "ui/flow/flow_view.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QLabel>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <cmath>

namespace causeway::ui {

namespace {

constexpr double kPasteStep = 32; // how far a paste lands from what was copied
const QString kFragmentMime = QStringLiteral("application/x-causeway-flow+json");

} // namespace

FlowCanvas::FlowCanvas(QWidget *parent)
    : QWidget(parent), m_scene(new FlowScene(this)), m_view(new FlowView(this)),
      m_toolBar(new QToolBar(this)), m_autoLayout(new QAction(this)), m_delete(new QAction(this)),
      m_cut(new QAction(this)), m_copy(new QAction(this)), m_paste(new QAction(this)),
      m_duplicate(new QAction(this)), m_palette(new FlowPalette(this)),
      m_inspector(new FlowInspector(this)), m_problems(new QLabel(this)),
      m_dots(new QTimer(this))
{
    m_dots->setInterval(40); // 25 steps a second: smooth enough, and cheap
    connect(m_dots, &QTimer::timeout, this, [this] {
        if (!isVisible())
            return;
        m_dotPhase = std::fmod(m_dotPhase + 0.07, 1.0);
        m_scene->advanceDots(m_dotPhase);
    });
    m_view->setFlowScene(m_scene);
    setFocusProxy(m_view); // the zoom keys work as soon as the canvas has the focus
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_autoLayout);
    m_toolBar->addAction(m_view->zoomToFitAction());
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_problems->setContentsMargins(8, 0, 8, 0);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toolBar->addWidget(m_problems);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    // The palette above the inspector, in one column beside the view: the view keeps the width.
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_palette);
    sideLayout->addWidget(m_inspector, 1);
    m_palette->setFixedHeight(m_palette->sizeHintForRow(0) * m_palette->count() +
                              2 * m_palette->frameWidth() + 4);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(side);
    split->setStretchFactor(0, 1);
    split->setChildrenCollapsible(false);
    const int character = fontMetrics().horizontalAdvance(u'x');
    side->setMinimumWidth(character * 24);
    split->setSizes({character * 200, character * 30});
    layout->addWidget(split, 1);
    createEditActions();

    connect(m_scene, &FlowScene::nodeSelected, this, &FlowCanvas::nodeSelected);
    connect(m_scene, &FlowScene::nodeSelectionChanged, this, [this] {
        if (m_redrawing)
            return; // the selection is put back once the scene is redrawn
        updateInspector();
        updateEditActions();
    });
    connect(m_inspector, &FlowInspector::specEdited, this, &FlowCanvas::specEdited);
    connect(m_palette, &FlowPalette::addRequested, this, [this](flow::NodeKind kind) {
        Q_EMIT addRequested(kind, m_view->mapToScene(m_view->viewport()->rect().center()));
    });
    connect(m_view, &FlowView::nodeDropped, this, &FlowCanvas::addRequested);
    connect(m_scene, &FlowScene::nodeMoved, this, &FlowCanvas::nodeMoved);
    connect(m_scene, &FlowScene::connectRequested, this, &FlowCanvas::connectRequested);
    connect(m_autoLayout, &QAction::triggered, this, [this] {
        rebuild(true);
        Q_EMIT autoLayoutRequested();
    });
    retranslate();
}

void FlowCanvas::createEditActions()
{
    m_delete->setShortcut(QKeySequence::Delete);
    m_cut->setShortcut(QKeySequence::Cut);
    m_copy->setShortcut(QKeySequence::Copy);
    m_paste->setShortcut(QKeySequence::Paste);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : {m_cut, m_copy, m_paste, m_duplicate, m_delete}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action); // the view's context menu, and its keys
    }
    m_toolBar->insertAction(m_toolBar->actions().value(2), m_delete);
    connect(m_delete, &QAction::triggered, this,
            [this] { Q_EMIT removeRequested(selectedNodeIds()); });
    connect(m_cut, &QAction::triggered, this, [this] {
        copySelection();
        Q_EMIT removeRequested(selectedNodeIds());
    });
    connect(m_copy, &QAction::triggered, this, &FlowCanvas::copySelection);
    connect(m_paste, &QAction::triggered, this, &FlowCanvas::paste);
    connect(m_duplicate, &QAction::triggered, this, [this] {
        if (m_snapshot)
            Q_EMIT pasteRequested(selectionFragment(), QPointF(kPasteStep, kPasteStep));
    });
    updateEditActions();
}

void FlowCanvas::retranslate()
{
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Remove the selected nodes from the project (Del)"));
    m_cut->setText(tr("Cut"));
    m_copy->setText(tr("Copy"));
    m_paste->setText(tr("Paste"));
    m_duplicate->setText(tr("Duplicate"));
    m_autoLayout->setText(tr("Auto-layout"));
    m_autoLayout->setToolTip(tr("Lay the flow out again, left to right, forgetting moved nodes"));
    showProblems();
}

void FlowCanvas::setSnapshot(const runtime::SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    rebuild(false);
}

void FlowCanvas::rebuild(bool automatic)
{
    const bool first = m_scene->nodeItems().isEmpty();
    const QTransform zoom = m_view->transform();
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    const QStringList selected = selectedNodeIds();
    m_graph.reset();
    m_error.clear();
    if (!m_snapshot) {
        m_scene->clearGraph();
        updateInspector();
        showProblems();
        return;
    }
    auto graph = flow::buildFlowGraph(m_snapshot->project);
    if (!graph) {
        m_scene->clearGraph();
        m_error = QString::fromStdString(graph.error().toString());
        showProblems();
        return;
    }
    m_graph = std::move(*graph);
    const auto layout = flow::layoutFlow(*m_graph, automatic ? nlohmann::json::object()
                                                             : m_snapshot->project.layout);
    {
        // Redrawing drops the selection and puts it back; the inspector must not follow it
        // through nothing, or it would drop the field being typed in.
        const QScopedValueRollback redrawing(m_redrawing, true);
        m_scene->setGraph(*m_graph, layout);
        m_view->updateSceneRect();
        if (first || m_view->keepsFitted()) {
            m_view->requestFit();
        } else {
            m_view->setTransform(zoom);
            m_view->centerOn(centre);
        }
        m_scene->setEdgeCounts(m_counts);
        for (const auto &[actor, load] : m_loads)
            m_scene->setActorLoad(actor, load);
        m_scene->selectNodes(selected);
    }
    updateInspector(); // the node's spec may have changed while its selection did not
    updateEditActions();
    showProblems();
}

void FlowCanvas::showProblems()
{
    if (!m_error.isEmpty()) {
        m_problems->setText(tr("The flow cannot be drawn: %1").arg(m_error));
        m_problems->setToolTip(QString());
        return;
    }
    const int count = problemCount();
    m_problems->setText(count == 0 ? tr("No problems") : tr("%n problem(s)", nullptr, count));
    QStringList lines;
    if (m_graph) {
        for (const flow::FlowProblem &problem : m_graph->problems)
            lines << QString::fromStdString(problem.message);
    }
    m_problems->setToolTip(lines.join(u'\n'));
}

void FlowCanvas::setEditable(bool editable)
{
    m_editable = editable;
    m_inspector->parentWidget()->setVisible(editable); // the palette's and inspector's column
    updateEditActions();
}

void FlowCanvas::refuseEdit(const QString &reason)
{
    if (m_editable)
        m_inspector->refuse(reason);
}

QStringList FlowCanvas::selectedNodeIds() const
{
    return m_scene->selectedNodeIds();
}

void FlowCanvas::selectNodes(const QStringList &ids)
{
    m_scene->selectNodes(ids);
}

void FlowCanvas::updateInspector()
{
    if (!m_editable)
        return;
    const QStringList selected = selectedNodeIds();
    m_inspector->showNode(m_snapshot, m_graph ? &*m_graph : nullptr,
                          selected.size() == 1 ? selected.front() : QString(),
                          static_cast<int>(selected.size()));
}

void FlowCanvas::updateEditActions()
{
    const bool any = m_editable && !selectedNodeIds().isEmpty();
    for (QAction *action : {m_delete, m_cut, m_copy, m_duplicate})
        action->setEnabled(any);
    m_paste->setEnabled(m_editable && m_snapshot);
    m_delete->setVisible(m_editable);
}

nlohmann::json FlowCanvas::selectionFragment() const
{
    std::vector<std::string> ids;
    std::map<std::string, flow::Point> positions;
    for (const QString &id : selectedNodeIds()) {
        ids.push_back(id.toStdString());
        const QPointF at = m_scene->nodeItem(id)->pos();
        positions[ids.back()] = {at.x(), at.y()};
    }
    return m_snapshot ? flow::copyNodes(m_snapshot->project, ids, positions) : nlohmann::json();
}

void FlowCanvas::copySelection()
{
    const nlohmann::json fragment = selectionFragment();
    if (fragment.is_null())
        return;
    // Both as Causeway's own type and as text, which other programs can show.
    auto *data = new QMimeData;
    data->setData(kFragmentMime, QByteArray::fromStdString(fragment.dump()));
    data->setText(QString::fromStdString(fragment.dump(2)));
    QApplication::clipboard()->setMimeData(data);
    m_pastes = 0;
}

void FlowCanvas::paste()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!data)
        return;
    const QByteArray bytes =
        data->hasFormat(kFragmentMime) ? data->data(kFragmentMime) : data->text().toUtf8();
    const auto fragment = nlohmann::json::parse(bytes.toStdString(), nullptr, false);
    ++m_pastes;
    // What is not a fragment is handed on too: the edit refuses it and says why.
    Q_EMIT pasteRequested(fragment.is_discarded() ? nlohmann::json() : fragment,
                          QPointF(kPasteStep, kPasteStep) * m_pastes);
}

void FlowCanvas::setEdgeCounts(const EdgeCounts &counts)
{
    m_counts = counts;
    m_scene->setEdgeCounts(counts);
}

void FlowCanvas::setActorLoad(const QString &actorName, double utilisation0to1)
{
    m_loads[actorName] = utilisation0to1;
    m_scene->setActorLoad(actorName, utilisation0to1);
}

void FlowCanvas::setAnimated(bool animated)
{
    if (animated) {
        m_dots->start();
        return;
    }
    m_dots->stop();
    m_scene->stopFlow();
}

void FlowCanvas::clearRuntime()
{
    m_counts.clear();
    m_loads.clear();
    m_scene->clearRuntime();
}

int FlowCanvas::problemCount() const
{
    return m_graph ? static_cast<int>(m_graph->problems.size()) : 0;
}

QGraphicsItem *FlowCanvas::itemForNode(const QString &id) const
{
    return m_scene->nodeItem(id);
}

void FlowCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace causeway::ui
