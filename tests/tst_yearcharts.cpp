// qcustomplot.h needs foreach, hidden by QT_NO_FOREACH; it comes first.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "yearcharts.h"

#include "metrics/citationmetrics.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace peerscope::views;

class TestYearCharts : public QObject
{
    Q_OBJECT

    static QList<ChartWork> works()
    {
        // Work A (2010, 10 citations: 3 in 2022, 2 in 2023), B (2020, 5: all in 2023),
        // C (2020, preprint, open), D (no year).
        return {ChartWork{2010, QStringLiteral("article"), false, 10, {{2022, 3}, {2023, 2}}},
                ChartWork{2020, QStringLiteral("article"), true, 5, {{2023, 5}}},
                ChartWork{2020, QStringLiteral("preprint"), true, 0, {}},
                ChartWork{0, QStringLiteral("article"), false, 4, {}}};
    }

private slots:
    void series_coverEveryCachedYear()
    {
        const YearSeries s = computeYearSeries(works(), StackBy::Type, 2024);
        QCOMPARE(s.firstYear, 2010); // not capped at ten years
        QCOMPARE(s.lastYear, 2024);
        QCOMPARE(s.worksPerYear.value(2010), 1);
        QCOMPARE(s.worksPerYear.value(2020), 2);
        QCOMPARE(s.categories, (QStringList{QStringLiteral("article"), QStringLiteral("preprint")}));
        QCOMPARE(s.stacked.value(QStringLiteral("preprint")).value(2020), 1);
        QCOMPARE(s.citationsPerYear.value(2023), 7);
        QCOMPARE(s.citationsPerYear.value(2022), 3);
    }

    void series_stackByOpenAccess()
    {
        const YearSeries s = computeYearSeries(works(), StackBy::OpenAccess, 2024);
        QCOMPARE(s.stacked.value(QStringLiteral("open access")).value(2020), 2);
        QCOMPARE(s.stacked.value(QStringLiteral("closed")).value(2010), 1);
    }

    void hIndexOverTime_subtractsLaterCitations()
    {
        const YearSeries s = computeYearSeries(works(), StackBy::Type, 2024);
        // end of 2021: A had 10-3-2 = 5, B 5-5 = 0, C 0 -> h 1
        QCOMPARE(s.hIndexByYear.value(2021), 1);
        // end of 2023: A 10, B 5, C 0 -> h 2
        QCOMPARE(s.hIndexByYear.value(2023), 2);
        QCOMPARE(s.hIndexByYear.value(2010), 1);
    }

    void hIndexOverTime_matchesTheDefinitionOnRandomWorks()
    {
        // The chart computes h year by year incrementally; the definition
        // recomputes every year from scratch. They must agree.
        std::mt19937 rng(7);
        QList<ChartWork> many;
        for (int i = 0; i < 400; ++i) {
            ChartWork w;
            w.year = 1990 + int(rng() % 34);
            w.type = QStringLiteral("article");
            QMap<int, int> byYear;
            for (int y = std::max(w.year, 2012); y <= 2024; ++y)
                if (rng() % 3 == 0)
                    byYear.insert(y, int(rng() % 9));
            int recent = 0;
            for (int v : std::as_const(byYear))
                recent += v;
            w.citations = recent + int(rng() % 40) - 5; // sometimes fewer than the per-year sum
            w.citesByYear = byYear;
            many << w;
        }
        const YearSeries s = computeYearSeries(many, StackBy::Type, 2024);
        QCOMPARE(s.firstYear, 1990);
        for (int y = s.firstYear; y <= s.lastYear; ++y) {
            QList<int> cites;
            for (const ChartWork &w : std::as_const(many)) {
                if (w.year > y)
                    continue;
                int later = 0;
                for (auto it = w.citesByYear.upperBound(y); it != w.citesByYear.cend(); ++it)
                    later += it.value();
                cites << std::max(0, w.citations - later);
            }
            QCOMPARE(s.hIndexByYear.value(y, -1), peerscope::metrics::hIndex(cites));
        }
    }

    void noWorks_showNoSeries()
    {
        const YearSeries s = computeYearSeries({}, StackBy::Type, 2024);
        QVERIFY(s.worksPerYear.isEmpty());
        QVERIFY(s.hIndexByYear.isEmpty());
        YearCharts charts;
        charts.setWorks({}, 2024);
        QCOMPARE(charts.plot()->plottableCount(), 0);
        QCOMPARE(charts.plot()->itemCount(), 1); // the "no dated works" message
    }

    void export_writesPngSvgPdf()
    {
        QTemporaryDir dir;
        YearCharts charts;
        charts.resize(800, 500);
        charts.setWorks(works(), 2024);
        QCOMPARE(charts.plot()->plottableCount(), 2);
        for (const QString &name : {QStringLiteral("c.png"), QStringLiteral("c.svg"), QStringLiteral("c.pdf")}) {
            QVERIFY2(charts.exportTo(dir.filePath(name)), qPrintable(name));
            QVERIFY(QFileInfo(dir.filePath(name)).size() > 500);
        }
        QFile svg(dir.filePath(QStringLiteral("c.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QVERIFY(!charts.exportTo(dir.filePath(QStringLiteral("c.xyz"))));
    }

    void hover_namesYearAndCounts()
    {
        YearCharts charts;
        charts.resize(800, 500);
        charts.show();
        charts.setWorks(works(), 2024);
        charts.plot()->replot();
        const int x = int(charts.plot()->xAxis->coordToPixel(2020));
        const int y = int(charts.plot()->yAxis->coordToPixel(1));
        const QString tip = charts.toolTipAt(QPoint(x, y));
        QVERIFY2(tip.contains(QStringLiteral("2020")) && tip.contains(QStringLiteral("2 work")), qPrintable(tip));
        charts.setKind(YearCharts::HIndexOverTime);
        QVERIFY(charts.toolTipAt(QPoint(x, y)).contains(QStringLiteral("h-index")));
        QCOMPARE(charts.plot()->graphCount(), 1);
    }

    void darkPalette_usesDarkBackgroundAndLightText()
    {
        YearCharts charts;
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::Base, QColor(20, 20, 20));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        charts.setPalette(dark);
        charts.setWorks(works(), 2024);
        QVERIFY(charts.plot()->xAxis->tickLabelColor().lightness() > 200);
        QVERIFY(charts.plot()->yAxis->labelColor().lightness() > 200);
    }
};

QTEST_MAIN(TestYearCharts)
#include "tst_yearcharts.moc"
