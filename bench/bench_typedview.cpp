// The typed network view at research-map scale: paint time of 5,000 nodes of
// five types and 50,000 links, a tenth of them directed, at fixed positions
// (the view's setTypedGraph with positions: no force layout runs), through
// the real widget into an offscreen image, as the "paint" group does for the
// co-author network.

#include "bench_typedview.h"

#include "harness.h"

#include "graph/citationgraph.h"
#include "network/networkview.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>

#include <cmath>
#include <random>

namespace peerscope::bench {

namespace {

// Clustered like a real map: nodes in 40 blobs, links mostly within a blob.
TypedGraph randomTypedGraph(int nodes, int links, quint32 seed, QList<QPointF> *positions)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(0, 1);
    std::normal_distribution<double> spread(0, 1);
    constexpr NodeType kTypes[] = {NodeType::Work, NodeType::Person, NodeType::Institution, NodeType::Topic, NodeType::Source};
    const int blobs = 40;
    QList<QPointF> centres;
    for (int b = 0; b < blobs; ++b)
        centres << QPointF(unit(rng) * 4000, unit(rng) * 3000);
    TypedGraph g(QStringLiteral("bench"), QStringLiteral("A random typed map"));
    positions->clear();
    QList<int> blobOf;
    for (int i = 0; i < nodes; ++i) {
        TypedNode n;
        n.id = QStringLiteral("N%1").arg(i);
        n.label = QStringLiteral("Node %1").arg(i);
        // Works the commonest, as in the research graph; every type present.
        const double u = unit(rng);
        n.type = i < 5 ? kTypes[i] : kTypes[u < 0.6 ? 0 : u < 0.8 ? 1 : u < 0.88 ? 2 : u < 0.95 ? 3 : 4];
        n.year = n.type == NodeType::Work ? 1990 + int(unit(rng) * 35) : 0;
        n.weight = std::floor(std::pow(unit(rng), 3) * 500);
        const int b = int(unit(rng) * blobs) % blobs;
        n.cluster = b % 12;
        blobOf << b;
        g.addNode(n);
        *positions << centres.at(b) + QPointF(spread(rng), spread(rng)) * 120;
    }
    QList<QList<int>> members(blobs);
    for (int i = 0; i < nodes; ++i)
        members[blobOf.at(i)] << i;
    int added = 0;
    while (added < links) {
        const int a = int(unit(rng) * nodes) % nodes;
        const QList<int> &mine = members.at(blobOf.at(a));
        const int b = unit(rng) < 0.85 ? mine.at(int(unit(rng) * mine.size()) % mine.size()) : int(unit(rng) * nodes) % nodes;
        if (a == b)
            continue;
        TypedEdge e;
        e.source = a;
        e.target = b;
        e.weight = 1 + std::floor(unit(rng) * 4);
        e.directed = unit(rng) < 0.1;
        if (g.addEdge(e) >= 0)
            ++added;
    }
    return g;
}

} // namespace

