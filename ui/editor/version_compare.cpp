#include "ui/editor/version_compare.h"

#include "schema/compatibility.h"
#include "ui/common/icons.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace causeway::ui {

VersionCompare::VersionCompare(QWidget *parent)
    : QWidget(parent), m_olderLabel(new QLabel(this)), m_older(new QComboBox(this)),
      m_newerLabel(new QLabel(this)), m_newer(new QComboBox(this)), m_verdict(new QLabel(this)),
      m_findings(new QListWidget(this)), m_newVersion(new QPushButton(this))
{
    auto *pick = new QHBoxLayout;
    pick->addWidget(m_olderLabel);
    pick->addWidget(m_older, 1);
    pick->addWidget(m_newerLabel);
    pick->addWidget(m_newer, 1);
    pick->addWidget(m_newVersion);
    connect(m_newVersion, &QPushButton::clicked, this, &VersionCompare::newVersionRequested);
    m_verdict->setWordWrap(true);
    m_findings->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_verdict);
    layout->addWidget(m_findings, 1);
    for (QComboBox *box : {m_older, m_newer})
        connect(box, &QComboBox::currentIndexChanged, this, &VersionCompare::compare);
    retranslate();
}

void VersionCompare::showVersions(const runtime::SnapshotPtr &snapshot, const QString &type)
{
    m_snapshot = snapshot;
    m_versions = snapshot ? snapshot->registry.history(type.toStdString())
                          : std::vector<const catalog::RegisteredDefinition *>();
    const QSignalBlocker olderBlocker(m_older);
    const QSignalBlocker newerBlocker(m_newer);
    m_older->clear();
    m_newer->clear();
    for (const auto *version : m_versions) {
        const QString name = QString::fromStdString(version->definition.version.toString());
        m_older->addItem(name);
        m_newer->addItem(name);
    }
    const int count = static_cast<int>(m_versions.size());
    m_older->setCurrentIndex(std::max(count - 2, 0));
    m_newer->setCurrentIndex(count - 1);
    compare();
}

void VersionCompare::compare()
{
    m_findings->clear();
    const int older = m_older->currentIndex();
    const int newer = m_newer->currentIndex();
    if (m_versions.size() < 2 || older < 0 || newer < 0) {
        m_verdict->setText(tr("Only one version so far: the history and the compatibility "
                              "check between versions appear when there are two."));
        return;
    }
    const auto report = schema::compareSchemas(
        m_versions[static_cast<std::size_t>(older)]->definition.payloadSchema,
        m_versions[static_cast<std::size_t>(newer)]->definition.payloadSchema);
    const auto yesNo = [this](bool yes) { return yes ? tr("yes") : tr("no"); };
    m_verdict->setText(tr("Backward compatible (old data reads with the new schema): %1 · "
                          "forward compatible (new data reads with the old): %2")
                           .arg(yesNo(report.backward()), yesNo(report.forward())));
    for (const auto &finding : report.findings) {
        QStringList breaks;
        if (finding.breaksBackward)
            breaks << tr("breaks backward");
        if (finding.breaksForward)
            breaks << tr("breaks forward");
        const bool breaking = !breaks.isEmpty();
        m_findings->addItem(new QListWidgetItem(
            actionIcon(breaking ? QStringLiteral("dialog-warning") : QStringLiteral("dialog-ok")),
            QStringLiteral("%1: %2%3")
                .arg(finding.pointer.empty() ? QStringLiteral("/")
                                             : QString::fromStdString(finding.pointer),
                     QString::fromStdString(finding.reason),
                     breaking ? QStringLiteral(" (") + breaks.join(QStringLiteral(", ")) +
                                    QStringLiteral(")")
                              : QString())));
    }
    if (report.findings.empty())
        m_findings->addItem(tr("The payload schemas are the same."));
}

void VersionCompare::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        compare();
    }
    QWidget::changeEvent(event);
}

void VersionCompare::retranslate()
{
    m_olderLabel->setText(tr("Compare"));
    m_newerLabel->setText(tr("with"));
    m_newVersion->setText(tr("New Version"));
    m_newVersion->setToolTip(tr("Add the next minor version, a copy of the newest, to change"));
}

} // namespace causeway::ui
