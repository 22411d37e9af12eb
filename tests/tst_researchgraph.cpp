// The research graph's context map, shortest path and link evidence, on the
// demo author in a real cache. Every expected count is read here with plain
// SQL or from the raw JSON the cache was filled from, never from the code
// under test.

#include "cacheinspector.h"
#include "testsupport.h"

#include "cache/cache.h"
#include "cache/importer.h"
#include "cache/schema.h"
#include "graph/researchgraph.h"
#include "identity/identity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace peerscope;

namespace {

const QString kMearman = QStringLiteral("A5017898742");
const QString kBangor = QStringLiteral("I161548249");
// A department of Bangor inside a college of it: the department's lineage
// lists Bangor first and the college last (OpenAlex sorts by ID), so "the
// last one" would be the college; the top is Bangor, whose own lineage is
// only itself.
const QString kDepartment = QStringLiteral("I900000003");
const QString kCollege = QStringLiteral("I900000009");
const QString kDepartmentWork = QStringLiteral("W9900000001");

QString oa(const QString &id) { return QStringLiteral("https://openalex.org/") + id; }

QByteArray departmentWork()
{
    auto institution = [](const QString &id, const QString &name, const QStringList &lineage) {
        QJsonArray l;
        for (const QString &i : lineage)
            l << oa(i);
        return QJsonObject{{QStringLiteral("id"), oa(id)}, {QStringLiteral("display_name"), name},
                           {QStringLiteral("country_code"), QStringLiteral("GB")}, {QStringLiteral("lineage"), l}};
    };
    auto authorship = [](const QString &id, const QString &name, const QJsonObject &inst) {
        return QJsonObject{{QStringLiteral("author"), QJsonObject{{QStringLiteral("id"), oa(id)}, {QStringLiteral("display_name"), name}}},
                           {QStringLiteral("institutions"), QJsonArray{inst}}};
    };
    const QJsonObject work{
        {QStringLiteral("id"), oa(kDepartmentWork)},
        {QStringLiteral("title"), QStringLiteral("A paper from a department")},
        {QStringLiteral("publication_year"), 2021},
        {QStringLiteral("cited_by_count"), 2},
        {QStringLiteral("authorships"),
         QJsonArray{authorship(kMearman, QStringLiteral("Joseph Mearman"),
                               institution(kDepartment, QStringLiteral("School of Computer Science"), {kBangor, kDepartment, kCollege})),
                    authorship(QStringLiteral("A9900000001"), QStringLiteral("Pat Parent"),
                               institution(kCollege, QStringLiteral("College of Science"), {kBangor, kCollege}))}}};
    return QJsonDocument(work).toJson(QJsonDocument::Compact);
}

QStringList column(const Cache &cache, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(CacheInspector::database(cache));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QStringList out;
    if (!q.exec())
        return {QStringLiteral("ERROR ") + sql};
    while (q.next())
        out << q.value(0).toString();
    return out;
}

int scalar(const Cache &cache, const QString &sql, const QVariantList &values = {})
{
    const QStringList rows = column(cache, sql, values);
    return rows.isEmpty() ? -1 : rows.constFirst().toInt();
}

QString bareId(const QString &url)
{
    return url.section(u'/', -1).toUpper();
}

// The roll-up, computed independently from the raw JSON: every lineage any
// work or institution record states; an institution's top is, of the others
// in its lineage, the one whose own lineage is shortest (unknown: counts as
// a root), known before unknown, then the last listed.
struct Lineages {
    QHash<QString, QStringList> of;

