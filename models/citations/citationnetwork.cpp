#include "citations/citationnetwork.h"

#include "cache/citationqueries.h"
#include "citations/sparseproduct.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>

#include <igraph.h>
#include <omp.h>

#include <algorithm>
#include <ctime>
#include <cmath>
#include <iterator>
#include <mutex>
#include <thread>
#include <utility>

namespace peerscope::citations {

Q_LOGGING_CATEGORY(lcCitations, "peerscope.citations", QtWarningMsg)

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CitationNetwork", text);
}

// igraph's error handler is process-wide state.
QMutex s_igraphMutex;

// Non-negative 64-bit keys to ints in one open-addressed array (linear
// probing, at most half full): a big author's load looks up a million IDs
// among 180,000, and a node-based std::unordered_map spent a tenth of the
// load on cache misses.
class NumberIndex
{
public:
    void reserve(size_t n)
    {
        if (n * 2 > m_slots.size())
            rehash(n * 2);
    }
    // The value of key, or -1.
    int find(qint64 key) const
    {
        if (m_slots.empty())
            return -1;
        for (size_t i = slotOf(key);; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (slot.key == key)
                return slot.value;
            if (slot.key < 0)
                return -1;
        }
    }
    // The value of key if present (added false), else stores value.
    std::pair<int, bool> tryEmplace(qint64 key, int value)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            rehash(std::max<size_t>(64, m_slots.size() * 2));
        for (size_t i = slotOf(key);; i = (i + 1) & m_mask) {
            Slot &slot = m_slots[i];
            if (slot.key == key)
                return {slot.value, false};
            if (slot.key < 0) {
                slot = Slot{key, value};
                ++m_size;
                return {value, true};
            }
        }
    }

private:
    struct Slot {
        qint64 key = -1; // -1: empty
        int value = 0;
    };
    size_t slotOf(qint64 key) const { return size_t((quint64(key) * 0x9E3779B97F4A7C15ULL) >> m_shift); }
    void rehash(size_t atLeast)
    {
        size_t capacity = 64;
        int bits = 6;
        while (capacity < atLeast) {
            capacity *= 2;
            ++bits;
        }
        std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(capacity));
        m_mask = capacity - 1;
        m_shift = 64 - bits;
        m_size = 0;
        for (const Slot &slot : old) {
            if (slot.key >= 0)
                tryEmplace(slot.key, slot.value);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    int m_shift = 64;
    size_t m_size = 0;
};

// Work IDs as numbers 0, 1, ... in the order first met. OpenAlex IDs
// (W + digits) are keyed by their number: hashing a million QStrings was a
// fifth of a big author's load. Anything else is keyed by its text.
class IdTable
{
public:
    explicit IdTable(QStringList &names) : m_names(names) {}

    void reserve(qsizetype n)
    {
        m_numeric.reserve(size_t(n));
        m_names.reserve(n);
    }

