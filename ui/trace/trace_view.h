#pragma once

#include "runtime/store_browser.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace causeway::ui {

class TimelineWidget;
class TraceModel;

/**
 * @brief The trace of one workflow: its causation tree beside a sequence diagram across the
 * sources that took part, with the latency of every step. Selecting an event in either
 * selects it in the other and tells the event log.
 */
class TraceView final : public QWidget
{
    Q_OBJECT

public:
    explicit TraceView(runtime::StoreBrowser *browser, QWidget *parent = nullptr);

    /** @brief Reads the workflow @p correlationId from the store and shows it. */
    void showWorkflow(const QString &correlationId);
    /** @brief Selects the event stored as @p sequence when it is part of the trace. */
    void selectSequence(std::int64_t sequence);

    TraceModel *model() const { return m_model; }
    TimelineWidget *timeline() const { return m_timeline; }
    QTreeView *tree() const { return m_tree; }

Q_SIGNALS:
    /** @brief A trace arrived and is shown. */
    void traceShown(const QString &correlationId, int events);
    void eventActivated(qint64 sequence);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showTrace(const QString &correlationId, const runtime::TracePtr &trace);
    void selectNode(std::size_t node);
    void updateTitle();

    runtime::StoreBrowser *m_browser;
    QString m_requested;
    TraceModel *m_model;
    QLabel *m_title;
    QTreeView *m_tree;
    TimelineWidget *m_timeline;
};

} // namespace causeway::ui
