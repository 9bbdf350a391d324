#pragma once

#include "runtime/store_browser.h"

#include <QTabWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace causeway::catalog {
class DefinitionRegistry;
}

namespace causeway::ui {

/**
 * @brief One stored event in full: its envelope attributes, its payload pretty-printed,
 * and what validating it against the open project's catalog finds.
 */
class EventDetailView final : public QTabWidget
{
    Q_OBJECT

public:
    explicit EventDetailView(QWidget *parent = nullptr);

    /** @brief The catalog events are validated against; null when no project is open. */
    void setRegistry(std::shared_ptr<const catalog::DefinitionRegistry> registry);
    /** @brief Shows @p event, or an empty page for null. */
    void setEvent(const runtime::StoredEventPtr &event);

    const runtime::StoredEventPtr &event() const { return m_event; }
    QString payloadText() const;
    QStringList validationLines() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showValidation();

    runtime::StoredEventPtr m_event;
    std::shared_ptr<const catalog::DefinitionRegistry> m_registry;
    QTableWidget *m_envelope;
    QPlainTextEdit *m_payload;
    QListWidget *m_validation;
};

} // namespace causeway::ui
