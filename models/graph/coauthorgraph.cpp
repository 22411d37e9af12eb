#include "graph/coauthorgraph.h"

#include "cache/cache.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

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
// exclusions and the year limit of the options. Two indexed steps per
// author: the person's work IDs (effective_authorships with the record_id
// terms, answered from the authorships index), then the author lists of the
// works not read yet, in batches, from the base authorships table mapped to
// people as effective_authorships does. Joining the view on work_id instead
// made SQLite materialize the whole view (every authorship) per author.
class WorkLoader
{
public:
    WorkLoader(const Cache &cache, const GraphOptions &options)
        : m_options(options)
        , m_workIds(cache.database())
        , m_authors(cache.database())
    {
        m_workIds.setForwardOnly(true);
        m_authors.setForwardOnly(true);
        m_workIds.prepare(options.honourOverrides
                              ? QStringLiteral(
                                  "SELECT DISTINCT work_id FROM effective_authorships WHERE person_id = ? "
                                  "AND (record_id = ? OR record_id IN (SELECT author_id FROM identity_overrides "
                                  "WHERE person_id = ? AND undone = 0 AND kind IN ('merge', 'split')))")
                              : QStringLiteral("SELECT DISTINCT work_id FROM authorships WHERE author_id = ?"));
        // A split authorship belongs to the split-off person, a merged
        // record to its person (split first, as in effective_authorships);
        // an authorship excluded from its person is not there at all.
        m_authors.prepare(options.honourOverrides
                              ? QStringLiteral(
                                  "SELECT o.work_id, COALESCE(sp.person_id, mg.person_id, o.author_id) AS person, "
                                  "o.author_name, COALESCE(w.publication_year, 0), w.author_count "
                                  "FROM json_each(?) j JOIN works w ON w.id = j.value "
                                  "JOIN authorships o ON o.work_id = w.id AND o.author_id <> '' "
                                  "LEFT JOIN identity_overrides sp ON sp.author_id = o.author_id AND sp.kind = 'split' "
                                  "AND sp.undone = 0 AND sp.work_id = o.work_id "
                                  "LEFT JOIN identity_overrides mg ON mg.author_id = o.author_id AND mg.kind = 'merge' "
                                  "AND mg.undone = 0 "
                                  "WHERE NOT EXISTS (SELECT 1 FROM identity_overrides ex WHERE ex.work_id = o.work_id "
                                  "AND ex.kind = 'exclude' AND ex.undone = 0 "
                                  "AND ex.person_id = COALESCE(sp.person_id, mg.person_id, o.author_id)) "
                                  "ORDER BY o.work_id, o.position")
                              : QStringLiteral(
                                  "SELECT o.work_id, o.author_id, o.author_name, COALESCE(w.publication_year, 0), "
                                  "w.author_count FROM json_each(?) j JOIN works w ON w.id = j.value "
                                  "JOIN authorships o ON o.work_id = w.id AND o.author_id <> '' "
                                  "ORDER BY o.work_id, o.position"));
    }

