// The force-directed layout: reproducible, descending its energy, and the
// Barnes-Hut approximation close to exact repulsion.

#include "network/forcelayout.h"
#include "network/layoutrunner.h"

#include <QRandomGenerator>
#include <QRectF>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace peerscope::views;

namespace {

// A reproducible random graph: a ring for connectivity plus random chords.
QList<LayoutEdge> randomEdges(int nodes, int extra, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<LayoutEdge> edges;
    for (int i = 0; i < nodes; ++i)
        edges << LayoutEdge{i, (i + 1) % nodes, 1.0};
    for (int k = 0; k < extra; ++k) {
        const int a = int(rng.bounded(nodes));
        const int b = int(rng.bounded(nodes));
        if (a != b)
            edges << LayoutEdge{a, b, double(1 + rng.bounded(5))};
    }
    return edges;
}

double length(const QPointF &p)
{
    return std::hypot(p.x(), p.y());
}

} // namespace

class TestForceLayout : public QObject
{
    Q_OBJECT

private slots:
    void sameSeed_givesSamePicture();
    void differentSeed_givesDifferentPicture();
    void energy_decreasesAndLayoutSettles();
    void barnesHut_agreesWithExactRepulsion();
    void linkedNodes_endCloserThanUnlinked();
    void pinnedNode_staysWhereDropped_andNeighboursFollow();
    void knownPositions_areKeptForExpansion();
    void runner_deliversSnapshotsFromWorkerThread();
    void footprints_keepDiscsAndLabelsClear();
};

void TestForceLayout::sameSeed_givesSamePicture()
{
    const QList<LayoutEdge> edges = randomEdges(200, 300, 1);
    ForceLayout a;
    ForceLayout b;
    a.setGraph(200, edges, 42);
    b.setGraph(200, edges, 42);
    a.run(150);
    b.run(150);
    QCOMPARE(a.positions(), b.positions());
}

void TestForceLayout::differentSeed_givesDifferentPicture()
{
    const QList<LayoutEdge> edges = randomEdges(50, 60, 1);
    ForceLayout a;
    ForceLayout b;
    a.setGraph(50, edges, 1);
    b.setGraph(50, edges, 2);
    a.run(50);
    b.run(50);
    QVERIFY(a.positions() != b.positions());
}

void TestForceLayout::energy_decreasesAndLayoutSettles()
{
    ForceLayout layout;
    layout.setGraph(150, randomEdges(150, 200, 3), 9);
    const double start = layout.energy();
    layout.run(50);
    const double early = layout.energy();
    const int iterations = layout.run(5000);
    const double end = layout.energy();
    QVERIFY2(early < start, qPrintable(QStringLiteral("%1 -> %2").arg(start).arg(early)));
    QVERIFY2(end < early, qPrintable(QStringLiteral("%1 -> %2").arg(early).arg(end)));
    QVERIFY(layout.isSettled());
    QVERIFY(iterations < 5000);
    // Settled means still: another step barely moves anything.
    const QList<QPointF> before = layout.positions();
    layout.step();
    double moved = 0;
    for (int i = 0; i < before.size(); ++i)
        moved = std::max(moved, length(layout.positions().at(i) - before.at(i)));
    QVERIFY(moved <= layout.settings().minTemperature + 1e-9);
}

void TestForceLayout::barnesHut_agreesWithExactRepulsion()
{
    ForceLayout layout;
    layout.setGraph(800, randomEdges(800, 1600, 5), 11);
    layout.run(30); // a realistic, uneven distribution
    const QList<QPointF> exact = layout.repulsionForces(0);
    const QList<QPointF> approx = layout.repulsionForces(0.9);
    double error = 0;
    double magnitude = 0;
    for (int i = 0; i < exact.size(); ++i) {
        error += length(approx.at(i) - exact.at(i));
        magnitude += length(exact.at(i));
    }
    QVERIFY(magnitude > 0);
    QVERIFY2(error / magnitude < 0.1, qPrintable(QString::number(error / magnitude)));
    // Tighter opening angle, tighter agreement.
    const QList<QPointF> fine = layout.repulsionForces(0.3);
    double fineError = 0;
    for (int i = 0; i < exact.size(); ++i)
        fineError += length(fine.at(i) - exact.at(i));
    QVERIFY(fineError < error);
}

void TestForceLayout::linkedNodes_endCloserThanUnlinked()
{
    // Two triangles joined by nothing: members of a triangle end together.
    const QList<LayoutEdge> edges{{0, 1, 3}, {1, 2, 3}, {0, 2, 3}, {3, 4, 3}, {4, 5, 3}, {3, 5, 3}};
    ForceLayout layout;
    layout.setGraph(6, edges, 4);
    layout.run(5000);
    const QList<QPointF> p = layout.positions();
    const double within = length(p[0] - p[1]) + length(p[3] - p[4]);
    const double across = length(p[0] - p[3]) + length(p[1] - p[4]);
    QVERIFY2(within < across, qPrintable(QStringLiteral("%1 vs %2").arg(within).arg(across)));
}

