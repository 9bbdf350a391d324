#pragma once

#include "docs/design_table.h"

#include <QAbstractTableModel>
#include <memory>
#include <nlohmann/json.hpp>

namespace causeway::project {
struct Project;
}

namespace causeway::ui {

/**
 * @brief The rows of a project's event design table (seed 001), one event per line in a cell.
 * A service's name and note, and an action that is one rule, can be edited: the model does not
 * change the project but asks for the node's new spec (specEditRequested).
 */
class DesignTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns {
        InputColumn,
        ServiceColumn,
        ActionColumn,
        OutputColumn,
        NotesColumn,
        ColumnCount
    };

    explicit DesignTableModel(QObject *parent = nullptr);

    /** @brief Shows @p rows, made from @p project; without a project nothing can be edited. */
    void setRows(std::vector<docs::DesignRow> rows,
                 std::shared_ptr<const project::Project> project = {});
    const std::vector<docs::DesignRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /** @brief Asks for the edit (specEditRequested); false when nothing would change. */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /** @brief Source, rule or actor @p nodeId should take @p spec, as one undoable edit. */
    void specEditRequested(const QString &nodeId, const nlohmann::json &spec);
    /** @brief An edit could not be asked for, with the reason a person can act on. */
    void editRefused(const QString &reason);

private:
    bool isEditable(const QModelIndex &index) const;
    QString displayText(const docs::DesignRow &row, int column) const;
    QString toolTip(const QModelIndex &index) const;
    // The node a cell stands for: the service, or the one rule of the action.
    QString nodeOf(const docs::DesignRow &row, int column) const;

    std::vector<docs::DesignRow> m_rows;
    std::shared_ptr<const project::Project> m_project;
};

} // namespace causeway::ui