    void load(const QString &authorId)
    {
        if (m_loaded.contains(authorId))
            return;
        m_loaded.insert(authorId);
        m_workIds.addBindValue(authorId);
        if (m_options.honourOverrides) {
            m_workIds.addBindValue(authorId);
            m_workIds.addBindValue(authorId);
        }
        if (!m_workIds.exec()) {
            qCWarning(lcGraph) << "works of" << authorId << m_workIds.lastError().text();
            return;
        }
        QStringList fresh;
        while (m_workIds.next()) {
            const QString workId = m_workIds.value(0).toString();
            if (m_seen.contains(workId))
                continue;
            m_seen.insert(workId);
            if (!m_options.excludedWorkIds.contains(workId))
                fresh << workId;
        }
        m_workIds.finish();
        for (qsizetype i = 0; i < fresh.size(); i += kBatch)
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

private:
    static constexpr qsizetype kBatch = 500;

    // The author lists of works (each read once), as people.
    void loadAuthors(const QStringList &workIds)
    {
        QJsonArray ids;
        for (const QString &id : workIds)
            ids.append(id);
        m_authors.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        if (!m_authors.exec()) {
            qCWarning(lcGraph) << "authors of" << workIds.size() << "works" << m_authors.lastError().text();
            return;
        }
        WorkRecord *current = nullptr;
        bool skip = false;
        int rows = 0;
        auto finish = [&] {
            if (current)
                current->authorCount = std::max(current->authorCount, rows);
        };
        QString currentId;
        while (m_authors.next()) {
            const QString workId = m_authors.value(0).toString();
            if (workId != currentId) {
                if (!skip)
                    finish();
                currentId = workId;
                current = nullptr;
                rows = 0;
                const int year = m_authors.value(3).toInt();
                skip = m_options.yearLimit > 0 && (year <= 0 || year > m_options.yearLimit);
                if (!skip) {
                    current = &m_records.insert(workId, WorkRecord{workId, year, m_authors.value(4).toInt(), {}}).value();
                }
            }
            if (skip)
                continue;
            ++rows;
            const QString author = m_authors.value(1).toString();
            if (author.isEmpty() || current->authors.contains(author))
                continue;
            current->authors << author;
            m_byAuthor[author] << workId;
            if (!m_names.contains(author))
                m_names.insert(author, m_authors.value(2).toString());
        }
        if (!skip)
            finish();
        m_authors.finish();
    }

    const GraphOptions &m_options;
    QSqlQuery m_workIds;
    QSqlQuery m_authors;
    QSet<QString> m_loaded;
    QSet<QString> m_seen;            // works whose authors were read (or skipped)
    QHash<QString, WorkRecord> m_records;
    QHash<QString, QString> m_names;
    QHash<QString, QStringList> m_byAuthor;
};

// The profile details of nodes, with the statements prepared once.
class NodeDetails
{
public:
    explicit NodeDetails(const Cache &cache)
        : m_profile(cache.database())
        , m_institution(cache.database())
    {
        m_profile.setForwardOnly(true);
        m_institution.setForwardOnly(true);
        m_profile.prepare(QStringLiteral(
            "SELECT a.display_name, a.works_count, COALESCE(i.display_name, ''), COALESCE(i.country_code, '') "
            "FROM authors a LEFT JOIN institutions i ON i.id = a.last_institution_id WHERE a.id = ?"));
        m_institution.prepare(QStringLiteral(
            "SELECT i.display_name, COALESCE(i.country_code, '') FROM authorships s "
            "JOIN authorship_institutions ai ON ai.work_id = s.work_id AND ai.position = s.position "
            "JOIN institutions i ON i.id = ai.institution_id JOIN works w ON w.id = s.work_id "
            "WHERE s.author_id = ? ORDER BY w.publication_year DESC, i.country_code IS NULL LIMIT 1"));
    }

    void fill(GraphNode *node, const QString &fallbackName)
    {
        m_profile.addBindValue(node->id);
        if (m_profile.exec() && m_profile.next()) {
            node->name = m_profile.value(0).toString();
            node->worksCount = m_profile.value(1).toInt();
            node->institution = m_profile.value(2).toString();
            node->countryCode = m_profile.value(3).toString();
        } else {
            node->name = fallbackName;
            node->worksCount = node->cachedWorks;
        }
        m_profile.finish();
        if (node->name.isEmpty())
            node->name = node->id;
        if (!node->institution.isEmpty() && !node->countryCode.isEmpty())
            return;
        // Not cached, or no last known institution: what they gave on their latest work.
        m_institution.addBindValue(node->id);
        if (m_institution.exec() && m_institution.next()) {
            if (node->institution.isEmpty())
                node->institution = m_institution.value(0).toString();
            if (node->countryCode.isEmpty())
                node->countryCode = m_institution.value(1).toString();
        }
        m_institution.finish();
    }

private:
    QSqlQuery m_profile;
    QSqlQuery m_institution;
};

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

    WorkLoader loader(cache, g.m_options);
    loader.load(center);
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
    NodeDetails details(cache);
    for (GraphNode &n : g.m_nodes)
        details.fill(&n, loader.nameInAuthorships(n.id));
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
