#include "ui/designtable/design_table_model.h"

namespace causeway::ui {

namespace {

QString lines(const std::vector<std::string> &events)
{
    QStringList list;
    for (const std::string &event : events)
        list << QString::fromStdString(event);
    return list.join(u'\n');
}

} // namespace

DesignTableModel::DesignTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DesignTableModel::setRows(std::vector<docs::DesignRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DesignTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DesignTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DesignTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const docs::DesignRow &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case InputColumn:
        return lines(row.inputEvents);
    case ServiceColumn:
        return QString::fromStdString(row.service);
    case ActionColumn:
        return QString::fromStdString(row.action);
    case OutputColumn:
        return lines(row.outputEvents);
    case NotesColumn:
        return QString::fromStdString(row.notes);
    default:
        return {};
    }
}

QVariant DesignTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case InputColumn:
        return tr("Input events");
    case ServiceColumn:
        return tr("Service");
    case ActionColumn:
        return tr("Action");
    case OutputColumn:
        return tr("Output events");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace causeway::ui
