// Light, dark or the desktop's colours: the choice is remembered, every part of the window
// follows it (widgets, the flow canvas, the charts), and System puts back what was there.
#include "screenshots.h"
#include "test_support.h"
#include "ui/flow/flow_canvas.h"
#include "ui/flow/flow_colors.h"
#include "ui/mainwindow/main_window.h"
#include "ui/settings/theme.h"
#include "ui/simulation/run_charts.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTabWidget>
#include <QtTest>

using namespace causeway::ui;

class TestTheme : public QObject
{
    Q_OBJECT

    QString m_style;
    QPalette m_palette;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CausewayTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_theme"));
        QSettings().clear();
        m_style = QApplication::style()->name();
        m_palette = QApplication::palette();
    }

    void darkColoursEveryPartAndIsRemembered()
    {
        QCOMPARE(preferredTheme(), Theme::System);
        LatencyChart chart;
        FlowCanvas canvas;
        QCOMPARE(chart.chart()->theme(), QChart::ChartThemeLight);

        applyTheme(Theme::Dark);
        QCOMPARE(currentTheme(), Theme::Dark);
        QCOMPARE(preferredTheme(), Theme::Dark); // the next start uses it
        QVERIFY(flowcolors::isDark(QApplication::palette()));
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        QTRY_VERIFY(flowcolors::isDark(chart.palette())); // widgets hear of it from the event loop
        QCOMPARE(chart.chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(chart.chart()->backgroundBrush().color(),
                 QApplication::palette().color(QPalette::Base));
        QVERIFY(flowcolors::isDark(canvas.scene()->palette()));

        applyTheme(Theme::Light);
        QVERIFY(!flowcolors::isDark(QApplication::palette()));
        QTRY_COMPARE(chart.chart()->theme(), QChart::ChartThemeLight);
    }

    void systemPutsBackTheDesktopsStyleAndColours()
    {
        applyTheme(Theme::Dark);
        applyTheme(Theme::System);
        QCOMPARE(preferredTheme(), Theme::System);
        QCOMPARE(QApplication::style()->name(), m_style);
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 m_palette.color(QPalette::Window));
    }

    void theViewMenuOffersTheThemes()
    {
        MainWindow window;
        QMenu *themes = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *item : menu->menu()->actions())
                if (item->menu() && item->menu()->objectName() == QStringLiteral("themeMenu"))
                    themes = item->menu();
        QVERIFY(themes);
        const QList<QAction *> choices = themes->actions();
        QCOMPARE(choices.size(), 3);
        QVERIFY(choices[0]->isChecked()); // System, as the settings say
        choices[2]->trigger();
        QCOMPARE(currentTheme(), Theme::Dark);
        QVERIFY(choices[2]->isChecked() && !choices[0]->isChecked());
        choices[0]->trigger();
        QCOMPARE(currentTheme(), Theme::System);
    }

    void theLoanSampleInTheDarkIsMostlyDark()
    {
        applyTheme(Theme::Dark);
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QSignalSpy loaded(window.loader(), &causeway::runtime::ProjectLoader::loaded);
        window.openProject(QString::fromStdString(testsupport::sourcePath(
            "samples/loan-application/loan-application.causeway.json")));
        QVERIFY(loaded.wait(10000));
        window.designPage()->setCurrentWidget(window.flowCanvas());
        QTest::qWait(50);
        const QImage image = window.grab().toImage();
        QVERIFY(image.save(testsupport::screenshotPath(QStringLiteral("design-dark.png"))));
        int dark = 0, all = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4, ++all)
                dark += QColor(image.pixel(x, y)).lightness() < 96 ? 1 : 0;
        QVERIFY2(dark > all * 3 / 4, qPrintable(QStringLiteral("%1 of %2 dark").arg(dark).arg(all)));
        applyTheme(Theme::System);
    }
};

QTEST_MAIN(TestTheme)
#include "test_theme.moc"
