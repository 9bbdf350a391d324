#include "ui/designtable/design_table_view.h"

#include "ui/designtable/design_table_model.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace causeway::ui {

DesignTableView::DesignTableView(QWidget *parent)
    : QWidget(parent), m_model(new DesignTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_bar(new QToolBar(this)),
      m_filter(new QLineEdit(this)), m_table(new QTableView(this)), m_status(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_bar->addWidget(m_filter);
    m_markdown = m_bar->addAction(
        QString(), this, [this] { chooseExport(tr("Markdown (*.md)"), QStringLiteral(".md")); });
    m_csv = m_bar->addAction(QString(), this,
                             [this] { chooseExport(tr("CSV (*.csv)"), QStringLiteral(".csv")); });
    m_table->setModel(m_proxy);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    // Passed on once the editor has closed: the edit makes the table anew, and an edit
    // committed while the window is being destroyed goes nowhere.
    connect(m_model, &DesignTableModel::specEditRequested, this,
            [this](const QString &nodeId, const nlohmann::json &spec) {
                QMetaObject::invokeMethod(
                    this, [this, nodeId, spec] { Q_EMIT specEditRequested(nodeId, spec); },
                    Qt::QueuedConnection);
            });
    connect(m_model, &DesignTableModel::editRefused, this, [this](const QString &reason) {
        m_status->setText(reason);
        m_status->show();
    });
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_status->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    retranslate();
}

void DesignTableView::setSnapshot(const runtime::SnapshotPtr &snapshot)
{
    const QString path = snapshot ? QString::fromStdString(snapshot->path) : QString();
    const bool sameProject = snapshot && m_showsProject && path == m_projectPath;
    m_projectPath = path;
    m_showsProject = snapshot != nullptr;
    auto rows = snapshot ? docs::designTable(snapshot->project)
                         : Result<std::vector<docs::DesignRow>>(std::vector<docs::DesignRow>());
    m_status->setVisible(!rows);
    if (!rows) {
        m_status->setText(tr("The table cannot be made: %1")
                              .arg(QString::fromStdString(rows.error().toString())));
        m_model->setRows({});
        return;
    }
    // The table is made anew from each snapshot: an edit keeps the cell it was made in, and
    // the widths the user gave the columns.
    const int row = m_table->currentIndex().row();
    const int column = m_table->currentIndex().column();
    m_model->setRows(std::move(*rows), std::shared_ptr<const project::Project>(
                                           snapshot, snapshot ? &snapshot->project : nullptr));
    if (sameProject) {
        if (row >= 0 && row < m_proxy->rowCount())
            m_table->setCurrentIndex(m_proxy->index(row, column));
        return;
    }
    const int width = m_table->fontMetrics().horizontalAdvance(u'x');
    for (int events : {DesignTableModel::InputColumn, DesignTableModel::OutputColumn})
        m_table->setColumnWidth(events, width * 46);
    m_table->setColumnWidth(DesignTableModel::ServiceColumn, width * 20);
    m_table->setColumnWidth(DesignTableModel::ActionColumn, width * 22);
}

QString DesignTableView::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

Status DesignTableView::exportTo(const QString &path) const
{
    const std::string text = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                                 ? docs::designTableCsv(m_model->rows())
                                 : docs::designTableMarkdown(m_model->rows());
    QSaveFile file(path); // the old file stays whole until the new one is complete
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !file.commit())
        return makeError("cannot write '" + path.toStdString() +
                         "': " + file.errorString().toStdString());
    return Ok{};
}

void DesignTableView::chooseExport(const QString &filter, const QString &suffix)
{
    const QString start =
        QFileInfo(m_projectPath).absolutePath() + QStringLiteral("/design-table") + suffix;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Design Table"), start, filter);
    if (path.isEmpty())
        return;
    if (const Status written = exportTo(path); !written)
        QMessageBox::warning(this, tr("Cannot export"),
                             QString::fromStdString(written.error().toString()).toHtmlEscaped());
}

void DesignTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DesignTableView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by event, service or note"));
    m_markdown->setText(tr("Export Markdown…"));
    m_csv->setText(tr("Export CSV…"));
}

} // namespace causeway::ui