    void read(const Cache &cache)
    {
        for (const QString &raw : column(cache, QStringLiteral("SELECT raw_json FROM works"))) {
            const QJsonObject w = QJsonDocument::fromJson(raw.toUtf8()).object();
            for (const QJsonValue &a : w.value(QStringLiteral("authorships")).toArray())
                for (const QJsonValue &i : a[QStringLiteral("institutions")].toArray())
                    note(i.toObject());
        }
        for (const QString &raw : column(cache, QStringLiteral("SELECT raw_json FROM institutions WHERE raw_json IS NOT NULL")))
            note(QJsonDocument::fromJson(raw.toUtf8()).object());
    }
    void note(const QJsonObject &i)
    {
        QStringList l;
        for (const QJsonValue &v : i.value(QStringLiteral("lineage")).toArray())
            l << bareId(v.toString());
        if (!l.isEmpty())
            of.insert(bareId(i.value(QStringLiteral("id")).toString()), l);
    }
    QString top(const QString &id) const
    {
        QString best;
        int bestLength = 0, bestKnown = 0, bestPosition = -1;
        const QStringList l = of.value(id);
        for (int p = 0; p < l.size(); ++p) {
            if (l.at(p) == id)
                continue;
            const bool known = of.contains(l.at(p));
            const int length = known ? int(of.value(l.at(p)).size()) : 1;
            const bool better = best.isEmpty() || length < bestLength || (length == bestLength && known && !bestKnown)
                                || (length == bestLength && known == bool(bestKnown) && p > bestPosition);
            if (better) {
                best = l.at(p);
                bestLength = length;
                bestKnown = known;
                bestPosition = p;
            }
        }
        return best.isEmpty() ? id : best;
    }
};

QHash<NodeType, int> countByType(const TypedGraph &g)
{
    QHash<NodeType, int> out;
    for (const TypedNode &n : g.nodes())
        ++out[n.type];
    return out;
}

QHash<QString, int> edgesByRelation(const TypedGraph &g)
{
    QHash<QString, int> out;
    for (const TypedEdge &e : g.edges())
        ++out[e.attributes.value(QStringLiteral("relation")).toString()];
    return out;
}

} // namespace

class TestResearchGraph : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void context_demo_nodesAndEdgesMatchTheCache();
    void context_caps_keepTheMostFrequent_andCountTheRest();
    void context_institutions_rollUpThroughLineage();
    void context_exclusion_dropsTheWork();
    void context_merge_makesOnePerson();
    void context_isDeterministic_andOrderedByWeight();
    void context_unknownPerson_isEmpty();
    void context_failedRead_isAnError();
    void shortestPath_handMade();
    void shortestPath_demo_researcherWorkTopic();
    void evidence_contextLink_isItsWork();
    void evidence_citationLink_isCitingThenCited();
    void migrationFromVersion4_derivesLineageFromRawJson();

private:
    TypedGraph context(const QString &person = kMearman, int cap = 0, ContextSummary *summary = nullptr) const;
    QString worksOf(const QString &person) const;

    QTemporaryDir *m_dir = nullptr;
    Cache *m_cache = nullptr;
};

void TestResearchGraph::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_cache = new Cache;
    QCOMPARE(m_cache->open(m_dir->filePath(QStringLiteral("cache.sqlite"))), Cache::OpenStatus::Ok);
    QVERIFY(Importer(*m_cache).importDemo().ok());
}

