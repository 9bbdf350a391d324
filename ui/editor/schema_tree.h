#pragma once

#include "schema/property_order.h"

#include <QTreeWidget>
#include <nlohmann/json.hpp>

namespace causeway::ui {

/**
 * @brief The fields of a payload schema as a tree: rename and describe in place (F2),
 * pick a type, tick required. Every change goes through the engine's schema edits and comes
 * out as a whole new schema, which the owner applies as one undoable step.
 */
class SchemaTree final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Columns { NameColumn, TypeColumn, RequiredColumn, DescriptionColumn, ColumnCount };
    static constexpr int PointerRole = Qt::UserRole;

    explicit SchemaTree(QWidget *parent = nullptr);

    /** @brief Shows @p schema with its fields in @p order, keeping the selected field when it
     * is still there. */
    void setSchema(const nlohmann::json &schema, const schema::PropertyOrder &order = {});
    const nlohmann::json &schema() const { return m_schema; }
    const schema::PropertyOrder &order() const { return m_order; }
    /** @brief The JSON pointer of the selected field; empty when none is. */
    QString currentPointer() const;
    /** @brief Selects the field at @p pointer. */
    void selectPointer(const QString &pointer);

    /** @brief Adds a string field beside the selected one, or inside it with @p nested. */
    void addField(bool nested);
    void removeCurrent();
    /** @brief Moves the selected field @p steps places among its siblings (up when negative). */
    void moveCurrent(int steps);
    /** @brief Moves the selected field just above (or @p below) @p sibling, as a drop does;
     * a field of another object is refused with a reason. */
    void moveCurrentBeside(QTreeWidgetItem *sibling, bool below);

Q_SIGNALS:
    /** @brief The user changed the schema or the order of its fields; @p what names the step. */
    void schemaEdited(const nlohmann::json &schema, const causeway::schema::PropertyOrder &order,
                      const QString &what);
    void editRefused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    /** @brief A field dropped beside a sibling moves there; anywhere else it stays. */
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void onItemChanged(QTreeWidgetItem *item, int column);
    /** @brief Hands the edit on once Qt has left the item or drag it came from. */
    void emitLater(const nlohmann::json &schema, const schema::PropertyOrder &order,
                   const QString &what);
    void moveField(QTreeWidgetItem *item, int index);

    nlohmann::json m_schema;
    schema::PropertyOrder m_order;
    bool m_filling = false;
};

} // namespace causeway::ui
