#pragma once

#include "docs/design_table.h"

#include <QAbstractTableModel>

namespace causeway::ui {

/** @brief The rows of a project's event design table (seed 001), one event per line in a cell. */
class DesignTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns { InputColumn, ServiceColumn, ActionColumn, OutputColumn, NotesColumn,
                   ColumnCount };

    explicit DesignTableModel(QObject *parent = nullptr);

    void setRows(std::vector<docs::DesignRow> rows);
    const std::vector<docs::DesignRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<docs::DesignRow> m_rows;
};

} // namespace causeway::ui