void TestResearchGraph::cleanup()
{
    delete m_cache;
    m_cache = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

TypedGraph TestResearchGraph::context(const QString &person, int cap, ContextSummary *summary) const
{
    ContextOptions options;
    options.personId = person;
    options.maxCoauthors = options.maxInstitutions = options.maxTopics = options.maxSources = cap;
    const Read<TypedGraph> g = ResearchGraph::context(*m_cache, options, summary);
    if (!g) {
        qWarning("context failed: %s", qPrintable(g.error()));
        return {};
    }
    return *g;
}

// The person's works as a subquery, read from the base table (no corrections in these tests' cache unless made).
QString TestResearchGraph::worksOf(const QString &person) const
{
    return QStringLiteral("(SELECT work_id FROM authorships WHERE author_id = '%1')").arg(person);
}

void TestResearchGraph::context_demo_nodesAndEdgesMatchTheCache()
{
    ContextSummary summary;
    const TypedGraph g = context(kMearman, 0, &summary);
    QVERIFY(!g.isEmpty());
    QCOMPARE(g.name(), QStringLiteral("context"));
    QCOMPARE(g.nodes().constFirst().id, kMearman);
    QCOMPARE(g.nodes().constFirst().status, QStringLiteral("own"));

    const QString works = worksOf(kMearman);
    const int workCount = scalar(*m_cache, QStringLiteral("SELECT COUNT(DISTINCT work_id) FROM authorships WHERE author_id = ?"), {kMearman});
    const int coauthors = scalar(*m_cache, QStringLiteral("SELECT COUNT(DISTINCT author_id) FROM authorships WHERE work_id IN %1 "
                                                          "AND author_id NOT IN ('', ?)").arg(works), {kMearman});
    const int topics = scalar(*m_cache, QStringLiteral("SELECT COUNT(DISTINCT topic_id) FROM work_topics WHERE work_id IN %1").arg(works));
    const int sources = scalar(*m_cache, QStringLiteral("SELECT COUNT(DISTINCT source_id) FROM works WHERE id IN %1 "
                                                        "AND COALESCE(source_id, '') <> ''").arg(works));
    Lineages lineages;
    lineages.read(*m_cache);
    QSet<QString> tops;
    QSet<QString> affiliations;
    const QStringList pairs = column(*m_cache, QStringLiteral("SELECT DISTINCT work_id || ' ' || institution_id FROM authorship_institutions "
                                                              "WHERE work_id IN %1").arg(works));
    for (const QString &pair : pairs) {
        const QString top = lineages.top(pair.section(u' ', 1));
        tops.insert(top);
        affiliations.insert(pair.section(u' ', 0, 0) + u' ' + top);
    }
    QVERIFY2(workCount >= 5 && coauthors >= 10 && topics >= 3 && sources >= 2 && tops.size() >= 2,
             "the demo data should hold works, co-authors, topics, sources and institutions");

    const QHash<NodeType, int> byType = countByType(g);
    QCOMPARE(byType.value(NodeType::Work), workCount);
    QCOMPARE(byType.value(NodeType::Person), 1 + coauthors);
    QCOMPARE(byType.value(NodeType::Topic), topics);
    QCOMPARE(byType.value(NodeType::Source), sources);
    QCOMPARE(byType.value(NodeType::Institution), int(tops.size()));
    for (const QString &top : std::as_const(tops))
        QCOMPARE(g.nodes().at(g.indexOf(top)).type, NodeType::Institution);

    const QHash<QString, int> edges = edgesByRelation(g);
    QCOMPARE(edges.value(QStringLiteral("authored")), workCount);
    QCOMPARE(edges.value(QStringLiteral("co-authored")),
             scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT work_id, author_id FROM authorships "
                                             "WHERE work_id IN %1 AND author_id NOT IN ('', ?))").arg(works), {kMearman}));
    QCOMPARE(edges.value(QStringLiteral("topic")),
             scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT work_id, topic_id FROM work_topics "
                                             "WHERE work_id IN %1)").arg(works)));
    QCOMPARE(edges.value(QStringLiteral("published in")),
             scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM works WHERE id IN %1 AND COALESCE(source_id, '') <> ''").arg(works)));
    QCOMPARE(edges.value(QStringLiteral("affiliated")), int(affiliations.size()));
    QCOMPARE(g.edgeCount(), edges.value(QStringLiteral("authored")) + edges.value(QStringLiteral("co-authored"))
                                + edges.value(QStringLiteral("topic")) + edges.value(QStringLiteral("published in"))
                                + edges.value(QStringLiteral("affiliated")));

    // Weights: works behind each node; a co-author's shared works.
    const QString someCoauthor = QStringLiteral("A5009341822");
    const int shared = scalar(*m_cache, QStringLiteral("SELECT COUNT(DISTINCT work_id) FROM authorships WHERE author_id = ? AND work_id IN %1")
                                            .arg(works), {someCoauthor});
    const TypedNode &c = g.nodes().at(g.indexOf(someCoauthor));
    QCOMPARE(int(c.weight), shared);
    QCOMPARE(c.attributes.value(QStringLiteral("shared_works")).toInt(), shared);
    const QString topic = column(*m_cache, QStringLiteral("SELECT topic_id FROM work_topics WHERE work_id IN %1 "
                                                          "GROUP BY topic_id ORDER BY COUNT(*) DESC, topic_id LIMIT 1").arg(works)).value(0);
    const TypedNode &t = g.nodes().at(g.indexOf(topic));
    QCOMPARE(int(t.weight), scalar(*m_cache, QStringLiteral("SELECT COUNT(DISTINCT work_id) FROM work_topics WHERE topic_id = ? AND work_id IN %1")
                                                 .arg(works), {topic}));
    QCOMPARE(t.attributes.value(QStringLiteral("field")).toString(),
             column(*m_cache, QStringLiteral("SELECT field FROM topics WHERE id = ?"), {topic}).value(0));
    QVERIFY(!t.attributes.value(QStringLiteral("domain")).toString().isEmpty());

    QCOMPARE(summary.works, workCount);
    QCOMPARE(summary.coauthors, coauthors);
    QCOMPARE(summary.coauthorsDrawn, coauthors);
    QCOMPARE(summary.topics, topics);
    QCOMPARE(summary.sources, sources);
    QCOMPARE(summary.institutions, int(tops.size()));
}

