#include "ui/catalog/catalog_filter_proxy.h"

#include "ui/catalog/catalog_model.h"

namespace causeway::ui {

CatalogFilterProxy::CatalogFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CatalogFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void CatalogFilterProxy::setKind(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

bool CatalogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int kind = index.data(CatalogModel::KindRole).toInt();
    const bool filtering = !m_text.isEmpty() || m_kind >= 0;
    if (kind < 0) // a domain row: shown through its children when a filter is on
        return !filtering;
    if (m_kind >= 0 && kind != m_kind)
        return false;
    const QString haystack = index.data(CatalogModel::SearchTextRole).toString();
    const auto words = m_text.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(), [&](const QString &word) {
        return haystack.contains(word, Qt::CaseInsensitive);
    });
}

} // namespace causeway::ui
