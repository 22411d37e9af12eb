#include "graph/coauthorgraph.h"

#include "cache/cache.h"
#include "cache/graphqueries.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>

namespace peerscope {

Q_LOGGING_CATEGORY(lcGraph, "peerscope.graph", QtWarningMsg)

namespace {

struct WorkRecord {
    QString id;
    int year = 0;
    int authorCount = 0;
    QStringList authors;     // resolved author IDs, unique, in author-list order
};

// Reads the works of authors from the cache once each, applying the
// exclusions and the year limit of the options: the person's work IDs, then
// the author lists of the works not read yet, in batches (GraphQueries).
// The first failed read stops it: error() says why.
class WorkLoader
{
public:
    WorkLoader(const Cache &cache, const GraphOptions &options)
        : m_options(options)
        , m_queries(cache)
    {
    }

    void load(const QString &authorId)
    {
        if (!m_error.isEmpty() || m_loaded.contains(authorId))
            return;
        m_loaded.insert(authorId);
        const Read<QStringList> ids = m_queries.workIdsOfPerson(authorId, m_options.honourOverrides);
        if (!ids) {
            m_error = ids.error();
            qCWarning(lcGraph) << "works of" << authorId << m_error;
            return;
        }
        QStringList fresh;
        for (const QString &workId : *ids) {
            if (m_seen.contains(workId))
                continue;
            m_seen.insert(workId);
            if (!m_options.excludedWorkIds.contains(workId))
                fresh << workId;
        }
        for (qsizetype i = 0; i < fresh.size() && m_error.isEmpty(); i += kBatch)
            loadAuthors(fresh.mid(i, kBatch));
    }

    // The works loaded so far in which authorId appears.
    QList<const WorkRecord *> worksWith(const QString &authorId) const
    {
        QList<const WorkRecord *> out;
        for (const QString &id : m_byAuthor.value(authorId)) {
            const auto it = m_records.constFind(id);
            if (it != m_records.cend())
                out << &it.value();
        }
        return out;
    }

    const QHash<QString, WorkRecord> &records() const { return m_records; }
    QString nameInAuthorships(const QString &id) const { return m_names.value(id); }
    QString error() const { return m_error; }

private:
    static constexpr qsizetype kBatch = 500;

    // The author lists of works (each read once), as people.
    void loadAuthors(const QStringList &workIds)
    {
        const Read<QList<WorkAuthorRow>> rows = m_queries.authorsOfWorks(workIds, m_options.honourOverrides);
        if (!rows) {
            m_error = rows.error();
            qCWarning(lcGraph) << "authors of" << workIds.size() << "works" << m_error;
            return;
        }
        WorkRecord *current = nullptr;
        bool skip = false;
        int count = 0;
        auto finish = [&] {
            if (current)
                current->authorCount = std::max(current->authorCount, count);
        };
        QString currentId;
        for (const WorkAuthorRow &row : *rows) {
            if (row.workId != currentId) {
                if (!skip)
                    finish();
                currentId = row.workId;
                current = nullptr;
                count = 0;
                skip = m_options.yearLimit > 0 && (row.year <= 0 || row.year > m_options.yearLimit);
                if (!skip)
                    current = &m_records.insert(row.workId, WorkRecord{row.workId, row.year, row.authorCount, {}}).value();
            }
            if (skip)
                continue;
            ++count;
            if (row.person.isEmpty() || current->authors.contains(row.person))
                continue;
            current->authors << row.person;
            m_byAuthor[row.person] << row.workId;
            if (!m_names.contains(row.person))
                m_names.insert(row.person, row.name);
        }
        if (!skip)
            finish();
    }

