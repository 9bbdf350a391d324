#include "ui/designtable/design_table_model.h"

#include "ui/common/string_lists.h"

#include "flow/flow_edit.h"
#include "flow/flow_graph.h"

namespace causeway::ui {

using nlohmann::json;

namespace {

QString lines(const std::vector<std::string> &events)
{
    return toQStringList(events).join(u'\n');
}

// "actor:credit-check" and "credit-bureau" give "actor:credit-bureau".
QString renamedId(const QString &nodeId, const QString &name)
{
    return nodeId.left(nodeId.indexOf(u':') + 1) + name;
}

} // namespace

DesignTableModel::DesignTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DesignTableModel::setRows(std::vector<docs::DesignRow> rows,
                               std::shared_ptr<const project::Project> project)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_project = std::move(project);
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const docs::DesignRow &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::EditRole:
        // The notes cell shows the generated notes too, but only the own note is written.
        return index.column() == NotesColumn ? QString::fromStdString(row.ownNote)
                                             : displayText(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(index);
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

Qt::ItemFlags DesignTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (isEditable(index))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool DesignTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isEditable(index))
        return false;
    const docs::DesignRow &row = m_rows[static_cast<std::size_t>(index.row())];
    const QString nodeId = nodeOf(row, index.column());
    json spec = flow::nodeSpec(*m_project, nodeId.toStdString());
    const QString text = value.toString().trimmed();
    if (!spec.is_object() || text == data(index, Qt::EditRole).toString())
        return false;
    if (index.column() == NotesColumn) {
        if (text.isEmpty())
            spec.erase("notes");
        else
            spec["notes"] = text.toStdString();
    } else {
        if (text.isEmpty())
            return false;
        // Said here, where the name was typed; the flow would only refuse it out of sight.
        if (!flow::nodeSpec(*m_project, renamedId(nodeId, text).toStdString()).is_null()) {
            Q_EMIT editRefused(tr("The name “%1” is taken.").arg(text));
            return false;
        }
        spec["name"] = text.toStdString();
    }
    Q_EMIT specEditRequested(nodeId, spec);
    return true;
}

bool DesignTableModel::isEditable(const QModelIndex &index) const
{
    if (!m_project || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    return !nodeOf(m_rows[static_cast<std::size_t>(index.row())], index.column()).isEmpty();
}

QString DesignTableModel::displayText(const docs::DesignRow &row, int column) const
{
    switch (column) {
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

QString DesignTableModel::toolTip(const QModelIndex &index) const
{
    const docs::DesignRow &row = m_rows[static_cast<std::size_t>(index.row())];
    const QString text = displayText(row, index.column());
    QString hint;
    if (isEditable(index)) {
        hint = tr("Double-click or press F2 to edit");
    } else if (!m_project) {
        return text;
    } else if (index.column() != ActionColumn) {
        hint = tr("Change what routes here in the Rules dock or on the Flow canvas");
    } else if (row.rules.size() > 1) {
        hint = tr("Several rules route here: rename them in the Rules dock or on the Flow canvas");
    } else if (row.serviceNode == flow::nodeId(flow::NodeKind::Source, row.service)) {
        hint = tr("A source publishes its type: change its type and rate on the Flow canvas");
    } else {
        hint = tr("No rule routes here: change the actor's description on the Flow canvas");
    }
    return text.isEmpty() ? hint : text + QStringLiteral("\n\n") + hint;
}

QString DesignTableModel::nodeOf(const docs::DesignRow &row, int column) const
{
    switch (column) {
    case ServiceColumn:
    case NotesColumn:
        return QString::fromStdString(row.serviceNode);
    case ActionColumn:
        return row.rules.size() == 1
                   ? QString::fromStdString(flow::nodeId(flow::NodeKind::Rule, row.rules.front()))
                   : QString();
    default:
        return {};
    }
}

} // namespace causeway::ui