void TestResearchGraph::context_caps_keepTheMostFrequent_andCountTheRest()
{
    ContextSummary all;
    const TypedGraph full = context(kMearman, 0, &all);
    QVERIFY(all.coauthors > 3 && all.topics > 2 && all.sources > 1);
    ContextOptions options;
    options.personId = kMearman;
    options.maxCoauthors = 3;
    options.maxTopics = 2;
    options.maxSources = 1;
    options.maxInstitutions = 1;
    ContextSummary summary;
    const Read<TypedGraph> capped = ResearchGraph::context(*m_cache, options, &summary);
    QVERIFY(capped.ok());
    const QHash<NodeType, int> byType = countByType(*capped);
    QCOMPARE(byType.value(NodeType::Person), 1 + 3);
    QCOMPARE(byType.value(NodeType::Topic), 2);
    QCOMPARE(byType.value(NodeType::Source), 1);
    QCOMPARE(byType.value(NodeType::Institution), 1);
    QCOMPARE(byType.value(NodeType::Work), all.works);
    QCOMPARE(summary.coauthors, all.coauthors);
    QCOMPARE(summary.coauthorsDrawn, 3);
    QCOMPARE(summary.topics, all.topics);
    QCOMPARE(summary.topicsDrawn, 2);
    QCOMPARE(summary.sourcesDrawn, 1);
    QCOMPARE(summary.institutionsDrawn, 1);

    // What was drawn weighs at least as much as anything left out.
    for (const NodeType type : {NodeType::Person, NodeType::Topic, NodeType::Source, NodeType::Institution}) {
        double lightestDrawn = 1e9, heaviestLeft = 0;
        for (int i = 1; i < full.nodeCount(); ++i) {
            const TypedNode &n = full.nodes().at(i);
            if (n.type != type)
                continue;
            if (capped->indexOf(n.id) >= 0)
                lightestDrawn = std::min(lightestDrawn, n.weight);
            else
                heaviestLeft = std::max(heaviestLeft, n.weight);
        }
        QVERIFY2(lightestDrawn >= heaviestLeft, qPrintable(nodeTypeName(type)));
    }
    // Every link ends at a drawn node.
    for (const TypedEdge &e : capped->edges())
        QVERIFY(e.source >= 0 && e.target >= 0 && e.source < capped->nodeCount() && e.target < capped->nodeCount());
}

