#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <array>
#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QStackedWidget;
class QTabBar;

namespace causeway::ui {

/**
 * @brief The window's workspaces: each shows its own page in the middle and remembers its
 * own arrangement of the shared docks (event log, trace, problems), kept across sessions.
 */
class Workspaces final : public QObject
{
    Q_OBJECT

public:
    enum Workspace { Design, Simulate, Monitor, WorkspaceCount };

    Workspaces(QMainWindow *window, QStackedWidget *pages);

    /**
     * @brief The page of @p workspace and the docks it shows until the user rearranges them;
     * @p arrange sizes them the first time.
     */
    void define(Workspace workspace, QWidget *page, QList<QDockWidget *> docks,
                std::function<void()> arrange = {});
    /** @brief Every dock a workspace may show; the others' docks are hidden on switching. */
    void setDocks(QList<QDockWidget *> docks);

    /** @brief Shows @p workspace: its page, and its docks as it last had them. */
    void switchTo(Workspace workspace);
    /** @brief Leaves the workspaces for another page (the welcome page) or comes back. */
    void setAvailable(bool available);
    Workspace current() const { return m_current; }

    QTabBar *tabBar() const { return m_tabs; }
    /** @brief Ctrl+1, Ctrl+2, Ctrl+3: one action per workspace, for menus and the palette. */
    QList<QAction *> actions() const;

    void saveSettings() const;
    void restoreSettings();
    void retranslate();

Q_SIGNALS:
    void switched(causeway::ui::Workspaces::Workspace workspace);

private:
    struct Definition
    {
        QWidget *page = nullptr;
        QList<QDockWidget *> docks;
        std::function<void()> arrange;
        QByteArray state; // QMainWindow::saveState() as the user left it
    };

    void applyDefaults(Workspace workspace);

    QMainWindow *m_window;
    QStackedWidget *m_pages;
    QTabBar *m_tabs;
    std::array<Definition, WorkspaceCount> m_definitions;
    std::array<QAction *, WorkspaceCount> m_actions{};
    QList<QDockWidget *> m_docks;
    Workspace m_current = Design;
    bool m_available = false;
};

} // namespace causeway::ui
