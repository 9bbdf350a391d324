#pragma once

#include "flow/flow_graph.h"
#include "runtime/project_snapshot.h"

#include <QWidget>
#include <nlohmann/json.hpp>

class QFormLayout;
class QLabel;

namespace causeway::ui {

class JsonTextEdit;

/**
 * @brief The selected node of the flow canvas: what it is and, for a source, rule or actor,
 * its settings as a short form above its whole spec as JSON. A change in either is handed on
 * as the node's new spec (specEdited), which the main window makes an undoable edit; the
 * snapshot that follows shows it here again.
 */
class FlowInspector final : public QWidget
{
    Q_OBJECT

public:
    explicit FlowInspector(QWidget *parent = nullptr);

    /** @brief Shows node @p nodeId of @p graph in @p snapshot's project; several selected
     * nodes (@p selectedCount > 1) or none get a hint instead. */
    void showNode(const runtime::SnapshotPtr &snapshot, const flow::FlowGraph *graph,
                  const QString &nodeId, int selectedCount);

    /** @brief Shows the node as it is again, with why the user's change was refused. */
    void refuse(const QString &reason);
    const QString &nodeId() const { return m_nodeId; }
    QString errorText() const;
    JsonTextEdit *specText() const { return m_spec; }
    /** @brief The form field labelled @p label ("Capacity:"), or nullptr. */
    QWidget *field(const QString &label) const;

Q_SIGNALS:
    /** @brief The user changed node @p nodeId's spec to @p spec. */
    void specEdited(const QString &nodeId, const nlohmann::json &spec);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString focusedFieldLabel() const;
    void clearForm();
    void addActorFields();
    void addSourceFields();
    void addRuleFields();
    void addNameField();
    /** @brief Hands on the spec with @p member set to @p value (removed when null). */
    void editMember(const char *member, const nlohmann::json &value);
    QString describe(const flow::FlowNode &node) const;

    runtime::SnapshotPtr m_snapshot;
    const flow::FlowGraph *m_graph = nullptr;
    QString m_nodeId;
    int m_selectedCount = 0;
    nlohmann::json m_specValue;
    QLabel *m_title;
    QLabel *m_text;
    QWidget *m_formHost;
    QFormLayout *m_form;
    JsonTextEdit *m_spec;
    QLabel *m_error;
};

} // namespace causeway::ui
