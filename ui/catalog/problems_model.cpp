#include "ui/catalog/problems_model.h"

#include "runtime/project_snapshot.h"

#include <QApplication>
#include <QStyle>
#include <algorithm>

namespace causeway::ui {

namespace {

QString severityName(catalog::Severity severity)
{
    switch (severity) {
    case catalog::Severity::Error:
        return ProblemsModel::tr("Error");
    case catalog::Severity::Warning:
        return ProblemsModel::tr("Warning");
    case catalog::Severity::Info:
        return ProblemsModel::tr("Note");
    }
    return {};
}

QIcon severityIcon(catalog::Severity severity)
{
    const QStyle *style = QApplication::style();
    switch (severity) {
    case catalog::Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case catalog::Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case catalog::Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

ProblemsModel::ProblemsModel(QObject *parent) : QAbstractTableModel(parent) {}

ProblemsModel::~ProblemsModel() = default;

void ProblemsModel::setSnapshot(const runtime::SnapshotPtr &snapshot)
{
    beginResetModel();
    m_findings = snapshot ? snapshot->lint : std::vector<catalog::LintFinding>{};
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const auto &a, const auto &b) {
        return a.issue.severity < b.issue.severity;
    });
    endResetModel();
}

int ProblemsModel::count(catalog::Severity severity) const
{
    return static_cast<int>(std::count_if(m_findings.begin(), m_findings.end(), [&](const auto &f) {
        return f.issue.severity == severity;
    }));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &finding = m_findings[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(finding.issue.severity);
        case SubjectColumn:
            return QString::fromStdString(finding.subject);
        case MessageColumn:
            return QString::fromStdString(finding.issue.message);
        case CodeColumn:
            return QString::fromStdString(finding.issue.code);
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(severityIcon(finding.issue.severity))
                                                : QVariant();
    case Qt::ToolTipRole:
        return QString::fromStdString(finding.issue.pointer);
    case TypeRole:
        return QString::fromStdString(finding.subject.substr(0, finding.subject.rfind('@')));
    case SeverityRole:
        return static_cast<int>(finding.issue.severity);
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case SubjectColumn:
        return tr("Definition");
    case MessageColumn:
        return tr("Problem");
    case CodeColumn:
        return tr("Rule");
    default:
        return {};
    }
}

} // namespace causeway::ui