    const GraphOptions &m_options;
    GraphQueries m_queries;
    QString m_error;
    QSet<QString> m_loaded;
    QSet<QString> m_seen;            // works whose authors were read (or skipped)
    QHash<QString, WorkRecord> m_records;
    QHash<QString, QString> m_names;
    QHash<QString, QStringList> m_byAuthor;
};

// Fills a node's profile details; false (and error) when a read failed.
bool fillDetails(const GraphQueries &queries, GraphNode *node, const QString &fallbackName, QString *error)
{
    const Read<std::optional<GraphNodeProfile>> profile = queries.profile(node->id);
    if (!profile) {
        *error = profile.error();
        return false;
    }
    if (*profile) {
        node->name = (*profile)->name;
        node->worksCount = (*profile)->worksCount;
        node->institution = (*profile)->institution;
        node->countryCode = (*profile)->countryCode;
    } else {
        node->name = fallbackName;
        node->worksCount = node->cachedWorks;
    }
    if (node->name.isEmpty())
        node->name = node->id;
    if (!node->institution.isEmpty() && !node->countryCode.isEmpty())
        return true;
    // Not cached, or no last known institution: what they gave on their latest work.
    const Read<std::optional<InstitutionPlace>> place = queries.latestInstitution(node->id);
    if (!place) {
        *error = place.error();
        return false;
    }
    if (*place) {
        if (node->institution.isEmpty())
            node->institution = (*place)->name;
        if (node->countryCode.isEmpty())
            node->countryCode = (*place)->countryCode;
    }
    return true;
}

void addWorkToEdge(GraphEdge *edge, const SharedWork &work)
{
    edge->works << work;
    if (!work.huge)
        ++edge->sharedWorks;
    if (work.authorCount > 1)
        edge->fractional += 1.0 / (work.authorCount - 1);
    if (work.year > 0) {
        edge->firstYear = edge->firstYear == 0 ? work.year : std::min(edge->firstYear, work.year);
        edge->lastYear = std::max(edge->lastYear, work.year);
    }
}

void sortWorks(QList<SharedWork> *works)
{
    std::sort(works->begin(), works->end(), [](const SharedWork &a, const SharedWork &b) {
        return a.year != b.year ? a.year < b.year : a.id < b.id;
    });
}

} // namespace

double GraphEdge::weightAsOf(Counting counting, int year) const
{
    if (year <= 0)
        return weight(counting);
    double w = 0;
    for (const SharedWork &work : works) {
        if (work.year <= 0 || work.year > year)
            continue;
        if (counting == Counting::Full)
            w += work.huge ? 0 : 1;
        else if (work.authorCount > 1)
            w += 1.0 / (work.authorCount - 1);
    }
    return w;
}

QString CoauthorGraph::hugePaperRule(int threshold)
{
    return QCoreApplication::translate("CoauthorGraph",
                                       "Papers with more than %1 authors add no co-authors to the network and do not "
                                       "count as shared works; between authors already in it they add only a "
                                       "fractional weight of 1/(n-1), n being the number of authors.")
        .arg(threshold);
}

quint64 CoauthorGraph::pairKey(int a, int b)
{
    if (a > b)
        std::swap(a, b);
    return (quint64(quint32(a)) << 32) | quint32(b);
}

int CoauthorGraph::edgeIndex(const QString &a, const QString &b) const
{
    const int ia = indexOf(a);
    const int ib = indexOf(b);
    if (ia < 0 || ib < 0)
        return -1;
    return m_edgeIndex.value(pairKey(ia, ib), -1);
}

QStringList CoauthorGraph::sharedWorkIds(const QString &a, const QString &b) const
{
    const int e = edgeIndex(a, b);
    QStringList ids;
    if (e < 0)
        return ids;
    for (const SharedWork &w : m_edges.at(e).works)
        ids << w.id;
    return ids;
}

void CoauthorGraph::setCommunities(const QList<int> &membership)
{
    for (int i = 0; i < m_nodes.size(); ++i)
        m_nodes[i].community = i < membership.size() ? membership.at(i) : -1;
}

int CoauthorGraph::communityCount() const
{
    int top = -1;
    for (const GraphNode &n : m_nodes)
        top = std::max(top, n.community);
    return top + 1;
}

void CoauthorGraph::rebuildIndexes()
{
    m_index.clear();
    m_edgeIndex.clear();
    for (int i = 0; i < m_nodes.size(); ++i)
        m_index.insert(m_nodes.at(i).id, i);
    for (int e = 0; e < m_edges.size(); ++e)
        m_edgeIndex.insert(pairKey(m_edges.at(e).source, m_edges.at(e).target), e);
}

CoauthorGraph CoauthorGraph::build(const Cache &cache, const GraphOptions &options)
{
    CoauthorGraph g;
    g.m_options = options;
    g.m_options.hops = std::clamp(options.hops, 1, 2);
    const QString center = cache.resolveAlias(options.centerId);
    g.m_options.centerId = center;
    const int threshold = std::max(2, options.hugePaperThreshold);
    auto isHuge = [threshold](const WorkRecord &w) { return w.authorCount > threshold; };

    auto failed = [&](const QString &error) {
        CoauthorGraph f;
        f.m_options = g.m_options;
        f.m_error = QCoreApplication::translate("CoauthorGraph", "Cannot read the co-author network of %1 from the cache: %2")
                        .arg(center, error);
        return f;
    };
    WorkLoader loader(cache, g.m_options);
    loader.load(center);
    if (!loader.error().isEmpty())
        return failed(loader.error());
    const QList<const WorkRecord *> centerWorks = loader.worksWith(center);
    if (centerWorks.isEmpty() && !cache.authorSummary(center)) {
        qCInfo(lcGraph) << "no cached works or profile for" << center;
        return g;
    }

    // Nodes by hop; a huge paper never brings anyone in.
    QHash<QString, int> hop{{center, 0}};
    QStringList ring;
    for (const WorkRecord *w : centerWorks) {
        if (isHuge(*w))
            continue;
        for (const QString &a : w->authors)
            if (!hop.contains(a)) {
                hop.insert(a, 1);
                ring << a;
            }
    }
    std::sort(ring.begin(), ring.end());
    QStringList order{center};
    order += ring;
    if (g.m_options.hops >= 2) {
        QStringList outer;
        for (const QString &a : std::as_const(ring)) {
            loader.load(a);
            for (const WorkRecord *w : loader.worksWith(a)) {
                if (isHuge(*w))
                    continue;
                for (const QString &b : w->authors)
                    if (!hop.contains(b)) {
                        hop.insert(b, 2);
                        outer << b;
                    }
            }
        }
        std::sort(outer.begin(), outer.end());
        order += outer;
    }
    // Every node's works, so links among co-authors that do not involve
    // the centre are found too.
    for (const QString &a : std::as_const(order))
        loader.load(a);
    if (!loader.error().isEmpty())
        return failed(loader.error());

    for (const QString &id : std::as_const(order)) {
        GraphNode n;
        n.id = id;
        n.hop = hop.value(id);
        g.m_index.insert(id, int(g.m_nodes.size()));
        g.m_nodes << n;
    }

    QStringList workIds = loader.records().keys();
    std::sort(workIds.begin(), workIds.end());
    for (const QString &workId : std::as_const(workIds)) {
        const WorkRecord &w = *loader.records().constFind(workId);
        QList<int> members;
        for (const QString &a : w.authors) {
            const int i = g.m_index.value(a, -1);
            if (i >= 0)
                members << i;
        }
        if (members.isEmpty())
            continue;
        const bool huge = isHuge(w);
        if (huge)
            ++g.m_hugePapers;
        for (int i : std::as_const(members))
            ++g.m_nodes[i].cachedWorks;
        const SharedWork shared{w.id, w.year, w.authorCount, huge};
        for (int x = 0; x < members.size(); ++x) {
            for (int y = x + 1; y < members.size(); ++y) {
                const quint64 key = pairKey(members.at(x), members.at(y));
                int e = g.m_edgeIndex.value(key, -1);
                if (e < 0) {
                    e = int(g.m_edges.size());
                    GraphEdge edge;
                    edge.source = std::min(members.at(x), members.at(y));
                    edge.target = std::max(members.at(x), members.at(y));
                    g.m_edges << edge;
                    g.m_edgeIndex.insert(key, e);
                }
                addWorkToEdge(&g.m_edges[e], shared);
            }
        }
    }
    if (g.m_options.counting == Counting::Full) {
        // Links made only of huge papers have no full weight.
        g.m_edges.erase(std::remove_if(g.m_edges.begin(), g.m_edges.end(),
                                       [](const GraphEdge &e) { return e.sharedWorks == 0; }),
                        g.m_edges.end());
    }
    for (GraphEdge &e : g.m_edges) {
        sortWorks(&e.works);
        for (int i : {e.source, e.target}) {
            GraphNode &n = g.m_nodes[i];
            if (e.firstYear > 0)
                n.firstYear = n.firstYear == 0 ? e.firstYear : std::min(n.firstYear, e.firstYear);
            n.lastYear = std::max(n.lastYear, e.lastYear);
        }
        if (e.source == 0)
            g.m_nodes[e.target].sharedWithCenter = e.weight(g.m_options.counting);
    }
    const GraphQueries details(cache);
    for (GraphNode &n : g.m_nodes) {
        QString error;
        if (!fillDetails(details, &n, loader.nameInAuthorships(n.id), &error))
            return failed(error);
    }
    g.rebuildIndexes();
    qCDebug(lcGraph) << "graph of" << center << g.m_nodes.size() << "nodes" << g.m_edges.size() << "edges";
    return g;
}

CoauthorGraph CoauthorGraph::fromParts(const GraphOptions &options, const QList<GraphNode> &nodes,
                                       const QList<GraphEdge> &edges)
{
    CoauthorGraph g;
    g.m_options = options;
    g.m_nodes = nodes;
    for (const GraphEdge &e : edges)
        if (e.source >= 0 && e.target >= 0 && e.source < nodes.size() && e.target < nodes.size() && e.source != e.target)
            g.m_edges << e;
    g.rebuildIndexes();
    return g;
}

void CoauthorGraph::merge(const CoauthorGraph &other)
{
    if (other.isEmpty())
        return;
    const int baseHop = std::max(0, m_nodes.value(indexOf(other.m_options.centerId)).hop);
    QList<int> map(other.m_nodes.size(), -1);
    for (int i = 0; i < other.m_nodes.size(); ++i) {
        const GraphNode &n = other.m_nodes.at(i);
        int mine = indexOf(n.id);
        if (mine < 0) {
            mine = int(m_nodes.size());
            GraphNode copy = n;
            copy.hop = baseHop + n.hop;
            copy.sharedWithCenter = 0;
            copy.community = -1;
            m_nodes << copy;
            m_index.insert(n.id, mine);
        }
        map[i] = mine;
    }
    for (const GraphEdge &oe : other.m_edges) {
        const int a = map.at(oe.source);
        const int b = map.at(oe.target);
        int e = m_edgeIndex.value(pairKey(a, b), -1);
        if (e < 0) {
            GraphEdge copy = oe;
            copy.source = std::min(a, b);
            copy.target = std::max(a, b);
            m_edgeIndex.insert(pairKey(a, b), int(m_edges.size()));
            m_edges << copy;
            continue;
        }
        // Same pair in both: the union of their shared works.
        GraphEdge &edge = m_edges[e];
        QSet<QString> known;
        for (const SharedWork &w : std::as_const(edge.works))
            known.insert(w.id);
        bool changed = false;
        for (const SharedWork &w : oe.works)
            if (!known.contains(w.id)) {
                addWorkToEdge(&edge, w);
                changed = true;
            }
        if (changed)
            sortWorks(&edge.works);
    }
    m_hugePapers = std::max(m_hugePapers, other.m_hugePapers);
}

} // namespace peerscope
