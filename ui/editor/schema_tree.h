#pragma once

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

    /** @brief Shows @p schema, keeping the selected field when it is still there. */
    void setSchema(const nlohmann::json &schema);
    const nlohmann::json &schema() const { return m_schema; }
    /** @brief The JSON pointer of the selected field; empty when none is. */
    QString currentPointer() const;
    /** @brief Selects the field at @p pointer. */
    void selectPointer(const QString &pointer);

    /** @brief Adds a string field beside the selected one, or inside it with @p nested. */
    void addField(bool nested);
    void removeCurrent();

Q_SIGNALS:
    void schemaEdited(const nlohmann::json &schema, const QString &what);
    void editRefused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onItemChanged(QTreeWidgetItem *item, int column);

    nlohmann::json m_schema;
    bool m_filling = false;
};

} // namespace causeway::ui
