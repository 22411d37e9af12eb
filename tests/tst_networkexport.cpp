// One network builder and one network export for the network tab and
// `peerscope graph`: the same author and options give the same file from
// both; a picture export leaves the UI thread free; a failed save says so and
// leaves no partial file.

#include "testsupport.h"

#include "cache/cache.h"
#include "cache/importer.h"
#include "cache/networkqueries.h"
#include "graph/networkbuilder.h"
#include "network/networkexport.h"
#include "network/networkview.h"
#include "networkpanel.h"
#include "viewpalette.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <random>

using namespace peerscope;
using namespace peerscope::test;

namespace {

const QString kMearman = QStringLiteral("A5017898742");

// The panel writes the layout it shows; the command line has none. Removes
// the positions (and checks there were some) so the rest can be compared byte
// for byte.
QByteArray withoutPositions(GraphExport::Format format, const QByteArray &bytes, int nodes)
{
    QString text = QString::fromUtf8(bytes);
    qsizetype removed = 0;
    auto drop = [&](const QString &pattern) {
        const QRegularExpression re(pattern);
        removed += text.count(re);
        text.remove(re);
    };
    switch (format) {
    case GraphExport::Format::GraphML:
        drop(QStringLiteral("\\n *<key id=\"[xy]\" for=\"node\"[^>]*/>"));
        drop(QStringLiteral("\\n *<data key=\"[xy]\">[^<]*</data>"));
        return removed == 2 + 2 * nodes ? text.toUtf8() : QByteArray("positions missing");
    case GraphExport::Format::Gexf:
        drop(QStringLiteral("\\n *<viz:position [^>]*/>"));
        return removed == nodes ? text.toUtf8() : QByteArray("positions missing");
    case GraphExport::Format::VosviewerJson: {
        QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QJsonObject network = root.value(QStringLiteral("network")).toObject();
        QJsonArray items;
        for (const QJsonValue &v : network.value(QStringLiteral("items")).toArray()) {
            QJsonObject item = v.toObject();
            if (!item.contains(QStringLiteral("x")) || !item.contains(QStringLiteral("y")))
                return "positions missing";
            item.remove(QStringLiteral("x"));
            item.remove(QStringLiteral("y"));
            items << item;
        }
        network.insert(QStringLiteral("items"), items);
        root.insert(QStringLiteral("network"), network);
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    default:
        return bytes;
    }
}

// A network of n authors linked at random (about three links each).
CoauthorGraph generatedGraph(int n)
{
    std::mt19937 random(7);
    QList<GraphNode> nodes;
    for (int i = 0; i < n; ++i) {
        GraphNode node;
        node.id = QStringLiteral("A%1").arg(1000000 + i);
        node.name = QStringLiteral("Author Number %1").arg(i);
        node.worksCount = 1 + int(random() % 200);
        node.hop = i == 0 ? 0 : 1;
        node.community = int(random() % 12);
        nodes << node;
    }
    QList<GraphEdge> edges;
    QSet<quint64> seen;
    for (int k = 0; k < 3 * n; ++k) {
        int a = int(random() % n), b = int(random() % n);
        if (a == b)
            continue;
        if (a > b)
            std::swap(a, b);
        if (seen.contains(quint64(a) << 32 | quint64(b)))
            continue;
        seen.insert(quint64(a) << 32 | quint64(b));
        GraphEdge e;
        e.source = a;
        e.target = b;
        e.sharedWorks = 1 + int(random() % 5);
        e.fractional = e.sharedWorks / 2.0;
        e.firstYear = 2000 + int(random() % 10);
        e.lastYear = e.firstYear + int(random() % 10);
        edges << e;
    }
    return CoauthorGraph::fromParts(GraphOptions(), nodes, edges);
}

} // namespace

class TestNetworkExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void panelAndCommandLine_writeTheSameFiles_data();
    void panelAndCommandLine_writeTheSameFiles();
    void builder_expandsAndFindsCommunities();
    void workLines_keepOrderAndMarkUncached();
    void pictureExport_leavesUiThreadFree();
    void failedSave_saysSoAndLeavesNoPartialFile();
    void typedMap_picturesShowShapesArrowsAndTypes();

private:
    QTemporaryDir *m_dir = nullptr;
    Cache *m_cache = nullptr;
};

void TestNetworkExport::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_cache = new Cache;
    QCOMPARE(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite"))), Cache::OpenStatus::Ok);
    QVERIFY(Importer(*m_cache).importDemo().ok());
}

