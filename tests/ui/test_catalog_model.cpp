// The catalog tree model and its filter proxy, under QAbstractItemModelTester.
#include "runtime/project_snapshot.h"
#include "test_support.h"
#include "ui/catalog/catalog_filter_proxy.h"
#include "ui/catalog/catalog_model.h"
#include "ui/catalog/problems_model.h"

#include <QAbstractItemModelTester>

using namespace causeway;
using namespace causeway::ui;

namespace {

runtime::SnapshotPtr loanSample()
{
    auto snapshot = runtime::loadSnapshot(
        testsupport::sourcePath("samples/loan-application/loan-application.causeway.json"));
    if (!snapshot)
        qFatal("loan sample does not load: %s", snapshot.error().toString().c_str());
    return *snapshot;
}

int definitionRows(const QAbstractItemModel &model)
{
    int rows = 0;
    for (int d = 0; d < model.rowCount(); ++d)
        rows += model.rowCount(model.index(d, 0));
    return rows;
}

} // namespace

class TestCatalogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeHoldsTheNewestVersionOfEachType()
    {
        CatalogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto snapshot = loanSample();
        model.setSnapshot(snapshot);
        QVERIFY(model.rowCount() > 1); // several domains
        QCOMPARE(definitionRows(model), static_cast<int>(snapshot->registry.typeCount()));
        // Every definition row shows the newest version of its type.
        for (int d = 0; d < model.rowCount(); ++d) {
            const QModelIndex domain = model.index(d, 0);
            QCOMPARE(domain.data(CatalogModel::KindRole).toInt(), -1);
            for (int r = 0; r < model.rowCount(domain); ++r) {
                const QModelIndex row = model.index(r, 0, domain);
                const auto *def = model.definition(row);
                QVERIFY(def);
                QCOMPARE(def->version, snapshot->registry.find(def->type)->definition.version);
                QCOMPARE(model.parent(row), domain);
                QCOMPARE(model.indexOfType(QString::fromStdString(def->type)), row);
            }
        }
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void filterByTextAndKind()
    {
        CatalogModel model;
        CatalogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(loanSample());
        const int all = definitionRows(proxy);

        proxy.setKind(static_cast<int>(catalog::MessageKind::Command));
        const int commands = definitionRows(proxy);
        QVERIFY(commands > 0 && commands < all);
        for (int d = 0; d < proxy.rowCount(); ++d) {
            const QModelIndex domain = proxy.index(d, 0);
            QVERIFY(proxy.rowCount(domain) > 0); // no empty domains while filtering
            for (int r = 0; r < proxy.rowCount(domain); ++r)
                QCOMPARE(proxy.index(r, 0, domain).data(CatalogModel::KindRole).toInt(),
                         static_cast<int>(catalog::MessageKind::Command));
        }

        proxy.setKind(-1);
        proxy.setText(QStringLiteral("fraud"));
        const int fraud = definitionRows(proxy);
        QVERIFY(fraud > 0 && fraud < all);
        proxy.setText(QStringLiteral("FRAUD completed"));
        QVERIFY(definitionRows(proxy) > 0 && definitionRows(proxy) <= fraud);
        proxy.setText(QStringLiteral("no-such-thing-anywhere"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText({});
        QCOMPARE(definitionRows(proxy), all);
    }

    void problemsModelSortsWorstFirst()
    {
        ProblemsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto snapshot = std::make_shared<runtime::ProjectSnapshot>();
        snapshot->lint = {
            {"a@1.0.0", {catalog::Severity::Info, "/x", "note", "docs.deprecation-note"}},
            {"b@1.0.0", {catalog::Severity::Error, "/y", "broken", "schema.invalid"}},
            {"c@2.0.0", {catalog::Severity::Warning, "/z", "hm", "docs.owner"}},
        };
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ProblemsModel::MessageColumn).data().toString(),
                 QStringLiteral("broken"));
        QCOMPARE(model.index(0, 0).data(ProblemsModel::TypeRole).toString(), QStringLiteral("b"));
        QCOMPARE(model.count(catalog::Severity::Warning), 1);
    }
};

QTEST_MAIN(TestCatalogModel)
#include "test_catalog_model.moc"
