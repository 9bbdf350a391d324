#pragma once

#include <QSortFilterProxyModel>

namespace causeway::ui {

/**
 * @brief Filters the catalog tree by free text (type, name, description, owner, tags)
 * and by message kind; a domain stays visible while one of its definitions matches.
 */
class CatalogFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CatalogFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    /** @brief -1 for every kind, else a catalog::MessageKind value. */
    void setKind(int kind);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    int m_kind = -1;
};

} // namespace causeway::ui
