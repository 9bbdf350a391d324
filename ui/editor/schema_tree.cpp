#include "ui/editor/schema_tree.h"

#include "schema/schema_edit.h"

#include <QComboBox>
#include <QEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <set>

namespace causeway::ui {

namespace {

using nlohmann::json;

// Edits the type column with a list of the JSON Schema types.
class TypeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        for (const std::string &type : schema::fieldTypes())
            box->addItem(QString::fromStdString(type));
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QComboBox *>(editor)->setCurrentText(index.data().toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }
};

QString unusedName(const json &schema, const std::string &parent)
{
    std::set<std::string> taken;
    for (const auto &field : schema::schemaFields(schema))
        if (field.parentPointer == parent)
            taken.insert(field.name);
    std::string name = "newField";
    for (int n = 2; taken.count(name); ++n)
        name = "newField" + std::to_string(n);
    return QString::fromStdString(name);
}

} // namespace

SchemaTree::SchemaTree(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setItemDelegateForColumn(TypeColumn, new TypeDelegate(this));
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::SelectedClicked);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemChanged, this, &SchemaTree::onItemChanged);
    // Fields are dragged among their siblings to arrange them; the drop decides (dropEvent).
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    retranslate();
}

void SchemaTree::setSchema(const json &schema, const schema::PropertyOrder &order)
{
    const QString selected = currentPointer();
    m_schema = schema;
    m_order = order;
    m_filling = true;
    clear();
    QHash<QString, QTreeWidgetItem *> byPointer;
    for (const auto &field : schema::schemaFields(schema, order)) {
        QTreeWidgetItem *parentItem = byPointer.value(QString::fromStdString(field.parentPointer));
        // Fields of array items hang under the array's own row.
        if (!parentItem && field.parentPointer.size() > 6 &&
            field.parentPointer.ends_with("/items"))
            parentItem = byPointer.value(QString::fromStdString(
                field.parentPointer.substr(0, field.parentPointer.size() - 6)));
        auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(this);
        const QString pointer = QString::fromStdString(field.pointer);
        byPointer.insert(pointer, item);
        const json &own = schema.at(json::json_pointer(field.pointer));
        item->setText(NameColumn, QString::fromStdString(field.name));
        item->setData(NameColumn, PointerRole, pointer);
        item->setText(TypeColumn, QString::fromStdString(field.type));
        item->setCheckState(RequiredColumn, field.required ? Qt::Checked : Qt::Unchecked);
        item->setText(DescriptionColumn,
                      own.contains("description") && own["description"].is_string()
                          ? QString::fromStdString(own["description"].get<std::string>())
                          : QString());
        item->setToolTip(NameColumn, pointer);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    expandAll();
    m_filling = false;
    selectPointer(selected);
}

QString SchemaTree::currentPointer() const
{
    return currentItem() ? currentItem()->data(NameColumn, PointerRole).toString() : QString();
}

void SchemaTree::selectPointer(const QString &pointer)
{
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->data(NameColumn, PointerRole).toString() == pointer) {
            setCurrentItem(*it);
            scrollToItem(*it);
            return;
        }
    }
}

void SchemaTree::addField(bool nested)
{
    std::string parent;
    const std::string current = currentPointer().toStdString();
    if (!current.empty()) {
        const json &own = m_schema.at(json::json_pointer(current));
        if (nested && own.value("type", json()) == "array")
            parent = current + "/items";
        else if (nested)
            parent = current;
        else
            parent = current.substr(0, current.rfind("/properties/"));
    }
    const QString name = unusedName(m_schema, parent);
    auto edited = schema::addField(m_schema, parent, name.toStdString(), "string");
    if (!edited) {
        Q_EMIT editRefused(QString::fromStdString(edited.error().message));
        return;
    }
    const QString pointer = QString::fromStdString(parent) + QStringLiteral("/properties/") + name;
    Q_EMIT schemaEdited(*edited, m_order, tr("Add field %1").arg(name));
    selectPointer(pointer); // the owner applied the edit and handed the schema back
}

void SchemaTree::removeCurrent()
{
    const QString pointer = currentPointer();
    if (pointer.isEmpty())
        return;
    auto edited = schema::removeField(m_schema, pointer.toStdString());
    if (!edited) {
        Q_EMIT editRefused(QString::fromStdString(edited.error().message));
        return;
    }
    Q_EMIT schemaEdited(*edited, m_order,
                        tr("Remove field %1").arg(currentItem()->text(NameColumn)));
}

