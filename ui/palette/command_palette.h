#pragma once

#include <QDialog>
#include <QPointer>

class QAction;
class QLineEdit;
class QListView;
class QMenuBar;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace causeway::ui {

/**
 * @brief Ctrl+K: every enabled action of the window's menus, found by typing any part of
 * its name or menu; Enter runs the chosen one.
 */
class CommandPalette final : public QDialog
{
    Q_OBJECT

public:
    explicit CommandPalette(QMenuBar *menus, QWidget *parent = nullptr);

    /** @brief Collects the menus' actions afresh and shows the palette over its parent. */
    void popup();

    QLineEdit *searchField() const { return m_search; }
    QSortFilterProxyModel *results() const { return m_filter; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void collect();
    void runCurrent();

    QMenuBar *m_menus;
    QLineEdit *m_search;
    QListView *m_list;
    QStandardItemModel *m_commands;
    QSortFilterProxyModel *m_filter;
    QList<QPointer<QAction>> m_actions; // by the row of m_commands
};

} // namespace causeway::ui
