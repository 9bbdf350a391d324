// The condition form of the rule editor: a rule's "match" as all or any of a list of field
// tests, written back in the compact shape the engine reads; conditions it cannot show are
// kept as they are, and a form edit is one undoable rule edit.
#include "docs/field_table.h"
#include "model/json_format.h"
#include "routing/condition.h"
#include "runtime/project_snapshot.h"
#include "test_support.h"
#include "ui/common/string_lists.h"
#include "ui/document/project_document.h"
#include "ui/editor/json_text_edit.h"
#include "ui/rules/condition_form.h"
#include "ui/rules/condition_row.h"
#include "ui/rules/rule_editor.h"
#include "ui/settings/language.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

using namespace causeway;
using namespace causeway::ui;
using nlohmann::json;

Q_DECLARE_METATYPE(causeway::routing::ConditionShape::Unshown)

namespace {

const json kLoan = {{"type", "com.acme.loan.submitted"}, {"$.data.amount", {{"gt", 1000}}}};

model::CloudEvent cloudEvent(const std::string &type, json data)
{
    const json raw = {{"specversion", "1.0"}, {"id", "e-1"},        {"source", "/loans/web"},
                      {"type", type},         {"subject", "APP-1"}, {"data", std::move(data)}};
    auto read = model::readJsonEvent(raw);
    if (!read)
        qFatal("%s", read.error().toString().c_str());
    return *read;
}

// Whether the engine reads @p match and lets @p on through; a condition it cannot read fails.
bool passes(const json &match, const model::CloudEvent &on)
{
    auto condition = routing::parseCondition(match, "/match");
    if (!condition)
        qFatal("the engine cannot read %s: %s", match.dump().c_str(),
               condition.error().toString().c_str());
    return condition->evaluate(routing::CloudEventView(on));
}

// Events that differ in each thing the round-trip conditions test.
std::vector<model::CloudEvent> variedEvents()
{
    return {cloudEvent("com.acme.loan.submitted", {{"amount", 500}, {"riskLevel", "high"}}),
            cloudEvent("com.acme.loan.submitted", {{"amount", 5000}, {"tags", {"new", "vip"}}}),
            cloudEvent("com.acme.loan.approved", {{"amount", 25000}, {"riskLevel", "low"}}),
            cloudEvent("com.other.thing", {{"note", "x"}})};
}

// Types into a line edit as a person would, replacing what it says, and presses Return.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void chooseOperator(ConditionRow *row, const char *name)
{
    const int index = row->operatorBox()->findData(QString::fromLatin1(name));
    QVERIFY2(index >= 0, name);
    row->operatorBox()->setCurrentIndex(index);
}

json emitted(const QSignalSpy &spy, qsizetype index = -1)
{
    return spy.at(index < 0 ? spy.size() - 1 : index).at(0).value<json>();
}

// Whether a label of @p form shows its message (the form being shown).
bool showsMessage(const ConditionForm &form)
{
    const auto labels = form.findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(), [&](const QLabel *label) {
        return label->isVisibleTo(&form) && label->text() == form.message();
    });
}

// Every text looks different, so a test can tell that the form asked for it again.
class ShoutingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QString::fromUtf8(sourceText).toUpper();
    }
};

} // namespace

class TestConditionForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<json>("nlohmann::json");
        applyLanguage(QStringLiteral("en"));
    }

    void showsTheCompactShapeAsRowsAndGivesItBack()
    {
        ConditionForm form;
        QSignalSpy edited(&form, &ConditionForm::conditionEdited);
        form.setCondition(kLoan);

        QVERIFY(form.isRepresentable());
        QVERIFY(form.message().isEmpty());
        QCOMPARE(form.mode(), ConditionForm::Mode::All);
        QCOMPARE(form.rows().size(), 2);
        // Attributes first, as the engine tests them.
        const ConditionRow *type = form.rows()[0];
        QCOMPARE(type->fieldBox()->currentText(), QStringLiteral("type"));
        QCOMPARE(type->operatorBox()->currentData().toString(), QStringLiteral("equals"));
        QCOMPARE(type->operatorBox()->currentText(), QStringLiteral("equals"));
        QCOMPARE(type->valueEdit()->text(), QStringLiteral("com.acme.loan.submitted"));
        const ConditionRow *amount = form.rows()[1];
        QCOMPARE(amount->fieldBox()->currentText(), QStringLiteral("$.data.amount"));
        QCOMPARE(amount->operatorBox()->currentData().toString(), QStringLiteral("gt"));
        QCOMPARE(amount->operatorBox()->currentText(), QStringLiteral("greater than"));
        QCOMPARE(amount->valueEdit()->text(), QStringLiteral("1000"));

        QCOMPARE(form.condition(), kLoan);
        QCOMPARE(edited.count(), 0); // shown, not edited
    }

    void editingAValueOrOperatorEmitsOneEditTheEngineReads()
    {
        ConditionForm form;
        form.setCondition(kLoan);
        QSignalSpy edited(&form, &ConditionForm::conditionEdited);
        ConditionRow *amount = form.rows()[1];

        typeInto(amount->valueEdit(), QStringLiteral("5000"));
        QCOMPARE(edited.count(), 1);
        const json raised = {{"type", "com.acme.loan.submitted"},
                             {"$.data.amount", {{"gt", 5000}}}};
        QCOMPARE(emitted(edited), raised);
        QVERIFY(
            !passes(emitted(edited), cloudEvent("com.acme.loan.submitted", {{"amount", 2500}})));
        QVERIFY(passes(emitted(edited), cloudEvent("com.acme.loan.submitted", {{"amount", 7000}})));

        // Finishing again without a change is no edit.
        QTest::keyClick(amount->valueEdit(), Qt::Key_Return);
        QCOMPARE(edited.count(), 1);

        chooseOperator(amount, "lt");
        QCOMPARE(edited.count(), 2);
        const json below = {{"type", "com.acme.loan.submitted"}, {"$.data.amount", {{"lt", 5000}}}};
        QCOMPARE(emitted(edited), below);
        QVERIFY(passes(emitted(edited), cloudEvent("com.acme.loan.submitted", {{"amount", 2500}})));
        QVERIFY(!passes(emitted(edited), cloudEvent("com.acme.loan.approved", {{"amount", 2500}})));
        QCOMPARE(form.condition(), below);
    }

    void existsNeedsNoValue()
    {
        ConditionForm form;
        form.setCondition(kLoan);
        QSignalSpy edited(&form, &ConditionForm::conditionEdited);
        ConditionRow *amount = form.rows()[1];

        chooseOperator(amount, "exists");
        QVERIFY(!amount->valueEdit()->isEnabled());
        QCOMPARE(edited.count(), 1);
        QCOMPARE(emitted(edited)["$.data.amount"], json({{"exists", true}}));

        amount->operatorBox()->setCurrentIndex(
            amount->operatorBox()->findText(QStringLiteral("does not exist")));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(emitted(edited)["$.data.amount"], json({{"exists", false}}));
        QVERIFY(passes(emitted(edited), cloudEvent("com.acme.loan.submitted", {{"note", "x"}})));
        QVERIFY(!passes(emitted(edited), cloudEvent("com.acme.loan.submitted", {{"amount", 1}})));

        chooseOperator(amount, "gte");
        QVERIFY(amount->valueEdit()->isEnabled());
    }

    void theOperatorBoxOffersEveryOperatorByName()
    {
        ConditionRow row;
        for (int op = static_cast<int>(routing::Operator::Equals);
             op <= static_cast<int>(routing::Operator::Regex); ++op) {
            const auto name =
                QString::fromLatin1(routing::toString(static_cast<routing::Operator>(op)));
            const int index = row.operatorBox()->findData(name);
            QVERIFY2(index >= 0, qPrintable(name));
            QVERIFY(!row.operatorBox()->itemText(index).isEmpty());
        }
        QCOMPARE(row.operatorBox()->itemText(row.operatorBox()->findData(QStringLiteral("regex"))),
                 QStringLiteral("matches regex"));
    }

    void switchingToAnyWritesAList()
    {
        ConditionForm form;
        form.setCondition(kLoan);
        QSignalSpy edited(&form, &ConditionForm::conditionEdited);

        form.modeBox()->setCurrentIndex(1);
        QCOMPARE(edited.count(), 1);
        const json any = {{"any", json::array({{{"type", "com.acme.loan.submitted"}},
                                               {{"$.data.amount", {{"gt", 1000}}}}})}};
        QCOMPARE(emitted(edited), any);
        // Either test is enough now.
        QVERIFY(passes(any, cloudEvent("com.other.thing", {{"amount", 5000}})));
        QVERIFY(passes(any, cloudEvent("com.acme.loan.submitted", {{"amount", 5}})));
        QVERIFY(!passes(any, cloudEvent("com.other.thing", {{"amount", 5}})));

        form.modeBox()->setCurrentIndex(0);
        QCOMPARE(emitted(edited), kLoan);
    }

    void addingAndRemovingTests()
    {
        ConditionForm form;
        form.setCondition({{"type", "com.acme.loan.submitted"}});
        QSignalSpy edited(&form, &ConditionForm::conditionEdited);

        // A new row says nothing until it names a field.
        form.addButton()->click();
        QCOMPARE(form.rows().size(), 2);
        QCOMPARE(edited.count(), 0);
        ConditionRow *subject = form.rows()[1];
        typeInto(subject->fieldBox()->lineEdit(), QStringLiteral("subject"));
        chooseOperator(subject, "prefix");
        typeInto(subject->valueEdit(), QStringLiteral("APP-"));
        const json both = {{"type", "com.acme.loan.submitted"}, {"subject", {{"prefix", "APP-"}}}};
        QCOMPARE(emitted(edited), both);
        QVERIFY(passes(both, cloudEvent("com.acme.loan.submitted", json::object())));

        // Two tests of one field cannot share an object: they become a list.
        form.addButton()->click();
        ConditionRow *again = form.rows()[2];
        typeInto(again->fieldBox()->lineEdit(), QStringLiteral("subject"));
        chooseOperator(again, "suffix");
        const int before = static_cast<int>(edited.count());
        typeInto(again->valueEdit(), QStringLiteral("-1"));
        QCOMPARE(edited.count(), before + 1);
        const json list = {{"all", json::array({{{"type", "com.acme.loan.submitted"}},
                                                {{"subject", {{"prefix", "APP-"}}}},
                                                {{"subject", {{"suffix", "-1"}}}}})}};
        QCOMPARE(emitted(edited), list);
        QVERIFY(passes(list, cloudEvent("com.acme.loan.submitted", json::object())));

        // Removing the type test: one edit, and the rest stays.
        const int removed = static_cast<int>(edited.count());
        form.rows()[0]->removeButton()->click();
        QCOMPARE(form.rows().size(), 2);
        QCOMPARE(edited.count(), removed + 1);
        const json subjectOnly = {{"all", json::array({{{"subject", {{"prefix", "APP-"}}}},
                                                       {{"subject", {{"suffix", "-1"}}}}})}};
        QCOMPARE(emitted(edited), subjectOnly);
        QVERIFY(passes(subjectOnly, cloudEvent("com.other.thing", json::object())));
    }

    void conditionsTheFormCannotShowAreKept_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<ConditionForm::Unshown>("why");
        const auto row = [](const char *name, const json &condition, ConditionForm::Unshown why) {
            QTest::addRow("%s", name) << testsupport::dumped(condition) << why;
        };
        using U = ConditionForm::Unshown;
        row("any inside all",
            {{"all", json::array({{{"type", "a"}},
                                  {{"any", json::array({{{"subject", "x"}}, {{"id", "y"}}})}}})}},
            U::Nested);
        row("all inside any", {{"any", json::array({{{"type", "a"}, {"subject", "b"}}})}},
            U::Nested);
        row("not", {{"not", {{"type", "a"}}}}, U::Nested);
        row("sql", {{"sql", "type = 'a' AND subject LIKE 'APP-%'"}}, U::Sql);
        row("exact dialect", {{"exact", {{"type", "a"}}}}, U::Dialect);
        row("prefix dialect", {{"prefix", {{"source", "/loans"}}}}, U::Dialect);
        row("seed pattern",
            {{"type", "exact"},
             {"value", "a"},
             {"filters", json::array({{{"field", "$.data.x"}, {"operator", "gt"}, {"value", 1}}})}},
            U::Dialect);
        row("several operators", {{"$.data.amount", {{"gt", 5}, {"lt", 10}}}}, U::SeveralOperators);
        row("unknown operator", {{"$.data.amount", {{"between", 5}}}}, U::Unreadable);
        row("prefix of a number", {{"subject", {{"prefix", 5}}}}, U::Unreadable);
        row("explicit test with a note",
            {{"field", "type"}, {"operator", "equals"}, {"value", "a"}, {"note", "kept"}},
            U::Unreadable);
    }

    void conditionsTheFormCannotShowAreKept()
    {
        QFETCH(QString, condition);
        QFETCH(ConditionForm::Unshown, why);
        const json match = testsupport::undumped(condition);
        ConditionForm form;
        QSignalSpy edited(&form, &ConditionForm::conditionEdited);
        form.setCondition(match);

        QVERIFY(!form.isRepresentable());
        QCOMPARE(form.unshown(), why);
        QVERIFY(form.message().endsWith(QStringLiteral("edit it as text.")));
        QVERIFY(showsMessage(form));
        QVERIFY(!form.modeBox()->isEnabled());
        QVERIFY(!form.addButton()->isEnabled());
        QVERIFY(form.rows().isEmpty());
        form.addTest();
        QCOMPARE(form.condition(), match);
        QCOMPARE(edited.count(), 0);

        // The next rule's plain condition is shown again.
        form.setCondition(kLoan);
        QVERIFY(form.isRepresentable());
        QVERIFY(form.modeBox()->isEnabled());
        QCOMPARE(form.rows().size(), 2);
    }

    void everyShownConditionIsWrittenBackAsTheEngineReadsIt_data()
    {
        QTest::addColumn<QString>("condition");
        const auto row = [](const char *name, const json &condition) {
            QTest::addRow("%s", name) << testsupport::dumped(condition);
        };
        row("compact", kLoan);
        row("one attribute", {{"type", "com.acme.loan.approved"}});
        row("explicit (seed 004 filter)",
            {{"field", "$.data.amount"}, {"operator", "gte"}, {"value", 5000}});
        row("explicit exists without a value",
            {{"field", "$.data.riskLevel"}, {"operator", "exists"}});
        row("exact is equals", {{"type", {{"exact", "com.acme.loan.approved"}}}});
        row("all list", {{"all", json::array({{{"type", "com.acme.loan.submitted"}},
                                              {{"$.data.amount", {{"gte", 5000}}}}})}});
        row("any list",
            {{"any",
              json::array(
                  {{{"type", "com.other.thing"}},
                   {{"field", "$.data.riskLevel"}, {"operator", "equals"}, {"value", "high"}}})}});
        row("range and in", {{"$.data.amount", {{"range", {400, 5000}}}},
                             {"$.data.riskLevel", {{"in", {"high", "critical"}}}}});
        row("anything-but", {{"$.data.riskLevel", {{"anything-but", {"low"}}}}});
        row("not-equals", {{"$.data.riskLevel", {{"not-equals", "low"}}}});
        row("regex and wildcard", {{"type", {{"regex", "^com\\.acme\\.loan\\."}}},
                                   {"source", {{"wildcard", "/loans/*"}}}});
        row("suffix, prefix, ignoring case", {{"type", {{"suffix", ".submitted"}}},
                                              {"source", {{"prefix", "/loans"}}},
                                              {"subject", {{"equals-ignore-case", "app-1"}}}});
        row("contains", {{"$.data.tags", {{"contains", "vip"}}}});
        row("text operators with digits",
            {{"subject", {{"suffix", "1"}}}, {"id", {{"prefix", "e-"}}}});
        row("exists and not",
            {{"$.data.tags", {{"exists", true}}}, {"$.data.riskLevel", {{"exists", false}}}});
        row("texts that read as JSON", {{"subject", "1000"}, {"$.data.note", "true"}});
        row("an object value", {{"$.data.applicant", {{"equals", {{"country", "IE"}}}}}});
        row("a field named like a shape",
            {{"any", json::array({{{"field", "all"}, {"operator", "equals"}, {"value", "x"}}})}});
    }

    void everyShownConditionIsWrittenBackAsTheEngineReadsIt()
    {
        QFETCH(QString, condition);
        const json match = testsupport::undumped(condition);
        ConditionForm form;
        form.setCondition(match);
        QVERIFY2(form.isRepresentable(), qPrintable(form.message()));

        const json written = form.condition();
        QVERIFY(routing::parseCondition(written, "/match"));
        for (const auto &on : variedEvents())
            QCOMPARE(passes(written, on), passes(match, on));

        // What the form wrote, it shows and writes alike.
        ConditionForm again;
        again.setCondition(written);
        QVERIFY(again.isRepresentable());
        QCOMPARE(again.condition(), written);
    }

    void valueTextReadsAsJsonOrText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::addRow("number") << QStringLiteral("1000") << testsupport::dumped(1000);
        QTest::addRow("decimal") << QStringLiteral("12.5") << testsupport::dumped(12.5);
        QTest::addRow("true") << QStringLiteral("true") << testsupport::dumped(true);
        QTest::addRow("array") << QStringLiteral("[1,2]") << testsupport::dumped({1, 2});
        QTest::addRow("text") << QStringLiteral("hello") << testsupport::dumped("hello");
        QTest::addRow("text with spaces")
            << QStringLiteral("hello world") << testsupport::dumped("hello world");
        QTest::addRow("empty") << QString() << testsupport::dumped("");
        QTest::addRow("quoted number")
            << QString::fromStdString(json("1000").dump()) << testsupport::dumped("1000");
    }

    void valueTextReadsAsJsonOrText()
    {
        QFETCH(QString, text);
        QFETCH(QString, value);
        const json expected = testsupport::undumped(value);
        QCOMPARE(ConditionRow::valueFromText(text), expected);
        QCOMPARE(ConditionRow::valueFromText(ConditionRow::textOfValue(expected)), expected);

        // As typed into a row.
        ConditionForm form;
        form.setCondition({{"$.data.x", "placeholder"}});
        QSignalSpy edited(&form, &ConditionForm::conditionEdited);
        typeInto(form.rows()[0]->valueEdit(), text);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(form.condition(), json({{"$.data.x", expected}}));
    }

    void offersThePayloadFieldsOfTheRulesType()
    {
        const json schema = {
            {"type", "object"},
            {"properties",
             {{"amount", {{"type", "number"}}},
              {"applicant",
               {{"type", "object"}, {"properties", {{"country", {{"type", "string"}}}}}}},
              {"items",
               {{"type", "array"},
                {"items",
                 {{"type", "object"}, {"properties", {{"sku", {{"type", "string"}}}}}}}}}}}};
        const QStringList paths = toQStringList(docs::payloadFieldPaths(schema));
        QCOMPARE(
            paths,
            QStringList({QStringLiteral("$.data.amount"), QStringLiteral("$.data.applicant"),
                         QStringLiteral("$.data.applicant.country"), QStringLiteral("$.data.items"),
                         QStringLiteral("$.data.items[*].sku")}));
        ConditionForm form;
        form.setCondition(kLoan);
        form.setFieldSuggestions(paths);
        QComboBox *field = form.rows()[1]->fieldBox();
        QVERIFY(field->findText(QStringLiteral("type")) >= 0);
        QVERIFY(field->findText(QStringLiteral("datacontenttype")) >= 0);
        QVERIFY(field->findText(QStringLiteral("$.data.items[*].sku")) >= 0);
        QCOMPARE(field->currentText(), QStringLiteral("$.data.amount")); // kept
        form.addTest();
        QVERIFY(form.rows()[2]->fieldBox()->findText(QStringLiteral("$.data.amount")) >= 0);
    }

    void theRowsAreReachedByTabAndCtrlReturnAddsATest()
    {
        ConditionForm form;
        form.setCondition(kLoan);
        form.show();
        form.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        form.modeBox()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), form.modeBox());
        const ConditionRow *first = form.rows()[0];
        const ConditionRow *second = form.rows()[1];
        const QList<QWidget *> order = {
            first->fieldBox(),     first->operatorBox(),   first->valueEdit(),
            first->removeButton(), second->fieldBox(),     second->operatorBox(),
            second->valueEdit(),   second->removeButton(), form.addButton()};
        for (QWidget *next : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focused = QApplication::focusWidget();
            QVERIFY(focused == next || focused->focusProxy() == next ||
                    focused->parentWidget() == next);
        }

        QTest::keyClick(second->valueEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(form.rows().size(), 3);
    }

    void followsTheLanguage()
    {
        ConditionForm form;
        form.setCondition({{"sql", "type = 'a'"}});
        ConditionForm shown;
        shown.setCondition(kLoan);
        ShoutingTranslator shouting;
        QVERIFY(QCoreApplication::installTranslator(&shouting));
        QTRY_COMPARE(shown.addButton()->text(), QStringLiteral("ADD TEST"));
        QCOMPARE(shown.rows()[1]->operatorBox()->currentText(), QStringLiteral("GREATER THAN"));
        QCOMPARE(shown.rows()[1]->operatorBox()->currentData().toString(), QStringLiteral("gt"));
        QTRY_VERIFY(showsMessage(form));
        QVERIFY(form.message().startsWith(QStringLiteral("THIS CONDITION IS A CLOUDEVENTS SQL")));
        QCoreApplication::removeTranslator(&shouting);
        QTRY_COMPARE(shown.addButton()->text(), QStringLiteral("Add Test"));
    }

    void aFormEditIsOneUndoableRuleEdit()
    {
        auto loaded = runtime::loadSnapshot(
            testsupport::sourcePath("samples/loan-application/loan-application.causeway.json"));
        QVERIFY(loaded);
        ProjectDocument document;
        document.reset(*loaded);
        RuleEditor editor(&document);
        const auto rows =
            editor.ruleList()->findItems(QStringLiteral("high fraud risk alert"), Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        const int index = editor.ruleList()->row(rows.front());
        editor.selectRule(index);
        const auto ruleNow = [&] {
            return document.snapshot()->project.rules[static_cast<std::size_t>(index)];
        };
        const json original = ruleNow();

        ConditionForm *form = editor.conditionForm();
        QVERIFY(form->isRepresentable());
        QCOMPARE(form->condition(), original["match"]);
        QCOMPARE(form->rows().size(), 2);
        ConditionRow *level = form->rows()[1];
        QCOMPARE(level->fieldBox()->currentText(), QStringLiteral("$.data.riskLevel"));
        QCOMPARE(level->operatorBox()->currentData().toString(), QStringLiteral("in"));
        // The field box offers the payload of com.acmefinance.risk.fraudcheck.completed.
        QVERIFY(level->fieldBox()->findText(QStringLiteral("$.data.riskScore")) >= 0);
        QVERIFY(level->fieldBox()->findText(QStringLiteral("$.data.indicators[*].code")) >= 0);

        typeInto(level->valueEdit(), QString::fromStdString(json::array({"critical"}).dump()));
        QUndoStack *undo = document.undoStack();
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Edit rule high fraud risk alert"));
        json expected = original;
        expected["match"]["$.data.riskLevel"] = {{"in", {"critical"}}};
        QCOMPARE(ruleNow(), expected); // the transform and targets are kept
        QCOMPARE(json::parse(editor.ruleText()->toPlainText().toStdString()), expected);
        QVERIFY(editor.statusText().isEmpty());

        undo->undo();
        QCOMPARE(ruleNow(), original);
        QCOMPARE(form->condition(), original["match"]);
        QCOMPARE(form->rows()[1]->valueEdit()->text(),
                 QString::fromStdString(json::array({"high", "critical"}).dump()));

        // An edit the engine refuses is reported and changes nothing; the text shows it to mend.
        typeInto(form->rows()[1]->valueEdit(), QStringLiteral("critical"));
        QVERIFY(editor.statusText().contains(QStringLiteral("in needs an array")));
        QCOMPARE(ruleNow(), original);
        QCOMPARE(undo->index(), 0);
        const json shown = json::parse(editor.ruleText()->toPlainText().toStdString());
        QCOMPARE(shown["match"]["$.data.riskLevel"], json({{"in", "critical"}}));
        // When the project changes elsewhere, the form shows the stored rule again, as the text.
        auto project = document.snapshot()->project;
        project.rules[0]["description"] = "Changed elsewhere.";
        QVERIFY(document.edit(project, QStringLiteral("Describe rule")));
        QCOMPARE(ruleNow(), original);
        QCOMPARE(json::parse(editor.ruleText()->toPlainText().toStdString()), original);
        QCOMPARE(form->condition(), original["match"]);
    }
};

QTEST_MAIN(TestConditionForm)
#include "test_condition_form.moc"
