// The parts NetworkScene composes, each on its own: the hit-test grid, the
// label placer, the edge rasterizer and the style.

#include "network/edgerasterizer.h"
#include "network/labelplacer.h"
#include "network/networkstyle.h"
#include "network/nodegrid.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <cmath>

using namespace peerscope;
using namespace peerscope::views;

class TestNetworkScene : public QObject
{
    Q_OBJECT

private slots:
    void nodeGrid_findsNearestVisibleDisc();
    void labelPlacer_refusesOverlapsAcrossCells();
    void labelPlacer_fitsViewByCover();
    void edgeRasterizer_addsOpticalDepth();
    void edgeRasterizer_clipsLines();
    void style_followsYearLimitAndSizeRule();
};

void TestNetworkScene::nodeGrid_findsNearestVisibleDisc()
{
    const QList<QPointF> positions{{0, 0}, {30, 0}, {38, 0}, {500, 500}};
    const QList<double> radii{10, 10, 3, 5};
    const QList<bool> visible{true, true, true, false};
    NodeGrid grid;
    QVERIFY(grid.isEmpty());
    grid.rebuild(positions, visible, 10, QRectF(-10, -10, 54, 20));
    QVERIFY(!grid.isEmpty());
    QCOMPARE(grid.nodeAt({1, 1}, 2, positions, radii, 10), 0);
    // The disc the point lies deepest in: node 1 near its centre, the small
    // node 2 on its rim at node 2's centre.
    QCOMPARE(grid.nodeAt({31, 0}, 2, positions, radii, 10), 1);
    QCOMPARE(grid.nodeAt({38, 0}, 2, positions, radii, 10), 2);
    QCOMPARE(grid.nodeAt({15, 14}, 2, positions, radii, 10), -1);
    // Hidden nodes are not indexed.
    QCOMPARE(grid.nodeAt({500, 500}, 2, positions, radii, 10), -1);
    // Within tolerance of an edge.
    QCOMPARE(grid.nodeAt({0, 12}, 3, positions, radii, 10), 0);
    QCOMPARE(grid.nodeAt({0, 12}, 1, positions, radii, 10), -1);
}

void TestNetworkScene::labelPlacer_refusesOverlapsAcrossCells()
{
    LabelPlacer placer;
    QVERIFY(placer.isFree(QRectF(0, 0, 100, 20)));
    // A box across four occupancy cells (64 px).
    placer.occupy(QRectF(50, 50, 40, 30));
    QVERIFY(!placer.isFree(QRectF(85, 75, 20, 10)));
    QVERIFY(!placer.isFree(QRectF(0, 0, 200, 200)));
    QVERIFY(placer.isFree(QRectF(91, 50, 20, 10)));
    QVERIFY(placer.isFree(QRectF(-100, -100, 20, 10)));
}

void TestNetworkScene::labelPlacer_fitsViewByCover()
{
    const QList<QSizeF> labels(10, QSizeF(60, 16));
    const QList<double> radii(10, 5);
    // Each footprint (64 x 32) covers 2,048 px²: ten of them fit half of 200 x 205.
    QVERIFY(LabelPlacer::fitsView(labels, radii, QSizeF(200, 205)));
    QVERIFY(!LabelPlacer::fitsView(labels, radii, QSizeF(200, 200)));
    QVERIFY(!LabelPlacer::fitsView({}, radii, QSizeF(2000, 2000)));
    const QFontMetricsF metrics(LabelPlacer::labelFont(QFont()));
    const QString longName(200, u'W');
    QVERIFY(LabelPlacer::labelText(longName, metrics).size() < longName.size());
    QVERIFY(LabelPlacer::labelSize(longName, metrics).width() <= 180 + 6 + 1);
}