void TestNetworkExport::cleanup()
{
    delete m_cache;
    m_cache = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestNetworkExport::panelAndCommandLine_writeTheSameFiles_data()
{
    QTest::addColumn<int>("hops");
    QTest::addColumn<bool>("fractional");
    QTest::addColumn<double>("resolution");
    QTest::newRow("one hop, full, 1") << 1 << false << 1.0;
    QTest::newRow("two hops, fractional, 2.5") << 2 << true << 2.5;
}

void TestNetworkExport::panelAndCommandLine_writeTheSameFiles()
{
    QFETCH(int, hops);
    QFETCH(bool, fractional);
    QFETCH(double, resolution);
    NetworkPanel panel(*m_cache);
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setResolution(resolution);
    panel.setHops(hops);
    panel.setCounting(fractional ? Counting::Fractional : Counting::Full);
    panel.setAuthor(kMearman);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBuilding() && !panel.view()->isLayoutRunning(), 30000);
    QVERIFY(panel.graph().nodeCount() >= 18);

    const QList<QPair<GraphExport::Format, QString>> formats{{GraphExport::Format::GraphML, QStringLiteral("graphml")},
                                                             {GraphExport::Format::Gexf, QStringLiteral("gexf")},
                                                             {GraphExport::Format::VosviewerJson, QStringLiteral("vosviewer")}};
    QSignalSpy exported(&panel, &NetworkPanel::exported);
    for (const auto &[format, name] : formats) {
        const QString fromPanel = m_dir->filePath(QStringLiteral("panel.") + name);
        panel.exportTo(fromPanel, format);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isExporting(), 30000);
        QVERIFY2(exported.last().at(1).toString().isEmpty(), qPrintable(exported.last().at(1).toString()));

        const QString fromCli = m_dir->filePath(QStringLiteral("cli.") + name);
        QStringList args{QStringLiteral("--db"), m_dir->filePath(QStringLiteral("cache.sqlite")), QStringLiteral("graph"), kMearman,
                         QStringLiteral("--hops"), QString::number(hops), QStringLiteral("--resolution"), QString::number(resolution),
                         QStringLiteral("--format"), name, QStringLiteral("-o"), fromCli};
        if (fractional)
            args << QStringLiteral("--fractional");
        const ProcessResult r = runPeerscope(args, m_dir->path());
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QByteArray cli = test::readFile(fromCli);
        QVERIFY(cli.size() > 1000);
        const QByteArray panelBytes = withoutPositions(format, test::readFile(fromPanel), panel.graph().nodeCount());
        if (panelBytes != cli) {
            QFile::copy(fromPanel, QDir::temp().filePath(QStringLiteral("tst_networkexport-panel.") + name));
            QFile::copy(fromCli, QDir::temp().filePath(QStringLiteral("tst_networkexport-cli.") + name));
        }
        QVERIFY2(panelBytes == cli, qPrintable(name));
    }
}

void TestNetworkExport::builder_expandsAndFindsCommunities()
{
    NetworkRequest request;
    request.options.centerId = kMearman;
    const Read<CoauthorGraph> one = NetworkBuilder::build(*m_cache, request);
    QVERIFY2(one.ok(), qPrintable(one.error()));
    QCOMPARE(one->nodeCount(), 18);
    QVERIFY(one->communityCount() >= 1);
    for (const GraphNode &n : one->nodes())
        QVERIFY(n.community >= 0);
    // Expanding a co-author adds their own co-authors, as two hops from them would.
    const QString coauthor = one->nodes().at(1).id;
    GraphOptions around;
    around.centerId = coauthor;
    const CoauthorGraph theirs = CoauthorGraph::build(*m_cache, around);
    request.expanded << coauthor;
    const Read<CoauthorGraph> expanded = NetworkBuilder::build(*m_cache, request);
    QVERIFY2(expanded.ok(), qPrintable(expanded.error()));
    for (const GraphNode &n : theirs.nodes())
        QVERIFY2(expanded->indexOf(n.id) >= 0, qPrintable(n.id));
    // Unknown author: empty, not an error.
    request.options.centerId = QStringLiteral("A1111111111");
    request.expanded.clear();
    const Read<CoauthorGraph> none = NetworkBuilder::build(*m_cache, request);
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
}

void TestNetworkExport::workLines_keepOrderAndMarkUncached()
{
    const QStringList ids{QStringLiteral("W2250748100"), QStringLiteral("W0000000001")};
    const Read<QList<WorkLine>> lines = NetworkQueries(*m_cache).workLines(ids);
    QVERIFY2(lines.ok(), qPrintable(lines.error()));
    QCOMPARE(lines->size(), 2);
    QCOMPARE(lines->at(0).id, ids.at(0));
    QVERIFY(lines->at(0).cached);
    QCOMPARE(lines->at(0).title, m_cache->work(ids.at(0))->title);
    QCOMPARE(lines->at(0).year, 2015);
    QCOMPARE(lines->at(1).id, ids.at(1));
    QVERIFY(!lines->at(1).cached);
    // A closed cache is an error, not an empty list.
    Cache closed;
    QVERIFY(!NetworkQueries(closed).workLines(ids).ok());
}

