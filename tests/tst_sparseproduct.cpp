// The sparse product behind coupling and co-citation against the obvious
// way (a set intersection per pair), on random 0/1 matrices shaped like
// citations: Zipf-distributed columns, so a few columns sit in most rows
// and most rows meet many others (the walk's in-order path) or few (its
// sorted-list path).

#include "citations/sparseproduct.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <tuple>
#include <vector>

using namespace peerscope::citations;

namespace {

CompressedRows randomRows(int rows, int columns, double exponent, int minPerRow, int maxPerRow, quint32 seed)
{
    std::mt19937 rng(seed);
    std::vector<double> weights(static_cast<size_t>(columns));
    for (int c = 0; c < columns; ++c)
        weights[size_t(c)] = 1.0 / std::pow(c + 1, exponent);
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    std::uniform_int_distribution<int> size(minPerRow, maxPerRow);
    CompressedRows m;
    for (int r = 0; r < rows; ++r) {
        std::vector<int> cols;
        const int n = size(rng);
        for (int k = 0; k < n; ++k)
            cols.push_back(pick(rng));
        m.appendRow(cols);
    }
    return m;
}

using Triple = std::tuple<int, int, int>;

std::vector<Triple> pairwise(const CompressedRows &m)
{
    std::vector<Triple> out;
    for (int a = 0; a < m.rowCount(); ++a) {
        for (int b = a + 1; b < m.rowCount(); ++b) {
            std::vector<int> common;
            std::set_intersection(m.columns.begin() + m.offsets[size_t(a)], m.columns.begin() + m.offsets[size_t(a) + 1],
                                  m.columns.begin() + m.offsets[size_t(b)], m.columns.begin() + m.offsets[size_t(b) + 1],
                                  std::back_inserter(common));
            if (!common.empty())
                out.emplace_back(a, b, int(common.size()));
        }
    }
    return out;
}

} // namespace

class TestSparseProduct : public QObject
{
    Q_OBJECT

private slots:
    void matchesPairwiseIntersections_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        QTest::addColumn<double>("exponent");
        QTest::addColumn<int>("minPerRow");
        QTest::addColumn<int>("maxPerRow");
        // Most rows meet most others (read in order): s = 1 over a small pool.
        QTest::newRow("zipf 1, 1200 rows, dense") << 1200 << 3000 << 1.0 << 5 << 40;
        // Every row dense: few columns, each in hundreds of rows.
        QTest::newRow("flat, 1500 rows, all dense") << 1500 << 120 << 0.2 << 10 << 60;
        // Sparse rows only (listed and sorted).
        QTest::newRow("uniform, 800 rows, sparse") << 800 << 40000 << 0.0 << 1 << 20;
        // Empty rows and a single row.
        QTest::newRow("empty rows") << 300 << 500 << 0.7 << 0 << 3;
        QTest::newRow("one row") << 1 << 10 << 1.0 << 1 << 5;
    }

    void matchesPairwiseIntersections()
    {
        QFETCH(int, rows);
        QFETCH(int, columns);
        QFETCH(double, exponent);
        QFETCH(int, minPerRow);
        QFETCH(int, maxPerRow);
        const CompressedRows m = randomRows(rows, columns, exponent, minPerRow, maxPerRow, 42);
        const std::vector<Triple> expected = pairwise(m);

        const SharedCounts product = sharedColumns(m);
        QCOMPARE(product.offsets.size(), size_t(rows) + 1);
        std::vector<Triple> got;
        for (const SharedCount &p : product.pairs())
            got.emplace_back(p.a, p.b, p.shared);
        QCOMPARE(got.size(), expected.size());
        QVERIFY(got == expected); // both ordered by a, then b

        // The streaming walk: the same pairs, a ascending, b ascending within a row.
        std::vector<Triple> walked;
        const Postings postings = postingsOf(m);
        forEachSharedPair(m, postings, [&walked](int a, int b, int shared) { walked.emplace_back(a, b, shared); });
        QVERIFY(walked == expected);
    }
};

QTEST_GUILESS_MAIN(TestSparseProduct)
#include "tst_sparseproduct.moc"
