#include "metrics/citationmetrics.h"

#include <QtTest>

using namespace peerscope::metrics;

// Hand-computed values on a fixed data set, reference year 2024:
//
//   #  year  cites  authors  age  cites/age   Sc=4c/age   c/authors
//   1  2010   10      2      15     0.667        2.667        5
//   2  2022    8      1       3     2.667       10.667        8
//   3  2023    8      4       2     4.000       16.000        2
//   4  2018    3      3       7     0.429        1.714        1
//   5  2024    0      1       1     0.000        0.000        0
//   6     -    1      1       -       -            -          1
//   7  2024   12      2       1    12.000       48.000        6
//
// Sorted citations 12 10 8 8 3 1 0 (a tie at the h boundary, a zero).
class TestCitationMetrics : public QObject
{
    Q_OBJECT

    static QList<Paper> sample()
    {
        return {{2010, 10, 2}, {2022, 8, 1}, {2023, 8, 4}, {2018, 3, 3}, {2024, 0, 1}, {0, 1, 1}, {2024, 12, 2}};
    }

private slots:
    void hIndex_countsPapersWithAtLeastHCitations()
    {
        const CitationMetrics m = compute(sample(), 2024);
        QCOMPARE(m.papers, 7);
        QCOMPARE(m.citations, 42);
        QCOMPARE(m.h, 4); // 12 10 8 8 >= 4, the fifth has 3
        QCOMPARE(m.i10, 2);
    }

    void gIndex_usesCumulativeCitations()
    {
        // cumulative 12 22 30 38 41 42 42 vs g² 1 4 9 16 25 36 49
        QCOMPARE(compute(sample(), 2024).g, 6);
    }

    void eIndex_isExcessOfHCore()
    {
        // h-core 12+10+8+8 = 38, minus 16
        QVERIFY(qAbs(compute(sample(), 2024).e - std::sqrt(22.0)) < 1e-9);
    }

    void careerMetrics_useYearsSinceFirstPublication()
    {
        const CitationMetrics m = compute(sample(), 2024);
        QCOMPARE(m.firstYear, 2010);
        QCOMPARE(m.careerYears, 15);
        QVERIFY(qAbs(m.m - 4.0 / 15.0) < 1e-9);
        QVERIFY(qAbs(m.citesPerYear - 2.8) < 1e-9);
        QVERIFY(qAbs(m.citesPerPaper - 6.0) < 1e-9);
        QVERIFY(qAbs(m.authorsPerPaper - 2.0) < 1e-9);
        QVERIFY(qAbs(m.citesPerAuthor - 23.0) < 1e-9);
    }

    void hc_weightsCitationsByAge()
    {
        // Sc sorted 48 16 10.67 2.67 1.71 0: three papers score >= 3
        QCOMPARE(compute(sample(), 2024).hc, 3);
    }

    void hINorm_dividesCitationsByAuthors()
    {
        const CitationMetrics m = compute(sample(), 2024);
        QCOMPARE(m.hINorm, 3); // 8 6 5 2 1 1 0
        QVERIFY(qAbs(m.hIAnnual - 0.2) < 1e-9);
    }

    void hm_usesFractionalRanks()
    {
        // ranks 0.5 1.0 2.0 2.25 2.583; next would be 3.583 > 1 citation
        QVERIFY(qAbs(compute(sample(), 2024).hm - (2.25 + 1.0 / 3.0)) < 1e-9);
    }

    void awcr_sumsCitationsPerYearOfAge()
    {
        const CitationMetrics m = compute(sample(), 2024);
        const double awcr = 10.0 / 15 + 8.0 / 3 + 8.0 / 2 + 3.0 / 7 + 0.0 + 12.0;
        const double awcrpa = 10.0 / 15 / 2 + 8.0 / 3 + 8.0 / 2 / 4 + 3.0 / 7 / 3 + 12.0 / 2;
        QVERIFY(qAbs(m.awcr - awcr) < 1e-9);
        QVERIFY(qAbs(m.awcrpa - awcrpa) < 1e-9);
        QVERIFY(qAbs(m.aw - std::sqrt(awcr)) < 1e-9);
        QVERIFY(qAbs(m.awcr - 19.761904761904763) < 1e-9);
    }

    void acc10_countsPapersWithTenCitationsPerYear()
    {
        QCOMPARE(compute(sample(), 2024).acc10, 1);
    }