void TestResearchGraph::context_institutions_rollUpThroughLineage()
{
    const TypedGraph before = context();
    const int bangorBefore = int(before.nodes().at(before.indexOf(kBangor)).weight);
    ImportReport report;
    QVERIFY(Importer(*m_cache).importDocument(departmentWork(), QStringLiteral("synthetic"), &report));
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(column(*m_cache, QStringLiteral("SELECT lineage FROM institutions WHERE id = ?"), {kDepartment}).value(0),
             QStringLiteral("[\"I161548249\",\"I900000003\",\"I900000009\"]"));

    Lineages lineages;
    lineages.read(*m_cache);
    QCOMPARE(lineages.top(kDepartment), kBangor);
    QCOMPARE(lineages.top(kCollege), kBangor);
    const TypedGraph g = context();
    QCOMPARE(g.indexOf(kDepartment), -1);
    QCOMPARE(g.indexOf(kCollege), -1);
    const TypedNode &bangor = g.nodes().at(g.indexOf(kBangor));
    QCOMPARE(int(bangor.weight), bangorBefore + 1);
    QCOMPARE(bangor.label, column(*m_cache, QStringLiteral("SELECT display_name FROM institutions WHERE id = ?"), {kBangor}).value(0));
    QCOMPARE(countByType(g).value(NodeType::Institution), countByType(before).value(NodeType::Institution));
    // The department's work links to Bangor once, for two affiliations.
    int links = 0;
    for (const TypedEdge &e : g.edges())
        links += (g.nodes().at(e.source).id == kDepartmentWork && g.nodes().at(e.target).id == kBangor) ? 1 : 0;
    QCOMPARE(links, 1);

    // A top known only by its ID (no record, no name): labelled with the ID.
    QVERIFY(QSqlQuery(CacheInspector::database(*m_cache))
                .exec(QStringLiteral("UPDATE institutions SET lineage = '[\"I900000003\",\"I900000077\"]' WHERE id = 'I900000003'")));
    const TypedGraph stub = context();
    const int unknownTop = stub.indexOf(QStringLiteral("I900000077"));
    QVERIFY(unknownTop > 0);
    QCOMPARE(stub.nodes().at(unknownTop).label, QStringLiteral("I900000077"));
}

