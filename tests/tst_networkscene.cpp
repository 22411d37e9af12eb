// The parts NetworkScene composes, each on its own: the hit-test grid, the
// label placer, the edge rasterizer and the style; then the scene drawing a
// typed graph (shapes, legend, hidden types, years, path, arrowheads).

#include "network/edgerasterizer.h"
#include "network/labelplacer.h"
#include "network/networkscene.h"
#include "network/networkstyle.h"
#include "network/nodegrid.h"
#include "viewpalette.h"

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

    void typed_eachTypeHasItsShape();
    void typed_legendListsTheTypesShown();
    void typed_hiddenTypeVanishes();
    void typed_yearLimitHidesLaterNodesAndLinks();
    void typed_pathIsEmphasised();
    void typed_arrowheadsOnlyWhereLinesAreDrawn();
};

namespace {

constexpr NodeType kAllTypes[] = {NodeType::Person, NodeType::Work, NodeType::Institution, NodeType::Topic, NodeType::Source};

// One node per type in a row, spacing apart, all the same size; node 0 the
// researcher (a person).
TypedGraph fiveTypes(double spacing, QList<QPointF> *positions)
{
    TypedGraph g(QStringLiteral("test"), QStringLiteral("one node per type"));
    positions->clear();
    for (int i = 0; i < 5; ++i) {
        TypedNode n;
        n.id = QStringLiteral("N%1").arg(i);
        n.label = QStringLiteral("Node %1").arg(i);
        n.type = kAllTypes[i];
        n.weight = 10;
        g.addNode(n);
        *positions << QPointF(i * spacing, 0);
    }
    return g;
}

QPalette whitePalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(255, 0, 0));
    return palette;
}

struct Frame {
    QImage image;
    PaintStats stats;
};

Frame render(const NetworkScene &scene, const QTransform &transform, const QSize &size)
{
    Frame f;
    f.image = QImage(size, QImage::Format_ARGB32_Premultiplied);
    f.image.fill(Qt::white);
    QPainter painter(&f.image);
    f.stats = scene.paint(painter, transform, QRectF(QPointF(0, 0), QSizeF(size)), whitePalette());
    painter.end();
    return f;
}

bool near(const QColor &a, const QColor &b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) <= tolerance;
}

// How far from c the colour fill reaches, in pixels, in direction (dx, dy).
int reach(const QImage &image, QPoint c, int dx, int dy, const QColor &fill)
{
    int steps = 0;
    QPoint p = c;
    while (image.rect().contains(p + QPoint(dx, dy)) && near(image.pixelColor(p + QPoint(dx, dy)), fill)) {
        p += QPoint(dx, dy);
        ++steps;
    }
    return steps;
}

} // namespace

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