    void ties_doNotDependOnInputOrder()
    {
        QList<Paper> reversed = sample();
        std::reverse(reversed.begin(), reversed.end());
        const CitationMetrics a = compute(sample(), 2024);
        const CitationMetrics b = compute(reversed, 2024);
        QCOMPARE(a.h, b.h);
        QCOMPARE(a.g, b.g);
        QCOMPARE(a.hc, b.hc);
        QCOMPARE(a.hINorm, b.hINorm);
        QVERIFY(qAbs(a.hm - b.hm) < 1e-9);
        // all-equal counts: h is bounded by the number of papers
        QCOMPARE(hIndex(QList<int>{5, 5, 5}), 3);
        QCOMPARE(hIndex(QList<int>{3, 3, 3, 3}), 3);
    }

    void zeroCitations_giveZeroIndices()
    {
        const CitationMetrics m = compute({{2020, 0, 1}, {2021, 0, 3}}, 2024);
        QCOMPARE(m.papers, 2);
        QCOMPARE(m.h, 0);
        QCOMPARE(m.g, 0);
        QCOMPARE(m.hc, 0);
        QCOMPARE(m.e, 0.0);
        QCOMPARE(m.awcr, 0.0);
        QCOMPARE(m.careerYears, 5);
    }

    void noPapers_giveZeroEverywhere()
    {
        const CitationMetrics m = compute({}, 2024);
        QCOMPARE(m.papers, 0);
        QCOMPARE(m.h, 0);
        QCOMPARE(m.careerYears, 0);
        QCOMPARE(m.m, 0.0);
        QCOMPARE(formatMetric(m, QStringLiteral("h")), QStringLiteral("0"));
    }

    void sinceYear_keepsRecentPapersOnly()
    {
        // 2020 on: #2 #3 #5 #7 -> 12 8 8 0
        const CitationMetrics m = computeSince(sample(), 2024, 2020);
        QCOMPARE(m.papers, 4);
        QCOMPARE(m.citations, 28);
        QCOMPARE(m.h, 3);
        QCOMPARE(m.g, 4);
        QCOMPARE(m.firstYear, 2022);
        QCOMPARE(m.careerYears, 3);
    }

    void catalogue_definesEveryMetricShown()
    {
        const QList<MetricInfo> all = metricCatalogue();
        QVERIFY(all.size() >= 15);
        for (const MetricInfo &i : all) {
            QVERIFY2(!i.definition.isEmpty(), qPrintable(i.key));
            QVERIFY(!formatMetric(compute(sample(), 2024), i.key).isEmpty());
        }
        QCOMPARE(formatMetric(compute(sample(), 2024), QStringLiteral("e")), QStringLiteral("4.69"));
    }

    void meanFwci_isTheMeanOverPapersWithAnFwci_unknownWithoutAny()
    {
        QList<Paper> papers{{2020, 10, 1, 2.0}, {2021, 3, 2, -1.0}, {2022, 0, 1, 0.0}, {0, 5, 3, 0.7}};
        const CitationMetrics m = compute(papers, 2024);
        QCOMPARE(m.fwciPapers, 3);
        QCOMPARE(m.meanFwci, (2.0 + 0.0 + 0.7) / 3); // 0 counts; unknown (-1) does not
        QCOMPARE(formatMetric(m, QStringLiteral("meanFwci")), QStringLiteral("0.90"));
        // Since 2021: the 2022 paper (0.0) only; yearless papers are left out.
        QCOMPARE(computeSince(papers, 2024, 2021).meanFwci, 0.0);
        QCOMPARE(computeSince(papers, 2024, 2021).fwciPapers, 1);

        const CitationMetrics none = compute({{2020, 10, 1, -1.0}}, 2024);
        QCOMPARE(none.fwciPapers, 0);
        QCOMPARE(none.meanFwci, -1.0);
        QCOMPARE(formatMetric(none, QStringLiteral("meanFwci")), QStringLiteral("–"));
        QCOMPARE(compute({}, 2024).fwciPapers, 0);

        bool listed = false;
        for (const MetricInfo &i : metricCatalogue())
            listed = listed || (i.key == u"meanFwci" && i.definition.contains(QLatin1String("FWCI")));
        QVERIFY(listed);
    }
};

QTEST_GUILESS_MAIN(TestCitationMetrics)
#include "tst_citationmetrics.moc"