void TestResearchGraph::context_exclusion_dropsTheWork()
{
    const TypedGraph before = context();
    const QString excluded = QStringLiteral("W2612755892");
    QVERIFY(before.indexOf(excluded) > 0);
    identity::Corrections corrections(*m_cache);
    const auto r = corrections.exclude(kMearman, {excluded}, QStringLiteral("not theirs"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const TypedGraph after = context();
    QCOMPARE(after.indexOf(excluded), -1);
    QCOMPARE(countByType(after).value(NodeType::Work), countByType(before).value(NodeType::Work) - 1);
    // The works left, from the view the rest of the program reads.
    QCOMPARE(countByType(after).value(NodeType::Work),
             scalar(*m_cache, QStringLiteral("SELECT COUNT(DISTINCT work_id) FROM effective_authorships WHERE person_id = ?"), {kMearman}));
    // Without corrections the work is there again.
    ContextOptions raw;
    raw.personId = kMearman;
    raw.honourOverrides = false;
    QVERIFY(ResearchGraph::context(*m_cache, raw)->indexOf(excluded) > 0);
}

void TestResearchGraph::context_merge_makesOnePerson()
{
    const QString other = QStringLiteral("A5009341822");
    QVERIFY(context().indexOf(other) > 0);
    identity::Corrections corrections(*m_cache);
    const auto r = corrections.merge(kMearman, {other}, QStringLiteral("same person"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const TypedGraph g = context();
    QCOMPARE(g.indexOf(other), -1);
    const QString both = QStringLiteral("(SELECT work_id FROM authorships WHERE author_id IN ('%1', '%2'))").arg(kMearman, other);
    QCOMPARE(countByType(g).value(NodeType::Work),
             scalar(*m_cache, QStringLiteral("SELECT COUNT(DISTINCT work_id) FROM authorships WHERE author_id IN (?, ?)"), {kMearman, other}));
    QCOMPARE(countByType(g).value(NodeType::Person) - 1,
             scalar(*m_cache, QStringLiteral("SELECT COUNT(DISTINCT author_id) FROM authorships WHERE work_id IN %1 "
                                             "AND author_id NOT IN ('', ?, ?)").arg(both), {kMearman, other}));
}

void TestResearchGraph::context_isDeterministic_andOrderedByWeight()
{
    const TypedGraph a = context();
    const TypedGraph b = context();
    QCOMPARE(a.nodeCount(), b.nodeCount());
    QCOMPARE(a.edgeCount(), b.edgeCount());
    for (int i = 0; i < a.nodeCount(); ++i)
        QCOMPARE(a.nodes().at(i).id, b.nodes().at(i).id);
    for (int i = 0; i < a.edgeCount(); ++i) {
        QCOMPARE(a.edges().at(i).source, b.edges().at(i).source);
        QCOMPARE(a.edges().at(i).target, b.edges().at(i).target);
    }
    // Within a type (after the researcher): heavier first, then by ID.
    for (int i = 2; i < a.nodeCount(); ++i) {
        const TypedNode &p = a.nodes().at(i - 1), &q = a.nodes().at(i);
        if (p.type != q.type)
            continue;
        QVERIFY2(p.weight > q.weight || (p.weight == q.weight && p.id < q.id), qPrintable(p.id + u' ' + q.id));
    }
}

void TestResearchGraph::context_unknownPerson_isEmpty()
{
    ContextSummary summary;
    summary.works = 99;
    const TypedGraph g = context(QStringLiteral("A1111111111"), 0, &summary);
    QVERIFY(g.isEmpty());
    QCOMPARE(summary.works, 0);
}

void TestResearchGraph::context_failedRead_isAnError()
{
    QVERIFY(QSqlQuery(CacheInspector::database(*m_cache)).exec(QStringLiteral("ALTER TABLE work_topics RENAME TO work_topics_hidden")));
    ContextOptions options;
    options.personId = kMearman;
    const Read<TypedGraph> g = ResearchGraph::context(*m_cache, options);
    QVERIFY(!g.ok());
    QVERIFY2(g.error().contains(QLatin1String("work_topics")), qPrintable(g.error()));
}

void TestResearchGraph::shortestPath_handMade()
{
    // 0-1-2-3-4 and the shortcut 0-5-4; 6→0 directed; 7 alone.
    TypedGraph g(QStringLiteral("test"), QString());
    for (int i = 0; i < 8; ++i) {
        TypedNode n;
        n.id = QStringLiteral("N%1").arg(i);
        g.addNode(n);
    }
    auto link = [&](int a, int b, bool directed = false) {
        TypedEdge e;
        e.source = a;
        e.target = b;
        e.directed = directed;
        g.addEdge(e);
    };
    link(0, 1);
    link(1, 2);
    link(2, 3);
    link(3, 4);
    link(0, 5);
    link(5, 4);
    link(6, 0, true);
    QCOMPARE(ResearchGraph::shortestPath(g, 0, 4), (QList<int>{0, 5, 4}));
    QCOMPARE(ResearchGraph::shortestPath(g, 4, 0), (QList<int>{4, 5, 0}));
    QCOMPARE(ResearchGraph::shortestPath(g, 1, 3), (QList<int>{1, 2, 3}));
    // Undirected view: against the arrow too.
    QCOMPARE(ResearchGraph::shortestPath(g, 0, 6), (QList<int>{0, 6}));
    // Two paths of four hops: either, from 3 to 6.
    const QList<int> longer = ResearchGraph::shortestPath(g, 3, 6);
    QCOMPARE(longer.size(), 5);
    QCOMPARE(longer.constFirst(), 3);
    QCOMPARE(longer.constLast(), 6);
    QCOMPARE(ResearchGraph::shortestPath(g, 2, 2), (QList<int>{2}));
    QVERIFY(ResearchGraph::shortestPath(g, 0, 7).isEmpty());
    QVERIFY(ResearchGraph::shortestPath(g, 0, 8).isEmpty());
    QVERIFY(ResearchGraph::shortestPath(g, -1, 2).isEmpty());
    QVERIFY(ResearchGraph::shortestPath(TypedGraph(), 0, 0).isEmpty());
}

void TestResearchGraph::shortestPath_demo_researcherWorkTopic()
{
    const TypedGraph g = context();
    int topic = -1;
    for (int i = 0; i < g.nodeCount() && topic < 0; ++i)
        if (g.nodes().at(i).type == NodeType::Topic)
            topic = i;
    QVERIFY(topic > 0);
    const QList<int> path = ResearchGraph::shortestPath(g, 0, topic);
    QCOMPARE(path.size(), 3);
    QCOMPARE(path.constFirst(), 0);
    QCOMPARE(path.constLast(), topic);
    const TypedNode &work = g.nodes().at(path.at(1));
    QCOMPARE(work.type, NodeType::Work);
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM work_topics WHERE work_id = ? AND topic_id = ?"),
                    {work.id, g.nodes().at(topic).id}), 1);
    // A co-author to a source: co-author, shared work, ..., at most 5 nodes
    // (co-author–work–researcher–work–source), at least 3.
    int source = -1;
    for (int i = 0; i < g.nodeCount() && source < 0; ++i)
        if (g.nodes().at(i).type == NodeType::Source)
            source = i;
    const QList<int> far = ResearchGraph::shortestPath(g, g.indexOf(QStringLiteral("A5009341822")), source);
    QVERIFY(far.size() >= 3 && far.size() <= 5);
}

void TestResearchGraph::evidence_contextLink_isItsWork()
{
    const TypedGraph g = context();
    int coauthored = -1, topic = -1;
    for (int i = 0; i < g.edgeCount(); ++i) {
        const QString relation = g.edges().at(i).attributes.value(QStringLiteral("relation")).toString();
        if (relation == u"co-authored" && coauthored < 0)
            coauthored = i;
        if (relation == u"topic" && topic < 0)
            topic = i;
    }
    QVERIFY(coauthored >= 0 && topic >= 0);
    const TypedEdge &e = g.edges().at(coauthored);
    const QString workId = g.nodes().at(e.source).id;
    const Read<QList<EvidenceItem>> items = ResearchGraph::evidence(*m_cache, g, nullptr, coauthored);
    QVERIFY(items.ok());
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->at(0).workId, workId);
    QCOMPARE(items->at(0).title, column(*m_cache, QStringLiteral("SELECT title FROM works WHERE id = ?"), {workId}).value(0));
    QCOMPARE(items->at(0).year, scalar(*m_cache, QStringLiteral("SELECT publication_year FROM works WHERE id = ?"), {workId}));
    QVERIFY(!items->at(0).role.isEmpty());
    // The author whose link it is really is on that work.
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM authorships WHERE work_id = ? AND author_id = ?"),
                    {workId, g.nodes().at(e.target).id}), 1);

    // An untitled work stands as its ID.
    const QString topicWork = g.nodes().at(g.edges().at(topic).source).id;
    QVERIFY(QSqlQuery(CacheInspector::database(*m_cache)).exec(QStringLiteral("UPDATE works SET title = '' WHERE id = '%1'").arg(topicWork)));
    const Read<QList<EvidenceItem>> untitled = ResearchGraph::evidence(*m_cache, g, nullptr, topic);
    QVERIFY(untitled.ok());
    QCOMPARE(untitled->size(), 1);
    QCOMPARE(untitled->at(0).title, topicWork);
    QVERIFY(ResearchGraph::evidence(*m_cache, g, nullptr, g.edgeCount())->isEmpty());
}

