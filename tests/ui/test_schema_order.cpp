// Arranging a payload's fields: the schema tree shows them as the file has them, Alt+Up and
// Alt+Down or a drag move one among its siblings, the JSON text follows, and the order is
// saved; each move is one undoable step.
#include "sample_window.h"
#include "test_support.h"
#include "ui/catalog/catalog_view.h"
#include "ui/document/project_document.h"
#include "ui/editor/definition_editor.h"
#include "ui/editor/json_text_edit.h"
#include "ui/editor/schema_tree.h"

#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace causeway;
using namespace causeway::ui;

namespace {

const QString kSubmitted = QStringLiteral("com.acmefinance.loan.application.submitted");

QStringList topLevelNames(const SchemaTree *tree)
{
    QStringList names;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        names << tree->topLevelItem(i)->text(SchemaTree::NameColumn);
    return names;
}

} // namespace

class TestSchemaOrder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    DefinitionEditor *editor() const { return m_window->definitionEditor(); }
    SchemaTree *tree() const { return editor()->schemaTree(); }
    QUndoStack *undo() const { return m_window->document()->undoStack(); }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CausewayTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_schema_order"));
        QSettings().clear();
    }

    void init()
    {
        m_window = testsupport::openSampleCopy(QDir(m_dir.path()), "loan-application");
        QVERIFY(m_window);
        m_window->catalogView()->showType(kSubmitted); // the editor follows the catalog
        QCOMPARE(editor()->type(), kSubmitted);
        editor()->findChild<QTabWidget *>()->setCurrentIndex(1); // Schema
        QVERIFY(tree()->isVisible());
    }

    void cleanup() { m_window.reset(); }

    void theFieldsShowInTheOrderOfTheFile()
    {
        const QStringList names = topLevelNames(tree());
        QCOMPARE(names.mid(0, 4), (QStringList{QStringLiteral("applicationId"),
                                               QStringLiteral("customerId"),
                                               QStringLiteral("channel"),
                                               QStringLiteral("submittedAt")}));
        const QString text = editor()->schemaText()->toPlainText();
        QVERIFY(text.indexOf(QStringLiteral("\"applicationId\"")) <
                text.indexOf(QStringLiteral("\"channel\"")));
    }

    void theKeysMoveAFieldAndUndoPutsItBack()
    {
        tree()->setCurrentItem(tree()->topLevelItem(0)); // applicationId
        tree()->setFocus();
        QTest::keyClick(tree(), Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE(topLevelNames(tree()).mid(0, 2),
                     (QStringList{QStringLiteral("customerId"), QStringLiteral("applicationId")}));
        QCOMPARE(undo()->undoText(), QStringLiteral("Move field applicationId"));
        QCOMPARE(tree()->currentItem()->text(SchemaTree::NameColumn),
                 QStringLiteral("applicationId")); // still selected, to move on
        const QString text = editor()->schemaText()->toPlainText();
        QVERIFY(text.indexOf(QStringLiteral("\"customerId\"")) <
                text.indexOf(QStringLiteral("\"applicationId\"")));

        QTest::keyClick(tree(), Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(topLevelNames(tree()).front(), QStringLiteral("applicationId"));
        undo()->undo();
        undo()->undo();
        QVERIFY(!m_window->document()->isModified());
        QCOMPARE(topLevelNames(tree()).front(), QStringLiteral("applicationId"));
    }

    void aDroppedFieldGoesBesideItsNewNeighbour()
    {
        QTreeWidgetItem *channel = tree()->topLevelItem(2);
        tree()->setCurrentItem(channel);
        tree()->moveCurrentBeside(tree()->topLevelItem(0), false); // above applicationId
        QTRY_COMPARE(topLevelNames(tree()).front(), QStringLiteral("channel"));
        tree()->moveCurrentBeside(tree()->topLevelItem(3), true); // below submittedAt
        QTRY_COMPARE(topLevelNames(tree()).mid(0, 4), (QStringList{QStringLiteral("applicationId"),
                                                                   QStringLiteral("customerId"),
                                                                   QStringLiteral("submittedAt"),
                                                                   QStringLiteral("channel")}));
        // Into another object: refused, with the reason.
        QTreeWidgetItem *applicant = nullptr;
        for (int i = 0; i < tree()->topLevelItemCount(); ++i)
            if (tree()->topLevelItem(i)->text(SchemaTree::NameColumn) == QStringLiteral("applicant"))
                applicant = tree()->topLevelItem(i);
        QVERIFY(applicant && applicant->childCount() > 0);
        const int steps = undo()->count();
        tree()->moveCurrentBeside(applicant->child(0), false);
        QTest::qWait(20);
        QCOMPARE(undo()->count(), steps);
        QVERIFY(editor()->statusText().contains(QStringLiteral("beside it")));
    }

    void aRenamedFieldKeepsItsPlaceAndTheOrderIsSaved()
    {
        QTreeWidgetItem *channel = tree()->topLevelItem(2);
        channel->setText(SchemaTree::NameColumn, QStringLiteral("salesChannel"));
        QTRY_COMPARE(undo()->count(), 1);
        QCOMPARE(topLevelNames(tree()).at(2), QStringLiteral("salesChannel")); // in its place
        QVERIFY(m_window->document()->save().ok());
        auto reread = runtime::loadSnapshot(m_window->document()->path().toStdString());
        QVERIFY(reread.ok());
        const catalog::Definition *saved = nullptr;
        for (const catalog::Definition &each : (*reread)->project.definitions)
            if (each.type == kSubmitted.toStdString())
                saved = &each; // the newest version comes last
        QCOMPARE(saved->propertyOrder.at("")[2], std::string("salesChannel"));
    }
};

QTEST_MAIN(TestSchemaOrder)
#include "test_schema_order.moc"