void TestNetworkScene::edgeRasterizer_addsOpticalDepth()
{
    QImage image(40, 20, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    EdgeRasterizer layer;
    layer.begin(image.size());
    const double alpha = 0.4;
    const quint16 depth = EdgeRasterizer::depthOf(alpha);
    // Two lines over the same row, one of them only over its left half.
    layer.addLine({0, 5}, {39, 5}, depth, 1);
    layer.addLine({0, 5}, {19, 5}, depth, 1);
    // A small node as a square.
    const EdgeRasterizer::Dot dot{QRectF(30, 12, 4, 4), qRgba(255, 0, 0, 255)};
    QPainter painter(&image);
    layer.composite(painter, QRectF(0, 0, 40, 20), 1.0, Qt::black, {dot});
    painter.end();
    auto alphaAt = [&](int x, int y) { return qAlpha(image.pixel(x, y)) / 255.0; };
    QVERIFY(std::abs(alphaAt(30, 5) - alpha) < 0.01);
    QVERIFY(std::abs(alphaAt(10, 5) - (1 - (1 - alpha) * (1 - alpha))) < 0.01);
    QCOMPARE(alphaAt(10, 15), 0.0);
    QCOMPARE(image.pixel(31, 13), qRgba(255, 0, 0, 255));
    // The buffer is cleared for the next frame.
    image.fill(Qt::transparent);
    layer.begin(image.size());
    layer.addLine({0, 15}, {39, 15}, depth, 1);
    QPainter again(&image);
    layer.composite(again, QRectF(0, 0, 40, 20), 1.0, Qt::black, {});
    again.end();
    QCOMPARE(alphaAt(10, 5), 0.0);
    QVERIFY(alphaAt(10, 15) > 0.3);
}

void TestNetworkScene::edgeRasterizer_clipsLines()
{
    QLineF line(-50, 10, 150, 10);
    QVERIFY(EdgeRasterizer::clipLine(&line, QRectF(0, 0, 100, 100)));
    QCOMPARE(line.p1(), QPointF(0, 10));
    QCOMPARE(line.p2(), QPointF(100, 10));
    QLineF outside(-50, -10, 150, -10);
    QVERIFY(!EdgeRasterizer::clipLine(&outside, QRectF(0, 0, 100, 100)));
    QLineF inside(10, 10, 20, 30);
    QVERIFY(EdgeRasterizer::clipLine(&inside, QRectF(0, 0, 100, 100)));
    QCOMPARE(inside, QLineF(10, 10, 20, 30));
}

void TestNetworkScene::style_followsYearLimitAndSizeRule()
{
    // Centre 0 with 1 (2010, 2012) and 2 (2015); 1 and 2 together in 2016.
    QList<GraphNode> nodes(3);
    for (int i = 0; i < 3; ++i) {
        nodes[i].id = QStringLiteral("A%1").arg(i);
        nodes[i].worksCount = (i + 1) * 10;
        nodes[i].community = i;
    }
    auto edge = [](int a, int b, QList<int> years) {
        GraphEdge e;
        e.source = a;
        e.target = b;
        for (int y : years)
            e.works << SharedWork{QStringLiteral("W%1%2%3").arg(a).arg(b).arg(y), y, 2, false};
        e.sharedWorks = int(years.size());
        e.fractional = e.sharedWorks;
        e.firstYear = years.first();
        e.lastYear = years.last();
        return e;
    };
    const CoauthorGraph graph = CoauthorGraph::fromParts(GraphOptions(), nodes, {edge(0, 1, {2010, 2012}), edge(0, 2, {2015}), edge(1, 2, {2016})});
    NetworkStyle style;
    style.setGraph(graph);
    QCOMPARE(style.minYear(), 2010);
    QCOMPARE(style.maxYear(), 2016);
    QVERIFY(style.isNodeVisible(2));
    QCOMPARE(style.drawEdges().size(), size_t(3));
    QCOMPARE(style.drawEdges().front().edge, 0); // heaviest first
    // Largest works count, largest disc; the centre's name is tried first.
    QVERIFY(style.radius(2) > style.radius(1) && style.radius(1) > style.radius(0));
    QCOMPARE(style.nodeOrder().first(), 0);
    style.setYearLimit(2012);
    style.restyle(graph);
    QVERIFY(!style.isNodeVisible(2));
    QCOMPARE(style.edgeWeight(0), 2.0);
    QCOMPARE(style.edgeWeight(1), 0.0);
    QCOMPARE(style.drawEdges().size(), size_t(1));
    // By shared works: the centre is as large as the largest.
    style.setYearLimit(0);
    style.setSizeBy(SizeBy::SharedWorks);
    style.restyle(graph);
    QVERIFY(style.radius(1) > style.radius(2));
    QCOMPARE(style.radius(0), style.radius(1));
    // Community colours from the categorical palette; the legend names them.
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    style.setCommunityCount(3);
    QVERIFY(style.nodeColor(graph, 0, {Qt::red, Qt::green, Qt::blue, Qt::cyan, Qt::magenta, Qt::yellow, Qt::black, Qt::gray}) == QColor(Qt::red));
    QCOMPARE(style.legend(palette).size(), 3);
    QCOMPARE(NetworkStyle::edgeWidth(0), 0.6);
    QVERIFY(NetworkStyle::edgeWidth(1000) <= 6.0);
}

QTEST_MAIN(TestNetworkScene)
#include "tst_networkscene.moc"
