#pragma once

#include "runtime/project_snapshot.h"

#include <QWidget>
#include <nlohmann/json.hpp>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;

namespace causeway::ui {

class DesignTableModel;

/**
 * @brief The project's event design table (seed 001), generated from its sources, rules and
 * actors: filterable, and exported to Markdown or CSV. A service's name and note, and an action
 * that is one rule, are edited in place; the edit is asked for (specEditRequested), and shows
 * once the project has it.
 */
class DesignTableView final : public QWidget
{
    Q_OBJECT

public:
    explicit DesignTableView(QWidget *parent = nullptr);

    void setSnapshot(const runtime::SnapshotPtr &snapshot);
    /** @brief Writes the table to @p path: CSV for *.csv, Markdown otherwise. */
    Status exportTo(const QString &path) const;

    DesignTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QString statusText() const;

Q_SIGNALS:
    /** @brief Source, rule or actor @p nodeId should take @p spec, as one undoable edit. */
    void specEditRequested(const QString &nodeId, const nlohmann::json &spec);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseExport(const QString &filter, const QString &suffix);

    DesignTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QToolBar *m_bar;
    QLineEdit *m_filter;
    QAction *m_markdown;
    QAction *m_csv;
    QTableView *m_table;
    QLabel *m_status;
    QString m_projectPath;
    bool m_showsProject = false;
};

} // namespace causeway::ui
