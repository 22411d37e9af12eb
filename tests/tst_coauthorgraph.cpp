// The co-author graph built from the cache, its communities and its file
// formats, checked against counts recomputed from the OpenAlex fixtures.

#include "cache/cache.h"
#include "cacheinspector.h"
#include "cache/importer.h"
#include "graph/coauthorgraph.h"
#include "graph/communities.h"
#include "graph/graphexport.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace peerscope;

namespace {

const QString kMearman = QStringLiteral("A5017898742");
const QString kRoberts = QStringLiteral("A5009341822");
const QString kRitsos = QStringLiteral("A5065371627");
const QString kButcher = QStringLiteral("A5032473237");

QString pairKey(QString a, QString b)
{
    if (b < a)
        std::swap(a, b);
    return a + u'-' + b;
}

struct Expected {
    QSet<QString> nodes;
    QHash<QString, int> shared;   // pairKey -> works
};

// Recomputes the ego network of the demo author from the fixture files.
Expected expectedFromFixtures(const QSet<QString> &excluded = {}, int yearLimit = 0)
{
    Expected x;
    x.nodes.insert(kMearman);
    const QStringList files = QDir(test::fixturesDir()).entryList({QStringLiteral("work_W*.json")}, QDir::Files);
    for (const QString &file : files) {
        const QJsonObject work = QJsonDocument::fromJson(test::readFixture(file)).object();
        const QString id = work.value(QStringLiteral("id")).toString().section(u'/', -1);
        const int year = work.value(QStringLiteral("publication_year")).toInt();
        if (excluded.contains(id) || (yearLimit > 0 && year > yearLimit))
            continue;
        QStringList authors;
        for (const QJsonValue &a : work.value(QStringLiteral("authorships")).toArray()) {
            const QString author = a[QStringLiteral("author")][QStringLiteral("id")].toString().section(u'/', -1);
            if (!author.isEmpty() && !authors.contains(author))
                authors << author;
        }
        if (!authors.contains(kMearman))
            continue;
        for (const QString &a : authors)
            x.nodes.insert(a);
        for (int i = 0; i < authors.size(); ++i)
            for (int j = i + 1; j < authors.size(); ++j)
                ++x.shared[pairKey(authors.at(i), authors.at(j))];
    }
    return x;
}

struct ParsedGraph {
    QSet<QString> nodes;
    QHash<QString, QString> labels;
    QHash<QString, double> weights;   // pairKey -> weight
};

ParsedGraph parseGraphML(const QByteArray &xml)
{
    ParsedGraph g;
    QXmlStreamReader r(xml);
    QString source, target, node, dataKey;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QString name = r.name().toString();
            if (name == u"node") {
                node = r.attributes().value(QStringLiteral("id")).toString();
                g.nodes.insert(node);
            } else if (name == u"edge") {
                node.clear();
                source = r.attributes().value(QStringLiteral("source")).toString();
                target = r.attributes().value(QStringLiteral("target")).toString();
            } else if (name == u"data") {
                dataKey = r.attributes().value(QStringLiteral("key")).toString();
                const QString text = r.readElementText();
                if (dataKey == u"weight")
                    g.weights.insert(pairKey(source, target), text.toDouble());
                else if (dataKey == u"label" && !node.isEmpty())
                    g.labels.insert(node, text);
            }
        }
    }
    if (r.hasError())
        qWarning() << "GraphML:" << r.errorString();
    return g;
}

ParsedGraph parseGexf(const QByteArray &xml, QString *namespaceUri)
{
    ParsedGraph g;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.name() == u"gexf")
            *namespaceUri = r.namespaceUri().toString();
        if (r.name() == u"node") {
            const QString id = r.attributes().value(QStringLiteral("id")).toString();
            g.nodes.insert(id);
            g.labels.insert(id, r.attributes().value(QStringLiteral("label")).toString());
        } else if (r.name() == u"edge") {
            g.weights.insert(pairKey(r.attributes().value(QStringLiteral("source")).toString(),
                                     r.attributes().value(QStringLiteral("target")).toString()),
                             r.attributes().value(QStringLiteral("weight")).toDouble());
        }
    }
    if (r.hasError())
        qWarning() << "GEXF:" << r.errorString();
    return g;
}