void TestNetworkExport::pictureExport_leavesUiThreadFree()
{
    NetworkPanel panel(*m_cache);
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const CoauthorGraph graph = generatedGraph(10000);
    panel.showGraph(graph);
    // The first layout snapshot is enough: a user may export while it moves.
    QTRY_VERIFY_WITH_TIMEOUT(panel.view()->scene().bounds().width() > 100, 60000);

    // What drawing the pictures costs when it blocks: the bound below must
    // be well under it, or the check could not fail.
    views::NetworkSnapshot snapshot = panel.snapshot();
    QElapsedTimer t;
    t.start();
    QVERIFY(views::NetworkExport::toBytes(GraphExport::Format::Png, snapshot).ok());
    QVERIFY(views::NetworkExport::toBytes(GraphExport::Format::Svg, snapshot).ok());
    const qint64 blockingMs = t.elapsed();

    QElapsedTimer clock;
    qint64 last = 0, maxGap = 0;
    QTimer probe;
    probe.setInterval(5);
    connect(&probe, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        maxGap = std::max(maxGap, now - last);
        last = now;
    });
    QSignalSpy exported(&panel, &NetworkPanel::exported);
    const QString png = m_dir->filePath(QStringLiteral("big.png"));
    const QString svg = m_dir->filePath(QStringLiteral("big.svg"));
    clock.start();
    probe.start();
    panel.exportTo(png, GraphExport::Format::Png);
    panel.exportTo(svg, GraphExport::Format::Svg);
    last = clock.elapsed(); // the calls themselves
    const qint64 startMs = last;
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 60000);
    probe.stop();
    // Ratios against the drawing measured in this run, not a fixed time: a
    // fast machine draws quickly, a loaded one slowly. Drawn on the UI
    // thread, the longer of the two pictures alone would block for at least
    // half of blockingMs, so a third of it separates the two cases.
    const qint64 bound = blockingMs / 3;
    const QString numbers = QStringLiteral("drawing both on the UI thread: %1 ms; starting the exports: %2 ms; "
                                           "largest gap between 5 ms ticks meanwhile: %3 ms")
                                .arg(blockingMs).arg(startMs).arg(maxGap);
    qInfo("%s", qPrintable(numbers));
    QVERIFY2(blockingMs >= 90, qPrintable(numbers)); // long enough to tell timer jitter from drawing
    QVERIFY2(std::max(maxGap, startMs) < bound, qPrintable(numbers));
    for (const QVariantList &args : exported)
        QVERIFY2(args.at(1).toString().isEmpty(), qPrintable(args.at(1).toString()));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1600, 1200));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QVERIFY(test::readFile(svg).count("<path") + test::readFile(svg).count("<circle") + test::readFile(svg).count("<ellipse") > 1000);
}

void TestNetworkExport::failedSave_saysSoAndLeavesNoPartialFile()
{
    NetworkPanel panel(*m_cache);
    panel.setAuthor(kMearman);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBuilding(), 30000);
    QSignalSpy exported(&panel, &NetworkPanel::exported);
    const QLabel *status = panel.findChild<QLabel *>(QStringLiteral("statusLabel"));

    // A folder that does not exist.
    const QString missing = m_dir->filePath(QStringLiteral("no-such-folder/net.png"));
    panel.exportTo(missing, GraphExport::Format::Png);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
    QString error = exported.at(0).at(1).toString();
    QVERIFY2(error.contains(missing), qPrintable(error));
    QCOMPARE(status->text(), error);
    QVERIFY(!QFile::exists(missing));

    // A name taken by a folder: nothing replaces it, nothing is left beside it.
    QDir(m_dir->path()).mkdir(QStringLiteral("taken.graphml"));
    const QString taken = m_dir->filePath(QStringLiteral("taken.graphml"));
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    panel.exportTo(taken, GraphExport::Format::GraphML);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 30000);
    error = exported.at(1).at(1).toString();
    QVERIFY2(error.contains(taken), qPrintable(error));
    QVERIFY(QFileInfo(taken).isDir());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);

    // A folder without write permission (not for root, who may write anyway).
    QTemporaryDir locked;
    QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::ExeOwner);
    const QString denied = QDir(locked.path()).filePath(QStringLiteral("net.svg"));
    if (!QFileInfo(locked.path()).isWritable()) {
        panel.exportTo(denied, GraphExport::Format::Svg);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 3, 30000);
        error = exported.at(2).at(1).toString();
        QVERIFY2(error.contains(denied), qPrintable(error));
        QVERIFY(QDir(locked.path()).isEmpty());
    }
    QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // The command line: the same message, an error exit, no file.
    const ProcessResult r = runPeerscope({QStringLiteral("--db"), m_dir->filePath(QStringLiteral("cache.sqlite")), QStringLiteral("graph"),
                                          kMearman, QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"), missing},
                                         m_dir->path());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Could not write") && r.err.contains(missing.toUtf8()), r.err.constData());
    QVERIFY(!QFile::exists(missing));
}

