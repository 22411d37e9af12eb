#include "citations/citationnetwork.h"

#include "cache/citationqueries.h"
#include "citations/sparseproduct.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>

#include <igraph.h>

#include <algorithm>
#include <cmath>

namespace peerscope::citations {

Q_LOGGING_CATEGORY(lcCitations, "peerscope.citations", QtWarningMsg)

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CitationNetwork", text);
}

// igraph's error handler is process-wide state.
QMutex s_igraphMutex;

// Interns IDs as column numbers of an incidence matrix.
class Columns
{
public:
    int of(const QString &id)
    {
        const auto it = m_index.constFind(id);
        if (it != m_index.cend())
            return *it;
        const int c = int(m_index.size());
        m_index.insert(id, c);
        return c;
    }

private:
    QHash<QString, int> m_index;
};

// PageRank of nodes 0..n-1 over directed edges (self-loops already dropped).
std::optional<std::vector<double>> pageRankOf(int n, const std::vector<std::pair<int, int>> &edges, double damping)
{
    if (n == 0)
        return std::vector<double>{};
    QMutexLocker lock(&s_igraphMutex);
    igraph_error_handler_t *previous = igraph_set_error_handler(igraph_error_handler_printignore);
    igraph_vector_int_t list;
    igraph_vector_int_init(&list, igraph_integer_t(edges.size() * 2));
    for (size_t i = 0; i < edges.size(); ++i) {
        VECTOR(list)[2 * i] = edges[i].first;
        VECTOR(list)[2 * i + 1] = edges[i].second;
    }
    igraph_vector_t values;
    igraph_vector_init(&values, n);
    igraph_t g;
    std::optional<std::vector<double>> out;
    if (igraph_create(&g, &list, n, IGRAPH_DIRECTED) == IGRAPH_SUCCESS) {
        igraph_real_t eigenvalue = 0;
        if (igraph_pagerank(&g, IGRAPH_PAGERANK_ALGO_PRPACK, &values, &eigenvalue, igraph_vss_all(), true, damping,
                            nullptr, nullptr)
            == IGRAPH_SUCCESS) {
            out = std::vector<double>(size_t(n));
            for (int i = 0; i < n; ++i)
                (*out)[size_t(i)] = VECTOR(values)[i];
        }
        igraph_destroy(&g);
    }
    igraph_vector_destroy(&values);
    igraph_vector_int_destroy(&list);
    igraph_set_error_handler(previous);
    return out;
}

bool rankedBefore(const RankedWork &x, const RankedWork &y)
{
    if (x.count != y.count)
        return x.count > y.count;
    if (x.work.citedByCount != y.work.citedByCount)
        return x.work.citedByCount > y.work.citedByCount;
    return x.work.id < y.work.id;
}

} // namespace

QString statusName(Status status)
{
    switch (status) {
    case Status::Own:
        return QStringLiteral("own");
    case Status::Cached:
        return QStringLiteral("cached");
    case Status::New:
        break;
    }
    return QStringLiteral("new");
}

QString WorkInfo::displayTitle() const
{
    return title.isEmpty() ? id : title;
}

std::optional<Measure> measureFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("count"))
        return Measure::Count;
    if (n == QLatin1String("salton"))
        return Measure::Salton;
    if (n == QLatin1String("jaccard"))
        return Measure::Jaccard;
    if (n == QLatin1String("association"))
        return Measure::Association;
    return std::nullopt;
}

QString measureName(Measure measure)
{
    switch (measure) {
    case Measure::Count:
        return QStringLiteral("count");
    case Measure::Salton:
        return QStringLiteral("salton");
    case Measure::Jaccard:
        return QStringLiteral("jaccard");
    case Measure::Association:
        break;
    }
    return QStringLiteral("association");
}

