#include "graph/citationgraph.h"

#include "citations/citationnetwork.h"
#include "core/displaytext.h"
#include "graph/communities.h"

#include <QCoreApplication>
#include <QMap>
#include <limits>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace peerscope {

QString nodeTypeName(NodeType type)
{
    switch (type) {
    case NodeType::Work: return QStringLiteral("work");
    case NodeType::Person: return QStringLiteral("person");
    case NodeType::Institution: return QStringLiteral("institution");
    case NodeType::Topic: return QStringLiteral("topic");
    case NodeType::Source: return QStringLiteral("source");
    }
    return {};
}

TypedGraph::TypedGraph(QString name, QString description)
    : m_name(std::move(name)), m_description(std::move(description))
{
}

TypedGraph TypedGraph::emptyCopy() const
{
    TypedGraph out(m_name, m_description);
    out.m_terms = m_terms;
    out.m_nodeAttributes = m_nodeAttributes;
    out.m_edgeAttributes = m_edgeAttributes;
    return out;
}

int TypedGraph::addNode(const TypedNode &node)
{
    m_drawn.reset();
    const int existing = indexOf(node.id);
    if (existing >= 0)
        return existing;
    m_index.insert(node.id, int(m_nodes.size()));
    m_nodes << node;
    return int(m_nodes.size()) - 1;
}

int TypedGraph::addEdge(const TypedEdge &edge)
{
    m_drawn.reset();
    if (edge.source < 0 || edge.target < 0 || edge.source >= m_nodes.size() || edge.target >= m_nodes.size())
        return -1;
    m_edges << edge;
    return int(m_edges.size()) - 1;
}

bool TypedGraph::isDirected() const
{
    return std::any_of(m_edges.cbegin(), m_edges.cend(), [](const TypedEdge &e) { return e.directed; });
}

bool TypedGraph::hasYears() const
{
    return std::any_of(m_nodes.cbegin(), m_nodes.cend(), [](const TypedNode &n) { return n.year > 0; })
        || std::any_of(m_edges.cbegin(), m_edges.cend(), [](const TypedEdge &e) { return e.year > 0; });
}

void TypedGraph::declareNodeAttribute(const QString &key, AttributeType type)
{
    m_nodeAttributes << AttributeSpec{key, type};
}

void TypedGraph::declareEdgeAttribute(const QString &key, AttributeType type)
{
    m_edgeAttributes << AttributeSpec{key, type};
}

namespace {

// One undirected link per pair with the summed weight, self-loops left out:
// what Leiden and the renderer take.
QList<GraphEdge> undirectedLinks(const TypedGraph &graph)
{
    QMap<QPair<int, int>, double> pairs; // ordered: the same graph gives the same edge order
    for (const TypedEdge &e : graph.edges()) {
        if (e.source == e.target || e.weight <= 0)
            continue;
        pairs[qMakePair(std::min(e.source, e.target), std::max(e.source, e.target))] += e.weight;
    }
    QList<GraphEdge> out;
    out.reserve(pairs.size());
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        GraphEdge ge;
        ge.source = it.key().first;
        ge.target = it.key().second;
        ge.fractional = it.value();
        ge.sharedWorks = std::max(1, int(std::lround(it.value())));
        out << ge;
    }
    return out;
}

GraphOptions drawableOptions(const TypedGraph &graph)
{
    GraphOptions options;
    options.centerId = graph.nodes().isEmpty() ? QString() : graph.nodes().constFirst().id;
    // Fractional: the weight is a real number (a score), not a count of works.
    options.counting = Counting::Fractional;
    options.honourOverrides = false;
    return options;
}

} // namespace

bool TypedGraph::detectClusters(double resolution, quint64 seed)
{
    m_drawn.reset();
    QList<GraphNode> nodes(m_nodes.size());
    for (int i = 0; i < m_nodes.size(); ++i)
        nodes[i].id = m_nodes.at(i).id;
    const CoauthorGraph view = CoauthorGraph::fromParts(drawableOptions(*this), nodes, undirectedLinks(*this));
    const CommunityResult result = Communities::detect(view, resolution, seed);
    if (!result.ok || result.membership.size() != m_nodes.size())
        return false;
    for (int i = 0; i < m_nodes.size(); ++i)
        m_nodes[i].cluster = result.membership.at(i);
    return true;
}

