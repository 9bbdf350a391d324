#pragma once

#include "runtime/store_browser.h"

#include <QAbstractItemModel>

namespace causeway::ui {

/** @brief A workflow's causation tree: each event under the event that caused it. */
class TraceModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Columns { TypeColumn, SourceColumn, OffsetColumn, LatencyColumn, ColumnCount };
    enum Roles { SequenceRole = Qt::UserRole, NodeRole };

    explicit TraceModel(QObject *parent = nullptr);

    void setTrace(runtime::TracePtr trace);
    const runtime::TracePtr &trace() const { return m_trace; }
    /** @brief The index of node @p node (an index into the trace's events), column 0. */
    QModelIndex indexOfNode(std::size_t node) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const std::vector<std::size_t> &childrenOf(const QModelIndex &parent) const;

    runtime::TracePtr m_trace;
    std::vector<int> m_rowInParent; // by node
};

} // namespace causeway::ui
