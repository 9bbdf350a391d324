#pragma once

#include "runtime/project_snapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace causeway::ui {

/**
 * @brief The versions of one definition, and what changed between any two of them: each
 * difference of their payload schemas and whether old data still reads (backward) and new
 * data still reads with the old schema (forward).
 */
class VersionCompare final : public QWidget
{
    Q_OBJECT

public:
    explicit VersionCompare(QWidget *parent = nullptr);

    /** @brief Lists the versions of @p type in @p snapshot; the newest two are compared. */
    void showVersions(const runtime::SnapshotPtr &snapshot, const QString &type);

    QComboBox *older() const { return m_older; }
    QComboBox *newer() const { return m_newer; }
    QLabel *verdict() const { return m_verdict; }
    QListWidget *findings() const { return m_findings; }
    QPushButton *newVersionButton() const { return m_newVersion; }

Q_SIGNALS:
    /** @brief The user asked for the next version of the definition. */
    void newVersionRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void compare();
    void retranslate();

    runtime::SnapshotPtr m_snapshot;
    std::vector<const catalog::RegisteredDefinition *> m_versions; // oldest first
    QLabel *m_olderLabel;
    QComboBox *m_older;
    QLabel *m_newerLabel;
    QComboBox *m_newer;
    QLabel *m_verdict;
    QListWidget *m_findings;
    QPushButton *m_newVersion;
};

} // namespace causeway::ui
