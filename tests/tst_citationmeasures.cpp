// The citation measures (foundations, follow-ups, bibliographic coupling,
// co-citation, PageRank, data honesty) over real SQLite caches: the real
// citation fixtures, the demo author, and a small hand-built cache whose
// numbers are worked out by hand below. Every expected count is recomputed
// here from the JSON or by brute force, never taken from the code's output.

#include "testsupport.h"

#include "cache/cache.h"
#include "cache/importer.h"
#include "cacheinspector.h"
#include "citations/citationnetwork.h"
#include "core/text.h"
#include "identity/identity.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <numeric>
#include <random>

using namespace peerscope;
using namespace peerscope::citations;
using WorkStatus = peerscope::citations::Status;
using peerscope::identity::Corrections;

namespace {

QString citationFixturesDir()
{
    return QDir::cleanPath(test::fixturesDir() + QStringLiteral("/../citations"));
}

QString shortId(const QString &id)
{
    return id.section(u'/', -1);
}

// What a set of JSON files says about works: each record's references (when
// it has the key) and every work ID that has a record.
struct JsonWorks {
    QHash<QString, QSet<QString>> references; // only records listing them
    QSet<QString> cached;                     // every work record's ID
    QHash<QString, int> citedBy;

    void addRecord(const QJsonObject &o)
    {
        const QString id = shortId(o.value(QStringLiteral("id")).toString());
        if (!id.startsWith(u'W'))
            return;
        cached.insert(id);
        if (o.contains(QStringLiteral("cited_by_count")))
            citedBy.insert(id, o.value(QStringLiteral("cited_by_count")).toInt());
        if (!o.contains(QStringLiteral("referenced_works")))
            return;
        QSet<QString> refs;
        for (const QJsonValue &r : o.value(QStringLiteral("referenced_works")).toArray())
            refs.insert(shortId(r.toString()));
        references.insert(id, refs);
    }
    void addFile(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return;
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        if (doc.contains(QStringLiteral("results"))) {
            for (const QJsonValue &v : doc.value(QStringLiteral("results")).toArray())
                addRecord(v.toObject());
        } else {
            addRecord(doc);
        }
    }
    // Citers of id (self-citations left out, as the measures do).
    QSet<QString> citersOf(const QString &id) const
    {
        QSet<QString> out;
        for (auto it = references.cbegin(); it != references.cend(); ++it) {
            if (it.key() != id && it.value().contains(id))
                out.insert(it.key());
        }
        return out;
    }
    QSet<QString> referencesOf(const QString &id) const
    {
        QSet<QString> refs = references.value(id);
        refs.remove(id);
        return refs;
    }
};

QString pairKey(const QString &a, const QString &b)
{
    return a < b ? a + u'|' + b : b + u'|' + a;
}

// Brute force: pairwise set intersections.
QHash<QString, int> bruteShared(const QStringList &seeds, const std::function<QSet<QString>(const QString &)> &setOf)
{
    QHash<QString, int> out;
    for (int i = 0; i < seeds.size(); ++i) {
        for (int j = i + 1; j < seeds.size(); ++j) {
            const int c = int((setOf(seeds.at(i)) & setOf(seeds.at(j))).size());
            if (c > 0)
                out.insert(pairKey(seeds.at(i), seeds.at(j)), c);
        }
    }
    return out;
}

QHash<QString, int> asHash(const QList<PairScore> &pairs)
{
    QHash<QString, int> out;
    for (const PairScore &p : pairs)
        out.insert(pairKey(p.a, p.b), p.shared);
    return out;
}

const PairScore *findPair(const QList<PairScore> &pairs, const QString &a, const QString &b)
{
    for (const PairScore &p : pairs) {
        if (pairKey(p.a, p.b) == pairKey(a, b))
            return &p;
    }
    return nullptr;
}

const RankedWork *findRow(const QList<RankedWork> &rows, const QString &id)
{
    for (const RankedWork &r : rows) {
        if (r.work.id == id)
            return &r;
    }
    return nullptr;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

// Similar works by brute force, from the definition in citationnetwork.h:
// refs holds the stored reference lists (cached works only), the follow-ups
// are the works listing a seed (not themselves), R what the seeds cite.
// A candidate is a non-seed of the local graph with a reference list, or
// anything a follow-up cites; its count is |refs(c) ∩ R| + the follow-ups
// citing it. Only counts above 0.
QHash<QString, int> bruteSimilar(const QStringList &seedList, const QHash<QString, QSet<QString>> &refs)
{
    auto refsOf = [&refs](const QString &id) {
        QSet<QString> r = refs.value(id);
        r.remove(id);
        return r;
    };
    const QSet<QString> seeds(seedList.cbegin(), seedList.cend());
    QSet<QString> cited;
    for (const QString &s : seeds)
        cited |= refsOf(s);
    QSet<QString> followUps;
    for (auto it = refs.cbegin(); it != refs.cend(); ++it) {
        if (refsOf(it.key()).intersects(seeds))
            followUps.insert(it.key());
    }
    const QSet<QString> local = seeds | cited | followUps;
    QSet<QString> candidates;
    for (auto it = refs.cbegin(); it != refs.cend(); ++it) {
        if (local.contains(it.key()))
            candidates.insert(it.key());
    }
    for (const QString &f : followUps)
        candidates |= refsOf(f);
    candidates -= seeds;
    QHash<QString, int> out;
    for (const QString &c : candidates) {
        int count = int((refsOf(c) & cited).size());
        for (const QString &f : followUps)
            count += f != c && refsOf(f).contains(c) ? 1 : 0;
        if (count > 0)
            out.insert(c, count);
    }
    return out;
}

// The rows' order and shares as the header states them: count, then
// cited_by_count, then ID; share over the first (best) count.
bool rankedAsSimilar(const QList<RankedWork> &rows)
{
    for (int i = 0; i < rows.size(); ++i) {
        if (!near(rows.at(i).share, double(rows.at(i).count) / rows.first().count))
            return false;
        if (i == 0)
            continue;
        const RankedWork &x = rows.at(i - 1);
        const RankedWork &y = rows.at(i);
        const bool ordered = x.count > y.count
                             || (x.count == y.count
                                 && (x.work.citedByCount > y.work.citedByCount
                                     || (x.work.citedByCount == y.work.citedByCount && x.work.id < y.work.id)));
        if (!ordered)
            return false;
    }
    return true;
}

QHash<QString, int> countsOf(const QList<RankedWork> &rows)
{
    QHash<QString, int> out;
    for (const RankedWork &r : rows)
        out.insert(r.work.id, r.count);
    return out;
}

QStringList sortedList(const QSet<QString> &set)
{
    QStringList out(set.cbegin(), set.cend());
    std::sort(out.begin(), out.end());
    return out;
}

Work makeWork(const QString &id, const QString &author, int citedBy, std::optional<QStringList> references, int year = 2020)
{
    Work w;
    w.id = id;
    w.title = QStringLiteral("Work %1").arg(id);
    w.publicationYear = year;
    w.citedByCount = citedBy;
    if (!author.isEmpty()) {
        Authorship a;
        a.authorId = author;
        a.authorName = QStringLiteral("Author %1").arg(author);
        w.authorships << a;
    }
    if (references) {
        w.referencesListed = true;
        w.referencedWorks = *references;
    }
    w.rawJson = QByteArray("{\"id\":\"https://openalex.org/") + id.toUtf8() + "\"}";
    return w;
}

Author makeAuthor(const QString &id)
{
    Author a;
    a.id = id;
    a.name = QStringLiteral("Author %1").arg(id);
    a.worksCount = 1;
    return a;
}

// Sum and ranks of a plain power iteration of PageRank (dangling nodes
// spread uniformly, as igraph's PRPACK does), written independently.
QHash<QString, double> powerIteration(const QStringList &nodes, const QList<QPair<QString, QString>> &edges, double d)
{
    const int n = int(nodes.size());
    QHash<QString, int> index;
    for (int i = 0; i < n; ++i)
        index.insert(nodes.at(i), i);
    QList<QList<int>> out(n);
    for (const auto &e : edges) {
        if (e.first != e.second)
            out[index.value(e.first)] << index.value(e.second);
    }
    QList<double> rank(n, 1.0 / n);
    for (int iter = 0; iter < 1000; ++iter) {
        QList<double> next(n, (1.0 - d) / n);
        double dangling = 0;
        for (int i = 0; i < n; ++i) {
            if (out[i].isEmpty())
                dangling += rank[i];
            else
                for (int j : out[i])
                    next[j] += d * rank[i] / out[i].size();
        }
        for (int i = 0; i < n; ++i)
            next[i] += d * dangling / n;
        rank = next;
    }
    QHash<QString, double> result;
    for (int i = 0; i < n; ++i)
        result.insert(nodes.at(i), rank[i]);
    return result;
}

} // namespace

class TestCitationMeasures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;
    QString m_fixtureCache; // the citation fixtures, imported once
    JsonWorks m_json;       // the same files, read here

