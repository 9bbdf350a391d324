#pragma once

#include "runtime/project_loader.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTextBrowser;
class QTreeView;

namespace causeway::ui {

class CatalogFilterProxy;
class CatalogModel;

/** @brief The catalog browser: search, kind filter, the definition tree and its documentation. */
class CatalogView final : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogView(QWidget *parent = nullptr);

    void setSnapshot(const runtime::SnapshotPtr &snapshot);
    /** @brief Selects @p type in the tree (clearing filters that hide it). */
    void showType(const QString &type);
    void focusSearch();

    CatalogModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QTextBrowser *details() const { return m_details; }

Q_SIGNALS:
    /** @brief The selected definition changed; empty when a domain row or nothing is. */
    void currentTypeChanged(const QString &type);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void showCurrent();
    void capOwnerColumn();

    CatalogModel *m_model;
    CatalogFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QTreeView *m_tree;
    QTextBrowser *m_details;
};

} // namespace causeway::ui
