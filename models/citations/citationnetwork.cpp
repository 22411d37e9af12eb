#include "citations/citationnetwork.h"

#include "cache/citationqueries.h"
#include "citations/sparseproduct.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>

#include <igraph.h>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace peerscope::citations {

Q_LOGGING_CATEGORY(lcCitations, "peerscope.citations", QtWarningMsg)

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CitationNetwork", text);
}

// igraph's error handler is process-wide state.
QMutex s_igraphMutex;

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
    // The local graph's works by number: the seeds first, in their order.
    QStringList ids;
    QHash<QString, int> idOf;
    std::vector<WorkInfo> infos;
    std::vector<double> rank; // PageRank
    std::vector<std::pair<int, int>> edges; // citing → cited, sorted
    QList<RankedWork> foundations;
    QList<RankedWork> followUps;
    // The incidence matrices (seeds × cited IDs, seeds × citing works);
    // their products are computed on first use: for a big author most pairs
    // of works share some reference, so the pair list can be far larger than
    // everything else here (foundations and follow-ups do not need it).
    CompressedRows references;
    CompressedRows citers;
    mutable std::once_flag couplingOnce;
    mutable std::once_flag cocitationOnce;
    mutable std::vector<SharedCount> coupling;
    mutable std::vector<SharedCount> cocitation;
    DataHonesty honesty;

    QList<PairScore> scored(const std::vector<SharedCount> &pairs, const CompressedRows &rows, Measure measure) const;
};