int TypedGraph::clusterCount() const
{
    int top = -1;
    for (const TypedNode &n : m_nodes)
        top = std::max(top, n.cluster);
    return top + 1;
}

CoauthorGraph TypedGraph::drawable() const
{
    if (m_drawn)
        return *m_drawn;
    QList<GraphNode> nodes;
    nodes.reserve(m_nodes.size());
    for (int i = 0; i < m_nodes.size(); ++i) {
        const TypedNode &t = m_nodes.at(i);
        GraphNode n;
        n.id = t.id;
        n.name = t.label.isEmpty() ? t.id : t.label;
        n.worksCount = int(std::clamp(std::lround(t.weight), 0L, long(std::numeric_limits<int>::max())));
        n.cachedWorks = n.worksCount;
        n.hop = i == 0 ? 0 : 1;
        n.firstYear = t.year;
        n.lastYear = t.year;
        n.community = t.cluster;
        nodes << n;
    }
    m_drawn = std::make_shared<const CoauthorGraph>(CoauthorGraph::fromParts(drawableOptions(*this), nodes, undirectedLinks(*this)));
    return *m_drawn;
}

// ---------------------------------------------------------------------------

bool CitationGraph::kindFromName(const QString &name, Kind *kind)
{
    static const QHash<QString, Kind> byName{{QStringLiteral("citations"), Kind::Citations},
                                             {QStringLiteral("coupling"), Kind::Coupling},
                                             {QStringLiteral("cocitation"), Kind::Cocitation}};
    const auto it = byName.constFind(name.trimmed().toLower());
    if (it == byName.cend())
        return false;
    *kind = it.value();
    return true;
}

citations::Measure CitationGraph::defaultMapMeasure()
{
    return citations::Measure::Association;
}

QString CitationGraph::shortLabel(const QString &id, const QString &firstAuthor, int year)
{
    const QString family = firstAuthor.trimmed().section(u' ', -1);
    if (family.isEmpty())
        return year > 0 ? QStringLiteral("%1 %2").arg(id).arg(year) : id;
    return year > 0 ? QStringLiteral("%1 %2").arg(family).arg(year) : family;
}

namespace {

void declareWorkAttributes(TypedGraph &g)
{
    g.declareNodeAttribute(QStringLiteral("title"), AttributeType::String);
    g.declareNodeAttribute(QStringLiteral("first_author"), AttributeType::String);
    g.declareNodeAttribute(QStringLiteral("cited_by_count"), AttributeType::Integer);
    g.declareNodeAttribute(QStringLiteral("fwci"), AttributeType::Double);
}

TypedNode workNode(const citations::WorkInfo &w)
{
    TypedNode n;
    n.id = w.id;
    n.type = NodeType::Work;
    n.status = citations::statusName(w.status);
    n.year = std::max(0, w.year);
    n.weight = std::max(0, w.citedByCount);
    n.label = CitationGraph::shortLabel(w.id, w.firstAuthor, n.year);
    // A work known only by its ID has no title to show, not an empty one.
    if (w.status != citations::Status::New)
        n.attributes.insert(QStringLiteral("title"), displayTitle(w.title));
    if (!w.firstAuthor.isEmpty())
        n.attributes.insert(QStringLiteral("first_author"), w.firstAuthor);
    if (w.citedByCount >= 0)
        n.attributes.insert(QStringLiteral("cited_by_count"), w.citedByCount);
    if (w.fwci >= 0)
        n.attributes.insert(QStringLiteral("fwci"), w.fwci);
    return n;
}

} // namespace

