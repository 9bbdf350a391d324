#include "ui/eventlog/event_log_model.h"

#include <algorithm>

namespace causeway::ui {

EventLogModel::EventLogModel(runtime::StoreBrowser *browser, QObject *parent)
    : QAbstractTableModel(parent), m_browser(browser)
{
    connect(m_browser, &runtime::StoreBrowser::indexed, this, &EventLogModel::onIndexed);
    connect(m_browser, &runtime::StoreBrowser::headersFetched, this, &EventLogModel::onHeaders);
}

void EventLogModel::setQuery(const store::Query &query)
{
    m_query = query;
    m_generation = m_browser->setQuery(query);
}

void EventLogModel::refresh()
{
    setQuery(m_query);
}

void EventLogModel::clear()
{
    beginResetModel();
    m_generation = -1;
    m_sequences.reset();
    m_blocks.clear();
    m_recent.clear();
    m_requested.clear();
    endResetModel();
}

void EventLogModel::onIndexed(int generation, const runtime::SequenceIndex &sequences,
                              qint64 elapsedMs)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    m_sequences = sequences;
    m_blocks.clear();
    m_recent.clear();
    m_requested.clear();
    endResetModel();
    Q_EMIT indexed(rowCount(), elapsedMs);
}

void EventLogModel::onHeaders(int generation, int block, const runtime::HeaderBlock &headers)
{
    if (generation != m_generation || !m_requested.remove(block))
        return;
    m_blocks.insert(block, headers);
    m_recent.removeAll(block);
    m_recent.append(block);
    while (m_recent.size() > CachedBlocks)
        m_blocks.remove(m_recent.takeFirst());
    const int first = block * BlockRows;
    const int last = std::min(first + BlockRows, rowCount()) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_sequences ? 0 : static_cast<int>(m_sequences->size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::int64_t EventLogModel::sequenceAt(int row) const
{
    return row >= 0 && row < rowCount() ? (*m_sequences)[static_cast<std::size_t>(row)] : -1;
}

int EventLogModel::rowOf(std::int64_t sequence) const
{
    if (!m_sequences)
        return -1;
    const auto &sequences = *m_sequences;
    const auto found =
        m_query.newestFirst
            ? std::lower_bound(sequences.begin(), sequences.end(), sequence, std::greater<>())
            : std::lower_bound(sequences.begin(), sequences.end(), sequence);
    return found != sequences.end() && *found == sequence
               ? static_cast<int>(found - sequences.begin())
               : -1;
}

bool EventLogModel::isLoaded(int row) const
{
    return m_blocks.contains(row / BlockRows);
}

const store::EventHeader *EventLogModel::header(int row) const
{
    const int block = row / BlockRows;
    const auto cached = m_blocks.constFind(block);
    if (cached == m_blocks.constEnd()) {
        if (!m_requested.contains(block)) {
            m_requested.insert(block);
            const int first = block * BlockRows;
            const int last = std::min(first + BlockRows, rowCount()) - 1;
            m_browser->fetchHeaders(m_generation, block, sequenceAt(first), sequenceAt(last));
        }
        return nullptr;
    }
    // A block holds its rows in order; an event pruned since the index was read is missing,
    // so the position is checked and the row looked up when it does not match.
    const auto &headers = **cached;
    const std::int64_t sequence = sequenceAt(row);
    const auto offset = static_cast<std::size_t>(row - block * BlockRows);
    if (offset < headers.size() && headers[offset].sequence == sequence)
        return &headers[offset];
    const auto found = std::find_if(headers.begin(), headers.end(),
                                    [sequence](const auto &h) { return h.sequence == sequence; });
    return found != headers.end() ? &*found : nullptr;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == SequenceRole)
        return QVariant::fromValue(sequenceAt(index.row()));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != CorrelationRole)
        return {};
    const store::EventHeader *event = header(index.row());
    if (!event)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    if (role == CorrelationRole)
        return QString::fromStdString(event->correlationId);
    switch (index.column()) {
    case TimeColumn:
        return QString::fromStdString(event->timeText);
    case TypeColumn:
        return QString::fromStdString(event->type);
    case SourceColumn:
        return QString::fromStdString(event->source);
    case SubjectColumn:
        return QString::fromStdString(event->subject);
    case CorrelationColumn:
        return QString::fromStdString(event->correlationId);
    case StatusColumn:
        return event->replay ? tr("replayed") : event->synthetic ? tr("simulated") : tr("live");
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Type");
    case SourceColumn:
        return tr("Source");
    case SubjectColumn:
        return tr("Subject");
    case CorrelationColumn:
        return tr("Correlation");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace causeway::ui
