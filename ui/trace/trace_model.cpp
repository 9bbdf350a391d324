#include "ui/trace/trace_model.h"

#include "sim/duration.h"

namespace causeway::ui {

namespace {

const std::vector<std::size_t> kNone;

// Internal ids are node + 1, so that 0 is never a node.
std::size_t nodeOf(const QModelIndex &index)
{
    return static_cast<std::size_t>(index.internalId() - 1);
}

} // namespace

TraceModel::TraceModel(QObject *parent) : QAbstractItemModel(parent) {}

void TraceModel::setTrace(runtime::TracePtr trace)
{
    beginResetModel();
    m_trace = std::move(trace);
    m_rowInParent.assign(m_trace ? m_trace->nodes.size() : 0, 0);
    if (m_trace) {
        for (std::size_t row = 0; row < m_trace->roots.size(); ++row)
            m_rowInParent[m_trace->roots[row]] = static_cast<int>(row);
        for (const auto &node : m_trace->nodes)
            for (std::size_t row = 0; row < node.children.size(); ++row)
                m_rowInParent[node.children[row]] = static_cast<int>(row);
    }
    endResetModel();
}

const std::vector<std::size_t> &TraceModel::childrenOf(const QModelIndex &parent) const
{
    if (!m_trace)
        return kNone;
    return parent.isValid() ? m_trace->nodes[nodeOf(parent)].children : m_trace->roots;
}

QModelIndex TraceModel::indexOfNode(std::size_t node) const
{
    if (!m_trace || node >= m_trace->nodes.size())
        return {};
    return createIndex(m_rowInParent[node], 0, static_cast<quintptr>(node + 1));
}

QModelIndex TraceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const auto &children = childrenOf(parent);
    if (row < 0 || static_cast<std::size_t>(row) >= children.size())
        return {};
    return createIndex(row, column,
                       static_cast<quintptr>(children[static_cast<std::size_t>(row)] + 1));
}

QModelIndex TraceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_trace)
        return {};
    const auto &parent = m_trace->nodes[nodeOf(child)].parent;
    return parent ? indexOfNode(*parent) : QModelIndex();
}

int TraceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(childrenOf(parent).size());
}

int TraceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TraceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_trace)
        return {};
    const std::size_t node = nodeOf(index);
    const auto &stored = m_trace->events[node];
    const auto &traceNode = m_trace->nodes[node];
    if (role == SequenceRole)
        return QVariant::fromValue(stored.sequence);
    if (role == NodeRole)
        return QVariant::fromValue(static_cast<qulonglong>(node));
    if (role == Qt::ToolTipRole && traceNode.causeMissing)
        return tr("Its cause is not in this workflow's recorded events.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TypeColumn:
        return QString::fromStdString(stored.event.type);
    case SourceColumn:
        return QString::fromStdString(stored.event.source);
    case OffsetColumn:
        return QStringLiteral("+") +
               QString::fromStdString(sim::formatDuration(traceNode.offsetNanos));
    case LatencyColumn:
        return traceNode.latencyNanos
                   ? QString::fromStdString(sim::formatDuration(*traceNode.latencyNanos))
                   : QString();
    default:
        return {};
    }
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Event");
    case SourceColumn:
        return tr("Source");
    case OffsetColumn:
        return tr("At");
    case LatencyColumn:
        return tr("After its cause");
    default:
        return {};
    }
}

} // namespace causeway::ui
