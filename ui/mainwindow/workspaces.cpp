#include "ui/mainwindow/workspaces.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>

namespace causeway::ui {

namespace {

QString stateKey(int workspace)
{
    return QStringLiteral("workspaces/%1/state").arg(workspace);
}

} // namespace

Workspaces::Workspaces(QMainWindow *window, QStackedWidget *pages)
    : QObject(window), m_window(window), m_pages(pages), m_tabs(new QTabBar(window))
{
    m_tabs->setDocumentMode(true);
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    for (int workspace = 0; workspace < WorkspaceCount; ++workspace) {
        m_tabs->addTab(QString());
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + workspace)));
        action->setCheckable(true);
        connect(action, &QAction::triggered, this,
                [this, workspace] { switchTo(static_cast<Workspace>(workspace)); });
        m_actions[static_cast<std::size_t>(workspace)] = action;
    }
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0 && m_available)
            switchTo(static_cast<Workspace>(index));
    });
    setAvailable(false);
    retranslate();
}

void Workspaces::define(Workspace workspace, QWidget *page, QList<QDockWidget *> docks,
                        std::function<void()> arrange)
{
    m_definitions[workspace].page = page;
    m_definitions[workspace].docks = std::move(docks);
    m_definitions[workspace].arrange = std::move(arrange);
}

void Workspaces::setDocks(QList<QDockWidget *> docks)
{
    m_docks = std::move(docks);
}

QList<QAction *> Workspaces::actions() const
{
    return {m_actions.begin(), m_actions.end()};
}

void Workspaces::switchTo(Workspace workspace)
{
    if (!m_available)
        return;
    if (workspace != m_current || m_pages->currentWidget() != m_definitions[workspace].page) {
        if (m_pages->currentWidget() == m_definitions[m_current].page)
            m_definitions[m_current].state = m_window->saveState();
        m_current = workspace;
        m_pages->setCurrentWidget(m_definitions[workspace].page);
        if (m_definitions[workspace].state.isEmpty() ||
            !m_window->restoreState(m_definitions[workspace].state))
            applyDefaults(workspace);
    }
    const QSignalBlocker blocker(m_tabs);
    m_tabs->setCurrentIndex(workspace);
    for (int i = 0; i < WorkspaceCount; ++i)
        m_actions[static_cast<std::size_t>(i)]->setChecked(i == workspace);
    Q_EMIT switched(workspace);
}

void Workspaces::applyDefaults(Workspace workspace)
{
    for (QDockWidget *dock : m_docks)
        dock->setVisible(m_definitions[workspace].docks.contains(dock));
    if (m_definitions[workspace].arrange)
        m_definitions[workspace].arrange();
}

void Workspaces::setAvailable(bool available)
{
    m_available = available;
    m_tabs->setEnabled(available);
    for (QAction *action : m_actions)
        action->setEnabled(available);
    if (!available)
        for (QDockWidget *dock : m_docks)
            dock->hide();
}

void Workspaces::saveSettings() const
{
    QSettings settings;
    for (int workspace = 0; workspace < WorkspaceCount; ++workspace) {
        QByteArray state = m_definitions[static_cast<std::size_t>(workspace)].state;
        if (workspace == m_current && m_available)
            state = m_window->saveState();
        settings.setValue(stateKey(workspace), state);
    }
    settings.setValue(QStringLiteral("workspaces/current"), static_cast<int>(m_current));
}

void Workspaces::restoreSettings()
{
    QSettings settings;
    for (int workspace = 0; workspace < WorkspaceCount; ++workspace)
        m_definitions[static_cast<std::size_t>(workspace)].state =
            settings.value(stateKey(workspace)).toByteArray();
    const int current = settings.value(QStringLiteral("workspaces/current"), 0).toInt();
    m_current = current >= 0 && current < WorkspaceCount ? static_cast<Workspace>(current) : Design;
}

void Workspaces::retranslate()
{
    const QString names[] = {tr("Design"), tr("Simulate"), tr("Monitor")};
    const QString tips[] = {tr("The catalog, its definitions and their problems"),
                            tr("Run the project's simulation and browse what it recorded"),
                            tr("Browse and trace recorded events")};
    for (int workspace = 0; workspace < WorkspaceCount; ++workspace) {
        m_tabs->setTabText(workspace, names[workspace]);
        m_tabs->setTabToolTip(workspace, tips[workspace]);
        m_actions[static_cast<std::size_t>(workspace)]->setText(
            tr("%1 Workspace").arg(names[workspace]));
    }
}

} // namespace causeway::ui
