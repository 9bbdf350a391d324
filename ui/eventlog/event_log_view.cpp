#include "ui/eventlog/event_log_view.h"

#include "catalog/registry.h"
#include "model/attribute.h"
#include "ui/eventlog/event_detail_view.h"
#include "ui/eventlog/event_log_model.h"

#include <QAction>
#include <QCompleter>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <utility>

namespace causeway::ui {

namespace {

constexpr int kDebounceMs = 250; // typing in a filter field runs one query, not one per key

// The time in @p edit as Unix nanoseconds; marks the field when it holds something else.
std::optional<std::int64_t> timeFrom(QLineEdit *edit, bool *valid)
{
    const QString text = edit->text().trimmed();
    std::optional<std::int64_t> nanos;
    if (!text.isEmpty())
        nanos = model::timestampToUnixNanos(text.toStdString());
    const bool ok = text.isEmpty() || nanos.has_value();
    edit->setStyleSheet(ok ? QString()
                           : QStringLiteral("QLineEdit { border: 1px solid #d32f2f; }"));
    *valid = *valid && ok;
    return nanos;
}

} // namespace

EventLogView::EventLogView(QWidget *parent)
    : QWidget(parent), m_browser(new runtime::StoreBrowser(this)),
      m_model(new EventLogModel(m_browser, this)), m_storeLabel(new QLabel(this)),
      m_countLabel(new QLabel(this)), m_type(new QLineEdit(this)), m_source(new QLineEdit(this)),
      m_correlation(new QLineEdit(this)), m_from(new QLineEdit(this)), m_to(new QLineEdit(this)),
      m_text(new QLineEdit(this)), m_debounce(new QTimer(this)), m_table(new QTableView(this)),
      m_detail(new EventDetailView(this)), m_traceAction(new QAction(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &EventLogView::applyFilters);
    auto *filters = new QHBoxLayout;
    for (QLineEdit *edit : {m_type, m_source, m_correlation, m_from, m_to, m_text}) {
        edit->setClearButtonEnabled(true);
        filters->addWidget(edit, edit == m_type || edit == m_text ? 3 : 2);
        connect(edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &EventLogView::applyFilters);
    }
    auto *header = new QHBoxLayout;
    header->addWidget(m_storeLabel, 1);
    header->addWidget(m_countLabel);
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    // Types share their start (a reverse domain) and differ at the end, which is kept.
    m_table->setTextElideMode(Qt::ElideLeft);
    m_table->verticalHeader()->hide();
    // Fixed row heights let the view place a million rows without asking each one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(EventLogModel::TypeColumn,
                                                      QHeaderView::Stretch);
    m_table->setColumnWidth(
        EventLogModel::TimeColumn,
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("2025-03-03T00:00:00.000Z  ")));
    m_table->setColumnWidth(EventLogModel::SourceColumn, 150);
    m_table->setColumnWidth(EventLogModel::SubjectColumn, 90);
    m_table->setColumnWidth(EventLogModel::CorrelationColumn,
                            m_table->fontMetrics().horizontalAdvance(
                                QStringLiteral("01JNCMVCCCYM34SN4MB2J4JHBG______")));
    m_table->addAction(m_traceAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_traceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_traceAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_traceAction, &QAction::triggered, this, &EventLogView::traceSelected);
    connect(m_table, &QTableView::doubleClicked, this, &EventLogView::traceSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventLogView::showSelected);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_model, &EventLogModel::indexed, this, &EventLogView::updateCount);
    connect(m_browser, &runtime::StoreBrowser::opened, this, [this](const QString &path) {
        m_storeLabel->setText(QFileInfo(path).fileName());
        m_storeLabel->setToolTip(path);
        applyFilters();
        Q_EMIT storeOpened(path);
    });
    connect(m_browser, &runtime::StoreBrowser::failed, this, [this](const QString &message) {
        m_countLabel->setText(message);
        m_countLabel->setToolTip(message);
    });
    connect(m_browser, &runtime::StoreBrowser::eventFetched, this,
            [this](qint64 sequence, const runtime::StoredEventPtr &event) {
                if (sequence == m_model->sequenceAt(m_table->currentIndex().row()))
                    m_detail->setEvent(event);
            });
    retranslate();
}