void TestResearchGraph::evidence_citationLink_isCitingThenCited()
{
    const QStringList cached = column(*m_cache, QStringLiteral("SELECT id FROM works WHERE title <> '' ORDER BY id LIMIT 2"));
    QCOMPARE(cached.size(), 2);
    TypedGraph g(QStringLiteral("citations"), QString());
    for (const QString &id : {cached.at(0), cached.at(1), QStringLiteral("W1")}) {
        TypedNode n;
        n.id = id;
        g.addNode(n);
    }
    TypedEdge cites;
    cites.source = 1;
    cites.target = 0;
    cites.directed = true;
    g.addEdge(cites);
    TypedEdge toUnknown;
    toUnknown.source = 0;
    toUnknown.target = 2;
    toUnknown.directed = true;
    g.addEdge(toUnknown);

    const Read<QList<EvidenceItem>> items = ResearchGraph::evidence(*m_cache, g, nullptr, 0);
    QVERIFY(items.ok());
    QCOMPARE(items->size(), 2);
    QCOMPARE(items->at(0).workId, cached.at(1));
    QCOMPARE(items->at(1).workId, cached.at(0));
    QCOMPARE(items->at(0).title, column(*m_cache, QStringLiteral("SELECT title FROM works WHERE id = ?"), {cached.at(1)}).value(0));
    QVERIFY(items->at(0).role != items->at(1).role);
    const Read<QList<EvidenceItem>> unknown = ResearchGraph::evidence(*m_cache, g, nullptr, 1);
    QVERIFY(unknown.ok());
    QCOMPARE(unknown->at(1).workId, QStringLiteral("W1"));
    QCOMPARE(unknown->at(1).title, QStringLiteral("W1"));
}

