// The actor table of the simulation panel: rows follow the actors of the latest progress.
#include "test_support.h"
#include "ui/simulation/actor_table_model.h"

#include <QAbstractItemModelTester>

using namespace causeway;
using causeway::ui::ActorTableModel;

namespace {

runtime::ProgressPtr progressWith(const std::vector<std::string> &actors, std::uint64_t processed)
{
    auto progress = std::make_shared<runtime::SimulationProgress>();
    progress->elapsed = 10 * bus::kSecond;
    for (const std::string &name : actors) {
        sim::ActorMetrics &actor = progress->metrics.actors[name];
        actor.processed = processed;
        actor.capacity = 2;
        actor.busy = 5 * bus::kSecond;
        if (processed > 0)
            actor.processing.record(250 * bus::kMillisecond);
    }
    return progress;
}

} // namespace

class TestActorTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anActorThatFinishedNothingShowsNoTimes()
    {
        ActorTableModel model;
        model.setProgress(progressWith({"carriers"}, 0));
        for (int column :
             {ActorTableModel::P50Column, ActorTableModel::P95Column, ActorTableModel::P99Column})
            QCOMPARE(model.index(0, column).data().toString(), QStringLiteral("—"));
    }

    void rowsFollowTheActorsOfTheLatestProgress()
    {
        ActorTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setProgress(progressWith({"credit-check", "fraud-detection"}, 10));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ActorTableModel::NameColumn).data().toString(),
                 QStringLiteral("credit-check"));
        QCOMPARE(model.index(1, ActorTableModel::ProcessedColumn).data().toString(),
                 QStringLiteral("10"));
        QCOMPARE(model.index(0, ActorTableModel::UtilisationColumn).data().toString(),
                 QStringLiteral("25%")); // 5 s busy of 10 s on two workers
        QCOMPARE(model.index(0, ActorTableModel::P50Column).data().toString(),
                 QStringLiteral("250ms"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setProgress(progressWith({"credit-check", "fraud-detection"}, 20));
        QCOMPARE(reset.count(), 0); // same actors: the rows stay, selections survive
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(1, ActorTableModel::ProcessedColumn).data().toString(),
                 QStringLiteral("20"));

        model.setProgress(progressWith({"underwriter"}, 1));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.setProgress(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void headersNameEveryColumn()
    {
        ActorTableModel model;
        for (int column = 0; column < ActorTableModel::ColumnCount; ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    }
};

QTEST_MAIN(TestActorTableModel)
#include "test_actor_table_model.moc"
