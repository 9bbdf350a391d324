#pragma once

#include "runtime/simulation_runner.h"

#include <QAbstractTableModel>

namespace causeway::ui {

/** @brief The actors of a running simulation, one row each, from its latest progress. */
class ActorTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns {
        NameColumn,
        ProcessedColumn,
        FailuresColumn,
        UtilisationColumn,
        P50Column,
        P95Column,
        P99Column,
        MaxQueueColumn,
        ColumnCount
    };

    explicit ActorTableModel(QObject *parent = nullptr);

    /** @brief Shows @p progress; rows stay when the actors are the same, so views keep state. */
    void setProgress(const runtime::ProgressPtr &progress);

    /** @brief Tells views the headers changed, after the language did. */
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    runtime::ProgressPtr m_progress;
    std::vector<std::string> m_names; // row order
};

} // namespace causeway::ui
