#pragma once

#include "runtime/project_snapshot.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QToolBar;

namespace causeway::ui {

class FieldDetails;
class JsonTextEdit;
class ProjectDocument;
class SchemaTree;
class VersionCompare;

/**
 * @brief Edits the newest version of one definition: its details, its payload schema as a
 * field tree and as JSON text kept in step, and its examples, checked against the schema as
 * they are typed. Every change is one undoable step of the project document.
 */
class DefinitionEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit DefinitionEditor(ProjectDocument *document, QWidget *parent = nullptr);

    /** @brief Edits @p type (its newest version); empty shows nothing to edit. */
    void showType(const QString &type);
    const QString &type() const { return m_type; }

    SchemaTree *schemaTree() const { return m_tree; }
    FieldDetails *fieldDetails() const { return m_details; }
    JsonTextEdit *schemaText() const { return m_schemaText; }
    JsonTextEdit *examplesText() const { return m_examplesText; }
    QListWidget *exampleFindings() const { return m_exampleFindings; }
    /** @brief The lint findings of the edited definition, every version of it. */
    QListWidget *lintFindings() const { return m_lint; }
    VersionCompare *versions() const { return m_versions; }
    QLineEdit *nameField() const { return m_name; }
    QAction *addFieldAction() const { return m_addField; }
    QAction *removeFieldAction() const { return m_removeField; }
    QPushButton *generateButton() const { return m_generate; }
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void refresh();
    const catalog::Definition *current() const;
    /** @brief Applies @p change to the definition as one step called @p what. */
    void change(const std::function<void(catalog::Definition &)> &change, const QString &what);
    void commitDetails();
    void checkExamples(const nlohmann::json &examples);
    void showLint();
    void generateExample();
    void report(const QString &problem);

    ProjectDocument *m_document;
    QString m_type;
    QLabel *m_title;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QLineEdit *m_owner;
    QLineEdit *m_domain;
    QLineEdit *m_tags;
    QCheckBox *m_deprecated;
    QLabel *m_nameLabel;
    QLabel *m_descriptionLabel;
    QLabel *m_ownerLabel;
    QLabel *m_domainLabel;
    QLabel *m_tagsLabel;
    QToolBar *m_schemaBar;
    QAction *m_addField;
    QAction *m_addNested;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_removeField;
    SchemaTree *m_tree;
    FieldDetails *m_details;
    JsonTextEdit *m_schemaText;
    JsonTextEdit *m_examplesText;
    QListWidget *m_exampleFindings;
    QListWidget *m_lint;
    VersionCompare *m_versions;
    QPushButton *m_generate;
    std::uint64_t m_generated = 0; // seeds of generated examples, so each is new
};

} // namespace causeway::ui
