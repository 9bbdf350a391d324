#include "ui/catalog/catalog_model.h"

#include "runtime/project_snapshot.h"
#include "ui/catalog/kind_icons.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <map>

namespace causeway::ui {

namespace {

// Top-level rows have internal id 0; a definition row stores its domain row + 1.
constexpr quintptr kTopLevel = 0;

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace

QString kindName(catalog::MessageKind kind)
{
    switch (kind) {
    case catalog::MessageKind::Event:
        return CatalogModel::tr("Event");
    case catalog::MessageKind::Command:
        return CatalogModel::tr("Command");
    case catalog::MessageKind::Query:
        return CatalogModel::tr("Query");
    case catalog::MessageKind::Audit:
        return CatalogModel::tr("Audit");
    }
    return {};
}

CatalogModel::CatalogModel(QObject *parent) : QAbstractItemModel(parent) {}

void CatalogModel::setSnapshot(runtime::SnapshotPtr snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_domains.clear();
    if (m_snapshot) {
        std::map<QString, std::vector<const catalog::Definition *>> byDomain;
        for (const auto *entry : m_snapshot->registry.list())
            byDomain[qs(entry->definition.domain)].push_back(&entry->definition);
        for (auto &[name, definitions] : byDomain)
            m_domains.push_back({name, std::move(definitions)});
    }
    endResetModel();
}

const catalog::Definition *CatalogModel::definition(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kTopLevel)
        return nullptr;
    return m_domains[index.internalId() - 1].definitions[static_cast<std::size_t>(index.row())];
}

QModelIndex CatalogModel::indexOfType(const QString &type) const
{
    for (std::size_t d = 0; d < m_domains.size(); ++d) {
        const auto &definitions = m_domains[d].definitions;
        for (std::size_t i = 0; i < definitions.size(); ++i) {
            if (qs(definitions[i]->type) == type)
                return createIndex(static_cast<int>(i), 0, static_cast<quintptr>(d + 1));
        }
    }
    return {};
}

QModelIndex CatalogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex CatalogModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopLevel);
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_domains.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return static_cast<int>(m_domains[static_cast<std::size_t>(parent.row())].definitions.size());
}

int CatalogModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const catalog::Definition *def = definition(index))
        return definitionData(*def, index.column(), role);
    return domainData(m_domains[static_cast<std::size_t>(index.row())], index.column(), role);
}

QVariant CatalogModel::domainData(const Domain &domain, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return domain.name.isEmpty() ? tr("(no domain)") : domain.name;
        if (column == TypeColumn)
            return tr("%n definition(s)", nullptr, static_cast<int>(domain.definitions.size()));
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case TypeRole:
    case SearchTextRole:
        return QString();
    case KindRole:
        return -1;
    case DeprecatedRole:
        return false;
    default:
        return {};
    }
}

QVariant CatalogModel::definitionData(const catalog::Definition &def, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return def.name.empty() ? qs(def.type) : qs(def.name);
        case TypeColumn:
            return qs(def.type);
        case KindColumn:
            return kindName(def.kind);
        case VersionColumn:
            return qs(def.version.toString());
        case OwnerColumn:
            return qs(def.owner);
        default:
            return {};
        }
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(kindIcon(def.kind)) : QVariant();
    case Qt::ToolTipRole:
        return qs(def.description);
    case Qt::FontRole:
        if (def.deprecated) {
            QFont font;
            font.setItalic(true);
            font.setStrikeOut(column == NameColumn);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (def.deprecated)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case TypeRole:
        return qs(def.type);
    case KindRole:
        return static_cast<int>(def.kind);
    case DeprecatedRole:
        return def.deprecated;
    case SearchTextRole: {
        QString text =
            qs(def.type) + u' ' + qs(def.name) + u' ' + qs(def.description) + u' ' + qs(def.owner);
        for (const auto &tag : def.tags)
            text += u' ' + qs(tag);
        return text;
    }
    default:
        return {};
    }
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case KindColumn:
        return tr("Kind");
    case VersionColumn:
        return tr("Version");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

} // namespace causeway::ui