TypedGraph CitationGraph::citations(const citations::CitationNetwork &network, double resolution)
{
    TypedGraph g(QStringLiteral("citations"),
                 QCoreApplication::translate("peerscope::CitationGraph",
                                             "Citations among the seed works (%1), the works they cite and the works citing them")
                     .arg(network.seeds().size()));
    GraphTerms &terms = g.terms();
    terms.link = QStringLiteral("Citation");
    terms.links = QStringLiteral("Citations");
    declareWorkAttributes(g);
    g.declareNodeAttribute(QStringLiteral("pagerank"), AttributeType::Double);
    g.declareNodeAttribute(QStringLiteral("count"), AttributeType::Integer);
    g.declareNodeAttribute(QStringLiteral("seeds_citing"), AttributeType::Integer);
    g.declareNodeAttribute(QStringLiteral("seeds_cited"), AttributeType::Integer);
    g.declareNodeAttribute(QStringLiteral("role"), AttributeType::String);

    QHash<int, int> citing; // node → seeds citing it
    QHash<int, int> cited;  // node → seeds it cites
    const QList<QPair<QString, QString>> edges = network.citationEdges();
    // The most connected seed first: pictures centre on node 0.
    QHash<QString, int> degree;
    for (const auto &[from, to] : edges) {
        ++degree[from];
        ++degree[to];
    }
    QStringList seedIds = network.seeds();
    std::stable_sort(seedIds.begin(), seedIds.end(), [&](const QString &a, const QString &b) {
        const int x = degree.value(a), y = degree.value(b);
        return x != y ? x > y : a < b;
    });
    QSet<int> seeds;
    for (const QString &id : std::as_const(seedIds))
        seeds.insert(g.addNode(workNode(network.info(id))));
    for (const citations::RankedWork &r : network.foundations())
        citing[g.addNode(workNode(r.work))] = r.count;
    for (const citations::RankedWork &r : network.followUps())
        cited[g.addNode(workNode(r.work))] = r.count;

    const QHash<QString, double> rank = network.pageRank();
    for (int i = 0; i < g.nodeCount(); ++i) {
        TypedNode &n = g.node(i);
        const int in = citing.value(i), out = cited.value(i);
        n.attributes.insert(QStringLiteral("pagerank"), rank.value(n.id));
        n.attributes.insert(QStringLiteral("count"), in + out);
        n.attributes.insert(QStringLiteral("seeds_citing"), in);
        n.attributes.insert(QStringLiteral("seeds_cited"), out);
        QString role;
        if (seeds.contains(i))
            role = QStringLiteral("seed");
        else if (citing.contains(i) && cited.contains(i))
            role = QStringLiteral("both");
        else if (citing.contains(i))
            role = QStringLiteral("foundation");
        else
            role = QStringLiteral("follow-up");
        n.attributes.insert(QStringLiteral("role"), role);
    }
    for (const auto &[from, to] : edges) {
        TypedEdge e;
        e.source = g.indexOf(from);
        e.target = g.indexOf(to);
        e.directed = true;
        e.weight = 1.0;
        // A citation exists from the citing work's publication on.
        if (e.source >= 0)
            e.year = g.nodes().at(e.source).year;
        g.addEdge(e);
    }
    g.detectClusters(resolution);
    return g;
}

