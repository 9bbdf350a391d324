#include "ui/simulation/actor_table_model.h"

#include "sim/duration.h"

#include <QLocale>
#include <cmath>

namespace causeway::ui {

ActorTableModel::ActorTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActorTableModel::setProgress(const runtime::ProgressPtr &progress)
{
    std::vector<std::string> names;
    if (progress) {
        for (const auto &[name, actor] : progress->metrics.actors)
            names.push_back(name);
    }
    if (names != m_names) {
        beginResetModel();
        m_progress = progress;
        m_names = std::move(names);
        endResetModel();
        return;
    }
    m_progress = progress;
    if (!m_names.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ActorTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ActorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_names.size());
}

int ActorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_progress)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == NameColumn ? QVariant()
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const std::string &name = m_names[static_cast<std::size_t>(index.row())];
    const sim::ActorMetrics &actor = m_progress->metrics.actors.at(name);
    const QLocale locale;
    // Three significant digits are plenty at a glance: "302ms", not "301.99ms".
    const auto duration = [](bus::Nanos nanos) {
        if (nanos >= 1000) {
            const auto unit = static_cast<bus::Nanos>(
                std::pow(10.0, std::floor(std::log10(static_cast<double>(nanos))) - 2));
            nanos = (nanos + unit / 2) / unit * unit;
        }
        return QString::fromStdString(sim::formatDuration(nanos));
    };
    switch (index.column()) {
    case NameColumn:
        return QString::fromStdString(name);
    case ProcessedColumn:
        return locale.toString(static_cast<qulonglong>(actor.processed));
    case FailuresColumn:
        return locale.toString(static_cast<qulonglong>(actor.failures));
    case UtilisationColumn:
        return locale.toString(actor.utilisation(m_progress->elapsed) * 100, 'f', 0) +
               locale.percent();
    case P50Column:
    case P95Column:
    case P99Column: {
        if (actor.processing.count() == 0)
            return QStringLiteral("—"); // nothing finished yet: no time to show
        const double fraction = index.column() == P50Column   ? 0.50
                                : index.column() == P95Column ? 0.95
                                                              : 0.99;
        return duration(actor.processing.percentile(fraction));
    }
    case MaxQueueColumn:
        return locale.toString(static_cast<qulonglong>(actor.maxQueue));
    default:
        return {};
    }
}

QVariant ActorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Actor");
    case ProcessedColumn:
        return tr("Processed");
    case FailuresColumn:
        return tr("Failed");
    case UtilisationColumn:
        return tr("Busy");
    case P50Column:
        return tr("p50");
    case P95Column:
        return tr("p95");
    case P99Column:
        return tr("p99");
    case MaxQueueColumn:
        return tr("Max queue");
    default:
        return {};
    }
}

} // namespace causeway::ui