    int find(QStringView id) const
    {
        const qint64 number = numberOf(id);
        if (number >= 0)
            return m_numeric.find(number);
        return m_other.value(id.toString(), -1);
    }
    int intern(QStringView id)
    {
        const qint64 number = numberOf(id);
        const int next = int(m_names.size());
        if (number >= 0) {
            const auto [known, added] = m_numeric.tryEmplace(number, next);
            if (!added)
                return known;
        } else {
            const QString text = id.toString();
            const auto it = m_other.constFind(text);
            if (it != m_other.cend())
                return *it;
            m_other.insert(text, next);
        }
        m_names.append(id.toString());
        return next;
    }

private:
    static qint64 numberOf(QStringView id)
    {
        if (id.size() < 2 || id.size() > 18 || id.front() != u'W')
            return -1;
        qint64 n = 0;
        for (qsizetype i = 1; i < id.size(); ++i) {
            const char16_t c = id[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        // W0123 and W123 are different texts: only canonical numbers.
        return id[1] == u'0' && id.size() > 2 ? -1 : n;
    }

    QStringList &m_names;
    NumberIndex m_numeric;
    QHash<QString, int> m_other;
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
    // PRPACK sums in OpenMP threads, in whatever order they finish, and the
    // last digits of the ranks then change from run to run: one thread, so
    // that the same cache gives the same ranks, on either backend. (The
    // setting is this thread's; the mutex above keeps PageRank to one
    // thread at a time anyway.)
    const int threads = omp_get_max_threads();
    omp_set_num_threads(1);
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
    omp_set_num_threads(threads);
    igraph_vector_destroy(&values);
    igraph_vector_int_destroy(&list);
    igraph_set_error_handler(previous);
    return out;
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
    std::unique_ptr<IdTable> idTable;
    std::vector<WorkInfo> infos;
    // What the non-seed works of the local graph cite, as read: the edges
    // among them are parsed on first use (graph()).
    QList<WorkLinks> among;
    // The citation edges and PageRank, on first use: together a third of a
    // big author's load, and foundations and follow-ups are ranked by counts.
    mutable std::once_flag graphOnce;
    mutable std::vector<std::pair<int, int>> edges; // citing → cited, each stored citation once
    mutable std::vector<double> rank;               // PageRank; empty until graph()
    QList<RankedWork> foundations; // pageRank left 0: filled from rank when asked
    QList<RankedWork> followUps;
    // The incidence matrices (seeds × cited IDs, seeds × citing works);
    // their products are computed on first use: for a big author most pairs
    // of works share some reference, so the pair list can be far larger than
    // everything else here (foundations and follow-ups do not need it).
    CompressedRows references;
    CompressedRows citers;
    mutable std::once_flag couplingOnce;
    mutable std::once_flag cocitationOnce;
    mutable SharedCounts coupling;
    mutable SharedCounts cocitation;
    DataHonesty honesty;
    // Similar works: the cached works that follow-ups cite beyond the local
    // graph (read by load()); the candidates' scores on first use.
    bool similarRead = false; // load() read beyond: similar works can be scored
    QHash<QString, WorkInfo> beyond;
    QList<WorkLinks> beyondLinks; // what those of them with a reference list cite
    mutable std::once_flag similarOnce;
    mutable QStringList similarNames;                  // candidates beyond the local graph: numbers ids.size()..
    mutable std::vector<std::pair<int, int>> similar; // (work number, count), ranked

    QList<PairScore> scored(const SharedCounts &pairs, const CompressedRows &rows, Measure measure, int limit) const;
    // The best `limit` pairs without storing the product (see forEachSharedPair).
    QList<PairScore> best(const CompressedRows &rows, Measure measure, int limit, qint64 *pairCount) const;
    void graph() const; // edges and rank, once
    QList<RankedWork> withPageRank(QList<RankedWork> rows) const;
    void scoreSimilar() const; // similar, once
    // A work's stored references as read (seeds and the local graph's works
    // with a reference list), self-citation left out, sorted as strings;
    // nullopt when they were not read.
    std::optional<QStringList> referenceIds(const QString &id) const;
};

namespace {

WorkInfo infoOf(const CitationWorkBrief &b)
{
    WorkInfo info;
    info.id = b.id;
    info.title = b.title;
    info.year = b.year;
    info.firstAuthor = b.firstAuthor;
    info.citedByCount = b.citedByCount;
    info.fwci = b.fwci;
    info.referenceCount = b.referenceCount;
    info.status = Status::Cached;
    return info;
}

} // namespace

void CitationNetwork::Data::graph() const
{
    std::call_once(graphOnce, [this] {
        QElapsedTimer clock;
        clock.start();
        const int n = int(seeds.size());
        const int total = int(ids.size());
        // Each stored citation once: from a seed (its reference row), to a
        // seed from a non-seed (its citer row; a seed citing a seed is in
        // the citing seed's references), or between two other works of the
        // local graph (those leaving it are not edges).
        size_t count = references.columns.size() + citers.columns.size();
        edges.reserve(count);
        for (int s = 0; s < n; ++s) {
            for (int k = references.offsets[size_t(s)]; k < references.offsets[size_t(s) + 1]; ++k)
                edges.emplace_back(s, references.columns[size_t(k)]);
            for (int k = citers.offsets[size_t(s)]; k < citers.offsets[size_t(s) + 1]; ++k) {
                const int citing = citers.columns[size_t(k)];
                if (citing >= n)
                    edges.emplace_back(citing, s);
            }
        }
        for (const WorkLinks &work : among) {
            const int citing = idTable->find(work.id);
            for (const QStringView id : QStringView(work.references).tokenize(u',', Qt::SkipEmptyParts)) {
                const int cited = idTable->find(id);
                if (citing >= n && cited >= n && citing != cited)
                    edges.emplace_back(citing, cited);
            }
        }
        // In one order whatever order the rows came in (see inSeedOrder).
        std::sort(edges.begin(), edges.end());
        const qint64 edgesMs = clock.restart();
        std::optional<std::vector<double>> values = pageRankOf(total, edges, kDamping);
        if (values) {
            rank = std::move(*values);
        } else {
            // Only on running out of memory: igraph takes any directed graph.
            qCWarning(lcCitations) << "PageRank failed on" << total << "works: reported as 0";
            rank.assign(size_t(total), 0.0);
        }
        qCDebug(lcCitations) << "edges" << edgesMs << "ms, pagerank" << clock.elapsed() << "ms";
    });
}

QList<RankedWork> CitationNetwork::Data::withPageRank(QList<RankedWork> rows) const
{
    graph();
    for (RankedWork &r : rows)
        r.pageRank = rank[size_t(idTable->find(r.work.id))];
    return rows;
}

namespace {

struct ScoredPair {
    int a, b, shared;
    double score;
};

// Best score first; ties by more shared, then by ID (seeds are numbered in
// string order, so a < b and the order by number are the order by ID).
bool betterPair(const ScoredPair &x, const ScoredPair &y)
{
    if (x.score != y.score)
        return x.score > y.score;
    if (x.shared != y.shared)
        return x.shared > y.shared;
    return x.a != y.a ? x.a < y.a : x.b < y.b;
}

// What the measures need besides the pair's count: each row's size (its
// references or citers) and, for association strength, each row's total
// link weight s_i = Σ_j c_ij and the map's total m = ½ Σ_i s_i. A column
// held by k rows gives each of them k − 1 links, so s_i comes from the
// posting lists' lengths, without the product.
struct PairScorer {
    const CompressedRows &rows;
    Measure measure;
    std::vector<double> strength;
    double total = 0;

    PairScorer(const CompressedRows &matrix, const Postings &postings, Measure m)
        : rows(matrix), measure(m)
    {
        if (measure != Measure::Association)
            return;
        strength.assign(size_t(rows.rowCount()), 0.0);
        for (int a = 0; a < rows.rowCount(); ++a) {
            for (int k = rows.offsets[size_t(a)]; k < rows.offsets[size_t(a) + 1]; ++k) {
                const size_t c = size_t(rows.columns[size_t(k)]);
                strength[size_t(a)] += postings.start[c + 1] - postings.start[c] - 1;
            }
            total += strength[size_t(a)];
        }
        total /= 2;
    }

    double operator()(int a, int b, int shared) const
    {
        const double c = shared;
        const double na = rows.rowSize(a);
        const double nb = rows.rowSize(b);
        switch (measure) {
        case Measure::Count:
            break;
        case Measure::Salton:
            return c / std::sqrt(na * nb);
        case Measure::Jaccard:
            return c / (na + nb - c);
        case Measure::Association:
            return 2.0 * total * c / (strength[size_t(a)] * strength[size_t(b)]);
        }
        return c;
    }
};

} // namespace

QList<PairScore> CitationNetwork::Data::scored(const SharedCounts &pairs, const CompressedRows &rows,
                                               Measure measure, int limit) const
{
    // The posting lists serve only association strength's link weights.
    const PairScorer score(rows, measure == Measure::Association ? postingsOf(rows) : Postings{}, measure);
    std::vector<ScoredPair> all;
    all.reserve(pairs.pairCount());
    for (int a = 0; a + 1 < int(pairs.offsets.size()); ++a) {
        for (int k = pairs.offsets[size_t(a)]; k < pairs.offsets[size_t(a) + 1]; ++k) {
            const int b = pairs.other[size_t(k)];
            const int c = pairs.shared[size_t(k)];
            all.push_back({a, b, c, score(a, b, c)});
        }
    }
    const size_t keep = limit >= 0 ? std::min(all.size(), size_t(limit)) : all.size();
    std::partial_sort(all.begin(), all.begin() + qsizetype(keep), all.end(), betterPair);
    QList<PairScore> out;
    out.reserve(qsizetype(keep));
    for (size_t i = 0; i < keep; ++i)
        out.append(PairScore{seeds.at(all[i].a), seeds.at(all[i].b), all[i].shared, all[i].score});
    return out;
}

QList<PairScore> CitationNetwork::Data::best(const CompressedRows &rows, Measure measure, int limit,
                                             qint64 *pairCount) const
{
    QList<PairScore> out;
    qint64 met = 0;
    if (limit <= 0) {
        if (pairCount) {
            forEachSharedPair(rows, postingsOf(rows), [&met](int, int, int) { ++met; });
            *pairCount = met;
        }
        return out;
    }
    const Postings postings = postingsOf(rows);
    const PairScorer score(rows, postings, measure);
    // A heap whose top is the worst pair kept: a pair enters only when it
    // beats it, so memory holds `limit` pairs whatever the product's size.
    std::vector<ScoredPair> kept;
    kept.reserve(size_t(limit));
    forEachSharedPair(rows, postings, [&](int a, int b, int shared) {
        ++met;
        const ScoredPair pair{a, b, shared, score(a, b, shared)};
        if (kept.size() < size_t(limit)) {
            kept.push_back(pair);
            std::push_heap(kept.begin(), kept.end(), betterPair);
        } else if (betterPair(pair, kept.front())) {
            std::pop_heap(kept.begin(), kept.end(), betterPair);
            kept.back() = pair;
            std::push_heap(kept.begin(), kept.end(), betterPair);
        }
    });
    std::sort(kept.begin(), kept.end(), betterPair);
    if (pairCount)
        *pairCount = met;
    out.reserve(qsizetype(kept.size()));
    for (const ScoredPair &p : kept)
        out.append(PairScore{seeds.at(p.a), seeds.at(p.b), p.shared, p.score});
    return out;
}

Read<CitationNetwork> CitationNetwork::load(const Cache &cache, const SeedSet &seedSet, Reads reads)
{
    using Result = Read<CitationNetwork>;
    QElapsedTimer clock;
    clock.start();
    QStringList phases; // for the debug log: where the time goes
    // Wall time and this thread's CPU time: on a busy machine only the
    // second says what a phase costs.
    auto cpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
    };
    qint64 cpu = cpuMs();
    auto phase = [&](const char *name) {
        const qint64 now = cpuMs();
        phases << QStringLiteral("%1 %2 ms (cpu %3)").arg(QLatin1String(name)).arg(clock.restart()).arg(now - cpu);
        cpu = now;
    };
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
    phase("seeds");
    const Read<QList<WorkLinks>> links = queries.seedLinks(seeds);
    phase("read links");
    if (!links)
        return Result::failureOf(links);
    DataHonesty &h = data->honesty;
    h.seeds = int(seeds.size());

    // From here on a work is a number: the seeds 0..n-1 in their order,
    // then every other ID in the order met.
    QStringList &ids = data->ids;
    auto table = std::make_unique<IdTable>(ids);
    IdTable &idTable = *table;
    const int n = int(seeds.size());
    {
        qsizetype linkText = 0; // IDs are about 11 characters and a comma
        for (const WorkLinks &seed : *links)
            linkText += seed.references.size() + seed.citers.size();
        idTable.reserve(n + linkText / 12);
    }
    for (const QString &seed : std::as_const(seeds))
        idTable.intern(seed);

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
    // Seed by seed in their order, whatever order the rows came in (a
    // server may return them in another): works are numbered as they are
    // met, and the numbering decides the last digits of PageRank.
    std::vector<const WorkLinks *> inSeedOrder(static_cast<size_t>(n), nullptr);
    for (const WorkLinks &seed : *links) {
        const int s = idTable.find(seed.id);
        if (s >= 0 && s < n)
            inSeedOrder[size_t(s)] = &seed;
    }
    for (const WorkLinks *seedRow : inSeedOrder) {
        if (!seedRow)
            continue;
        const WorkLinks &seed = *seedRow;
        const int s = idTable.find(seed.id);
        std::vector<int> &row = referenceRows[size_t(s)];
        for (const QStringView id : QStringView(seed.references).tokenize(u',', Qt::SkipEmptyParts)) {
            const int cited = idTable.intern(id);
            if (cited == s) {
                ++h.selfCitations;
                continue;
            }
            bump(foundationCount, cited);
            row.push_back(cited);
            ++h.referenceLinks;
        }
        for (const QStringView id : QStringView(seed.citers).tokenize(u',', Qt::SkipEmptyParts)) {
            const int citing = idTable.intern(id);
            if (citing == s)
                continue;
            bump(followUpCount, citing);
            citerRows[size_t(s)].push_back(citing);
        }
    }
    const int total = int(ids.size());
    foundationCount.resize(size_t(total), 0);
    followUpCount.resize(size_t(total), 0);

    // What the cache knows of the local graph's works.
    phase("count");
    const Read<QList<CitationWorkBrief>> briefs = queries.briefs(ids);
    phase("read briefs");
    if (!briefs)
        return Result::failureOf(briefs);
    std::vector<const CitationWorkBrief *> briefOf(size_t(total), nullptr);
    for (const CitationWorkBrief &b : *briefs) {
        if (b.index >= 0 && b.index < total) // ids was the list asked for: index = work number
            briefOf[size_t(b.index)] = &b;
    }
    data->infos.resize(size_t(total));
    for (int k = 0; k < total; ++k) {
        WorkInfo &info = data->infos[size_t(k)];
        if (const CitationWorkBrief *b = briefOf[size_t(k)])
            info = infoOf(*b);
        info.id = ids.at(k);
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
    phase("infos");
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

    phase("honesty");
    // Ranked lists. A foundation's share is over the seeds that have a
    // reference list: a seed without reference data cannot cite anything.
    // Ties are ordered by ID text; most rows tie (one seed, not cached), and
    // comparing strings was most of the ranking. OpenAlex IDs compare as
    // numbers that keep the text's order; any other ID: the texts.
    const std::vector<quint64> idKeys = text::idOrderKeys(ids);
    auto ranked = [&](const std::vector<int> &counts, int denominator) {
        // Sorted as numbers, then built in order: sorting the rows
        // themselves moved three strings per swap.
        std::vector<int> order;
        for (int k = 0; k < total; ++k) {
            if (counts[size_t(k)] > 0)
                order.push_back(k);
        }
        const std::vector<WorkInfo> &infos = data->infos;
        std::sort(order.begin(), order.end(), [&](int x, int y) {
            if (counts[size_t(x)] != counts[size_t(y)])
                return counts[size_t(x)] > counts[size_t(y)];
            const WorkInfo &a = infos[size_t(x)];
            const WorkInfo &b = infos[size_t(y)];
            if (a.citedByCount != b.citedByCount)
                return a.citedByCount > b.citedByCount;
            return idKeys.empty() ? a.id < b.id : idKeys[size_t(x)] < idKeys[size_t(y)];
        });
        QList<RankedWork> out;
        out.reserve(qsizetype(order.size()));
        for (int k : order) {
            RankedWork r;
            r.work = infos[size_t(k)];
            r.count = counts[size_t(k)];
            r.share = denominator > 0 ? double(r.count) / denominator : 0.0;
            out.append(std::move(r));
        }
        return out;
    };
    // Ranked, and the rows built, on another thread while this one reads
    // the rest: they share nothing either writes (the reads below fill
    // among and beyond only).
    std::jthread ranking([&] {
        data->foundations = ranked(foundationCount, h.seedsWithReferences);
        data->followUps = ranked(followUpCount, h.seeds);
        // Coupling and co-citation: A·Aᵀ over compressed rows (columns are
        // the work numbers), when asked for.
        for (int s = 0; s < n; ++s) {
            data->references.appendRow(std::move(referenceRows[size_t(s)]));
            data->citers.appendRow(std::move(citerRows[size_t(s)]));
        }
    });
    if (!others.isEmpty()) {
        // Read now (the cache is not kept), parsed into edges on first use.
        Read<QList<WorkLinks>> among = queries.referencesOf(others);
        if (!among)
            return Result::failureOf(among);
        data->among = std::move(*among);
    }
    phase("read references among others");
    // Similar works: what the follow-ups cite beyond the local graph, as far
    // as the cache knows it (one walk over their references; the rest of
    // those IDs are new works).
    data->similarRead = reads == Reads::WithSimilarWorks;
    QStringList followUpIds;
    for (int k = n; data->similarRead && k < total; ++k) {
        if (followUpCount[size_t(k)] > 0)
            followUpIds << ids.at(k);
    }
    if (!followUpIds.isEmpty()) {
        const Read<QList<CitationWorkBrief>> beyond = queries.citedBriefs(followUpIds, ids);
        if (!beyond)
            return Result::failureOf(beyond);
        data->beyond.reserve(beyond->size());
        for (const CitationWorkBrief &b : *beyond) {
            data->beyond.insert(b.id, infoOf(b));
            if (!b.references.isEmpty())
                data->beyondLinks.append(WorkLinks{b.id, b.references, {}});
        }
    }
    phase("read briefs beyond");

    data->idTable = std::move(table);
    ranking.join();
    phase("rank and rows (what was left of them)");
    qCDebug(lcCitations).noquote() << "load of" << n << "seeds," << total << "works:" << phases.join(QStringLiteral(", "));
    CitationNetwork network;
    network.d = std::move(data);
    return network;
}

Read<QStringList> CitationNetwork::unknownSeeds(const Cache &cache, const SeedSet &seedSet)
{
    const CitationQueries queries(cache);
    const QString person = seedSet.personId.trimmed();
    if (!person.isEmpty()) {
        const Read<bool> known = queries.personKnown(person);
        if (!known)
            return Read<QStringList>::failureOf(known);
        return *known ? QStringList() : QStringList{person};
    }
    QStringList ids;
    for (const QString &id : seedSet.workIds)
        ids << id.trimmed();
    ids.removeDuplicates();
    ids.removeAll(QString());
    return queries.uncachedWorks(ids);
}

const QStringList &CitationNetwork::seeds() const
{
    return d->seeds;
}

QList<RankedWork> CitationNetwork::foundations(Columns columns) const
{
    return columns == Columns::WithPageRank ? d->withPageRank(d->foundations) : d->foundations;
}

QList<RankedWork> CitationNetwork::followUps(Columns columns) const
{
    return columns == Columns::WithPageRank ? d->withPageRank(d->followUps) : d->followUps;
}

QList<PairScore> CitationNetwork::coupling(Measure measure, int limit, qint64 *pairCount) const
{
    if (limit >= 0)
        return d->best(d->references, measure, limit, pairCount);
    std::call_once(d->couplingOnce, [this] { d->coupling = sharedColumns(d->references); });
    if (pairCount)
        *pairCount = qint64(d->coupling.pairCount());
    return d->scored(d->coupling, d->references, measure, limit);
}

QList<PairScore> CitationNetwork::cocitation(Measure measure, int limit, qint64 *pairCount) const
{
    if (limit >= 0)
        return d->best(d->citers, measure, limit, pairCount);
    std::call_once(d->cocitationOnce, [this] { d->cocitation = sharedColumns(d->citers); });
    if (pairCount)
        *pairCount = qint64(d->cocitation.pairCount());
    return d->scored(d->cocitation, d->citers, measure, limit);
}

QHash<QString, double> CitationNetwork::pageRank() const
{
    d->graph();
    QHash<QString, double> out;
    out.reserve(d->ids.size());
    for (int k = 0; k < d->ids.size(); ++k)
        out.insert(d->ids.at(k), d->rank[size_t(k)]);
    return out;
}

QList<QPair<QString, QString>> CitationNetwork::citationEdges() const
{
    d->graph();
    QList<QPair<QString, QString>> out;
    out.reserve(qsizetype(d->edges.size()));
    for (const auto &[citing, cited] : d->edges)
        out.append({d->ids.at(citing), d->ids.at(cited)});
    return out;
}

void CitationNetwork::Data::scoreSimilar() const
{
    std::call_once(similarOnce, [this] {
        QElapsedTimer clock;
        clock.start();
        const int n = int(seeds.size());
        const int total = int(ids.size());
        // Two sparse products with indicator vectors, over the rows of the
        // works whose references were read (A: citing work × cited work):
        // shared = A·r, r marking what the seeds cite; co-citations = Aᵀ·f,
        // f marking the follow-ups. One pass over the rows, no pairs.
        std::vector<char> seedCited(size_t(total), 0);
        for (const int c : references.columns)
            seedCited[size_t(c)] = 1;
        std::vector<char> followUp(size_t(total), 0);
        for (const int c : citers.columns)
            followUp[size_t(c)] = 1;
        std::vector<int> shared(size_t(total), 0);
        std::vector<int> cocited(size_t(total), 0);
        auto cocite = [&cocited](int c) {
            if (size_t(c) >= cocited.size())
                cocited.resize(size_t(c) + 1, 0);
            ++cocited[size_t(c)];
        };
        // A seed citing a seed is a follow-up: the non-seeds it cites are co-cited.
        for (int s = 0; s < n; ++s) {
            if (!followUp[size_t(s)])
                continue;
            for (int k = references.offsets[size_t(s)]; k < references.offsets[size_t(s) + 1]; ++k) {
                if (references.columns[size_t(k)] >= n)
                    cocite(references.columns[size_t(k)]);
            }
        }
        // The other works with a reference list (each cited ID once: the
        // stored pairs are distinct). What only a follow-up cites beyond the
        // local graph is numbered after it.
        IdTable beyondTable(similarNames);
        for (const WorkLinks &work : among) {
            const int w = idTable->find(work.id);
            if (w < n)
                continue; // not met: among holds non-seeds of the local graph
            const bool cites = followUp[size_t(w)];
            for (const QStringView id : QStringView(work.references).tokenize(u',', Qt::SkipEmptyParts)) {
                int c = idTable->find(id);
                if (c == w)
                    continue;
                if (c >= 0 && seedCited[size_t(c)])
                    ++shared[size_t(w)];
                if (!cites)
                    continue;
                if (c < 0)
                    c = total + beyondTable.intern(id);
                if (c >= n)
                    cocite(c);
            }
        }
        // The cached works beyond the local graph that a follow-up cites:
        // their shared references (none of them is a follow-up).
        std::vector<int> sharedBeyond;
        for (const WorkLinks &work : beyondLinks) {
            const int w = beyondTable.intern(work.id);
            int count = 0;
            for (const QStringView id : QStringView(work.references).tokenize(u',', Qt::SkipEmptyParts)) {
                const int c = idTable->find(id);
                count += c >= 0 && seedCited[size_t(c)] ? 1 : 0;
            }
            if (size_t(w) >= sharedBeyond.size())
                sharedBeyond.resize(size_t(w) + 1, 0);
            sharedBeyond[size_t(w)] = count;
        }
        if (!sharedBeyond.empty() && cocited.size() < size_t(total) + sharedBeyond.size())
            cocited.resize(size_t(total) + sharedBeyond.size(), 0);

        const int all = int(cocited.size());
        std::vector<int> citedBy(size_t(all), -1);
        for (int k = n; k < all; ++k) {
            const size_t b = size_t(k - total);
            const int count = (k < total ? shared[size_t(k)] : b < sharedBeyond.size() ? sharedBeyond[b] : 0)
                              + cocited[size_t(k)];
            if (count == 0)
                continue;
            similar.emplace_back(k, count);
            citedBy[size_t(k)] = k < total ? infos[size_t(k)].citedByCount
                                           : beyond.value(similarNames.at(k - total), WorkInfo()).citedByCount;
        }
        auto name = [&](int k) -> const QString & { return k < total ? ids.at(k) : similarNames.at(k - total); };
        std::sort(similar.begin(), similar.end(), [&](const std::pair<int, int> &x, const std::pair<int, int> &y) {
            if (x.second != y.second)
                return x.second > y.second;
            if (citedBy[size_t(x.first)] != citedBy[size_t(y.first)])
                return citedBy[size_t(x.first)] > citedBy[size_t(y.first)];
            return name(x.first) < name(y.first);
        });
        qCDebug(lcCitations) << "similar works:" << similar.size() << "candidates in" << clock.elapsed() << "ms";
    });
}

std::optional<QStringList> CitationNetwork::Data::referenceIds(const QString &id) const
{
    QStringList out;
    const int k = idTable->find(id);
    if (k >= 0 && k < int(seeds.size())) {
        for (int i = references.offsets[size_t(k)]; i < references.offsets[size_t(k) + 1]; ++i)
            out << ids.at(references.columns[size_t(i)]);
    } else {
        // A linear search: this answers one pair the user points at.
        const QList<WorkLinks> &lists = k >= 0 ? among : beyondLinks;
        const auto it = std::find_if(lists.cbegin(), lists.cend(), [&id](const WorkLinks &w) { return w.id == id; });
        if (it == lists.cend())
            return std::nullopt;
        for (const QStringView cited : QStringView(it->references).tokenize(u',', Qt::SkipEmptyParts)) {
            if (cited != id)
                out << cited.toString();
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QList<RankedWork> CitationNetwork::similarWorks(int limit, Columns columns) const
{
    if (!d->similarRead) {
        qCWarning(lcCitations) << "similarWorks() on a network loaded without Reads::WithSimilarWorks";
        return {};
    }
    d->scoreSimilar();
    const qsizetype keep = limit >= 0 ? std::min(qsizetype(limit), qsizetype(d->similar.size())) : qsizetype(d->similar.size());
    if (keep > 0 && columns == Columns::WithPageRank)
        d->graph();
    const int total = int(d->ids.size());
    const int best = d->similar.empty() ? 0 : d->similar.front().second;
    QList<RankedWork> out;
    out.reserve(keep);
    for (qsizetype i = 0; i < keep; ++i) {
        const auto [k, count] = d->similar[size_t(i)];
        RankedWork r;
        if (k < total) {
            r.work = d->infos[size_t(k)];
            if (columns == Columns::WithPageRank)
                r.pageRank = d->rank[size_t(k)];
        } else {
            const QString &id = d->similarNames.at(k - total);
            r.work = d->beyond.value(id, WorkInfo());
            r.work.id = id;
        }
        r.count = count;
        r.share = double(count) / best;
        out.append(std::move(r));
    }
    return out;
}

QStringList CitationNetwork::sharedReferences(const QString &a, const QString &b) const
{
    if (a == b)
        return {};
    const std::optional<QStringList> x = d->referenceIds(a);
    const std::optional<QStringList> y = x ? d->referenceIds(b) : std::nullopt;
    if (!y)
        return {};
    QStringList out;
    std::set_intersection(x->cbegin(), x->cend(), y->cbegin(), y->cend(), std::back_inserter(out));
    return out;
}

QStringList CitationNetwork::sharedCiters(const QString &a, const QString &b) const
{
    const int n = int(d->seeds.size());
    const int x = d->idTable->find(a);
    const int y = d->idTable->find(b);
    if (x < 0 || y < 0 || x >= n || y >= n || x == y)
        return {};
    const CompressedRows &m = d->citers; // rows sorted and distinct
    std::vector<int> both;
    std::set_intersection(m.columns.cbegin() + m.offsets[size_t(x)], m.columns.cbegin() + m.offsets[size_t(x) + 1],
                          m.columns.cbegin() + m.offsets[size_t(y)], m.columns.cbegin() + m.offsets[size_t(y) + 1],
                          std::back_inserter(both));
    QStringList out;
    out.reserve(qsizetype(both.size()));
    for (const int k : both)
        out << d->ids.at(k);
    std::sort(out.begin(), out.end());
    return out;
}

WorkInfo CitationNetwork::info(const QString &id) const
{
    const int k = d->idTable->find(id);
    if (k >= 0)
        return d->infos[size_t(k)];
    if (const auto it = d->beyond.constFind(id); it != d->beyond.cend())
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
