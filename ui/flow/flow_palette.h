#pragma once

#include "flow/flow_graph.h"

#include <QListWidget>

namespace causeway::ui {

/**
 * @brief The nodes a flow can gain: sources, rules and actors, and event types (a new
 * definition). Drag one onto the canvas to place it there, or press Enter or double-click to
 * add it in the middle of the view.
 */
class FlowPalette final : public QListWidget
{
    Q_OBJECT

public:
    /** @brief The MIME type of a dragged entry; its data is the kind's name ("actor"). */
    static const QString &mimeType();
    /** @brief The kind a drag of @p data names, if it is one of the palette's. */
    static std::optional<flow::NodeKind> kindOf(const QMimeData *data);

    explicit FlowPalette(QWidget *parent = nullptr);

Q_SIGNALS:
    /** @brief Enter or a double click on the entry of @p kind. */
    void addRequested(flow::NodeKind kind);

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void paintSwatches();
};

} // namespace causeway::ui