struct CitationNetwork::Data {
    QStringList seeds; // ascending, so seed index order is string order
    QHash<QString, WorkInfo> infos; // every work of the local graph
    QList<RankedWork> foundations;
    QList<RankedWork> followUps;
    // Incidence row sizes (n in Salton and Jaccard) and the shared counts.
    std::vector<int> referenceRowSize;
    std::vector<int> citerRowSize;
    std::vector<SharedCount> coupling;
    std::vector<SharedCount> cocitation;
    QHash<QString, double> pageRank;
    QList<QPair<QString, QString>> edges;
    DataHonesty honesty;

    QList<PairScore> scored(const std::vector<SharedCount> &pairs, const std::vector<int> &rowSize,
                            Measure measure) const;
};

QList<PairScore> CitationNetwork::Data::scored(const std::vector<SharedCount> &pairs, const std::vector<int> &rowSize,
                                               Measure measure) const
{
    // Association strength: s_i is row i's total link weight in the map,
    // m the map's total link weight (each pair counted once).
    std::vector<double> strength(size_t(seeds.size()), 0.0);
    double total = 0;
    for (const SharedCount &p : pairs) {
        strength[size_t(p.a)] += p.shared;
        strength[size_t(p.b)] += p.shared;
        total += p.shared;
    }
    QList<PairScore> out;
    out.reserve(qsizetype(pairs.size()));
    for (const SharedCount &p : pairs) {
        const double c = p.shared;
        const double na = rowSize[size_t(p.a)];
        const double nb = rowSize[size_t(p.b)];
        double score = c;
        switch (measure) {
        case Measure::Count:
            break;
        case Measure::Salton:
            score = c / std::sqrt(na * nb);
            break;
        case Measure::Jaccard:
            score = c / (na + nb - c);
            break;
        case Measure::Association:
            score = 2.0 * total * c / (strength[size_t(p.a)] * strength[size_t(p.b)]);
            break;
        }
        out.append(PairScore{seeds.at(p.a), seeds.at(p.b), p.shared, score});
    }
    std::sort(out.begin(), out.end(), [](const PairScore &x, const PairScore &y) {
        if (x.score != y.score)
            return x.score > y.score;
        if (x.shared != y.shared)
            return x.shared > y.shared;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return out;
}

Read<CitationNetwork> CitationNetwork::load(const Cache &cache, const SeedSet &seedSet)
{
    using Result = Read<CitationNetwork>;
    const CitationQueries queries(cache);
    auto data = std::make_shared<Data>();

    // The seeds.
    const QString person = seedSet.personId.trimmed();
    if (person.isEmpty() == seedSet.workIds.isEmpty())
        return Result::failure(tr("Give either a person or a list of work IDs as seeds, not both and not neither."));
    QStringList seeds;
    if (!person.isEmpty()) {
        const Read<bool> known = queries.personKnown(person);
        if (!known)
            return Result::failureOf(known);
        if (!*known)
            return Result::failure(
                tr("%1 is not in the cache: fetch the author first, then ask again.").arg(person));
        const Read<QStringList> works = queries.worksOfPerson(person);
        if (!works)
            return Result::failureOf(works);
        seeds = *works;
    } else {
        for (const QString &id : seedSet.workIds)
            seeds << id.trimmed();
        seeds.removeDuplicates();
        seeds.removeAll(QString());
        const Read<QStringList> missing = queries.uncachedWorks(seeds);
        if (!missing)
            return Result::failureOf(missing);
        if (!missing->isEmpty())
            return Result::failure(tr("Not in the cache: %1. Fetch these works first, or leave them out of the seeds.")
                                       .arg(missing->join(QStringLiteral(", "))));
    }
    seeds.removeDuplicates();
    std::sort(seeds.begin(), seeds.end());
    data->seeds = seeds;
    QHash<QString, int> seedIndex;
    seedIndex.reserve(seeds.size());
    for (int i = 0; i < seeds.size(); ++i)
        seedIndex.insert(seeds.at(i), i);

    // Every citation from or to a seed.
    const Read<SeedLinks> links = queries.seedLinks(seeds);
    if (!links)
        return Result::failureOf(links);
    DataHonesty &h = data->honesty;
    h.seeds = int(seeds.size());

    // Foundations and follow-ups, counted per seed. A seed listing its own
    // ID is left out everywhere (it would couple a seed with itself); a seed
    // citing another seed counts like any citation: the cited seed is a
    // foundation (tagged own), the citing one a follow-up, and the cited ID
    // is a shared reference only when another seed cites it too.
    QHash<QString, int> foundationCount;
    QHash<QString, int> followUpCount;
    std::vector<std::vector<int>> referenceRows(size_t(seeds.size()));
    std::vector<std::vector<int>> citerRows(size_t(seeds.size()));
    Columns referenceColumns;
    Columns citerColumns;
    QSet<std::pair<QString, QString>> edgeSet;
    for (const CitationLink &l : links->references) {
        if (l.citing == l.cited) {
            ++h.selfCitations;
            continue;
        }
        ++foundationCount[l.cited];
        referenceRows[size_t(seedIndex.value(l.citing))].push_back(referenceColumns.of(l.cited));
        edgeSet.insert({l.citing, l.cited});
        ++h.referenceLinks;
    }
    for (const CitationLink &l : links->citers) {
        if (l.citing == l.cited)
            continue;
        ++followUpCount[l.citing];
        citerRows[size_t(seedIndex.value(l.cited))].push_back(citerColumns.of(l.citing));
        edgeSet.insert({l.citing, l.cited});
    }

    // The local graph's works and what the cache knows of them.
    QSet<QString> localSet(seeds.cbegin(), seeds.cend());
    for (auto it = foundationCount.cbegin(); it != foundationCount.cend(); ++it)
        localSet.insert(it.key());
    for (auto it = followUpCount.cbegin(); it != followUpCount.cend(); ++it)
        localSet.insert(it.key());
    QStringList local(localSet.cbegin(), localSet.cend());
    std::sort(local.begin(), local.end());
    const Read<QList<CitationWorkBrief>> briefs = queries.briefs(local);
    if (!briefs)
        return Result::failureOf(briefs);
    QHash<QString, CitationWorkBrief> briefOf;
    briefOf.reserve(briefs->size());
    for (const CitationWorkBrief &b : *briefs)
        briefOf.insert(b.id, b);
    data->infos.reserve(local.size());
    for (const QString &id : std::as_const(local)) {
        WorkInfo info;
        info.id = id;
        const auto b = briefOf.constFind(id);
        if (b != briefOf.cend()) {
            info.title = b->title;
            info.year = b->year;
            info.firstAuthor = b->firstAuthor;
            info.citedByCount = b->citedByCount;
            info.fwci = b->fwci;
            info.referenceCount = b->referenceCount;
            info.status = Status::Cached;
        }
        if (seedIndex.contains(id))
            info.status = Status::Own;
        data->infos.insert(id, info);
    }

    // The citations among the non-seed works (those to and from seeds are
    // read already); only a cached work with a listed reference list can cite.
    QStringList others;
    for (const QString &id : std::as_const(local)) {
        if (seedIndex.contains(id))
            continue;
        const auto b = briefOf.constFind(id);
        if (b != briefOf.cend() && b->referenceCount > 0)
            others << id;
    }
    if (!others.isEmpty()) {
        QStringList targets;
        for (const QString &id : std::as_const(local)) {
            if (!seedIndex.contains(id))
                targets << id;
        }
        const Read<QList<CitationLink>> among = queries.linksAmong(others, targets);
        if (!among)
            return Result::failureOf(among);
        for (const CitationLink &l : *among) {
            if (l.citing != l.cited)
                edgeSet.insert({l.citing, l.cited});
        }
    }
    data->edges.reserve(edgeSet.size());
    for (const auto &e : std::as_const(edgeSet))
        data->edges.append({e.first, e.second});
    std::sort(data->edges.begin(), data->edges.end());

    // PageRank on the local graph.
    QHash<QString, int> node;
    node.reserve(local.size());
    for (int i = 0; i < local.size(); ++i)
        node.insert(local.at(i), i);
    std::vector<std::pair<int, int>> edges;
    edges.reserve(size_t(data->edges.size()));
    for (const auto &e : std::as_const(data->edges))
        edges.emplace_back(node.value(e.first), node.value(e.second));
    const std::optional<std::vector<double>> rank = pageRankOf(int(local.size()), edges, kDamping);
    if (!rank) {
        qCWarning(lcCitations) << "PageRank failed on" << local.size() << "works";
        return Result::failure(tr("Could not compute PageRank on the citation graph of %1 works.").arg(local.size()));
    }
    data->pageRank.reserve(local.size());
    for (int i = 0; i < local.size(); ++i)
        data->pageRank.insert(local.at(i), (*rank)[size_t(i)]);

    // Data honesty: what the answers rest on.
    QSet<QString> dangling;
    for (const CitationLink &l : links->references) {
        if (l.citing == l.cited)
            continue;
        if (briefOf.contains(l.cited)) {
            ++h.resolvedReferenceLinks;
        } else {
            ++h.danglingReferenceLinks;
            dangling.insert(l.cited);
        }
    }
    h.distinctDanglingIds = int(dangling.size());
    h.citingWorks = int(followUpCount.size());
    for (const QString &id : std::as_const(seeds)) {
        const CitationWorkBrief b = briefOf.value(id);
        if (b.referenceCount > 0)
            ++h.seedsWithReferences;
        else if (b.referenceCount == 0)
            ++h.seedsWithoutReferenceData;
        else
            ++h.seedsReferencesUnknown;
        if (b.citingListed)
            ++h.seedsWithCitingListed;
        else if (b.citedByCount > 0)
            ++h.seedsCitedNotListed;
    }

    // Ranked lists. A foundation's share is over the seeds that have a
    // reference list: a seed without reference data cannot cite anything.
    auto ranked = [&](const QHash<QString, int> &counts, int denominator) {
        QList<RankedWork> out;
        out.reserve(counts.size());
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            RankedWork r;
            r.work = data->infos.value(it.key());
            r.count = it.value();
            r.share = denominator > 0 ? double(r.count) / denominator : 0.0;
            r.pageRank = data->pageRank.value(it.key());
            out.append(r);
        }
        std::sort(out.begin(), out.end(), rankedBefore);
        return out;
    };
    data->foundations = ranked(foundationCount, h.seedsWithReferences);
    data->followUps = ranked(followUpCount, h.seeds);

    // Coupling and co-citation: A·Aᵀ over compressed rows.
    CompressedRows references;
    CompressedRows citers;
    for (size_t i = 0; i < size_t(seeds.size()); ++i) {
        references.appendRow(std::move(referenceRows[i]));
        citers.appendRow(std::move(citerRows[i]));
        data->referenceRowSize.push_back(references.rowSize(int(i)));
        data->citerRowSize.push_back(citers.rowSize(int(i)));
    }
    data->coupling = sharedColumns(references);
    data->cocitation = sharedColumns(citers);

    CitationNetwork network;
    network.d = std::move(data);
    return network;
}

const QStringList &CitationNetwork::seeds() const
{
    return d->seeds;
}

QList<RankedWork> CitationNetwork::foundations() const
{
    return d->foundations;
}

QList<RankedWork> CitationNetwork::followUps() const
{
    return d->followUps;
}

QList<PairScore> CitationNetwork::coupling(Measure measure) const
{
    return d->scored(d->coupling, d->referenceRowSize, measure);
}

QList<PairScore> CitationNetwork::cocitation(Measure measure) const
{
    return d->scored(d->cocitation, d->citerRowSize, measure);
}

QHash<QString, double> CitationNetwork::pageRank() const
{
    return d->pageRank;
}

QList<QPair<QString, QString>> CitationNetwork::citationEdges() const
{
    return d->edges;
}

WorkInfo CitationNetwork::info(const QString &id) const
{
    const auto it = d->infos.constFind(id);
    if (it != d->infos.cend())
        return *it;
    WorkInfo unknown;
    unknown.id = id;
    return unknown;
}

DataHonesty CitationNetwork::honesty() const
{
    return d->honesty;
}

} // namespace peerscope::citations