ParsedGraph parseVosviewer(const QByteArray &json)
{
    ParsedGraph g;
    const QJsonObject network = QJsonDocument::fromJson(json).object().value(QStringLiteral("network")).toObject();
    QHash<int, QString> byNumber;
    for (const QJsonValue &v : network.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        const QString id = item.value(QStringLiteral("url")).toString().section(u'/', -1);
        byNumber.insert(item.value(QStringLiteral("id")).toInt(), id);
        g.nodes.insert(id);
        g.labels.insert(id, item.value(QStringLiteral("label")).toString());
    }
    for (const QJsonValue &v : network.value(QStringLiteral("links")).toArray()) {
        const QJsonObject link = v.toObject();
        g.weights.insert(pairKey(byNumber.value(link.value(QStringLiteral("source_id")).toInt()),
                                 byNumber.value(link.value(QStringLiteral("target_id")).toInt())),
                         link.value(QStringLiteral("strength")).toDouble());
    }
    return g;
}

// A work JSON in OpenAlex's shape with the given authors.
QByteArray workJson(const QString &id, int year, const QStringList &authorIds)
{
    QJsonArray authorships;
    for (const QString &a : authorIds)
        authorships << QJsonObject{{QStringLiteral("author_position"), QStringLiteral("middle")},
                                   {QStringLiteral("author"),
                                    QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("https://openalex.org/") + a)},
                                                {QStringLiteral("display_name"), QString(QStringLiteral("Author ") + a)}}},
                                   {QStringLiteral("institutions"), QJsonArray()}};
    const QJsonObject work{{QStringLiteral("id"), QString(QStringLiteral("https://openalex.org/") + id)},
                           {QStringLiteral("title"), QString(QStringLiteral("Synthetic ") + id)},
                           {QStringLiteral("display_name"), QString(QStringLiteral("Synthetic ") + id)},
                           {QStringLiteral("publication_year"), year},
                           {QStringLiteral("type"), QStringLiteral("article")},
                           {QStringLiteral("authorships"), authorships}};
    return QJsonDocument(work).toJson();
}

} // namespace

class TestCoauthorGraph : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void demo_graphml_hasEighteenNodesAndSharedWorkWeights();
    void demo_everyPair_matchesFixtureRecount();
    void demo_gexfAndVosviewer_carrySameNodesAndWeights();
    void demo_dot_listsEveryNodeAndEdge();
    void edge_listsSharedWorksAndLastYear();
    void excludedWorks_areLeftOut();
    void identityExclusion_removesAuthorFromWork();
    void yearLimit_showsNetworkAsOfThatYear();
    void fractionalCounting_usesNewmanWeights();
    void hugePaper_addsNoNodesAndNoFullWeight();
    void twoHops_addsCoauthorsOfCoauthors();
    void leiden_findsCommunitiesDeterministically();
    void unknownAuthor_givesEmptyGraph();
    void formatNames_roundTrip();

private:
    CoauthorGraph build(Counting counting = Counting::Full, int hops = 1) const;
    void importWork(const QByteArray &json);

    QTemporaryDir *m_dir = nullptr;
    Cache *m_cache = nullptr;
};

void TestCoauthorGraph::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_cache = new Cache;
    QCOMPARE(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite"))), Cache::OpenStatus::Ok);
    QVERIFY(Importer(*m_cache).importDemo().ok());
}

