#include "ui/catalog/catalog_view.h"

#include "docs/catalog_export.h"
#include "runtime/project_snapshot.h"
#include "ui/catalog/catalog_filter_proxy.h"
#include "ui/catalog/catalog_model.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace causeway::ui {

CatalogView::CatalogView(QWidget *parent)
    : QWidget(parent), m_model(new CatalogModel(this)), m_proxy(new CatalogFilterProxy(this)),
      m_search(new QLineEdit(this)), m_kind(new QComboBox(this)), m_tree(new QTreeView(this)),
      m_details(new QTextBrowser(this))
{
    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(CatalogModel::NameColumn, Qt::AscendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CatalogModel::NameColumn, QHeaderView::Stretch);
    // The short columns take what they need, so a narrow pane still shows the names.
    m_tree->header()->setSectionResizeMode(CatalogModel::KindColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CatalogModel::VersionColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CatalogModel::OwnerColumn, QHeaderView::Interactive);
    m_tree->setColumnHidden(CatalogModel::TypeColumn, true);
    m_search->setClearButtonEnabled(true);
    m_details->setOpenExternalLinks(false);
    m_details->setOpenLinks(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kind);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_tree);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    // The page gets the larger share: its payload table has five or six columns.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    retranslate();
    connect(m_search, &QLineEdit::textChanged, m_proxy, &CatalogFilterProxy::setText);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this](int) { m_proxy->setKind(m_kind->currentData().toInt()); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CatalogView::showCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_tree, &QTreeView::expandAll);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_tree, &QTreeView::expandAll);
}

void CatalogView::setSnapshot(const runtime::SnapshotPtr &snapshot)
{
    // An edit gives a new snapshot: the definition being edited stays selected.
    const QString selected = m_tree->currentIndex().data(CatalogModel::TypeRole).toString();
    m_model->setSnapshot(snapshot);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(CatalogModel::OwnerColumn);
    capOwnerColumn();
    m_details->clear();
    if (!selected.isEmpty() && m_model->indexOfType(selected).isValid()) {
        showType(selected);
        showCurrent();
        return;
    }
    // Start on the first definition, so the page is never empty when there is one.
    const QModelIndex firstDomain = m_proxy->index(0, 0);
    const QModelIndex first = m_proxy->index(0, 0, firstDomain);
    if (first.isValid())
        m_tree->setCurrentIndex(first);
}

// Owners can be long: at most a quarter of the tree, so the names stay readable however
// narrow the pane is made (docks beside the catalog take room from it).
void CatalogView::capOwnerColumn()
{
    const int cap = std::max(m_tree->viewport()->width() / 4, 60);
    if (m_tree->header()->sectionSize(CatalogModel::OwnerColumn) > cap)
        m_tree->header()->resizeSection(CatalogModel::OwnerColumn, cap);
}

void CatalogView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    capOwnerColumn();
}

void CatalogView::showType(const QString &type)
{
    QModelIndex source = m_model->indexOfType(type);
    if (!source.isValid())
        return;
    if (!m_proxy->mapFromSource(source).isValid()) {
        m_search->clear();
        m_kind->setCurrentIndex(0);
    }
    m_tree->setCurrentIndex(m_proxy->mapFromSource(source));
    m_tree->scrollTo(m_tree->currentIndex());
}

void CatalogView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CatalogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CatalogView::retranslate()
{
    m_search->setPlaceholderText(tr("Filter by type, name, owner or tag (Ctrl+F)"));
    const int current = m_kind->currentIndex();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), -1);
    for (auto kind : {catalog::MessageKind::Event, catalog::MessageKind::Command,
                      catalog::MessageKind::Query, catalog::MessageKind::Audit})
        m_kind->addItem(kindName(kind), static_cast<int>(kind));
    m_kind->setCurrentIndex(std::max(current, 0));
}

void CatalogView::showCurrent()
{
    const QModelIndex source = m_proxy->mapToSource(m_tree->currentIndex());
    const catalog::Definition *definition = m_model->definition(source);
    Q_EMIT currentTypeChanged(definition ? QString::fromStdString(definition->type) : QString());
    if (!definition || !m_model->snapshot()) {
        m_details->clear();
        return;
    }
    std::vector<const catalog::Definition *> versions;
    for (const auto *entry : m_model->snapshot()->registry.history(definition->type))
        versions.push_back(&entry->definition);
    m_details->setMarkdown(QString::fromStdString(docs::markdownPage(versions)));
}

} // namespace causeway::ui
