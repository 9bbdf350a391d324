#pragma once

#include "runtime/project_loader.h"

#include <vector>

namespace causeway::catalog {
struct LintFinding;
enum class Severity;
} // namespace causeway::catalog

#include <QAbstractTableModel>

namespace causeway::ui {

/** @brief The lint findings of the open project, worst first. */
class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns { SeverityColumn, SubjectColumn, MessageColumn, CodeColumn, ColumnCount };
    enum Roles {
        TypeRole = Qt::UserRole, // QString: the type the finding is about
        SeverityRole,            // int: catalog::Severity
    };

    explicit ProblemsModel(QObject *parent = nullptr);
    ~ProblemsModel() override; // out of line: LintFinding is incomplete here

    void setSnapshot(const runtime::SnapshotPtr &snapshot);
    int count(catalog::Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<catalog::LintFinding> m_findings;
};

} // namespace causeway::ui