void TestForceLayout::pinnedNode_staysWhereDropped_andNeighboursFollow()
{
    const QList<LayoutEdge> edges = randomEdges(40, 40, 8);
    ForceLayout layout;
    layout.setGraph(40, edges, 3);
    layout.run(5000);
    QVERIFY(layout.isSettled());
    const QPointF target = layout.positions().at(0) + QPointF(400, 0);
    const QPointF neighbourBefore = layout.positions().at(1);
    layout.pin(0, target);
    QVERIFY(!layout.isSettled()); // re-heated around the dragged node
    layout.run(5000);
    QCOMPARE(layout.positions().at(0), target);
    QVERIFY(layout.isPinned(0));
    // Node 1 is linked to node 0 (the ring): it was pulled towards the drop.
    QVERIFY(length(layout.positions().at(1) - target) < length(neighbourBefore - target));
}

void TestForceLayout::knownPositions_areKeptForExpansion()
{
    QList<QPointF> initial(10, QPointF(qQNaN(), qQNaN()));
    initial[0] = QPointF(100, 100);
    initial[1] = QPointF(-100, 50);
    ForceLayout layout;
    layout.setGraph(10, randomEdges(10, 5, 2), 5, initial);
    QCOMPARE(layout.positions().at(0), QPointF(100, 100));
    QCOMPARE(layout.positions().at(1), QPointF(-100, 50));
    // New nodes start near an already placed neighbour (node 2 is linked to node 1).
    QVERIFY(length(layout.positions().at(2) - QPointF(-100, 50)) < 50);
}

void TestForceLayout::runner_deliversSnapshotsFromWorkerThread()
{
    LayoutRunner runner;
    QSignalSpy changed(&runner, &LayoutRunner::positionsChanged);
    QSignalSpy settled(&runner, &LayoutRunner::settled);
    runner.start(300, randomEdges(300, 500, 6), 12);
    QVERIFY(runner.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(settled.count() == 1, 60000);
    QVERIFY(changed.count() >= 2); // animated: several snapshots before the last
    QCOMPARE(runner.positions().size(), 300);
    QVERIFY(!runner.isRunning());

    // The same graph and seed computed here give the same picture.
    ForceLayout direct;
    direct.setGraph(300, randomEdges(300, 500, 6), 12);
    direct.run(100000);
    QCOMPARE(runner.positions(), direct.positions());

    // Dragging re-heats and settles again.
    runner.pin(0, runner.positions().at(0) + QPointF(200, 0));
    QTRY_VERIFY_WITH_TIMEOUT(settled.count() == 2, 60000);
}

void TestForceLayout::footprints_keepDiscsAndLabelsClear()
{
    // A dense clique with a few hubs: plain forces pack it tight. With
    // footprints every disc, and every disc with its label, keeps clear.
    const int n = 16;
    QList<LayoutEdge> edges;
    for (int a = 0; a < n; ++a)
        for (int b = a + 1; b < n; ++b)
            if ((a + b) % 3 != 0 || a == 0)
                edges << LayoutEdge{a, b, double(1 + (a * b) % 4)};
    QList<double> radii;
    QList<QSizeF> labels;
    for (int i = 0; i < n; ++i) {
        radii << (i % 5 == 0 ? 18.0 : 4.0 + i % 7);
        labels << QSizeF(60 + 9 * (i % 8), 17);
    }
    auto box = [&](const ForceLayout &l, int i) {
        const QPointF c = l.positions().at(i);
        const double half = std::max(radii[i], labels[i].width() / 2);
        return QRectF(c.x() - half, c.y() - radii[i], 2 * half, 2 * radii[i] + 2 + labels[i].height());
    };
    ForceLayout plain;
    plain.setGraph(n, edges, 7);
    plain.run(5000);
    int plainOverlaps = 0;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            plainOverlaps += box(plain, i).intersects(box(plain, j)) ? 1 : 0;
    QVERIFY(plainOverlaps > 0); // else this graph tests nothing

    ForceLayout withLabels;
    withLabels.setGraph(n, edges, 7);
    withLabels.setNodeSizes(radii, labels);
    withLabels.run(5000);
    QVERIFY(withLabels.isSettled());
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            QVERIFY2(!box(withLabels, i).intersects(box(withLabels, j)), qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));

    ForceLayout discs;
    discs.setGraph(n, edges, 7);
    discs.setNodeSizes(radii);
    discs.run(5000);
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            QVERIFY(length(discs.positions().at(i) - discs.positions().at(j)) >= radii[i] + radii[j]);

    // Reproducible, and a pinned node is not pushed.
    ForceLayout again;
    again.setGraph(n, edges, 7);
    again.setNodeSizes(radii, labels);
    again.run(5000);
    QCOMPARE(again.positions(), withLabels.positions());
    const QPointF drop = withLabels.positions().at(3);
    withLabels.pin(5, drop); // onto another node
    withLabels.run(5000);
    QCOMPARE(withLabels.positions().at(5), drop);
    QVERIFY(!box(withLabels, 3).intersects(box(withLabels, 5)));
}

QTEST_GUILESS_MAIN(TestForceLayout)
#include "tst_forcelayout.moc"
