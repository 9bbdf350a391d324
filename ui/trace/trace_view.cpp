#include "ui/trace/trace_view.h"

#include "sim/duration.h"
#include "ui/trace/timeline_widget.h"
#include "ui/trace/trace_model.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace causeway::ui {

TraceView::TraceView(runtime::StoreBrowser *browser, QWidget *parent)
    : QWidget(parent), m_browser(browser), m_model(new TraceModel(this)), m_title(new QLabel(this)),
      m_tree(new QTreeView(this)), m_timeline(new TimelineWidget)
{
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    // The type takes what the figures leave; cut, it keeps its informative end, as in the
    // event log. The figures and their headers (longer in some languages) stay whole.
    m_tree->setTextElideMode(Qt::ElideLeft);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TraceModel::TypeColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(false);
    scroll->setBackgroundRole(QPalette::Base);
    // The tree above the diagram: both want the width (type names, lanes) more than height.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);

    connect(m_browser, &runtime::StoreBrowser::traceFetched, this, &TraceView::showTrace);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const auto node = current.data(TraceModel::NodeRole).toULongLong();
                m_timeline->setSelectedNode(node);
                Q_EMIT eventActivated(current.data(TraceModel::SequenceRole).toLongLong());
            });
    connect(m_timeline, &TimelineWidget::nodeClicked, this, &TraceView::selectNode);
    updateTitle();
}

void TraceView::showWorkflow(const QString &correlationId)
{
    m_requested = correlationId;
    m_title->setText(tr("Reading workflow %1…").arg(correlationId));
    m_browser->fetchTrace(correlationId);
}

void TraceView::showTrace(const QString &correlationId, const runtime::TracePtr &trace)
{
    if (correlationId != m_requested)
        return; // an answer to an earlier request
    m_model->setTrace(trace);
    m_timeline->setTrace(trace);
    m_tree->expandAll();
    for (int column = TraceModel::SourceColumn; column < TraceModel::ColumnCount; ++column)
        m_tree->resizeColumnToContents(column);
    updateTitle();
    Q_EMIT traceShown(correlationId, static_cast<int>(trace->events.size()));
}

void TraceView::selectNode(std::size_t node)
{
    const QModelIndex index = m_model->indexOfNode(node);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void TraceView::selectSequence(std::int64_t sequence)
{
    const auto &trace = m_model->trace();
    if (!trace)
        return;
    if (const auto node = trace->nodeOf(sequence)) {
        const QModelIndex index = m_model->indexOfNode(*node);
        const QSignalBlocker blocker(m_tree->selectionModel()); // no echo to the log
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
        m_timeline->setSelectedNode(*node);
    }
}

void TraceView::updateTitle()
{
    const auto &trace = m_model->trace();
    if (!trace) {
        m_title->setText(tr("No workflow traced yet."));
        return;
    }
    if (trace->events.empty()) {
        m_title->setText(tr("No recorded events have the correlation id %1.")
                             .arg(QString::fromStdString(trace->correlationId)));
        return;
    }
    m_title->setText(tr("Workflow %1: %n event(s) from %2 source(s) over %3", nullptr,
                        static_cast<int>(trace->events.size()))
                         .arg(QString::fromStdString(trace->correlationId))
                         .arg(trace->lanes.size())
                         .arg(QString::fromStdString(sim::formatDuration(trace->spanNanos))));
}

void TraceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTitle();
    QWidget::changeEvent(event);
}

} // namespace causeway::ui