bool benchTypedView(bool quick)
{
    const int nodes = 5000;
    const int links = 50000;
    QList<QPointF> positions;
    const TypedGraph graph = randomTypedGraph(nodes, links, 1, &positions);
    views::NetworkView view;
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();
    QElapsedTimer clock;
    clock.start();
    const CoauthorGraph drawable = graph.drawable();
    const double drawableMs = msSince(clock);
    clock.start();
    views::NetworkScene probe;
    probe.setTypedGraph(graph);
    const double sceneMs = msSince(clock);
    note(QStringLiteral("typedview: drawable() %1 ms; NetworkScene::setTypedGraph %2 ms").arg(drawableMs, 0, 'f', 1).arg(sceneMs, 0, 'f', 1));
    clock.start();
    view.setTypedGraph(graph, positions, 1);
    const double setMs = msSince(clock);
    note(QStringLiteral("typedview: %1 nodes, %2 links (%3 drawn pairs); setTypedGraph %4 ms")
             .arg(graph.nodeCount()).arg(graph.edgeCount()).arg(view.graph().edgeCount()).arg(setMs, 0, 'f', 1));

    // The reference: the same nodes, links and positions as a plain network
    // (circles, no types, no arrowheads), painted by the scene alone; the
    // typed scene is painted the same way, frames interleaved, so the ratio
    // holds on a busy machine.
    views::NetworkScene plain;
    plain.setGraph(graph.drawable());
    plain.setPositions(positions);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    const QPointF centre(view.width() / 2.0, view.height() / 2.0);
    const int perPhase = quick ? 10 : 30;
    QList<double> all;
    QList<double> typedScene;
    QList<double> plainScene;
    int arrowsSeen = 0;
    auto sceneFrames = [&] {
        const QString id0 = graph.nodes().at(0).id;
        const QPointF offset = view.nodeScreenPosition(id0) - positions.at(0) * view.zoom();
        const QTransform transform(view.zoom(), 0, 0, view.zoom(), offset.x(), offset.y());
        const QRectF screen(QPointF(0, 0), QSizeF(image.size()));
        for (int i = 0; i < perPhase; ++i) {
            const views::NetworkScene *scenes[] = {&view.scene(), &plain};
            for (const views::NetworkScene *scene : scenes) {
                image.fill(Qt::white);
                QPainter painter(&image);
                QElapsedTimer t;
                t.start();
                scene->paint(painter, transform, screen, view.palette());
                (scene == &plain ? plainScene : typedScene) << msSince(t);
            }
        }
    };
    auto phase = [&](const QString &name) {
        QList<double> frames;
        for (int i = 0; i < perPhase; ++i) {
            QElapsedTimer t;
            t.start();
            view.render(&image);
            frames << msSince(t);
        }
        const views::PaintStats s = view.lastPaintStats();
        arrowsSeen = std::max(arrowsSeen, s.arrows);
        note(QStringLiteral("typedview: %1: median %2 ms, p95 %3 ms (%4 nodes, %5 links, %6 left out, %7 arrows, %8 labels)")
                 .arg(name).arg(median(frames), 0, 'f', 1).arg(percentile(frames, 95), 0, 'f', 1).arg(s.nodes).arg(s.edges)
                 .arg(s.edgesLeftOut).arg(s.arrows).arg(s.labels));
        all += frames;
        sceneFrames();
    };
    view.fitToView();
    phase(QStringLiteral("fitted"));
    view.zoomBy(4, centre);
    phase(QStringLiteral("zoom x4"));
    view.zoomBy(4, centre + QPointF(60, 40));
    phase(QStringLiteral("zoom x16"));
    // A path across the map and the people hidden, zoomed out again.
    view.setPath({0, 1, 2, 3, 4});
    view.setTypeVisible(NodeType::Person, false);
    view.fitToView();
    phase(QStringLiteral("fitted, path, people hidden"));
    view.setTypeVisible(NodeType::Person, true);
    view.setPath({});
    note(QStringLiteral("typedview: all %1 frames median %2 ms, p95 %3 ms; most arrowheads in a frame %4")
             .arg(all.size()).arg(median(all), 0, 'f', 1).arg(percentile(all, 95), 0, 'f', 1).arg(arrowsSeen));
    note(QStringLiteral("typedview: scene alone, typed median %1 ms p95 %2 ms; the same graph plain median %3 ms p95 %4 ms")
             .arg(median(typedScene), 0, 'f', 1).arg(percentile(typedScene, 95), 0, 'f', 1)
             .arg(median(plainScene), 0, 'f', 1).arg(percentile(plainScene, 95), 0, 'f', 1));
    bool ok = report("typedview_5k_nodes_50k_links_p95_frame", percentile(all, 95), "ms", "<=", 16);
    // Shapes, type colours and arrowheads cost little over circles.
    ok = report("typedview_5k_50k_typed_vs_plain_scene_median_frame", median(typedScene) / median(plainScene), "x", "<=", 1.25) && ok;
    return ok;
}

} // namespace peerscope::bench
