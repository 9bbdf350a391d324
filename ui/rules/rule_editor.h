#pragma once

#include "runtime/project_snapshot.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace causeway::ui {

class ConditionForm;
class JsonTextEdit;
class ProjectDocument;

/**
 * @brief The project's routing rules: a list, the selected rule's condition as a form and the
 * rule as JSON (either checked as it is typed and applied as one undoable step), and a test
 * event: for a pasted or generated event, which rules match it and, for the others, which
 * condition failed. The verdicts follow the rule text as it is typed, before it is applied.
 */
class RuleEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RuleEditor(ProjectDocument *document, QWidget *parent = nullptr);

    /** @brief Selects rule @p index in the list. */
    void selectRule(int index);
    int currentRule() const;

    JsonTextEdit *ruleText() const { return m_ruleText; }
    ConditionForm *conditionForm() const { return m_form; }
    JsonTextEdit *eventText() const { return m_eventText; }
    QListWidget *verdicts() const { return m_verdicts; }
    QListWidget *ruleList() const { return m_list; }
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void showRule();
    void applyRule(const nlohmann::json &rule);
    void showCondition(const nlohmann::json &rule);
    void applyCondition(const nlohmann::json &match);
    void addRule();
    void removeRule();
    void generateEvent();
    void updateVerdicts();
    void report(const QString &problem);

    ProjectDocument *m_document;
    QListWidget *m_list;
    QTabWidget *m_ruleTabs;
    ConditionForm *m_form;
    JsonTextEdit *m_ruleText;
    JsonTextEdit *m_eventText;
    QListWidget *m_verdicts;
    QLabel *m_status;
    QLabel *m_testLabel;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_generate;
    std::uint64_t m_generated = 0;
};

} // namespace causeway::ui
