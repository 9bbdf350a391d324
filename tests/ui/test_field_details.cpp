// The constraints of a schema field in a form: allowed values, bounds, lengths, item counts
// and format, shown for the field selected in the schema tree. Each real change is one
// keyword, applied by the definition editor as one undoable step.
#include "sample_window.h"
#include "test_support.h"
#include "ui/catalog/catalog_view.h"
#include "ui/document/project_document.h"
#include "ui/editor/definition_editor.h"
#include "ui/editor/field_details.h"
#include "ui/editor/schema_tree.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <vector>

using namespace causeway;
using namespace causeway::ui;
using nlohmann::json;

namespace {

const QString kSubmitted = QStringLiteral("com.acmefinance.loan.application.submitted");
const QString kAmount = QStringLiteral("/properties/amount");

struct Edit
{
    QString pointer;
    std::string keyword;
    json value;
    QString what;
};

json sampleSchema()
{
    return json{{"type", "object"},
                {"properties",
                 {{"amount", {{"type", "number"}, {"minimum", 1000}, {"enum", {1, 2}}}},
                  {"contact", {{"type", "string"}, {"maxLength", 80}}},
                  {"tags", {{"type", "array"}, {"minItems", 1}}}}}};
}

void finish(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

const catalog::Definition *newest(const project::Project &project)
{
    const catalog::Definition *found = nullptr;
    for (const catalog::Definition &each : project.definitions)
        if (each.type == kSubmitted.toStdString() && (!found || found->version < each.version))
            found = &each;
    return found;
}

json amountSchema(const MainWindow &window)
{
    const catalog::Definition *definition = newest(window.document()->snapshot()->project);
    return definition ? definition->payloadSchema.at(
                            json::json_pointer("/properties/loan/properties/amount"))
                      : json();
}

} // namespace

class TestFieldDetails : public QObject
{
    Q_OBJECT

    std::unique_ptr<FieldDetails> m_details;
    std::vector<Edit> m_edits;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CausewayTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_field_details"));
        QSettings().clear();
    }