void TestResearchGraph::migrationFromVersion4_derivesLineageFromRawJson()
{
    ImportReport report;
    QVERIFY(Importer(*m_cache).importDocument(departmentWork(), QStringLiteral("synthetic"), &report));
    QVERIFY(report.ok());
    const TypedGraph before = context();
    const QString file = m_cache->path();
    delete m_cache;
    m_cache = nullptr;
    {
        Cache cache;
        QCOMPARE(cache.open(file), Cache::OpenStatus::Ok);
        QSqlQuery q(CacheInspector::database(cache));
        const QStringList back{QStringLiteral("ALTER TABLE institutions DROP COLUMN lineage"),
                               // A work whose JSON does not parse must not stop the upgrade.
                               QStringLiteral("UPDATE works SET raw_json = '{\"lineage\": [broken' WHERE id = 'W2612755892'"),
                               QStringLiteral("PRAGMA user_version=4")};
        for (const QString &sql : test::backToVersion7(false) + back)
            QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
    }
    m_cache = new Cache;
    QCOMPARE(m_cache->open(file), Cache::OpenStatus::Ok);
    QCOMPARE(m_cache->schemaVersion(), schema::latestVersion());

    // Expected: every lineage the raw JSON states, read here.
    Lineages lineages;
    lineages.read(*m_cache);
    QVERIFY(lineages.of.contains(kDepartment) && lineages.of.contains(kBangor));
    int checked = 0;
    QSqlQuery q(CacheInspector::database(*m_cache));
    QVERIFY(q.exec(QStringLiteral("SELECT id, lineage FROM institutions")));
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (!lineages.of.contains(id)) {
            QVERIFY2(q.value(1).isNull(), qPrintable(id));
            continue;
        }
        QStringList stored;
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(1).toByteArray()).array())
            stored << v.toString();
        QCOMPARE(stored, lineages.of.value(id));
        ++checked;
    }
    QVERIFY(checked >= 3);
    const TypedGraph after = context();
    QCOMPARE(after.nodeCount(), before.nodeCount());
    QCOMPARE(after.indexOf(kDepartment), -1);
    QCOMPARE(after.nodes().at(after.indexOf(kBangor)).weight, before.nodes().at(before.indexOf(kBangor)).weight);
}

QTEST_GUILESS_MAIN(TestResearchGraph)
#include "tst_researchgraph.moc"