void TestNetworkScene::typed_eachTypeHasItsShape()
{
    QList<QPointF> positions;
    const TypedGraph graph = fiveTypes(50, &positions);
    NetworkScene scene;
    scene.setTypedGraph(graph);
    scene.setPositions(positions);
    scene.setColorBy(ColorBy::Type);
    scene.setShowLegend(false);
    QCOMPARE(scene.nodeShape(0), NodeShape::RoundedSquare);
    QCOMPARE(scene.nodeShape(1), NodeShape::Circle);
    QCOMPARE(scene.nodeShape(2), NodeShape::Hexagon);
    QCOMPARE(scene.nodeShape(3), NodeShape::Triangle);
    QCOMPARE(scene.nodeShape(4), NodeShape::Diamond);
    // Every type its own colour.
    const QList<QColor> colors = categoricalColors(whitePalette());
    QSet<QRgb> distinct;
    for (int i = 0; i < 5; ++i)
        distinct.insert(scene.nodeColor(i, colors).rgb());
    QCOMPARE(distinct.size(), 5);
    // Zoom 3: every node is 54 px in radius. The extent of each node's fill
    // up, down, left and right from its centre, in units of the radius:
    // square 0.89 each way, circle 1, hexagon 1.1 up and down but 0.95
    // sideways (flat sides), triangle 1.35 up and 0.675 down (centred on
    // its centroid, point up), 0.78 sideways at the centre, diamond 1.25;
    // within 3.5 px (outlines and sharp corners eat a little of the fill).
    const double zoom = 3;
    const QTransform transform(zoom, 0, 0, zoom, 75, 150);
    const Frame f = render(scene, transform, QSize(900, 300));
    QCOMPARE(f.stats.nodes, 5);
    // Each name right below its shape, the researcher's too.
    QCOMPARE(f.stats.labels, 5);
    const double r = scene.radius(0) * zoom;
    QCOMPARE(r, 54.0);
    const double expected[5][4] = {{0.89, 0.89, 0.89, 0.89}, {1, 1, 1, 1}, {1.1, 1.1, 0.953, 0.953},
                                   {1.35, 0.675, 0.779, 0.779}, {1.25, 1.25, 1.25, 1.25}};
    for (int i = 0; i < 5; ++i) {
        const QPoint c = transform.map(positions.at(i)).toPoint();
        const QColor fill = scene.nodeColor(i, colors);
        QVERIFY2(near(f.image.pixelColor(c), fill), qPrintable(QString::number(i)));
        const int got[4] = {reach(f.image, c, 0, -1, fill), reach(f.image, c, 0, 1, fill), reach(f.image, c, -1, 0, fill),
                            reach(f.image, c, 1, 0, fill)};
        for (int k = 0; k < 4; ++k)
            QVERIFY2(std::abs(got[k] - expected[i][k] * r) <= 3.5,
                     qPrintable(QStringLiteral("node %1 direction %2: %3 px, expected %4").arg(i).arg(k).arg(got[k]).arg(expected[i][k] * r)));
    }
    // The researcher's ring: text colour just outside the square.
    const QPoint c0 = transform.map(positions.at(0)).toPoint();
    const int ring = int(std::round(0.89 * (r + 3)));
    QVERIFY(f.image.pixelColor(c0 + QPoint(0, -ring)).value() < 100);
}

void TestNetworkScene::typed_legendListsTheTypesShown()
{
    QList<QPointF> positions;
    TypedGraph graph = fiveTypes(50, &positions);
    NetworkScene scene;
    scene.setTypedGraph(graph);
    scene.setColorBy(ColorBy::Type);
    const QList<LegendEntry> entries = scene.legendEntries(whitePalette());
    QCOMPARE(entries.size(), 5);
    QStringList names;
    for (const LegendEntry &e : entries)
        names << e.text;
    QCOMPARE(names, QStringList({QStringLiteral("Works"), QStringLiteral("People"), QStringLiteral("Institutions"),
                                 QStringLiteral("Topics"), QStringLiteral("Sources")}));
    QCOMPARE(entries.at(0).shape, NodeShape::Circle);
    QCOMPARE(entries.at(1).shape, NodeShape::RoundedSquare);
    QCOMPARE(entries.at(4).shape, NodeShape::Diamond);
    QCOMPARE(entries.at(1).color, scene.nodeColor(0, categoricalColors(whitePalette())));
    scene.setTypeVisible(NodeType::Topic, false);
    QCOMPARE(scene.legendEntries(whitePalette()).size(), 4);
    // A graph of works only names the one type.
    TypedGraph works(QStringLiteral("w"), QString());
    works.addNode(TypedNode{QStringLiteral("W1"), QStringLiteral("W1"), NodeType::Work, {}, 2001, 1, -1, {}});
    scene.setTypedGraph(works);
    QCOMPARE(scene.legendEntries(whitePalette()).size(), 1);
    // Coloured by community, the shapes still follow the colours in grey;
    // a hidden type stays hidden in the next graph (the panel's switches).
    scene.setTypedGraph(graph);
    scene.setColorBy(ColorBy::Community);
    QVERIFY(!scene.isTypeVisible(NodeType::Topic));
    const QList<LegendEntry> byCommunity = scene.legendEntries(whitePalette());
    QCOMPARE(byCommunity.size(), scene.legend(whitePalette()).size() + 4);
    QCOMPARE(byCommunity.last().shape, NodeShape::Diamond);
}