    QString newPath() { return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(m_next++)); }

    // The hand-built cache of handChecked_*; see there for its numbers.
    QString handCache()
    {
        const QString path = newPath();
        Cache cache;
        if (cache.open(path) != Cache::OpenStatus::Ok)
            return {};
        bool ok = cache.upsertAuthor(makeAuthor(QStringLiteral("A1"))) && cache.upsertAuthor(makeAuthor(QStringLiteral("A2")))
                  && cache.upsertAuthor(makeAuthor(QStringLiteral("B1")));
        const QString a1 = QStringLiteral("A1");
        ok = ok && cache.upsertWork(makeWork(QStringLiteral("S1"), a1, 4, QStringList{"R1", "R2", "R3", "H"}));
        ok = ok && cache.upsertWork(makeWork(QStringLiteral("S2"), a1, 7, QStringList{"R1", "R2", "H", "S1"}));
        ok = ok && cache.upsertWork(makeWork(QStringLiteral("S3"), a1, 0, QStringList{}));      // no reference data
        ok = ok && cache.upsertWork(makeWork(QStringLiteral("S4"), a1, 0, std::nullopt));      // never fetched
        ok = ok && cache.upsertWork(makeWork(QStringLiteral("S5"), QStringLiteral("A2"), 3,
                                             QStringList{"R3", "H", "S5"})); // a self-citation
        ok = ok && cache.upsertWork(makeWork(QStringLiteral("H"), QString(), 50, QStringList{"R9"}));
        ok = ok && cache.upsertSlimWork(makeWork(QStringLiteral("R1"), QString(), 100, std::nullopt));
        ok = ok && cache.upsertWork(makeWork(QStringLiteral("C1"), QStringLiteral("B1"), 5, QStringList{"S1", "S2", "H"}));
        ok = ok && cache.upsertWork(makeWork(QStringLiteral("C2"), QStringLiteral("B1"), 10, QStringList{"S1", "S5"}));
        ok = ok && cache.upsertWork(makeWork(QStringLiteral("C3"), QStringLiteral("B1"), 0, QStringList{"S2"}));
        if (!ok)
            return {};
        // S1's citing works were listed (the citation sync's mark).
        QSqlQuery q(CacheInspector::database(cache));
        if (!q.exec(QStringLiteral("INSERT INTO citation_state (work_id, citing_listed_at, citing_listed_count) "
                                   "VALUES ('S1', '2026-01-01T00:00:00Z', 3)")))
            return {};
        // A2 is the same person as A1.
        Corrections corrections(cache);
        if (!corrections.merge(a1, {QStringLiteral("A2")}).ok)
            return {};
        return path;
    }

    // The reference lists of similarCache(), written once for the cache and
    // for the brute force.
    static QHash<QString, QStringList> similarReferences()
    {
        return {
            {"S1", {"R1", "R2", "R3"}},
            {"S2", {"R2", "R4", "S1"}},             // a seed citing a seed: a follow-up too
            {"F1", {"S1", "R1", "X1", "O1", "F1"}}, // cites itself
            {"F2", {"S2", "X1", "R2", "F1"}},
            {"F3", {"S1", "S2"}},
            {"R1", {"R2", "R3", "Z"}},              // a cached foundation with references
            {"O1", {"R1", "R4", "Q"}},              // beyond the local graph, cited by F1
            {"U", {"R1", "R2"}},                    // beyond it, cited by no follow-up
        };
    }
    // Seeds S1 S2 (by A1); F1..F3 cite seeds; R1, O1, U cached; R2 R3 R4 X1
    // Z Q only IDs. Cited-by counts break the ties.
    QString similarCache()
    {
        const QString path = newPath();
        Cache cache;
        if (cache.open(path) != Cache::OpenStatus::Ok)
            return {};
        bool ok = cache.upsertAuthor(makeAuthor(QStringLiteral("A1"))) && cache.upsertAuthor(makeAuthor(QStringLiteral("B1")));
        const QHash<QString, int> citedBy{{"S1", 9}, {"S2", 8}, {"F1", 5}, {"F2", 4}, {"F3", 3}, {"R1", 100}, {"O1", 20}, {"U", 1}};
        const QHash<QString, QStringList> refs = similarReferences();
        for (auto it = refs.cbegin(); it != refs.cend(); ++it) {
            const QString author = it.key().startsWith(u'S') ? QStringLiteral("A1")
                                   : it.key().startsWith(u'R')  ? QString()
                                                                : QStringLiteral("B1");
            ok = ok && cache.upsertWork(makeWork(it.key(), author, citedBy.value(it.key()), it.value(), 2010 + int(it.key().size())));
        }
        return ok ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString dir = citationFixturesDir();
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 6);
        for (const QString &f : files)
            m_json.addFile(dir + u'/' + f);
        m_fixtureCache = newPath();
        Cache cache;
        QCOMPARE(cache.open(m_fixtureCache), Cache::OpenStatus::Ok);
        const ImportReport report = Importer(cache).importPaths({dir});
        QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
        QCOMPARE(report.works, 3 + 1 + 24 + 50);
    }

    void measureNames_roundTrip()
    {
        for (Measure m : {Measure::Count, Measure::Salton, Measure::Jaccard, Measure::Association})
            QVERIFY(measureFromName(measureName(m)) == m);
        QVERIFY(measureFromName(QStringLiteral(" Jaccard ")) == Measure::Jaccard);
        QVERIFY(!measureFromName(QStringLiteral("cosine")));
        QCOMPARE(statusName(WorkStatus::Own), QStringLiteral("own"));
        QCOMPARE(statusName(WorkStatus::Cached), QStringLiteral("cached"));
        QCOMPARE(statusName(WorkStatus::New), QStringLiteral("new"));
    }

    // SOURCES.md: the human genome paper and Sanger share 3 references (of a
    // union of 468); Lowry 1951 shares none with either.
    void fixtures_seedsCouple()
    {
        Cache cache;
        QCOMPARE(cache.open(m_fixtureCache), Cache::OpenStatus::Ok);
        const QString genome = QStringLiteral("W2168909179");
        const QString sanger = QStringLiteral("W2138270253");
        const QString lowry = QStringLiteral("W1775749144");
        const auto net = CitationNetwork::load(cache, SeedSet{{}, {genome, sanger, lowry}});
        QVERIFY2(net.ok(), qPrintable(net.error()));
        const QList<PairScore> count = net->coupling(Measure::Count);
        QCOMPARE(count.size(), 1);
        QCOMPARE(count.first().a, sanger); // a < b as strings
        QCOMPARE(count.first().b, genome);
        QCOMPARE(count.first().shared, 3);
        const int nGenome = int(m_json.referencesOf(genome).size());
        const int nSanger = int(m_json.referencesOf(sanger).size());
        QCOMPARE(nGenome, 459);
        QCOMPARE(nSanger, 12);
        QCOMPARE(int((m_json.referencesOf(genome) & m_json.referencesOf(sanger)).size()), 3);
        QVERIFY(near(net->coupling(Measure::Jaccard).first().score, 3.0 / 468.0));
        QVERIFY(near(net->coupling(Measure::Salton).first().score, 3.0 / std::sqrt(459.0 * 12.0)));
        // One pair in the map: observed equals expected (2m·c / (s_a·s_b) = 2·3·3 / 9).
        QVERIFY(near(net->coupling(Measure::Association).first().score, 2.0));
        for (Measure m : {Measure::Count, Measure::Salton, Measure::Jaccard, Measure::Association}) {
            for (const PairScore &p : net->coupling(m))
                QVERIFY(p.a != lowry && p.b != lowry);
        }
        const DataHonesty h = net->honesty();
        QCOMPARE(h.seeds, 3);
        QCOMPARE(h.seedsWithReferences, 3);
        QCOMPARE(h.referenceLinks, 459 + 12 + 20);
        QCOMPARE(h.selfCitations, 0);
        // Foundations: brute force over the JSON.
        QHash<QString, int> expected;
        for (const QString &s : {genome, sanger, lowry}) {
            for (const QString &r : m_json.referencesOf(s))
                ++expected[r];
        }
        const QList<RankedWork> rows = net->foundations();
        QCOMPARE(rows.size(), expected.size());
        int resolved = 0;
        for (const RankedWork &r : rows) {
            QCOMPARE(r.count, expected.value(r.work.id));
            QVERIFY(near(r.share, r.count / 3.0));
            QCOMPARE(r.work.status, m_json.cached.contains(r.work.id) ? WorkStatus::Cached : WorkStatus::New);
            if (m_json.cached.contains(r.work.id))
                resolved += r.count;
        }
        QCOMPARE(rows.first().count, 2);
        QCOMPARE(h.resolvedReferenceLinks, resolved);
        QCOMPARE(h.danglingReferenceLinks, h.referenceLinks - resolved);
        // Ranked by count, then OpenAlex's count, then ID.
        for (int i = 1; i < rows.size(); ++i) {
            const RankedWork &x = rows.at(i - 1);
            const RankedWork &y = rows.at(i);
            QVERIFY(x.count > y.count
                    || (x.count == y.count
                        && (x.work.citedByCount > y.work.citedByCount
                            || (x.work.citedByCount == y.work.citedByCount && x.work.id < y.work.id))));
        }
    }

    // SOURCES.md: the 24 references of W2766808518, as seeds: 8 coupled
    // pairs, the strongest W2123154495 & W2074395947 with 7; 13 with empty
    // lists; 5 citations among them.
    void fixtures_citedByPageCouples()
    {
        Cache cache;
        QCOMPARE(cache.open(m_fixtureCache), Cache::OpenStatus::Ok);
        JsonWorks page;
        page.addFile(citationFixturesDir() + QStringLiteral("/cited_by_W2766808518_perpage50_page1.json"));
        const QStringList seeds(page.cached.cbegin(), page.cached.cend());
        QCOMPARE(seeds.size(), 24);
        const auto net = CitationNetwork::load(cache, SeedSet{{}, seeds});
        QVERIFY2(net.ok(), qPrintable(net.error()));
        const QHash<QString, int> expected = bruteShared(seeds, [&](const QString &s) { return page.referencesOf(s); });
        QCOMPARE(expected.size(), 8);
        QCOMPARE(asHash(net->coupling(Measure::Count)), expected);
        const PairScore strongest = net->coupling(Measure::Count).first();
        QCOMPARE(pairKey(strongest.a, strongest.b), pairKey(QStringLiteral("W2123154495"), QStringLiteral("W2074395947")));
        QCOMPARE(strongest.shared, 7);

        int empty = 0;
        int links = 0;
        for (const QString &s : seeds) {
            empty += page.references.value(s).isEmpty() ? 1 : 0;
            links += int(page.referencesOf(s).size());
        }
        QCOMPARE(empty, 13);
        const DataHonesty h = net->honesty();
        QCOMPARE(h.seedsWithoutReferenceData, 13);
        QCOMPARE(h.seedsWithReferences, 11);
        QCOMPARE(h.seedsReferencesUnknown, 0);
        QCOMPARE(h.referenceLinks, links);
        QCOMPARE(links, 326);
        // Foundation shares are over the 11 seeds that have reference data.
        for (const RankedWork &r : net->foundations())
            QVERIFY(near(r.share, r.count / 11.0));

        // The citations among the seeds: SOURCES.md lists five.
        QSet<QPair<QString, QString>> amongSeeds;
        for (const auto &e : net->citationEdges()) {
            if (seeds.contains(e.first) && seeds.contains(e.second))
                amongSeeds.insert(e);
        }
        const QSet<QPair<QString, QString>> listed{
            {QStringLiteral("W2123154495"), QStringLiteral("W1983642261")},
            {QStringLiteral("W2123154495"), QStringLiteral("W2082954639")},
            {QStringLiteral("W2074395947"), QStringLiteral("W1983642261")},
            {QStringLiteral("W2074395947"), QStringLiteral("W2123154495")},
            {QStringLiteral("W2044307704"), QStringLiteral("W171540284")}};
        QCOMPARE(amongSeeds, listed);
        // A seed citing a seed: a foundation tagged own, and a follow-up.
        const QList<RankedWork> foundations = net->foundations();
        const QList<RankedWork> followUps = net->followUps();
        const RankedWork *own = findRow(foundations, QStringLiteral("W1983642261"));
        QVERIFY(own);
        QCOMPARE(own->work.status, WorkStatus::Own);
        QCOMPARE(own->count, 2);
        const RankedWork *citing = findRow(followUps, QStringLiteral("W2074395947"));
        QVERIFY(citing);
        QCOMPARE(citing->count, 2);
        QCOMPARE(citing->work.status, WorkStatus::Own);
        // Co-citation by brute force over every cached work's references.
        QCOMPARE(asHash(net->cocitation(Measure::Count)),
                 bruteShared(seeds, [&](const QString &s) { return m_json.citersOf(s); }));
    }

    // SOURCES.md: the 50 works citing W2741809807. Its record is not among
    // the fixtures: as a seed it must be cached first.
    void fixtures_citesPageFollowUps()
    {
        const QString path = newPath();
        QVERIFY(QFile::copy(m_fixtureCache, path));
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        const QString oa = QStringLiteral("W2741809807");
        const auto missing = CitationNetwork::load(cache, SeedSet{{}, {oa, QStringLiteral("W2168909179")}});
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(oa), qPrintable(missing.error()));
        QVERIFY2(!missing.error().contains(QStringLiteral("W2168909179")), qPrintable(missing.error()));

        QVERIFY(cache.upsertSlimWork(makeWork(oa, QString(), 1021, std::nullopt)));
        const auto net = CitationNetwork::load(cache, SeedSet{{}, {oa}});
        QVERIFY2(net.ok(), qPrintable(net.error()));
        JsonWorks page;
        page.addFile(citationFixturesDir() + QStringLiteral("/cites_W2741809807_perpage50_page1.json"));
        QCOMPARE(page.cached.size(), 50);
        const QList<RankedWork> rows = net->followUps();
        QCOMPARE(rows.size(), 50);
        for (const RankedWork &r : rows) {
            QVERIFY(page.cached.contains(r.work.id));
            QCOMPARE(r.count, 1);
            QVERIFY(near(r.share, 1.0));
            QCOMPARE(r.work.status, WorkStatus::Cached);
        }
        const DataHonesty h = net->honesty();
        QCOMPARE(h.citingWorks, 50);
        QCOMPARE(h.seedsReferencesUnknown, 1); // a slim record without the list
        QCOMPARE(h.seedsCitedNotListed, 1);
        QCOMPARE(h.seedsWithCitingListed, 0);
        QVERIFY(net->foundations().isEmpty());
        QVERIFY(net->coupling(Measure::Count).isEmpty());
        // Ranked by OpenAlex's count when the counts tie.
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY(rows.at(i - 1).work.citedByCount >= rows.at(i).work.citedByCount);
        QCOMPARE(rows.first().work.citedByCount, page.citedBy.value(rows.first().work.id));

        // PageRank over the seed, the 50 and the citations among them (4
        // self-loops in the page dropped).
        double sum = 0;
        for (double v : net->pageRank())
            sum += v;
        QVERIFY(std::abs(sum - 1.0) < 1e-9);
        QCOMPARE(net->pageRank().size(), 51);
        int expectedEdges = 50;
        for (const QString &citing : page.cached) {
            for (const QString &cited : page.referencesOf(citing))
                expectedEdges += page.cached.contains(cited) ? 1 : 0;
        }
        QCOMPARE(expectedEdges, 50 + 41);
        QCOMPARE(net->citationEdges().size(), expectedEdges);
    }

    // Co-citation inside the cites page: the works cited by others on the
    // page as seeds, their citing works within the page; self-citations
    // (two of these seeds cite themselves) tolerated and left out.
    void fixtures_citesPageCocitation()
    {
        Cache cache;
        QCOMPARE(cache.open(m_fixtureCache), Cache::OpenStatus::Ok);
        JsonWorks page;
        page.addFile(citationFixturesDir() + QStringLiteral("/cites_W2741809807_perpage50_page1.json"));
        QSet<QString> cited;
        int selfCiting = 0;
        for (const QString &w : page.cached) {
            for (const QString &r : page.referencesOf(w)) {
                if (page.cached.contains(r))
                    cited.insert(r);
            }
        }
        QStringList seeds(cited.cbegin(), cited.cend());
        for (const QString &s : seeds)
            selfCiting += page.references.value(s).contains(s) ? 1 : 0;
        QCOMPARE(seeds.size(), 20);
        QVERIFY(selfCiting >= 1);
        const auto net = CitationNetwork::load(cache, SeedSet{{}, seeds});
        QVERIFY2(net.ok(), qPrintable(net.error()));
        QCOMPARE(net->honesty().selfCitations, selfCiting);
        const QHash<QString, int> expected = bruteShared(seeds, [&](const QString &s) { return m_json.citersOf(s); });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(asHash(net->cocitation(Measure::Count)), expected);
        QCOMPARE(asHash(net->coupling(Measure::Count)),
                 bruteShared(seeds, [&](const QString &s) { return m_json.referencesOf(s); }));
        // The most-cited work inside the page: W2965823716, 6 citers there.
        QCOMPARE(int(m_json.citersOf(QStringLiteral("W2965823716")).size()), 6);
        // The seed most cited within the page ranks first by PageRank among
        // the seeds on this graph.
        QString best;
        for (const QString &s : seeds) {
            if (best.isEmpty() || net->pageRank().value(s) > net->pageRank().value(best))
                best = s;
        }
        QCOMPARE(best, QStringLiteral("W2965823716"));
    }

    // The best few pairs come from a pass that stores no other pair: they
    // must be exactly the head of the whole sorted list, ties included, for
    // every measure (the real page: the 50 citing works as seeds).
    void limitedPairs_areTheHeadOfTheWholeList()
    {
        Cache cache;
        QCOMPARE(cache.open(m_fixtureCache), Cache::OpenStatus::Ok);
        JsonWorks page;
        page.addFile(citationFixturesDir() + QStringLiteral("/cites_W2741809807_perpage50_page1.json"));
        const QStringList seeds(page.cached.cbegin(), page.cached.cend());
        QCOMPARE(seeds.size(), 50);
        const auto net = CitationNetwork::load(cache, SeedSet{{}, seeds});
        QVERIFY2(net.ok(), qPrintable(net.error()));
        for (Measure m : {Measure::Count, Measure::Salton, Measure::Jaccard, Measure::Association}) {
            for (bool coupling : {true, false}) {
                const QList<PairScore> all = coupling ? net->coupling(m) : net->cocitation(m);
                if (coupling)
                    QVERIFY2(all.size() > 500, "the page's works couple in many pairs");
                for (int limit : {0, 1, 7, 100, int(all.size()), int(all.size()) + 5}) {
                    const QList<PairScore> head = coupling ? net->coupling(m, limit) : net->cocitation(m, limit);
                    QCOMPARE(head.size(), qMin(limit, int(all.size())));
                    for (int i = 0; i < head.size(); ++i) {
                        QCOMPARE(head.at(i).a, all.at(i).a);
                        QCOMPARE(head.at(i).b, all.at(i).b);
                        QCOMPARE(head.at(i).shared, all.at(i).shared);
                        QCOMPARE(head.at(i).score, all.at(i).score);
                    }
                }
            }
        }
    }

    // The demo author: brute force over the bundled JSON.
    void demo_matchesBruteForce()
    {
        const QString path = newPath();
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        QVERIFY(Importer(cache).importDemo().ok());
        JsonWorks demo;
        QStringList seeds;
        for (const QString &file : Importer::demoFiles()) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
            const QJsonArray records = doc.contains(QStringLiteral("results")) ? doc.value(QStringLiteral("results")).toArray()
                                                                               : QJsonArray{doc};
            for (const QJsonValue &v : records) {
                const QJsonObject o = v.toObject();
                demo.addRecord(o);
                for (const QJsonValue &a : o.value(QStringLiteral("authorships")).toArray()) {
                    if (shortId(a[QStringLiteral("author")][QStringLiteral("id")].toString()) == Importer::demoAuthorId())
                        seeds << shortId(o.value(QStringLiteral("id")).toString());
                }
            }
        }
        seeds.removeDuplicates();
        std::sort(seeds.begin(), seeds.end());
        QVERIFY(seeds.size() >= 5);
        const auto net = CitationNetwork::load(cache, SeedSet{Importer::demoAuthorId(), {}});
        QVERIFY2(net.ok(), qPrintable(net.error()));
        QCOMPARE(net->seeds(), seeds);

        QHash<QString, int> foundations;
        QHash<QString, int> followUps;
        QSet<QString> dangling;
        int danglingLinks = 0;
        int withReferences = 0;
        for (const QString &s : seeds) {
            withReferences += demo.referencesOf(s).isEmpty() ? 0 : 1;
            for (const QString &r : demo.referencesOf(s)) {
                ++foundations[r];
                if (!demo.cached.contains(r)) {
                    ++danglingLinks;
                    dangling.insert(r);
                }
            }
            for (const QString &c : demo.citersOf(s))
                ++followUps[c];
        }
        QVERIFY(danglingLinks > 0);
        QCOMPARE(net->foundations().size(), foundations.size());
        for (const RankedWork &r : net->foundations()) {
            QCOMPARE(r.count, foundations.value(r.work.id));
            const WorkStatus status = seeds.contains(r.work.id) ? WorkStatus::Own
                                  : demo.cached.contains(r.work.id) ? WorkStatus::Cached
                                                                    : WorkStatus::New;
            QCOMPARE(r.work.status, status);
            QVERIFY(near(r.share, double(r.count) / withReferences));
        }
        QCOMPARE(net->followUps().size(), followUps.size());
        for (const RankedWork &r : net->followUps())
            QCOMPARE(r.count, followUps.value(r.work.id));
        const DataHonesty h = net->honesty();
        QCOMPARE(h.danglingReferenceLinks, danglingLinks);
        QCOMPARE(h.distinctDanglingIds, int(dangling.size()));
        QCOMPARE(h.seedsWithReferences, withReferences);
        QCOMPARE(h.seeds, int(seeds.size()));
        QCOMPARE(asHash(net->coupling(Measure::Count)),
                 bruteShared(seeds, [&](const QString &s) { return demo.referencesOf(s); }));
        QCOMPARE(asHash(net->cocitation(Measure::Count)),
                 bruteShared(seeds, [&](const QString &s) { return demo.citersOf(s); }));
        // A foundation's row carries what the cache knows of it.
        for (const RankedWork &r : net->foundations()) {
            if (r.work.status == WorkStatus::New) {
                QVERIFY(r.work.title.isEmpty());
                QCOMPARE(r.work.citedByCount, -1);
                QCOMPARE(r.work.displayTitle(), r.work.id);
            }
        }
    }

    // The hand-built cache (handCache):
    //   A1 wrote S1..S4; A2 wrote S5 and is merged into A1: one seed set S1..S5.
    //   S1 cites R1 R2 R3 H; S2 cites R1 R2 H S1; S3 lists none; S4's list was
    //   never fetched; S5 cites R3 H and itself. H (cached) cites R9; R1 is
    //   slim; R2, R3, R9 are only IDs. C1 cites S1 S2 H; C2 cites S1 S5; C3
    //   cites S2. Citing works of S1 were listed.
    // Worked out by hand:
    //   reference rows (self-citation left out): S1 {R1 R2 R3 H} n=4,
    //   S2 {R1 R2 H S1} n=4, S5 {R3 H} n=2.
    //   coupling: S1-S2 3 (R1 R2 H), S1-S5 2 (R3 H), S2-S5 1 (H).
    //   Salton 3/4, 2/√8, 1/√8; Jaccard 3/5, 2/4, 1/5.
    //   association: s(S1)=5, s(S2)=4, s(S5)=3, m=6: 2·6·3/20 = 1.8,
    //   2·6·2/15 = 1.6, 2·6·1/12 = 1.0.
    //   citer rows: S1 {C1 C2 S2} n=3, S2 {C1 C3} n=2, S5 {C2} n=1:
    //   co-citation S1-S2 1 (C1), S1-S5 1 (C2); Salton 1/√6, 1/√3;
    //   Jaccard 1/4, 1/3; association s(S1)=2, s(S2)=1, s(S5)=1, m=2:
    //   2·2·1/2 = 2 for both.
    void handChecked_allMeasures()
    {
        const QString path = handCache();
        QVERIFY(!path.isEmpty());
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        const auto net = CitationNetwork::load(cache, SeedSet{QStringLiteral("A1"), {}});
        QVERIFY2(net.ok(), qPrintable(net.error()));
        QCOMPARE(net->seeds(), (QStringList{"S1", "S2", "S3", "S4", "S5"}));
        // The merged record alone is no longer a person with works.
        const auto merged = CitationNetwork::load(cache, SeedSet{QStringLiteral("A2"), {}});
        QVERIFY2(merged.ok(), qPrintable(merged.error()));
        QVERIFY(merged->seeds().isEmpty());

        struct Expect {
            const char *a;
            const char *b;
            int shared;
            double salton, jaccard, association;
        };
        const QList<Expect> coupling{{"S1", "S2", 3, 0.75, 0.6, 1.8},
                                     {"S1", "S5", 2, 2 / std::sqrt(8.0), 0.5, 1.6},
                                     {"S2", "S5", 1, 1 / std::sqrt(8.0), 0.2, 1.0}};
        const QList<Expect> cocitation{{"S1", "S2", 1, 1 / std::sqrt(6.0), 0.25, 2.0},
                                       {"S1", "S5", 1, 1 / std::sqrt(3.0), 1.0 / 3.0, 2.0}};
        auto check = [](const QList<Expect> &expected, const std::function<QList<PairScore>(Measure)> &measure) {
            QCOMPARE(measure(Measure::Count).size(), expected.size());
            for (const Expect &e : expected) {
                const QString a = QString::fromLatin1(e.a);
                const QString b = QString::fromLatin1(e.b);
                const QList<PairScore> count = measure(Measure::Count);
                const QList<PairScore> salton = measure(Measure::Salton);
                const QList<PairScore> jaccard = measure(Measure::Jaccard);
                const QList<PairScore> association = measure(Measure::Association);
                QVERIFY(findPair(count, a, b));
                QCOMPARE(findPair(count, a, b)->a, a);
                QCOMPARE(findPair(count, a, b)->shared, e.shared);
                QCOMPARE(findPair(count, a, b)->score, double(e.shared));
                QVERIFY(near(findPair(salton, a, b)->score, e.salton));
                QVERIFY(near(findPair(jaccard, a, b)->score, e.jaccard));
                QVERIFY2(near(findPair(association, a, b)->score, e.association),
                         qPrintable(QString::number(findPair(association, a, b)->score)));
            }
        };
        check(coupling, [&](Measure m) { return net->coupling(m); });
        check(cocitation, [&](Measure m) { return net->cocitation(m); });
        // Best first; a limit keeps the best.
        QCOMPARE(net->coupling(Measure::Jaccard).first().b, QStringLiteral("S2"));
        const QList<PairScore> best = net->coupling(Measure::Salton, 2);
        QCOMPARE(best.size(), 2);
        QCOMPARE(best.at(0).b, QStringLiteral("S2"));
        QCOMPARE(best.at(1).b, QStringLiteral("S5"));
        QCOMPARE(best.at(1).shared, 2);
        QCOMPARE(net->cocitation(Measure::Count, 0).size(), 0);
        QCOMPARE(net->cocitation(Measure::Count, 10).size(), 2);
        QCOMPARE(net->coupling(Measure::Association).last().b, QStringLiteral("S5"));

        // Foundations: H 3 (share 3/3), then count 2 by OpenAlex's count
        // (R1 100, R2 and R3 unknown, by ID), then S1 1 (own).
        const QList<RankedWork> f = net->foundations();
        QStringList order;
        for (const RankedWork &r : f)
            order << r.work.id;
        QCOMPARE(order, (QStringList{"H", "R1", "R2", "R3", "S1"}));
        QCOMPARE(f.at(0).count, 3);
        QVERIFY(near(f.at(0).share, 1.0));
        QVERIFY(near(f.at(1).share, 2.0 / 3.0));
        QCOMPARE(f.at(0).work.status, WorkStatus::Cached);
        QCOMPARE(f.at(1).work.status, WorkStatus::Cached); // slim counts as cached
        QCOMPARE(f.at(1).work.citedByCount, 100);
        QCOMPARE(f.at(2).work.status, WorkStatus::New);
        QCOMPARE(f.at(4).work.status, WorkStatus::Own);
        QCOMPARE(f.at(0).work.firstAuthor, QString());
        QCOMPARE(f.at(0).work.year, 2020);
        QCOMPARE(f.at(0).work.citedByCount, 50);
        QCOMPARE(f.at(0).work.referenceCount, 1);

        // Follow-ups: C2 2 (cited 10), C1 2 (cited 5), S2 1 (cited 7), C3 1.
        const QList<RankedWork> u = net->followUps();
        order.clear();
        for (const RankedWork &r : u)
            order << r.work.id;
        QCOMPARE(order, (QStringList{"C2", "C1", "S2", "C3"}));
        QVERIFY(near(u.at(0).share, 2.0 / 5.0));
        QCOMPARE(u.at(0).work.firstAuthor, QStringLiteral("Author B1"));
        QCOMPARE(u.at(2).work.status, WorkStatus::Own);

        const DataHonesty h = net->honesty();
        QCOMPARE(h.seeds, 5);
        QCOMPARE(h.seedsWithReferences, 3);
        QCOMPARE(h.seedsWithoutReferenceData, 1);
        QCOMPARE(h.seedsReferencesUnknown, 1);
        QCOMPARE(h.referenceLinks, 10);
        QCOMPARE(h.resolvedReferenceLinks, 6);
        QCOMPARE(h.danglingReferenceLinks, 4);
        QCOMPARE(h.distinctDanglingIds, 2);
        QCOMPARE(h.citingWorks, 4);
        QCOMPARE(h.seedsWithCitingListed, 1);
        QCOMPARE(h.seedsCitedNotListed, 2);
        QCOMPARE(h.selfCitations, 1);

        // The local graph: 12 works, 16 citations (S5's self-loop dropped,
        // C1 -> H read between two non-seeds).
        const QList<QPair<QString, QString>> edges = net->citationEdges();
        QCOMPARE(edges.size(), 16);
        QVERIFY(edges.contains(qMakePair(QStringLiteral("C1"), QStringLiteral("H"))));
        QVERIFY(!edges.contains(qMakePair(QStringLiteral("S5"), QStringLiteral("S5"))));
        const QHash<QString, double> rank = net->pageRank();
        QCOMPARE(rank.size(), 12);
        double sum = 0;
        QString top;
        for (auto it = rank.cbegin(); it != rank.cend(); ++it) {
            sum += it.value();
            if (top.isEmpty() || it.value() > rank.value(top))
                top = it.key();
        }
        QVERIFY(std::abs(sum - 1.0) < 1e-9);
        QCOMPARE(top, QStringLiteral("H")); // cited by S1, S2, S5 and C1
        QStringList nodes = rank.keys();
        const QHash<QString, double> expected = powerIteration(nodes, edges, CitationNetwork::kDamping);
        for (const QString &n : nodes)
            QVERIFY2(std::abs(rank.value(n) - expected.value(n)) < 1e-6, qPrintable(n));
        QCOMPARE(f.at(0).pageRank, rank.value(QStringLiteral("H")));
        QCOMPARE(net->info(QStringLiteral("R2")).status, WorkStatus::New);
        QCOMPARE(net->info(QStringLiteral("S3")).referenceCount, 0);
        QCOMPARE(net->info(QStringLiteral("S4")).referenceCount, -1);
        QCOMPARE(net->info(QStringLiteral("nowhere")).id, QStringLiteral("nowhere"));
    }

    // A work split off A1 goes with its new person.
    void handChecked_splitWorkLeavesTheSeeds()
    {
        const QString path = handCache();
        QVERIFY(!path.isEmpty());
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        const auto split = Corrections(cache).split(QStringLiteral("A1"), {QStringLiteral("S2")}, QStringLiteral("Other"));
        QVERIFY2(split.ok, qPrintable(split.error));
        const auto a1 = CitationNetwork::load(cache, SeedSet{QStringLiteral("A1"), {}});
        QVERIFY2(a1.ok(), qPrintable(a1.error()));
        QCOMPARE(a1->seeds(), (QStringList{"S1", "S3", "S4", "S5"}));
        // Without S2: only S1-S5 couple (R3 H).
        QCOMPARE(a1->coupling(Measure::Count).size(), 1);
        QCOMPARE(a1->coupling(Measure::Count).first().shared, 2);
        const auto other = CitationNetwork::load(cache, SeedSet{split.personId, {}});
        QVERIFY2(other.ok(), qPrintable(other.error()));
        QCOMPARE(other->seeds(), QStringList{QStringLiteral("S2")});
    }

    void seeds_badInputFails()
    {
        const QString path = handCache();
        QVERIFY(!path.isEmpty());
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        const auto unknown = CitationNetwork::load(cache, SeedSet{QStringLiteral("A404"), {}});
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().contains(QStringLiteral("A404")));
        QVERIFY(!CitationNetwork::load(cache, SeedSet{}).ok());
        QVERIFY(!CitationNetwork::load(cache, SeedSet{QStringLiteral("A1"), {QStringLiteral("S1")}}).ok());
        const auto notCached = CitationNetwork::load(cache, SeedSet{{}, {QStringLiteral("S1"), QStringLiteral("R2"), QStringLiteral("R3")}});
        QVERIFY(!notCached.ok());
        QVERIFY(notCached.error().contains(QStringLiteral("R2")) && notCached.error().contains(QStringLiteral("R3")));
        // The same, asked apart from a failed read.
        const auto unknownIds = CitationNetwork::unknownSeeds(cache, SeedSet{{}, {QStringLiteral("S1"), QStringLiteral("R2"), QStringLiteral("R3")}});
        QVERIFY2(unknownIds.ok(), qPrintable(unknownIds.error()));
        QCOMPARE(*unknownIds, (QStringList{"R2", "R3"}));
        QCOMPARE(*CitationNetwork::unknownSeeds(cache, SeedSet{QStringLiteral("A404"), {}}), QStringList{QStringLiteral("A404")});
        QVERIFY(CitationNetwork::unknownSeeds(cache, SeedSet{QStringLiteral("A1"), {}})->isEmpty());
        QVERIFY(CitationNetwork::unknownSeeds(cache, SeedSet{{}, {QStringLiteral("S1"), QStringLiteral("R1")}})->isEmpty());
        // A slim work is cached: it can be a seed.
        const auto slim = CitationNetwork::load(cache, SeedSet{{}, {QStringLiteral("R1"), QStringLiteral("S1")}});
        QVERIFY2(slim.ok(), qPrintable(slim.error()));
        QCOMPARE(slim->seeds(), (QStringList{"R1", "S1"}));
    }

    // Ties (same count, no citation count) go by ID text, also for OpenAlex
    // IDs of different lengths ("W10" < "W2"), which the ranking compares as
    // numbers; rows asked for Counts carry no PageRank and the same order.
    // An ID needing JSON escapes is asked for as it is.
    void ranking_tiesByIdText()
    {
        const QString path = newPath();
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        QVERIFY(cache.upsertAuthor(makeAuthor(QStringLiteral("A1"))));
        const QStringList cited{"W2", "W10", "W9", "W100", "W19", "W1", "W900000000000000001"};
        QVERIFY(cache.upsertWork(makeWork(QStringLiteral("W5"), QStringLiteral("A1"), 0, cited)));
        const auto net = CitationNetwork::load(cache, SeedSet{QStringLiteral("A1"), {}});
        QVERIFY2(net.ok(), qPrintable(net.error()));
        QStringList expected = cited;
        std::sort(expected.begin(), expected.end()); // text order, as a user sorts
        QStringList order;
        for (const RankedWork &r : net->foundations(CitationNetwork::Columns::Counts)) {
            order << r.work.id;
            QCOMPARE(r.pageRank, 0.0);
        }
        QCOMPARE(order, expected);
        order.clear();
        double sum = 0;
        for (const RankedWork &r : net->foundations()) {
            order << r.work.id;
            sum += r.pageRank;
        }
        QCOMPARE(order, expected);
        QVERIFY(sum > 0.5); // 7 of the graph's 8 works

        // Any other ID form: the texts decide.
        const QStringList odd{"W3", "X1", "W20"};
        const QString oddSeed = QStringLiteral("Q\"uoted\\id");
        QVERIFY(cache.upsertWork(makeWork(oddSeed, QStringLiteral("A1"), 0, odd)));
        const auto quoted = CitationNetwork::load(cache, SeedSet{{}, {oddSeed}});
        QVERIFY2(quoted.ok(), qPrintable(quoted.error()));
        QCOMPARE(quoted->seeds(), QStringList{oddSeed});
        order.clear();
        for (const RankedWork &r : quoted->foundations(CitationNetwork::Columns::Counts))
            order << r.work.id;
        QCOMPARE(order, (QStringList{"W20", "W3", "X1"}));
        QCOMPARE(quoted->info(oddSeed).status, WorkStatus::Own);
        QCOMPARE(quoted->info(oddSeed).title, makeWork(oddSeed, QStringLiteral("A1"), 0, odd).title);
    }

    // similarCache(), worked out by hand: R (what seeds cite) = R1 R2 R3 R4
    // S1; follow-ups F1 F2 F3 and S2 (cites S1).
    //   R1: shares R2 R3, co-cited by F1                 3 (cited by 100)
    //   O1: shares R1 R4 (its list read beyond), by F1   3 (20)
    //   F1: shares S1 R1 (self left out), co-cited by F2 3 (5)
    //   R2: co-cited by F2 and S2                        2 (new)
    //   X1: co-cited by F1 and F2                        2 (new)
    //   F2: shares R2                                    1 (4)
    //   F3: shares S1                                    1 (3)
    //   R4: co-cited by S2                               1 (new)
    // Not candidates: the seeds; U (cached with a list sharing R1 R2, but
    // nothing of the local graph cites it); Z, Q (cited by non-follow-ups).
    // The ID order the citation reads probe in and the ranking breaks ties
    // by: numbers for OpenAlex IDs of one kind, the same order as the texts.
    void idOrder_isTheTextOrder()
    {
        std::mt19937 random(7);
        std::uniform_int_distribution<int> length(1, 12);
        std::uniform_int_distribution<int> digit(0, 9);
        QStringList ids;
        for (int i = 0; i < 2000; ++i) {
            QString id = QStringLiteral("W");
            const int n = length(random);
            for (int k = 0; k < n; ++k)
                id += QChar(u'0' + digit(random));
            ids << id;
        }
        ids << QStringLiteral("W2") << QStringLiteral("W10") << QStringLiteral("W2"); // ties and "W2" > "W10"
        auto byText = [](const QStringList &list) {
            std::vector<qsizetype> order(size_t(list.size()));
            std::iota(order.begin(), order.end(), qsizetype(0));
            std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return list.at(a) < list.at(b); });
            return order;
        };
        QVERIFY(!text::idOrderKeys(ids).empty());
        QCOMPARE(text::ascendingPositions(ids), byText(ids));
        // Anything else (another kind, a letter among the digits) sorts as text.
        for (const QString &odd : {QStringLiteral("A5"), QStringLiteral("W12x"), QStringLiteral("w3"), QString()}) {
            QStringList mixed = ids;
            mixed.insert(17, odd);
            QVERIFY(text::idOrderKeys(mixed).empty());
            QCOMPARE(text::ascendingPositions(mixed), byText(mixed));
        }
        QVERIFY(text::ascendingPositions({}).empty());
    }

    void similarWorks_handChecked()
    {
        const QString path = similarCache();
        QVERIFY(!path.isEmpty());
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        const auto net = CitationNetwork::load(cache, SeedSet{QStringLiteral("A1"), {}});
        QVERIFY2(net.ok(), qPrintable(net.error()));
        QCOMPARE(net->seeds(), (QStringList{"S1", "S2"}));

        QHash<QString, QSet<QString>> refs;
        const QHash<QString, QStringList> lists = similarReferences();
        for (auto it = lists.cbegin(); it != lists.cend(); ++it)
            refs.insert(it.key(), QSet<QString>(it.value().cbegin(), it.value().cend()));
        const QList<RankedWork> rows = net->similarWorks();
        QCOMPARE(countsOf(rows), bruteSimilar(net->seeds(), refs));

        QStringList order;
        QList<int> counts;
        for (const RankedWork &r : rows) {
            order << r.work.id;
            counts << r.count;
        }
        QCOMPARE(order, (QStringList{"R1", "O1", "F1", "R2", "X1", "F2", "F3", "R4"}));
        QCOMPARE(counts, (QList<int>{3, 3, 3, 2, 2, 1, 1, 1}));
        QVERIFY(rankedAsSimilar(rows));
        QVERIFY(near(rows.at(3).share, 2.0 / 3.0));

        // What each row carries: cached ones their brief, new ones the ID.
        const RankedWork &o1 = rows.at(1);
        QCOMPARE(o1.work.status, WorkStatus::Cached);
        QCOMPARE(o1.work.title, QStringLiteral("Work O1"));
        QCOMPARE(o1.work.year, 2012);
        QCOMPARE(o1.work.firstAuthor, QStringLiteral("Author B1"));
        QCOMPARE(o1.work.citedByCount, 20);
        QCOMPARE(o1.pageRank, 0.0); // beyond the local graph
        QCOMPARE(net->info(QStringLiteral("O1")).title, QStringLiteral("Work O1"));
        const RankedWork &x1 = rows.at(4);
        QCOMPARE(x1.work.status, WorkStatus::New);
        QVERIFY(x1.work.title.isEmpty());
        QCOMPARE(x1.work.citedByCount, -1);
        QCOMPARE(x1.work.displayTitle(), QStringLiteral("X1"));
        QCOMPARE(rows.at(0).work.status, WorkStatus::Cached);
        QCOMPARE(rows.at(0).pageRank, net->pageRank().value(QStringLiteral("R1")));
        QVERIFY(rows.at(0).pageRank > 0);
        for (const RankedWork &r : rows)
            QVERIFY(r.work.status != WorkStatus::Own);

        // A limit keeps the head; Counts carries no PageRank.
        const QList<RankedWork> head = net->similarWorks(2, CitationNetwork::Columns::Counts);
        QCOMPARE(head.size(), 2);
        QCOMPARE(head.at(0).work.id, QStringLiteral("R1"));
        QCOMPARE(head.at(1).work.id, QStringLiteral("O1"));
        QCOMPARE(head.at(0).pageRank, 0.0);
        QVERIFY(net->similarWorks(0).isEmpty());
        QCOMPARE(net->similarWorks(100).size(), rows.size());

        // Loaded for the lists only: the same lists, the same PageRank, and
        // no similar works (their candidates were never read), not fewer.
        const auto listsOnly = CitationNetwork::load(cache, SeedSet{QStringLiteral("A1"), {}}, CitationNetwork::Reads::ListsOnly);
        QVERIFY2(listsOnly.ok(), qPrintable(listsOnly.error()));
        QCOMPARE(countsOf(listsOnly->foundations()), countsOf(net->foundations()));
        QCOMPARE(countsOf(listsOnly->followUps()), countsOf(net->followUps()));
        QCOMPARE(listsOnly->pageRank(), net->pageRank());
        QVERIFY(listsOnly->similarWorks().isEmpty());
        QCOMPARE(listsOnly->info(QStringLiteral("O1")).status, WorkStatus::New); // beyond the local graph: not read

        // The evidence of pairs.
        QCOMPARE(net->coupling(Measure::Count).size(), 1);
        QCOMPARE(net->sharedReferences(QStringLiteral("S1"), QStringLiteral("S2")), QStringList{QStringLiteral("R2")});
        QCOMPARE(net->sharedReferences(QStringLiteral("S2"), QStringLiteral("S1")), QStringList{QStringLiteral("R2")});
        QCOMPARE(net->sharedCiters(QStringLiteral("S1"), QStringLiteral("S2")), QStringList{QStringLiteral("F3")});
        // Beyond the seeds: any two works whose lists were read.
        QCOMPARE(net->sharedReferences(QStringLiteral("F1"), QStringLiteral("O1")), QStringList{QStringLiteral("R1")});
        QCOMPARE(net->sharedReferences(QStringLiteral("F1"), QStringLiteral("R1")), QStringList());
        QCOMPARE(net->sharedReferences(QStringLiteral("S1"), QStringLiteral("R1")), (QStringList{"R2", "R3"}));
        QVERIFY(net->sharedReferences(QStringLiteral("S1"), QStringLiteral("U")).isEmpty()); // U was not read
        QVERIFY(net->sharedReferences(QStringLiteral("S1"), QStringLiteral("S1")).isEmpty());
        QVERIFY(net->sharedCiters(QStringLiteral("S1"), QStringLiteral("F1")).isEmpty()); // citers: seeds only
        QVERIFY(net->sharedCiters(QStringLiteral("S1"), QStringLiteral("nowhere")).isEmpty());

        // With S1 alone as the seed: F1 F3 S2 are the follow-ups.
        const auto one = CitationNetwork::load(cache, SeedSet{{}, {QStringLiteral("S1")}});
        QVERIFY2(one.ok(), qPrintable(one.error()));
        const QList<RankedWork> oneRows = one->similarWorks();
        QCOMPARE(countsOf(oneRows), bruteSimilar(one->seeds(), refs));
        QVERIFY(rankedAsSimilar(oneRows));
        QCOMPARE(countsOf(oneRows).value(QStringLiteral("S2")), 1 + 1); // shares R2, co-cited by F3
    }

    // No follow-ups and no references: no similar works, no read beyond.
    void similarWorks_emptyWithoutCitations()
    {
        const QString path = newPath();
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        QVERIFY(cache.upsertAuthor(makeAuthor(QStringLiteral("A1"))));
        QVERIFY(cache.upsertWork(makeWork(QStringLiteral("S1"), QStringLiteral("A1"), 0, QStringList{})));
        const auto net = CitationNetwork::load(cache, SeedSet{QStringLiteral("A1"), {}});
        QVERIFY2(net.ok(), qPrintable(net.error()));
        QVERIFY(net->similarWorks().isEmpty());
        QVERIFY(net->sharedReferences(QStringLiteral("S1"), QStringLiteral("S1")).isEmpty());
    }

    // The demo author and the fixture seed sets: similar works against the
    // brute force over the JSON; the evidence of every coupling and
    // co-citation pair is the pair's count, and the sets themselves.
    void similarAndEvidence_matchBruteForce_data()
    {
        QTest::addColumn<QString>("set");
        QTest::newRow("demo") << QStringLiteral("demo");
        QTest::newRow("genome") << QStringLiteral("genome");
        QTest::newRow("citedByPage") << QStringLiteral("citedByPage");
    }

    void similarAndEvidence_matchBruteForce()
    {
        QFETCH(QString, set);
        JsonWorks json;
        QString path;
        SeedSet seedSet;
        if (set == QLatin1String("demo")) {
            path = newPath();
            Cache cache;
            QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
            QVERIFY(Importer(cache).importDemo().ok());
            for (const QString &file : Importer::demoFiles())
                json.addFile(file);
            seedSet.personId = Importer::demoAuthorId();
        } else {
            path = m_fixtureCache;
            json = m_json;
            if (set == QLatin1String("genome")) {
                seedSet.workIds = QStringList{"W2168909179", "W2138270253", "W1775749144"};
            } else {
                JsonWorks page;
                page.addFile(citationFixturesDir() + QStringLiteral("/cited_by_W2766808518_perpage50_page1.json"));
                seedSet.workIds = QStringList(page.cached.cbegin(), page.cached.cend());
            }
        }
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        const auto net = CitationNetwork::load(cache, seedSet);
        QVERIFY2(net.ok(), qPrintable(net.error()));
        const QStringList seeds = net->seeds();

        const QList<RankedWork> rows = net->similarWorks();
        const QHash<QString, int> expected = bruteSimilar(seeds, json.references);
        // The genome seeds have neither follow-ups nor cached foundations
        // with reference lists in the fixtures: nothing to resemble them.
        QCOMPARE(expected.isEmpty(), set == QLatin1String("genome"));
        QCOMPARE(countsOf(rows), expected);
        QVERIFY(rankedAsSimilar(rows));
        for (const RankedWork &r : rows)
            QCOMPARE(r.work.status, json.cached.contains(r.work.id) ? WorkStatus::Cached : WorkStatus::New);

        const QList<PairScore> coupled = net->coupling(Measure::Count);
        const QList<PairScore> cocited = net->cocitation(Measure::Count);
        QVERIFY(!coupled.isEmpty());
        for (const PairScore &p : coupled) {
            const QStringList shared = net->sharedReferences(p.a, p.b);
            QCOMPARE(shared.size(), p.shared);
            QCOMPARE(shared, sortedList(json.referencesOf(p.a) & json.referencesOf(p.b)));
        }
        for (const PairScore &p : cocited) {
            const QStringList shared = net->sharedCiters(p.a, p.b);
            QCOMPARE(shared.size(), p.shared);
            QCOMPARE(shared, sortedList(json.citersOf(p.a) & json.citersOf(p.b)));
        }
        // Pairs that are not coupled share nothing.
        const QHash<QString, int> pairs = asHash(coupled);
        for (int i = 0; i < seeds.size(); ++i) {
            for (int j = i + 1; j < seeds.size(); ++j) {
                if (!pairs.contains(pairKey(seeds.at(i), seeds.at(j))))
                    QVERIFY(net->sharedReferences(seeds.at(i), seeds.at(j)).isEmpty());
            }
        }
    }


    void failedRead_isAnError_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("work_references") << QStringLiteral("work_references");
        QTest::newRow("works") << QStringLiteral("works");
        QTest::newRow("citation_state") << QStringLiteral("citation_state");
        QTest::newRow("authorships") << QStringLiteral("authorships");
    }

    void failedRead_isAnError()
    {
        QFETCH(QString, table);
        const QString path = handCache();
        QVERIFY(!path.isEmpty());
        QString why;
        QVERIFY2(test::hideTable(path, table, &why), qPrintable(why));
        Cache cache;
        QCOMPARE(cache.open(path), Cache::OpenStatus::Ok);
        for (const SeedSet &seeds : {SeedSet{QStringLiteral("A1"), {}}, SeedSet{{}, {QStringLiteral("S1"), QStringLiteral("S2")}}}) {
            const auto net = CitationNetwork::load(cache, seeds);
            QVERIFY(!net.ok());
            QVERIFY2(net.error().contains(table), qPrintable(net.error()));
        }
        if (table == QLatin1String("works")) {
            const auto unknown = CitationNetwork::unknownSeeds(cache, SeedSet{{}, {QStringLiteral("S1")}});
            QVERIFY(!unknown.ok());
            QVERIFY2(unknown.error().contains(table), qPrintable(unknown.error()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCitationMeasures)
#include "tst_citationmeasures.moc"