void TestCoauthorGraph::cleanup()
{
    delete m_cache;
    m_cache = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

CoauthorGraph TestCoauthorGraph::build(Counting counting, int hops) const
{
    GraphOptions o;
    o.centerId = kMearman;
    o.counting = counting;
    o.hops = hops;
    return CoauthorGraph::build(*m_cache, o);
}

void TestCoauthorGraph::importWork(const QByteArray &json)
{
    ImportReport report;
    QVERIFY(Importer(*m_cache).importDocument(json, QStringLiteral("synthetic"), &report));
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
}

void TestCoauthorGraph::demo_graphml_hasEighteenNodesAndSharedWorkWeights()
{
    const CoauthorGraph graph = build();
    const ParsedGraph g = parseGraphML(GraphExport::toGraphML(graph));
    QCOMPARE(g.nodes.size(), 18);
    QVERIFY(g.nodes.contains(kMearman));
    QCOMPARE(g.labels.value(kRoberts), QStringLiteral("Jonathan C. Roberts"));
    QCOMPARE(g.labels.value(kRitsos), QStringLiteral("Panagiotis D. Ritsos"));
    QCOMPARE(g.weights.value(pairKey(kMearman, kRoberts)), 8.0);
    QCOMPARE(g.weights.value(pairKey(kMearman, kRitsos)), 8.0);
    QCOMPARE(g.weights.value(pairKey(kRoberts, kRitsos)), 8.0);
    QCOMPARE(g.weights.value(pairKey(kMearman, kButcher)), 3.0);
    QCOMPARE(graph.nodes().first().id, kMearman);
    QCOMPARE(graph.nodes().first().hop, 0);
}

void TestCoauthorGraph::demo_everyPair_matchesFixtureRecount()
{
    const Expected x = expectedFromFixtures();
    const ParsedGraph g = parseGraphML(GraphExport::toGraphML(build()));
    QCOMPARE(g.nodes, x.nodes);
    QCOMPARE(g.weights.size(), x.shared.size());
    for (auto it = x.shared.cbegin(); it != x.shared.cend(); ++it)
        QVERIFY2(g.weights.value(it.key()) == it.value(), qPrintable(it.key()));
}

void TestCoauthorGraph::demo_gexfAndVosviewer_carrySameNodesAndWeights()
{
    const CoauthorGraph graph = build();
    const ParsedGraph graphml = parseGraphML(GraphExport::toGraphML(graph));
    QString ns;
    const ParsedGraph gexf = parseGexf(GraphExport::toGexf(graph), &ns);
    QCOMPARE(ns, QStringLiteral("http://www.gexf.net/1.2draft"));
    const ParsedGraph vos = parseVosviewer(GraphExport::toVosviewerJson(graph));
    QCOMPARE(gexf.nodes, graphml.nodes);
    QCOMPARE(vos.nodes, graphml.nodes);
    QCOMPARE(gexf.weights, graphml.weights);
    QCOMPARE(vos.weights, graphml.weights);
    QCOMPARE(gexf.labels, graphml.labels);
    QCOMPARE(vos.labels, graphml.labels);
}

void TestCoauthorGraph::demo_dot_listsEveryNodeAndEdge()
{
    const CoauthorGraph graph = build();
    const QString dot = QString::fromUtf8(GraphExport::toDot(graph));
    QVERIFY(dot.startsWith(QStringLiteral("graph coauthors {")));
    QCOMPARE(dot.count(QStringLiteral(" -- ")), graph.edgeCount());
    QVERIFY(dot.contains(QStringLiteral("\"A5017898742\" -- \"A5009341822\" [weight=8")));
    QVERIFY(dot.contains(QStringLiteral("label=\"Jonathan C. Roberts\"")));
}

void TestCoauthorGraph::edge_listsSharedWorksAndLastYear()
{
    const CoauthorGraph graph = build();
    const QStringList butcher = graph.sharedWorkIds(kButcher, kMearman);
    QCOMPARE(butcher, (QStringList{QStringLiteral("W2978758657"), QStringLiteral("W3187234764"),
                                   QStringLiteral("W3188841554")}));
    const GraphEdge &e = graph.edges().at(graph.edgeIndex(kMearman, kButcher));
    QCOMPARE(e.firstYear, 2019);
    QCOMPARE(e.lastYear, 2021);
    QVERIFY(graph.sharedWorkIds(kMearman, QStringLiteral("A0")).isEmpty());
}

void TestCoauthorGraph::excludedWorks_areLeftOut()
{
    const QSet<QString> excluded{QStringLiteral("W2250748100"), QStringLiteral("W2782160524")};
    GraphOptions o;
    o.centerId = kMearman;
    o.excludedWorkIds = excluded;
    const CoauthorGraph graph = CoauthorGraph::build(*m_cache, o);
    const Expected x = expectedFromFixtures(excluded);
    QVERIFY(x.nodes.size() < 18);
    const ParsedGraph g = parseGraphML(GraphExport::toGraphML(graph));
    QCOMPARE(g.nodes, x.nodes);
    QCOMPARE(g.weights.value(pairKey(kMearman, kRoberts)), 6.0);
    for (const GraphEdge &e : graph.edges())
        for (const SharedWork &w : e.works)
            QVERIFY(!excluded.contains(w.id));
}

void TestCoauthorGraph::identityExclusion_removesAuthorFromWork()
{
    // The user said W2241997964 is not Mearman's: its co-authors who share
    // nothing else with him leave his network.
    QSqlQuery info(CacheInspector::database(*m_cache));
    QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(identity_overrides)")));
    bool hasBatch = false;
    while (info.next())
        hasBatch = hasBatch || info.value(1).toString() == u"batch";
    QSqlQuery q(CacheInspector::database(*m_cache));
    QVERIFY(q.prepare(hasBatch ? QStringLiteral("INSERT INTO identity_overrides (kind, person_id, work_id, reason, "
                                                "created_at, batch) VALUES (?, ?, ?, ?, ?, 1)")
                               : QStringLiteral("INSERT INTO identity_overrides (kind, person_id, work_id, reason, "
                                                "created_at) VALUES (?, ?, ?, ?, ?)")));
    q.addBindValue(QStringLiteral("exclude"));
    q.addBindValue(kMearman);
    q.addBindValue(QStringLiteral("W2241997964"));
    q.addBindValue(QStringLiteral("test"));
    q.addBindValue(Cache::nowUtc());
    QVERIFY2(q.exec(), qPrintable(q.lastQuery()));
    const CoauthorGraph graph = build();
    const Expected x = expectedFromFixtures({QStringLiteral("W2241997964")});
    QCOMPARE(graph.nodeCount(), int(x.nodes.size()));
    QCOMPARE(graph.indexOf(QStringLiteral("A5032230089")), -1);

    GraphOptions raw;
    raw.centerId = kMearman;
    raw.honourOverrides = false;
    QCOMPARE(CoauthorGraph::build(*m_cache, raw).nodeCount(), 18);
}

void TestCoauthorGraph::yearLimit_showsNetworkAsOfThatYear()
{
    GraphOptions o;
    o.centerId = kMearman;
    o.yearLimit = 2015;
    const CoauthorGraph graph = CoauthorGraph::build(*m_cache, o);
    const Expected x = expectedFromFixtures({}, 2015);
    const ParsedGraph g = parseGraphML(GraphExport::toGraphML(graph));
    QCOMPARE(g.nodes, x.nodes);
    QCOMPARE(g.weights.value(pairKey(kMearman, kRoberts)), double(x.shared.value(pairKey(kMearman, kRoberts))));
    QCOMPARE(graph.indexOf(kButcher), -1); // first worked together in 2019
    // The full graph answers the same per edge.
    const CoauthorGraph full = build();
    const GraphEdge &e = full.edges().at(full.edgeIndex(kMearman, kRoberts));
    QCOMPARE(e.weightAsOf(Counting::Full, 2015), double(x.shared.value(pairKey(kMearman, kRoberts))));
}

void TestCoauthorGraph::fractionalCounting_usesNewmanWeights()
{
    const CoauthorGraph graph = build(Counting::Fractional);
    // Mearman and Butcher: three papers with 4, 5 and 5 authors.
    const int e = graph.edgeIndex(kMearman, kButcher);
    QVERIFY(e >= 0);
    QVERIFY(qFuzzyCompare(graph.weight(e), 1.0 / 3 + 1.0 / 4 + 1.0 / 4));
    QCOMPARE(graph.edges().at(e).sharedWorks, 3);
    const ParsedGraph g = parseGraphML(GraphExport::toGraphML(graph));
    QVERIFY(qAbs(g.weights.value(pairKey(kMearman, kButcher)) - 5.0 / 6) < 1e-9);
}

void TestCoauthorGraph::hugePaper_addsNoNodesAndNoFullWeight()
{
    QStringList authors{kMearman, kRoberts};
    for (int i = 0; i < 148; ++i)
        authors << QStringLiteral("A99%1").arg(i, 6, 10, QChar(u'0'));
    importWork(workJson(QStringLiteral("W9000000001"), 2022, authors));

    const CoauthorGraph full = build(Counting::Full);
    QCOMPARE(full.nodeCount(), 18);
    QCOMPARE(full.hugePaperCount(), 1);
    const int e = full.edgeIndex(kMearman, kRoberts);
    QCOMPARE(full.weight(e), 8.0);
    QVERIFY(full.sharedWorkIds(kMearman, kRoberts).contains(QStringLiteral("W9000000001")));
    QVERIFY(full.hugePaperRule().contains(QStringLiteral("100")));

    const CoauthorGraph fractional = build(Counting::Fractional);
    QCOMPARE(fractional.nodeCount(), 18);
    const int f = fractional.edgeIndex(kMearman, kRoberts);
    const CoauthorGraph before = [&] {
        GraphOptions o;
        o.centerId = kMearman;
        o.counting = Counting::Fractional;
        o.excludedWorkIds = {QStringLiteral("W9000000001")};
        return CoauthorGraph::build(*m_cache, o);
    }();
    const double withoutHuge = before.weight(before.edgeIndex(kMearman, kRoberts));
    QVERIFY(qAbs(fractional.weight(f) - (withoutHuge + 1.0 / 149)) < 1e-9);

    // A lower threshold turns an ordinary paper into a huge one.
    GraphOptions o;
    o.centerId = kMearman;
    o.hugePaperThreshold = 10;
    const CoauthorGraph strict = CoauthorGraph::build(*m_cache, o);
    QCOMPARE(strict.weight(strict.edgeIndex(kMearman, kRoberts)), 6.0); // the two 11-author papers no longer count
    QVERIFY(strict.nodeCount() < 18);
}

void TestCoauthorGraph::twoHops_addsCoauthorsOfCoauthors()
{
    const QString stranger = QStringLiteral("A9900000777");
    importWork(workJson(QStringLiteral("W9000000002"), 2023, {kRoberts, stranger}));
    const CoauthorGraph one = build(Counting::Full, 1);
    QCOMPARE(one.nodeCount(), 18);
    QCOMPARE(one.indexOf(stranger), -1);
    const CoauthorGraph two = build(Counting::Full, 2);
    QCOMPARE(two.nodeCount(), 19);
    const int s = two.indexOf(stranger);
    QVERIFY(s >= 0);
    QCOMPARE(two.nodes().at(s).hop, 2);
    QCOMPARE(two.sharedWorkIds(kRoberts, stranger), QStringList{QStringLiteral("W9000000002")});

    // Expanding Roberts in the one-hop graph brings the stranger in as well.
    CoauthorGraph expanded = one;
    GraphOptions o;
    o.centerId = kRoberts;
    expanded.merge(CoauthorGraph::build(*m_cache, o));
    QCOMPARE(expanded.nodeCount(), 19);
    QCOMPARE(expanded.nodes().at(expanded.indexOf(stranger)).hop, 2);
    QCOMPARE(expanded.weight(expanded.edgeIndex(kMearman, kRoberts)), 8.0);
}

void TestCoauthorGraph::leiden_findsCommunitiesDeterministically()
{
    CoauthorGraph graph = build();
    const CommunityResult a = Communities::detect(graph, 1.0, 7);
    const CommunityResult b = Communities::detect(graph, 1.0, 7);
    QVERIFY(a.ok);
    QVERIFY(a.count >= 1);
    QCOMPARE(a.membership.size(), 18);
    QCOMPARE(a.membership, b.membership);
    QVERIFY(a.modularity >= 0);
    graph.setCommunities(a.membership);
    QCOMPARE(graph.communityCount(), a.count);
    // A much higher resolution splits at least as finely.
    const CommunityResult fine = Communities::detect(graph, 5.0, 7);
    QVERIFY(fine.count >= a.count);
}

void TestCoauthorGraph::unknownAuthor_givesEmptyGraph()
{
    GraphOptions o;
    o.centerId = QStringLiteral("A1234567890");
    const CoauthorGraph graph = CoauthorGraph::build(*m_cache, o);
    QVERIFY(graph.isEmpty());
    QVERIFY(!Communities::detect(graph).ok);
}

void TestCoauthorGraph::formatNames_roundTrip()
{
    for (const QString &name : GraphExport::formatNames()) {
        GraphExport::Format f;
        QVERIFY(GraphExport::formatFromName(name, &f));
    }
    GraphExport::Format f;
    QVERIFY(!GraphExport::formatFromName(QStringLiteral("pajek"), &f));
}

QTEST_GUILESS_MAIN(TestCoauthorGraph)
#include "tst_coauthorgraph.moc"