QList<PairScore> CitationNetwork::Data::scored(const std::vector<SharedCount> &pairs, const CompressedRows &rows,
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
        const double na = rows.rowSize(p.a);
        const double nb = rows.rowSize(p.b);
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

    // From here on a work is a number: the seeds 0..n-1 in their order,
    // then every other ID in the order met.
    QHash<QString, int> &idOf = data->idOf;
    QStringList &ids = data->ids;
    const int n = int(seeds.size());
    idOf.reserve(n + links->references.size() / 2 + links->citers.size());
    ids = seeds;
    for (int i = 0; i < n; ++i)
        idOf.insert(seeds.at(i), i);
    auto intern = [&](const QString &id) {
        const auto it = idOf.constFind(id);
        if (it != idOf.cend())
            return *it;
        const int k = int(ids.size());
        idOf.insert(id, k);
        ids.append(id);
        return k;
    };

    // Foundations and follow-ups, counted per seed (see the header for
    // self-citations and seeds citing seeds).
    std::vector<int> foundationCount;
    std::vector<int> followUpCount;
    auto bump = [](std::vector<int> &counts, int k) {
        if (size_t(k) >= counts.size())
            counts.resize(size_t(k) + 1, 0);
        ++counts[size_t(k)];
    };
    std::vector<std::vector<int>> referenceRows(static_cast<size_t>(n));
    std::vector<std::vector<int>> citerRows(static_cast<size_t>(n));
    std::vector<std::pair<int, int>> edges;
    edges.reserve(size_t(links->references.size() + links->citers.size()));
    for (const CitationLink &l : links->references) {
        const int citing = idOf.value(l.citing);
        const int cited = intern(l.cited);
        if (citing == cited) {
            ++h.selfCitations;
            continue;
        }
        bump(foundationCount, cited);
        referenceRows[size_t(citing)].push_back(cited);
        edges.emplace_back(citing, cited);
        ++h.referenceLinks;
    }
    for (const CitationLink &l : links->citers) {
        const int citing = intern(l.citing);
        const int cited = idOf.value(l.cited);
        if (citing == cited)
            continue;
        bump(followUpCount, citing);
        citerRows[size_t(cited)].push_back(citing);
        if (citing >= n) // a seed's citation of a seed is among the references already
            edges.emplace_back(citing, cited);
    }
    const int total = int(ids.size());
    foundationCount.resize(size_t(total), 0);
    followUpCount.resize(size_t(total), 0);

    // What the cache knows of the local graph's works.
    const Read<QList<CitationWorkBrief>> briefs = queries.briefs(ids);
    if (!briefs)
        return Result::failureOf(briefs);
    std::vector<const CitationWorkBrief *> briefOf(size_t(total), nullptr);
    for (const CitationWorkBrief &b : *briefs) {
        const auto it = idOf.constFind(b.id);
        if (it != idOf.cend())
            briefOf[size_t(*it)] = &b;
    }
    data->infos.resize(size_t(total));
    for (int k = 0; k < total; ++k) {
        WorkInfo &info = data->infos[size_t(k)];
        info.id = ids.at(k);
        if (const CitationWorkBrief *b = briefOf[size_t(k)]) {
            info.title = b->title;
            info.year = b->year;
            info.firstAuthor = b->firstAuthor;
            info.citedByCount = b->citedByCount;
            info.fwci = b->fwci;
            info.referenceCount = b->referenceCount;
            info.status = Status::Cached;
        }
        if (k < n)
            info.status = Status::Own;
    }

    // The citations among the non-seed works (those to and from seeds are
    // read already); only a cached work with a listed reference list can cite.
    QStringList others;
    for (int k = n; k < total; ++k) {
        if (briefOf[size_t(k)] && briefOf[size_t(k)]->referenceCount > 0)
            others << ids.at(k);
    }
    if (!others.isEmpty()) {
        const Read<QList<CitationLink>> among = queries.linksAmong(others, ids.mid(n));
        if (!among)
            return Result::failureOf(among);
        for (const CitationLink &l : *among) {
            const int citing = idOf.value(l.citing, -1);
            const int cited = idOf.value(l.cited, -1);
            if (citing >= 0 && cited >= 0 && citing != cited)
                edges.emplace_back(citing, cited);
        }
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    data->edges = std::move(edges);

    // PageRank on the local graph.
    std::optional<std::vector<double>> rank = pageRankOf(total, data->edges, kDamping);
    if (!rank) {
        qCWarning(lcCitations) << "PageRank failed on" << total << "works";
        return Result::failure(tr("Could not compute PageRank on the citation graph of %1 works.").arg(total));
    }
    data->rank = std::move(*rank);

    // Data honesty: what the answers rest on.
    std::vector<char> danglingId(size_t(total), 0);
    for (int s = 0; s < n; ++s) {
        for (int cited : referenceRows[size_t(s)]) {
            if (briefOf[size_t(cited)]) {
                ++h.resolvedReferenceLinks;
            } else {
                ++h.danglingReferenceLinks;
                if (!danglingId[size_t(cited)]) {
                    danglingId[size_t(cited)] = 1;
                    ++h.distinctDanglingIds;
                }
            }
        }
    }
    for (int k = 0; k < total; ++k)
        h.citingWorks += followUpCount[size_t(k)] > 0 ? 1 : 0;
    for (int s = 0; s < n; ++s) {
        const CitationWorkBrief *b = briefOf[size_t(s)];
        const int references = b ? b->referenceCount : -1;
        if (references > 0)
            ++h.seedsWithReferences;
        else if (references == 0)
            ++h.seedsWithoutReferenceData;
        else
            ++h.seedsReferencesUnknown;
        if (b && b->citingListed)
            ++h.seedsWithCitingListed;
        else if (b && b->citedByCount > 0)
            ++h.seedsCitedNotListed;
    }

    // Ranked lists. A foundation's share is over the seeds that have a
    // reference list: a seed without reference data cannot cite anything.
    auto ranked = [&](const std::vector<int> &counts, int denominator) {
        QList<RankedWork> out;
        for (int k = 0; k < total; ++k) {
            if (counts[size_t(k)] == 0)
                continue;
            RankedWork r;
            r.work = data->infos[size_t(k)];
            r.count = counts[size_t(k)];
            r.share = denominator > 0 ? double(r.count) / denominator : 0.0;
            r.pageRank = data->rank[size_t(k)];
            out.append(std::move(r));
        }
        std::sort(out.begin(), out.end(), rankedBefore);
        return out;
    };
    data->foundations = ranked(foundationCount, h.seedsWithReferences);
    data->followUps = ranked(followUpCount, h.seeds);

    // Coupling and co-citation: A·Aᵀ over compressed rows (columns are the
    // work numbers), when asked for.
    for (int s = 0; s < n; ++s) {
        data->references.appendRow(std::move(referenceRows[size_t(s)]));
        data->citers.appendRow(std::move(citerRows[size_t(s)]));
    }

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
    std::call_once(d->couplingOnce, [this] { d->coupling = sharedColumns(d->references); });
    return d->scored(d->coupling, d->references, measure);
}

QList<PairScore> CitationNetwork::cocitation(Measure measure) const
{
    std::call_once(d->cocitationOnce, [this] { d->cocitation = sharedColumns(d->citers); });
    return d->scored(d->cocitation, d->citers, measure);
}

QHash<QString, double> CitationNetwork::pageRank() const
{
    QHash<QString, double> out;
    out.reserve(d->ids.size());
    for (int k = 0; k < d->ids.size(); ++k)
        out.insert(d->ids.at(k), d->rank[size_t(k)]);
    return out;
}

QList<QPair<QString, QString>> CitationNetwork::citationEdges() const
{
    QList<QPair<QString, QString>> out;
    out.reserve(qsizetype(d->edges.size()));
    for (const auto &[citing, cited] : d->edges)
        out.append({d->ids.at(citing), d->ids.at(cited)});
    return out;
}

WorkInfo CitationNetwork::info(const QString &id) const
{
    const auto it = d->idOf.constFind(id);
    if (it != d->idOf.cend())
        return d->infos[size_t(*it)];
    WorkInfo unknown;
    unknown.id = id;
    return unknown;
}

DataHonesty CitationNetwork::honesty() const
{
    return d->honesty;
}

} // namespace peerscope::citations