void TestNetworkScene::typed_hiddenTypeVanishes()
{
    QList<QPointF> positions;
    TypedGraph graph = fiveTypes(50, &positions);
    // The topic (3) linked to the work (1) and the source (4); 0-1 too.
    for (auto [a, b] : {std::pair{3, 1}, std::pair{3, 4}, std::pair{0, 1}})
        graph.addEdge(TypedEdge{a, b, 1.0, false, 0, {}});
    NetworkScene scene;
    scene.setTypedGraph(graph);
    scene.setPositions(positions);
    const QTransform transform(1, 0, 0, 1, 50, 100);
    QCOMPARE(render(scene, transform, QSize(400, 200)).stats.edges, 3);
    QCOMPARE(scene.nodeAt(positions.at(3), 1), 3);
    const QRectF before = scene.bounds();
    scene.setTypeVisible(NodeType::Topic, false);
    QVERIFY(!scene.isTypeVisible(NodeType::Topic));
    QVERIFY(!scene.isNodeVisible(3));
    QCOMPARE(scene.nodeAt(positions.at(3), 1), -1);
    // Neither of its links: the link 3-4 lies off every other node.
    QCOMPARE(scene.edgeAt((positions.at(3) + positions.at(4)) / 2, 2), -1);
    const PaintStats stats = render(scene, transform, QSize(400, 200)).stats;
    QCOMPARE(stats.nodes, 4);
    QCOMPARE(stats.edges, 1);
    QCOMPARE(scene.bounds(), before); // node 4 is still the right end
    scene.setTypeVisible(NodeType::Source, false);
    QVERIFY(scene.bounds().right() < before.right() - 50);
    scene.setTypeVisible(NodeType::Topic, true);
    QCOMPARE(scene.nodeAt(positions.at(3), 1), 3);
}

void TestNetworkScene::typed_yearLimitHidesLaterNodesAndLinks()
{
    // Works of 2001, 2005 and an undated one; links 2001-2005 (no year) and
    // 2001-undated (year 2010).
    TypedGraph graph(QStringLiteral("years"), QString());
    const int years[] = {2001, 2005, 0};
    QList<QPointF> positions;
    for (int i = 0; i < 3; ++i) {
        graph.addNode(TypedNode{QStringLiteral("W%1").arg(i), QString(), NodeType::Work, {}, years[i], 5, -1, {}});
        positions << QPointF(i * 40, (i % 2) * 30);
    }
    graph.addEdge(TypedEdge{1, 0, 1.0, true, 0, {}});
    graph.addEdge(TypedEdge{2, 0, 1.0, true, 2010, {}});
    NetworkScene scene;
    scene.setTypedGraph(graph);
    scene.setPositions(positions);
    QCOMPARE(scene.minYear(), 2001);
    QCOMPARE(scene.maxYear(), 2010);
    for (int i = 0; i < 3; ++i)
        QVERIFY(scene.isNodeVisible(i));
    scene.setYearLimit(2003);
    QVERIFY(scene.isNodeVisible(0));
    QVERIFY(!scene.isNodeVisible(1));     // 2005 > 2003
    QVERIFY(scene.isNodeVisible(2));      // undated: always
    QVERIFY(!scene.isEdgeVisible(scene.drawnEdgeOf(0))); // its end is hidden
    QVERIFY(!scene.isEdgeVisible(scene.drawnEdgeOf(1))); // its own year is later
    QCOMPARE(scene.nodeAt(positions.at(1), 1), -1);
    scene.setYearLimit(2010);
    QVERIFY(scene.isNodeVisible(1));
    QVERIFY(scene.isEdgeVisible(scene.drawnEdgeOf(0)));
    QVERIFY(scene.isEdgeVisible(scene.drawnEdgeOf(1)));
    scene.setYearLimit(0);
    QCOMPARE(scene.nodeAt(positions.at(1), 1), 1);
}

void TestNetworkScene::typed_pathIsEmphasised()
{
    QList<QPointF> positions;
    TypedGraph graph = fiveTypes(60, &positions);
    for (int i = 0; i + 1 < 5; ++i)
        graph.addEdge(TypedEdge{i, i + 1, 1.0, false, 0, {}});
    NetworkScene scene;
    scene.setTypedGraph(graph);
    scene.setPositions(positions);
    scene.setShowLegend(false);
    const QTransform transform(2, 0, 0, 2, 40, 150);
    const QPoint middle = transform.map((positions.at(1) + positions.at(2)) / 2).toPoint();
    const Frame plain = render(scene, transform, QSize(600, 300));
    QCOMPARE(plain.stats.pathEdges, 0);
    const QColor accent = whitePalette().color(QPalette::Highlight);
    QVERIFY(!near(plain.image.pixelColor(middle), accent));
    scene.setPath({1, 2, 3});
    const Frame emphasised = render(scene, transform, QSize(600, 300));
    QCOMPARE(emphasised.stats.pathEdges, 2);
    QVERIFY(near(emphasised.image.pixelColor(middle), accent));
    QVERIFY(near(emphasised.image.pixelColor(middle + QPoint(0, 1)), accent)); // thick
    // Off the path, the link 0-1 is not.
    QVERIFY(!near(emphasised.image.pixelColor(transform.map((positions.at(0) + positions.at(1)) / 2).toPoint()), accent));
    // Other nodes are dimmed: node 4's fill is paler than on the plain frame.
    const QPoint c4 = transform.map(positions.at(4)).toPoint();
    QVERIFY(emphasised.image.pixelColor(c4).lightness() > plain.image.pixelColor(c4).lightness());
}

