#pragma once

#include "runtime/project_loader.h"

namespace causeway::catalog {
struct Definition;
enum class MessageKind;
} // namespace causeway::catalog

#include <QAbstractItemModel>

namespace causeway::ui {

/**
 * @brief The catalog as a tree: domains at the top, the newest version of each type
 * below. Reads an immutable project snapshot; a new snapshot resets the model.
 */
class CatalogModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Columns { NameColumn, TypeColumn, KindColumn, VersionColumn, OwnerColumn, ColumnCount };
    enum Roles {
        TypeRole = Qt::UserRole, // QString: the definition's type; empty on domain rows
        KindRole,                // int: catalog::MessageKind; -1 on domain rows
        SearchTextRole,          // QString: what the filter searches
        DeprecatedRole,          // bool
    };

    explicit CatalogModel(QObject *parent = nullptr);

    void setSnapshot(runtime::SnapshotPtr snapshot);
    const runtime::SnapshotPtr &snapshot() const { return m_snapshot; }

    /** @brief The definition shown on @p index, or nullptr on a domain row. */
    const catalog::Definition *definition(const QModelIndex &index) const;

    /** @brief The row of @p type, for selecting it from elsewhere. */
    QModelIndex indexOfType(const QString &type) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Domain
    {
        QString name;
        std::vector<const catalog::Definition *> definitions;
    };

    QVariant domainData(const Domain &domain, int column, int role) const;
    QVariant definitionData(const catalog::Definition &definition, int column, int role) const;

    runtime::SnapshotPtr m_snapshot;
    std::vector<Domain> m_domains;
};

/** @brief The translated, human name of a message kind ("Event", "Befehl"...). */
QString kindName(catalog::MessageKind kind);

} // namespace causeway::ui