void TestNetworkExport::typedMap_picturesShowShapesArrowsAndTypes()
{
    // Works citing older works, and one node of every other type.
    TypedGraph map(QStringLiteral("map"), QStringLiteral("A research map"));
    map.addNode(TypedNode{QStringLiteral("A1"), QStringLiteral("Researcher"), NodeType::Person, {}, 0, 20, -1, {}});
    for (int i = 0; i < 6; ++i)
        map.addNode(TypedNode{QStringLiteral("W%1").arg(i), QStringLiteral("Work %1").arg(i), NodeType::Work, {}, 2010 + i, 10, -1, {}});
    const NodeType others[] = {NodeType::Institution, NodeType::Topic, NodeType::Source};
    for (NodeType type : others)
        map.addNode(TypedNode{nodeTypeName(type), nodeTypeName(type), type, {}, 0, 10, -1, {}});
    for (int i = 2; i <= 6; ++i)
        map.addEdge(TypedEdge{i, i - 1, 1.0, true, 0, {}});
    for (int k = 0; k < 3; ++k)
        map.addEdge(TypedEdge{0, 7 + k, 1.0, false, 0, {}});
    map.addEdge(TypedEdge{0, 1, 1.0, false, 0, {}});
    int polygonalNodes = 0; // hexagon, triangle, diamond
    for (const TypedNode &n : map.nodes())
        polygonalNodes += n.type == NodeType::Institution || n.type == NodeType::Topic || n.type == NodeType::Source ? 1 : 0;
    int directed = 0;
    for (const TypedEdge &e : map.edges())
        directed += e.directed ? 1 : 0;

    views::NetworkSnapshot typed;
    typed.typed = map;
    typed.style.positions = CitationGraph::timelineLayout(map);
    typed.style.colorBy = views::ColorBy::Type;
    typed.style.size = QSize(800, 600);
    views::NetworkSnapshot plain;
    plain.graph = map.drawable();
    plain.style = typed.style;
    plain.style.colorBy = views::ColorBy::Community;

    // SVG: polygons (QSvgGenerator writes them as paths of straight
    // segments) for the non-circle shapes, the legend's and the arrowheads.
    const QRegularExpression polygon(QStringLiteral("<(polygon|path)[^>]* (points|d)=\"M?[-0-9., L]+\""));
    const Read<QByteArray> typedSvg = views::NetworkExport::toBytes(GraphExport::Format::Svg, typed);
    const Read<QByteArray> plainSvg = views::NetworkExport::toBytes(GraphExport::Format::Svg, plain);
    QVERIFY(typedSvg.ok() && plainSvg.ok());
    const qsizetype typedPolygons = QString::fromUtf8(*typedSvg).count(polygon);
    const qsizetype plainPolygons = QString::fromUtf8(*plainSvg).count(polygon);
    QVERIFY2(typedPolygons >= plainPolygons + polygonalNodes + directed,
             qPrintable(QStringLiteral("%1 polygons, %2 without types").arg(typedPolygons).arg(plainPolygons)));
    QVERIFY(QSvgRenderer(*typedSvg).isValid());
    // The legend names the types.
    for (const char *name : {"Works", "People", "Institutions", "Topics", "Sources"})
        QVERIFY2(typedSvg->contains(name), name);

    // PNG: every type's colour is painted.
    const Read<QByteArray> png = views::NetworkExport::toBytes(GraphExport::Format::Png, typed);
    QVERIFY(png.ok());
    const QImage image = QImage::fromData(*png, "PNG");
    QCOMPARE(image.size(), QSize(800, 600));
    const QList<QColor> colors = views::categoricalColors(QPalette(Qt::white));
    for (NodeType type : {NodeType::Work, NodeType::Person, NodeType::Institution, NodeType::Topic, NodeType::Source}) {
        const QColor want = views::typeColor(type, colors);
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixelColor(x, y) == want ? 1 : 0;
        QVERIFY2(count > 100, qPrintable(nodeTypeName(type) + QStringLiteral(": %1 pixels").arg(count)));
    }

    // Text formats write the typed graph itself: types and directions.
    const Read<QByteArray> graphml = views::NetworkExport::toBytes(GraphExport::Format::GraphML, typed);
    QVERIFY(graphml.ok());
    QVERIFY(graphml->contains("institution"));
    QVERIFY(graphml->contains("edgedefault=\"directed\""));
}

QTEST_MAIN(TestNetworkExport)
#include "tst_networkexport.moc"