void TestNetworkScene::typed_arrowheadsOnlyWhereLinesAreDrawn()
{
    QList<QPointF> positions;
    TypedGraph graph = fiveTypes(50, &positions);
    graph.addEdge(TypedEdge{1, 2, 1.0, true, 0, {}});
    graph.addEdge(TypedEdge{2, 1, 1.0, true, 0, {}}); // the same pair back: a second head
    graph.addEdge(TypedEdge{3, 4, 1.0, true, 0, {}});
    graph.addEdge(TypedEdge{0, 1, 1.0, false, 0, {}});
    graph.addEdge(TypedEdge{4, 4, 1.0, true, 0, {}}); // a self-loop: not drawn
    int directed = 0;
    for (const TypedEdge &e : graph.edges())
        directed += e.directed && e.source != e.target ? 1 : 0;
    NetworkScene scene;
    scene.setTypedGraph(graph);
    scene.setPositions(positions);
    scene.setShowLegend(false);
    QCOMPARE(scene.drawnEdgeOf(0), scene.drawnEdgeOf(1));
    QCOMPARE(scene.drawnEdgeOf(4), -1);
    const QTransform transform(3, 0, 0, 3, 75, 150);
    const Frame f = render(scene, transform, QSize(900, 300));
    QCOMPARE(f.stats.edges, 3);
    QCOMPARE(f.stats.arrows, directed);
    // The head on 3 → 4 sits just before node 4's rim (a diamond of radius
    // 54 px reaches 1.25 × 54 sideways): dark.
    QCOMPARE(NetworkScene::shapeReach(NodeShape::Diamond, 54, QPointF(-1, 0)), 1.25 * 54);
    const QPointF tip = transform.map(positions.at(4)) - QPointF(1.25 * 54 + 1.5, 0);
    QVERIFY(f.image.pixelColor((tip - QPointF(3, 0)).toPoint()).value() < 140);
    // No head at node 3's end of that link (undirected there): line grey only.
    const QPointF back = transform.map(positions.at(3)) + QPointF(54 * 0.779 + 6, 0);
    QVERIFY(f.image.pixelColor(back.toPoint()).value() > 140);

    // Thousands of nodes on screen: links are capped and carry no heads;
    // zoomed in on a few, they do.
    TypedGraph big(QStringLiteral("big"), QString());
    QList<QPointF> grid;
    const int side = 30;
    for (int i = 0; i < side * side; ++i) {
        big.addNode(TypedNode{QStringLiteral("W%1").arg(i), QString(), kAllTypes[i % 5], {}, 0, double(1 + i % 9), -1, {}});
        grid << QPointF((i % side) * 40.0, (i / side) * 40.0);
    }
    for (int i = 0; i < side * side; ++i)
        if ((i + 1) % side != 0)
            big.addEdge(TypedEdge{i, i + 1, 1.0, true, 0, {}});
    scene.setTypedGraph(big);
    scene.setPositions(grid);
    const PaintStats far = render(scene, QTransform(0.5, 0, 0, 0.5, 10, 10), QSize(800, 800)).stats;
    QCOMPARE(far.nodes, side * side);
    QCOMPARE(far.arrows, 0);
    const PaintStats close = render(scene, QTransform(3, 0, 0, 3, -100, -100), QSize(800, 800)).stats;
    QVERIFY(close.nodes < 500);
    QVERIFY2(close.arrows > 0 && close.arrows <= close.edges, qPrintable(QString::number(close.arrows)));
}

QTEST_MAIN(TestNetworkScene)
#include "tst_networkscene.moc"
