#pragma once

#include "runtime/store_browser.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace causeway::ui {

/**
 * @brief The events of a store that match a filter, fetched as they are shown. The filter
 * runs in SQL on the browser's thread (a proxy would have to read all rows first), which
 * answers with every matching sequence; rows are then read in blocks, only those scrolled
 * to, and a bounded number of blocks is kept. Rows not read yet show an ellipsis.
 */
class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns { TimeColumn, TypeColumn, SourceColumn, SubjectColumn, CorrelationColumn,
                   StatusColumn, ColumnCount };
    enum Roles { SequenceRole = Qt::UserRole, CorrelationRole };
    static constexpr int BlockRows = 256;
    static constexpr int CachedBlocks = 64;

    explicit EventLogModel(runtime::StoreBrowser *browser, QObject *parent = nullptr);

    /** @brief Shows the events matching @p query; the rows change once the store answered. */
    void setQuery(const store::Query &query);
    /** @brief Runs the current filter again: a store that grew shows its new events. */
    void refresh();
    /** @brief Empties the list, for a closed store. */
    void clear();

    /** @brief The row of the event stored as @p sequence, or -1 when the filter hides it. */
    int rowOf(std::int64_t sequence) const;
    std::int64_t sequenceAt(int row) const;
    bool isLoaded(int row) const;
    /** @brief How many blocks of rows are held; never more than CachedBlocks. */
    int cachedBlockCount() const { return static_cast<int>(m_blocks.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** @brief The filter's rows are known: how many, and how long the store took. */
    void indexed(int rows, qint64 elapsedMs);

private:
    void onIndexed(int generation, const runtime::SequenceIndex &sequences, qint64 elapsedMs);
    void onHeaders(int generation, int block, const runtime::HeaderBlock &headers);
    const store::EventHeader *header(int row) const;

    runtime::StoreBrowser *m_browser;
    store::Query m_query;
    int m_generation = -1;
    runtime::SequenceIndex m_sequences;
    // Filled from data(), which is const: reading rows is what asks for them.
    mutable QHash<int, runtime::HeaderBlock> m_blocks;
    mutable QList<int> m_recent; // block numbers, most recently used last
    mutable QSet<int> m_requested;
};

} // namespace causeway::ui