void EventLogView::openStore(const QString &path)
{
    m_model->clear();
    m_detail->setEvent(nullptr);
    m_indexed = false;
    if (!QFileInfo(path).isFile()) { // said here, where it can be translated
        m_countLabel->setText(tr("%1 does not exist or is not a file").arg(path));
        return;
    }
    m_countLabel->setText(tr("Opening…"));
    m_browser->open(path);
}

void EventLogView::refresh()
{
    if (!m_browser->path().isEmpty())
        m_model->refresh();
}

QString EventLogView::storePath() const
{
    return m_browser->path();
}

void EventLogView::setRegistry(std::shared_ptr<const catalog::DefinitionRegistry> registry)
{
    QStringList types;
    if (registry)
        for (const std::string &type : registry->types())
            types << QString::fromStdString(type);
    auto *completer = new QCompleter(types, m_type);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_type->setCompleter(completer);
    m_detail->setRegistry(std::move(registry));
}

void EventLogView::applyFilters()
{
    m_debounce->stop();
    if (m_browser->path().isEmpty())
        return;
    store::Query query;
    query.type = m_type->text().trimmed().toStdString();
    query.typePrefix = true;
    query.source = m_source->text().trimmed().toStdString();
    query.correlationId = m_correlation->text().trimmed().toStdString();
    query.text = m_text->text().toStdString();
    bool valid = true;
    query.fromNanos = timeFrom(m_from, &valid);
    query.toNanos = timeFrom(m_to, &valid);
    if (!valid) {
        m_countLabel->setText(tr("Times are written like 2025-03-03T09:30:00Z"));
        return;
    }
    m_countLabel->setText(tr("Searching…"));
    m_newFilter = true;
    m_model->setQuery(query);
}

void EventLogView::filterByCorrelation(const QString &correlationId)
{
    m_correlation->setText(correlationId);
    applyFilters();
}

bool EventLogView::selectSequence(std::int64_t sequence)
{
    const int row = m_model->rowOf(sequence);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, EventLogModel::TypeColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void EventLogView::showSelected()
{
    const std::int64_t sequence = m_model->sequenceAt(m_table->currentIndex().row());
    if (sequence < 0) {
        m_detail->setEvent(nullptr);
        return;
    }
    m_browser->fetchEvent(sequence);
    Q_EMIT currentSequenceChanged(sequence);
}

void EventLogView::traceSelected()
{
    const QString correlation =
        m_table->currentIndex().data(EventLogModel::CorrelationRole).toString();
    if (!correlation.isEmpty())
        Q_EMIT traceRequested(correlation);
}

void EventLogView::updateCount(int rows, qint64 elapsedMs)
{
    m_rows = rows;
    m_elapsedMs = elapsedMs;
    m_indexed = true;
    if (std::exchange(m_newFilter, false))
        m_table->scrollToTop();
    m_countLabel->setText(tr("%n event(s)", nullptr, rows) + QStringLiteral(" · ") +
                          tr("%1 ms").arg(elapsedMs));
    m_countLabel->setToolTip(QString());
}

void EventLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EventLogView::retranslate()
{
    m_type->setPlaceholderText(tr("Type starts with…"));
    m_source->setPlaceholderText(tr("Source"));
    m_correlation->setPlaceholderText(tr("Correlation id"));
    m_from->setPlaceholderText(tr("From (2025-03-03T09:00:00Z)"));
    m_to->setPlaceholderText(tr("Until"));
    m_text->setPlaceholderText(tr("Text anywhere in the event"));
    m_traceAction->setText(tr("&Trace Workflow"));
    if (m_browser->path().isEmpty())
        m_storeLabel->setText(tr("No event store open. Run a simulation, or open a store file."));
    if (m_indexed)
        updateCount(m_rows, m_elapsedMs);
}

} // namespace causeway::ui