TypedGraph CitationGraph::similarity(const citations::CitationNetwork &network, Kind kind, citations::Measure measure,
                                     double resolution)
{
    const bool coupling = kind == Kind::Coupling;
    QString measureText;
    switch (measure) {
    case citations::Measure::Count:
        measureText = coupling ? QCoreApplication::translate("peerscope::CitationGraph", "Shared references")
                               : QCoreApplication::translate("peerscope::CitationGraph", "Shared citing works");
        break;
    case citations::Measure::Salton:
        measureText = QCoreApplication::translate("peerscope::CitationGraph", "Salton's cosine");
        break;
    case citations::Measure::Jaccard:
        measureText = QCoreApplication::translate("peerscope::CitationGraph", "Jaccard index");
        break;
    case citations::Measure::Association:
        measureText = QCoreApplication::translate("peerscope::CitationGraph", "Association strength");
        break;
    }
    TypedGraph g(coupling ? QStringLiteral("coupling") : QStringLiteral("cocitation"),
                 coupling ? QCoreApplication::translate("peerscope::CitationGraph",
                                                        "Bibliographic coupling of the seed works (%1) by shared references; link strength: %2")
                                .arg(network.seeds().size())
                                .arg(measureText)
                          : QCoreApplication::translate("peerscope::CitationGraph",
                                                        "Co-citation of the seed works (%1) by shared citing works; link strength: %2")
                                .arg(network.seeds().size())
                                .arg(measureText));
    GraphTerms &terms = g.terms();
    terms.link = coupling ? QStringLiteral("Bibliographic coupling link") : QStringLiteral("Co-citation link");
    terms.links = coupling ? QStringLiteral("Bibliographic coupling links") : QStringLiteral("Co-citation links");
    terms.linkStrength = measureText;
    terms.totalLinkStrength = QStringLiteral("Total ") + terms.linkStrength.toLower();
    declareWorkAttributes(g);
    g.declareEdgeAttribute(QStringLiteral("shared"), AttributeType::Integer);

    // The strongest links only: a big author's seeds make hundreds of
    // millions of pairs (one walk keeps the best, see CitationNetwork).
    qint64 allPairs = 0;
    const QList<citations::PairScore> pairs = coupling ? network.coupling(measure, kMaxSimilarityLinks, &allPairs)
                                                       : network.cocitation(measure, kMaxSimilarityLinks, &allPairs);
    if (allPairs > pairs.size())
        g.setDescription(g.description() + QLatin1Char(' ')
                         + QCoreApplication::translate("peerscope::CitationGraph", "(the strongest %1 of %2 links)")
                               .arg(pairs.size())
                               .arg(allPairs));
    // The most linked seed first: pictures centre on node 0.
    QHash<QString, double> strength;
    for (const citations::PairScore &p : pairs) {
        strength[p.a] += p.score;
        strength[p.b] += p.score;
    }
    QStringList seeds = network.seeds();
    std::stable_sort(seeds.begin(), seeds.end(), [&](const QString &a, const QString &b) {
        const double x = strength.value(a), y = strength.value(b);
        return x != y ? x > y : a < b;
    });
    for (const QString &id : std::as_const(seeds))
        g.addNode(workNode(network.info(id)));
    for (const citations::PairScore &p : pairs) {
        TypedEdge e;
        e.source = g.indexOf(p.a);
        e.target = g.indexOf(p.b);
        e.weight = p.score;
        e.attributes.insert(QStringLiteral("shared"), p.shared);
        // The link exists once both works do.
        if (e.source >= 0 && e.target >= 0)
            e.year = std::max(g.nodes().at(e.source).year, g.nodes().at(e.target).year);
        g.addEdge(e);
    }
    g.detectClusters(resolution);
    return g;
}

QList<QPointF> CitationGraph::timelineLayout(const TypedGraph &graph)
{
    if (!graph.isDirected() || graph.isEmpty())
        return {};
    // Columns left to right by year, undated works (known only by their ID)
    // first. A year with more works than fit in a column of maxRows takes
    // several columns side by side; skipped years leave a gap of up to
    // three columns, so the axis reads as time without stretching the
    // picture over empty decades.
    constexpr double kColumn = 60.0;
    constexpr double kRow = 44.0;
    const int n = graph.nodeCount();
    const int maxRows = std::max(6, int(std::ceil(std::sqrt(double(n)))));
    QMap<int, QList<int>> columns; // year (0: undated) → nodes
    for (int i = 0; i < n; ++i)
        columns[graph.nodes().at(i).year] << i;
    QList<QPointF> positions(n);
    double x = 0;
    int previousYear = -1;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const int year = it.key();
        if (previousYear >= 0)
            x += kColumn * (previousYear == 0 ? 3 : std::clamp(year - previousYear, 1, 4));
        previousYear = year;
        QList<int> &column = it.value();
        std::stable_sort(column.begin(), column.end(), [&](int a, int b) {
            const TypedNode &p = graph.nodes().at(a), &q = graph.nodes().at(b);
            if (p.cluster != q.cluster)
                return p.cluster < q.cluster;
            if (p.weight != q.weight)
                return p.weight > q.weight;
            return p.id < q.id;
        });
        const int subColumns = int((column.size() + maxRows - 1) / maxRows);
        const int rows = int((column.size() + subColumns - 1) / subColumns);
        for (int k = 0; k < column.size(); ++k) {
            const int c = k / rows, r = k % rows;
            positions[column.at(k)] = QPointF(x + c * kColumn, (r - (rows - 1) / 2.0) * kRow);
        }
        x += (subColumns - 1) * kColumn;
    }
    return positions;
}

} // namespace peerscope
