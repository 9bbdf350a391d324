#include "ui/eventlog/event_detail_view.h"

#include "catalog/event_validator.h"
#include "model/json_format.h"
#include "ui/common/icons.h"
#include "ui/common/json_highlighter.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace causeway::ui {

EventDetailView::EventDetailView(QWidget *parent)
    : QTabWidget(parent), m_envelope(new QTableWidget(this)), m_payload(new QPlainTextEdit(this)),
      m_validation(new QListWidget(this))
{
    m_envelope->setColumnCount(2);
    m_envelope->verticalHeader()->hide();
    m_envelope->verticalHeader()->setDefaultSectionSize(m_envelope->fontMetrics().height() + 6);
    m_envelope->horizontalHeader()->setStretchLastSection(true);
    m_envelope->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_envelope->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_payload->setReadOnly(true);
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(m_payload->document(), m_payload->palette());
    m_validation->setWordWrap(true);
    addTab(m_envelope, QString());
    addTab(m_payload, QString());
    addTab(m_validation, QString());
    retranslate();
}

void EventDetailView::setRegistry(std::shared_ptr<const catalog::DefinitionRegistry> registry)
{
    m_registry = std::move(registry);
    showValidation();
}

void EventDetailView::setEvent(const runtime::StoredEventPtr &event)
{
    m_event = event;
    m_envelope->setRowCount(0);
    m_payload->clear();
    if (event) {
        const nlohmann::json json = model::writeJsonEvent(event->event);
        auto addRow = [this](const QString &name, const QString &value) {
            const int row = m_envelope->rowCount();
            m_envelope->insertRow(row);
            m_envelope->setItem(row, 0, new QTableWidgetItem(name));
            m_envelope->setItem(row, 1, new QTableWidgetItem(value));
        };
        for (const auto &[name, value] : json.items()) {
            if (name == "data" || name == "data_base64")
                continue;
            addRow(QString::fromStdString(name),
                   QString::fromStdString(value.is_string() ? value.get<std::string>()
                                                            : value.dump()));
        }
        addRow(tr("(stored as)"), QString::number(event->sequence));
        addRow(tr("(stored at)"),
               QDateTime::fromMSecsSinceEpoch(event->storedAtNanos / 1'000'000, Qt::UTC)
                   .toString(Qt::ISODateWithMs));
        if (event->replay)
            addRow(tr("(replayed)"), tr("yes"));
        m_envelope->resizeColumnToContents(0);
        if (json.contains("data"))
            m_payload->setPlainText(QString::fromStdString(
                json["data"].dump(2, ' ', false, nlohmann::json::error_handler_t::replace)));
        else if (json.contains("data_base64"))
            m_payload->setPlainText(
                tr("Binary data, base64:\n%1")
                    .arg(QString::fromStdString(json["data_base64"].get<std::string>())));
        else
            m_payload->setPlainText(tr("(no data)"));
    }
    showValidation();
}

QString EventDetailView::payloadText() const
{
    return m_payload->toPlainText();
}

QStringList EventDetailView::validationLines() const
{
    QStringList lines;
    for (int i = 0; i < m_validation->count(); ++i)
        lines << m_validation->item(i)->text();
    return lines;
}

void EventDetailView::showValidation()
{
    m_validation->clear();
    if (!m_event)
        return;
    if (!m_registry) {
        m_validation->addItem(tr("Open a project to validate events against its catalog."));
        return;
    }
    const auto report = catalog::EventValidator(*m_registry).validate(m_event->event);
    const QIcon ok = actionIcon(QStringLiteral("dialog-ok"));
    const QIcon error = actionIcon(QStringLiteral("dialog-error"));
    const QIcon warning = actionIcon(QStringLiteral("dialog-warning"));
    if (report.valid()) {
        const QString version =
            report.definition
                ? QString::fromStdString(report.definition->definition.version.toString())
                : QString();
        m_validation->addItem(new QListWidgetItem(
            ok, version.isEmpty() ? tr("Valid.") : tr("Valid against version %1.").arg(version)));
    }
    for (const catalog::Issue &issue : report.issues) {
        const QString where = issue.pointer.empty()
                                  ? QString()
                                  : QString::fromStdString(issue.pointer) + QStringLiteral(": ");
        m_validation->addItem(
            new QListWidgetItem(issue.severity == catalog::Severity::Error ? error : warning,
                                where + QString::fromStdString(issue.message)));
    }
}

void EventDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setEvent(m_event); // the row labels and messages are translated texts
    }
    QTabWidget::changeEvent(event);
}

void EventDetailView::retranslate()
{
    setTabText(0, tr("Envelope"));
    setTabText(1, tr("Payload"));
    setTabText(2, tr("Validation"));
    m_envelope->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
}

} // namespace causeway::ui