    void init()
    {
        m_edits.clear();
        m_details = std::make_unique<FieldDetails>();
        connect(m_details.get(), &FieldDetails::keywordEdited, this,
                [this](const QString &pointer, const std::string &keyword, const json &value,
                       const QString &what) { m_edits.push_back({pointer, keyword, value, what}); });
        m_details->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_details.get()));
    }

    void cleanup() { m_details.reset(); }

    void aNumberFieldShowsItsBoundsAndAllowedValues()
    {
        m_details->showField(sampleSchema(), kAmount);
        QVERIFY(m_details->isEnabled());
        QCOMPARE(m_details->minimumEdit()->text(), QStringLiteral("1000"));
        QCOMPARE(m_details->maximumEdit()->text(), QString());
        QCOMPARE(m_details->allowedValuesEdit()->text(), QStringLiteral("1, 2"));
        QVERIFY(m_details->minimumEdit()->isVisible());
        QVERIFY(m_details->formatCombo()->isHidden());
        QVERIFY(m_details->minLengthEdit()->isHidden());
        QVERIFY(m_details->maxItemsEdit()->isHidden());
    }

    void aNewMaximumIsOneEdit()
    {
        m_details->showField(sampleSchema(), kAmount);
        finish(m_details->maximumEdit(), QStringLiteral("5000"));
        QCOMPARE(m_edits.size(), std::size_t(1));
        QCOMPARE(m_edits[0].pointer, kAmount);
        QCOMPARE(m_edits[0].keyword, std::string("maximum"));
        QCOMPARE(m_edits[0].value, json(5000));
        QCOMPARE(m_edits[0].what, QStringLiteral("Set the bounds of amount"));
        // Leaving the field unchanged is no second edit.
        m_details->minimumEdit()->setFocus();
        QTest::keyClick(m_details->maximumEdit(), Qt::Key_Return);
        QCOMPARE(m_edits.size(), std::size_t(1));
    }

    void clearedAllowedValuesRemoveTheEnum()
    {
        m_details->showField(sampleSchema(), kAmount);
        finish(m_details->allowedValuesEdit(), QString());
        QCOMPARE(m_edits.size(), std::size_t(1));
        QCOMPARE(m_edits[0].keyword, std::string("enum"));
        QVERIFY(m_edits[0].value.is_null());
        QCOMPARE(m_edits[0].what, QStringLiteral("Set the allowed values of amount"));
    }

    void allowedNumbersAreNumbers()
    {
        m_details->showField(sampleSchema(), kAmount);
        finish(m_details->allowedValuesEdit(), QStringLiteral("1, 2.5, 3"));
        QCOMPARE(m_edits.size(), std::size_t(1));
        QCOMPARE(m_edits[0].value, (json{1, 2.5, 3}));
    }

    void aMinimumThatIsNoNumberIsRefused()
    {
        m_details->showField(sampleSchema(), kAmount);
        finish(m_details->minimumEdit(), QStringLiteral("abc"));
        QVERIFY(m_edits.empty());
        QVERIFY(m_details->messageText().contains(QStringLiteral("abc")));
        QCOMPARE(m_details->minimumEdit()->text(), QStringLiteral("1000"));
    }

    void aStringFieldShowsItsFormatAndLengths()
    {
        m_details->showField(sampleSchema(), QStringLiteral("/properties/contact"));
        QVERIFY(m_details->formatCombo()->isVisible());
        QVERIFY(m_details->maxLengthEdit()->isVisible());
        QCOMPARE(m_details->maxLengthEdit()->text(), QStringLiteral("80"));
        QVERIFY(m_details->minimumEdit()->isHidden());
        QCOMPARE(m_details->formatCombo()->currentText(), QString());

        QComboBox *format = m_details->formatCombo();
        const int email = format->findText(QStringLiteral("email"));
        QVERIFY(email > 0);
        format->setCurrentIndex(email);
        Q_EMIT format->activated(email);
        QCOMPARE(m_edits.size(), std::size_t(1));
        QCOMPARE(m_edits[0].keyword, std::string("format"));
        QCOMPARE(m_edits[0].value, json("email"));
        QCOMPARE(m_edits[0].what, QStringLiteral("Set the format of contact"));

        finish(m_details->minLengthEdit(), QStringLiteral("-1")); // no length
        QCOMPARE(m_edits.size(), std::size_t(1));
        QVERIFY(!m_details->messageText().isEmpty());
    }

    void anArrayFieldShowsItsItemCounts()
    {
        m_details->showField(sampleSchema(), QStringLiteral("/properties/tags"));
        QCOMPARE(m_details->minItemsEdit()->text(), QStringLiteral("1"));
        QVERIFY(m_details->maxItemsEdit()->isVisible());
        QVERIFY(m_details->maximumEdit()->isHidden());
        QVERIFY(m_details->formatCombo()->isHidden());
    }

    void noSelectionDisablesIt()
    {
        m_details->showField(sampleSchema(), kAmount);
        m_details->showField(sampleSchema(), QString());
        QVERIFY(!m_details->isEnabled());
        QCOMPARE(m_details->allowedValuesEdit()->text(), QString());
        QCOMPARE(m_details->minimumEdit()->text(), QString());
    }

    void theEditorAppliesABoundAsOneUndoableStep()
    {
        m_details.reset();
        QTemporaryDir dir;
        auto window = testsupport::openSampleCopy(QDir(dir.path()), "loan-application");
        QVERIFY(window);
        window->catalogView()->showType(kSubmitted);
        DefinitionEditor *editor = window->definitionEditor();
        QCOMPARE(editor->type(), kSubmitted);
        editor->findChild<QTabWidget *>()->setCurrentIndex(1); // Schema
        SchemaTree *tree = editor->schemaTree();
        FieldDetails *details = editor->fieldDetails();
        QVERIFY(details->isVisible());

        QTreeWidgetItem *amount = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *loan = tree->topLevelItem(i);
            if (loan->text(SchemaTree::NameColumn) != QStringLiteral("loan"))
                continue;
            for (int j = 0; j < loan->childCount(); ++j)
                if (loan->child(j)->text(SchemaTree::NameColumn) == QStringLiteral("amount"))
                    amount = loan->child(j);
        }
        QVERIFY(amount);
        tree->setCurrentItem(amount);
        QCOMPARE(details->pointer(), QStringLiteral("/properties/loan/properties/amount"));
        QCOMPARE(details->maximumEdit()->text(), QStringLiteral("50000"));
        QVERIFY(details->minLengthEdit()->isHidden());

        QUndoStack *undo = window->document()->undoStack();
        finish(details->maximumEdit(), QStringLiteral("75000"));
        QTRY_COMPARE(amountSchema(*window).value("maximum", json()), json(75000));
        QCOMPARE(undo->undoText(), QStringLiteral("Set the bounds of amount"));
        QTRY_COMPARE(details->maximumEdit()->text(), QStringLiteral("75000"));
        QCOMPARE(tree->currentPointer(), details->pointer()); // still on the field

        undo->undo();
        QTRY_COMPARE(amountSchema(*window).value("maximum", json()), json(50000));
        QTRY_COMPARE(details->maximumEdit()->text(), QStringLiteral("50000"));
        QVERIFY(!window->document()->isModified());
    }
};

QTEST_MAIN(TestFieldDetails)
#include "test_field_details.moc"
