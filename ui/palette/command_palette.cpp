#include "ui/palette/command_palette.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <functional>

namespace causeway::ui {

namespace {

constexpr int kActionRole = Qt::UserRole;

QString plain(QString text)
{
    // "&Open Project…" reads "Open Project…"; "&&" stays one ampersand.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

} // namespace

CommandPalette::CommandPalette(QMenuBar *menus, QWidget *parent)
    : QDialog(parent, Qt::Popup), m_menus(menus), m_search(new QLineEdit(this)),
      m_list(new QListView(this)), m_commands(new QStandardItemModel(this)),
      m_filter(new QSortFilterProxyModel(this))
{
    m_filter->setSourceModel(m_commands);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_filter);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_search->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text);
        m_list->setCurrentIndex(m_filter->index(0, 0));
    });
    connect(m_search, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListView::activated, this, &CommandPalette::runCurrent);
}

void CommandPalette::collect()
{
    m_commands->clear();
    m_actions.clear();
    const std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu,
                                                                   const QString &path) {
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            if (QMenu *sub = action->menu()) {
                walk(sub, path + QStringLiteral(" › ") + plain(sub->title()));
                continue;
            }
            if (!action->isEnabled() || action->text().isEmpty())
                continue;
            QString text = path + QStringLiteral(" › ") + plain(action->text());
            if (!action->shortcut().isEmpty())
                text += QStringLiteral("    ") +
                        action->shortcut().toString(QKeySequence::NativeText);
            auto *item = new QStandardItem(action->icon(), text);
            item->setData(static_cast<int>(m_actions.size()), kActionRole);
            m_commands->appendRow(item);
            m_actions.append(action);
        }
    };
    for (QAction *top : m_menus->actions())
        if (QMenu *menu = top->menu())
            walk(menu, plain(menu->title()));
}

void CommandPalette::popup()
{
    collect();
    m_search->clear();
    m_filter->setFilterFixedString(QString());
    m_list->setCurrentIndex(m_filter->index(0, 0));
    QWidget *window = parentWidget() ? parentWidget()->window() : nullptr;
    const int width = window ? std::min(640, window->width() - 40) : 640;
    resize(width, 360);
    if (window)
        move(window->mapToGlobal(QPoint((window->width() - width) / 2, 60)));
    show();
    m_search->setFocus();
}

void CommandPalette::runCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QPointer<QAction> action = m_actions.value(current.data(kActionRole).toInt());
    hide();
    if (action && action->isEnabled())
        action->trigger();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // Up and down move through the results while typing goes on in the field.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown ||
            key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace causeway::ui
