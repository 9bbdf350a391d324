#pragma once

#include "runtime/store_browser.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace causeway::catalog {
class DefinitionRegistry;
}

namespace causeway::ui {

class EventDetailView;
class EventLogModel;

/**
 * @brief Browses a store file: the events in a table fetched as it scrolls, filters by type,
 * source, correlation id, time range and free text, and the selected event in full.
 */
class EventLogView final : public QWidget
{
    Q_OBJECT

public:
    explicit EventLogView(QWidget *parent = nullptr);

    /** @brief Opens @p path and shows its events with the current filters. */
    void openStore(const QString &path);
    /** @brief Reads the open store again, e.g. after a simulation appended to it. */
    void refresh();
    /** @brief The catalog for validation and type completion; null without a project. */
    void setRegistry(std::shared_ptr<const catalog::DefinitionRegistry> registry);
    /** @brief Selects the event stored as @p sequence when the filters show it. */
    bool selectSequence(std::int64_t sequence);
    /** @brief Shows only the workflow @p correlationId (the filter field is set). */
    void filterByCorrelation(const QString &correlationId);

    QString storePath() const;
    runtime::StoreBrowser *browser() const { return m_browser; }
    EventLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    EventDetailView *detail() const { return m_detail; }
    QLineEdit *typeFilter() const { return m_type; }
    QLineEdit *textFilter() const { return m_text; }
    QAction *traceAction() const { return m_traceAction; }

Q_SIGNALS:
    void storeOpened(const QString &path);
    /** @brief The user asked to trace the workflow of the selected event. */
    void traceRequested(const QString &correlationId);
    /** @brief The selected event changed to the one stored as @p sequence. */
    void currentSequenceChanged(qint64 sequence);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilters();
    void showSelected();
    void updateCount(int rows, qint64 elapsedMs);
    void traceSelected();

    runtime::StoreBrowser *m_browser;
    EventLogModel *m_model;
    QLabel *m_storeLabel;
    QLabel *m_countLabel;
    QLineEdit *m_type;
    QLineEdit *m_source;
    QLineEdit *m_correlation;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_text;
    QTimer *m_debounce;
    QTableView *m_table;
    EventDetailView *m_detail;
    QAction *m_traceAction;
    int m_rows = 0;
    qint64 m_elapsedMs = 0;
    bool m_indexed = false;
    bool m_newFilter = false; // the next rows start at the top; a refresh keeps the place
};

} // namespace causeway::ui