void SchemaTree::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling)
        return;
    const std::string pointer = item->data(NameColumn, PointerRole).toString().toStdString();
    const QString name = QString::fromStdString(json::json_pointer(pointer).back());
    Result<json> edited = m_schema;
    schema::PropertyOrder order = m_order;
    QString what;
    switch (column) {
    case NameColumn: {
        const std::string renamed = item->text(NameColumn).trimmed().toStdString();
        edited = schema::renameField(m_schema, pointer, renamed);
        order = schema::withFieldRenamed(m_order, pointer, renamed); // it keeps its place
        what = tr("Rename field %1 to %2").arg(name, item->text(NameColumn).trimmed());
        break;
    }
    case TypeColumn:
        edited = schema::setFieldType(m_schema, pointer, item->text(TypeColumn).toStdString());
        what = tr("Make field %1 a %2").arg(name, item->text(TypeColumn));
        break;
    case RequiredColumn: {
        const bool required = item->checkState(RequiredColumn) == Qt::Checked;
        edited = schema::setFieldRequired(m_schema, pointer, required);
        what = required ? tr("Require field %1").arg(name) : tr("Make field %1 optional").arg(name);
        break;
    }
    case DescriptionColumn: {
        const QString text = item->text(DescriptionColumn).trimmed();
        edited = schema::setFieldKeyword(m_schema, pointer, "description",
                                         text.isEmpty() ? json() : json(text.toStdString()));
        what = tr("Describe field %1").arg(name);
        break;
    }
    default:
        return;
    }
    if (!edited) {
        Q_EMIT editRefused(QString::fromStdString(edited.error().message));
        // Put the row back as the schema has it.
        QMetaObject::invokeMethod(
            this, [this, schema = m_schema, order = m_order] { setSchema(schema, order); },
            Qt::QueuedConnection);
        return;
    }
    if (*edited != m_schema)
        emitLater(*edited, order, what);
}

// Queued: applying the edit rebuilds the tree, which must not happen while Qt is still inside
// an item's setData() or a drop.
void SchemaTree::emitLater(const json &schema, const schema::PropertyOrder &order,
                           const QString &what)
{
    QMetaObject::invokeMethod(
        this, [this, schema, order, what] { Q_EMIT schemaEdited(schema, order, what); },
        Qt::QueuedConnection);
}

void SchemaTree::moveCurrent(int steps)
{
    QTreeWidgetItem *item = currentItem();
    if (!item)
        return;
    QTreeWidgetItem *parent = item->parent() ? item->parent() : invisibleRootItem();
    const int index = parent->indexOfChild(item) + steps;
    if (index >= 0 && index < parent->childCount())
        moveField(item, index);
}

// @p index counts the siblings without @p item.
void SchemaTree::moveField(QTreeWidgetItem *item, int index)
{
    const std::string pointer = item->data(NameColumn, PointerRole).toString().toStdString();
    const auto order =
        schema::withFieldMoved(m_order, m_schema, pointer, static_cast<std::size_t>(index));
    if (order == m_order)
        return;
    emitLater(m_schema, order, tr("Move field %1").arg(item->text(NameColumn)));
}

void SchemaTree::dropEvent(QDropEvent *event)
{
    QTreeWidgetItem *target = itemAt(event->position().toPoint());
    // Whatever happens, the tree's items stay where they are: the schema that follows the
    // edit redraws them, and a copy action keeps the drag from removing the source.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    const DropIndicatorPosition where = dropIndicatorPosition();
    if (event->source() == this && target && (where == AboveItem || where == BelowItem))
        moveCurrentBeside(target, where == BelowItem);
}

void SchemaTree::moveCurrentBeside(QTreeWidgetItem *sibling, bool below)
{
    QTreeWidgetItem *moved = currentItem();
    if (!moved || !sibling || sibling == moved)
        return;
    if (sibling->parent() != moved->parent()) {
        Q_EMIT editRefused(tr("A field moves among the fields beside it; to move it into "
                              "another object, remove it here and add it there."));
        return;
    }
    QTreeWidgetItem *parent = moved->parent() ? moved->parent() : invisibleRootItem();
    int index = parent->indexOfChild(sibling) + (below ? 1 : 0);
    if (parent->indexOfChild(moved) < index)
        --index; // counted without the field itself
    moveField(moved, index);
}

void SchemaTree::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void SchemaTree::retranslate()
{
    setHeaderLabels({tr("Field"), tr("Type"), tr("Required"), tr("Description")});
}

} // namespace causeway::ui
