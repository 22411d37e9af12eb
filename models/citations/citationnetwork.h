#pragma once

// Citations around a seed set: the works the seeds cite (foundations), the
// works citing them (follow-ups), bibliographic coupling and co-citation
// between seeds, and PageRank on the local citation graph. Read once from
// the cache (CitationNetwork::load), then computed in memory: sparse
// products over compressed rows, PageRank with igraph.
//
// Terms, as in the bibliometrics literature and the README:
// - a seed is one of the works the question is about (an author's
//   effective works, identity corrections applied, or a list of IDs);
// - foundations: the works the seeds cite, ranked by how many seeds cite
//   them (share: over the seeds with a non-empty reference list, since a
//   seed without reference data cannot cite), then by OpenAlex's
//   cited_by_count, then ID; follow-ups: the works citing the seeds, ranked
//   by how many seeds they cite (share: over all seeds);
// - coupling(a, b) = |refs(a) ∩ refs(b)|, co-citation(a, b) =
//   |citers(a) ∩ citers(b)|, counted over every stored ID (a reference to a
//   work that is not cached still counts: the IDs are data);
// - Salton cosine = shared / sqrt(n_a · n_b), Jaccard = shared / (n_a + n_b −
//   shared), with n the seed's own reference (citer) count; association
//   strength (van Eck & Waltman 2009, VOSviewer) = shared · 2m / (s_a · s_b),
//   observed over expected, with s the seed's total link weight and m the
//   total link weight of the map.
// Self-citations (a work listing its own ID) are left out of every measure
// and counted in DataHonesty::selfCitations: a seed never couples with
// itself. A seed citing another seed is a citation like any other: the
// cited seed is a foundation row tagged own, the citing one a follow-up
// tagged own, and the cited ID is a shared reference only when another seed
// cites it too.

#include "cache/read.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace peerscope {
class Cache;
}

namespace peerscope::citations {

// own: a seed; cached: known to this cache; new: only its ID is known.
enum class Status { Own, Cached, New };
QString statusName(Status status); // "own", "cached", "new"

struct WorkInfo {
    QString id;
    QString title;           // empty when not cached (displayTitle() for showing)
    int year = 0;            // 0: unknown
    QString firstAuthor;
    int citedByCount = -1;   // OpenAlex's count; -1 when not cached
    double fwci = -1.0;      // -1: none
    int referenceCount = -1; // -1: reference list never fetched; 0: no reference data
    Status status = Status::New;

    // The title, or the ID when there is none (not cached, or untitled).
    QString displayTitle() const;
};

struct RankedWork {
    WorkInfo work;
    int count = 0;           // foundations: seeds citing it; follow-ups: seeds it cites
    double share = 0.0;      // count over the seeds that could be counted (see README)
    double pageRank = 0.0;   // on the local citation graph (0 when asked for Columns::Counts)
};

enum class Measure { Count, Salton, Jaccard, Association };
std::optional<Measure> measureFromName(const QString &name); // count|salton|jaccard|association
QString measureName(Measure measure);

// One pair of seeds, a < b (as strings).
struct PairScore {
    QString a;
    QString b;
    int shared = 0;
    double score = 0.0;      // the chosen measure (Count: shared)
};

// What the answers rest on, stated rather than hidden.
struct DataHonesty {
    int seeds = 0;
    int seedsWithReferences = 0;       // a non-empty reference list
    int seedsWithoutReferenceData = 0; // OpenAlex lists none (empty list)
    int seedsReferencesUnknown = 0;    // the list was never fetched
    int referenceLinks = 0;            // seed → cited pairs (self-citations not counted)
    int resolvedReferenceLinks = 0;    // … whose cited work is cached
    int danglingReferenceLinks = 0;    // … whose cited work is only an ID
    int distinctDanglingIds = 0;
    int citingWorks = 0;               // distinct works known to cite a seed
    int seedsWithCitingListed = 0;     // seeds whose citing works were listed
    int seedsCitedNotListed = 0;       // cited_by_count > 0, citing works never listed
    int selfCitations = 0;             // seeds listing their own ID: left out of every measure
};

// An author (identity corrections applied: a merged person is one set) or
// explicit work IDs; exactly one of the two.
struct SeedSet {
    QString personId;
    QStringList workIds;
};

class CitationNetwork final
{
public:
    static constexpr double kDamping = 0.85; // PageRank

    // What load() reads beyond the lists. The candidates of similarWorks()
    // include every cached work a follow-up cites outside the local graph:
    // finding them walks every follow-up's references (a third of a big
    // author's load), which foundations, follow-ups, coupling, co-citation
    // and PageRank never need.
    enum class Reads { ListsOnly, WithSimilarWorks };

    // Reads the seeds, their references, their citing works and the
    // citations among all of them (and with WithSimilarWorks what
    // similarWorks() needs). Fails on a read error, or when a listed work ID
    // or the person is unknown to the cache (the error says which).
    static Read<CitationNetwork> load(const Cache &cache, const SeedSet &seeds,
                                      Reads reads = Reads::WithSimilarWorks);
    // What load() would refuse as unknown: the listed work IDs that are not
    // cached, or the person when unknown to the cache; empty when every seed
    // is known. For callers that answer bad input apart from a failed read
    // (the command line's exit code 2).
    static Read<QStringList> unknownSeeds(const Cache &cache, const SeedSet &seeds);

    // What the ranked rows carry: PageRank is computed over the whole local
    // graph on first use (a third of a big author's load); Counts leaves
    // RankedWork::pageRank 0 and never computes it.
    enum class Columns { WithPageRank, Counts };

    // The seeds, ascending (as strings).
    const QStringList &seeds() const;
    // Ranked by count, then OpenAlex citation count, then ID.
    QList<RankedWork> foundations(Columns columns = Columns::WithPageRank) const;
    QList<RankedWork> followUps(Columns columns = Columns::WithPageRank) const;
    // Pairs sharing at least one reference (citing work), best score first
    // (ties: more shared, then by IDs); limit >= 0: only the best limit
    // pairs, found in one pass that keeps no other pair (for thousands of
    // seeds most pairs can be coupled: hundreds of millions of them).
    // Without a limit the whole list is computed on the first call and kept.
    // pairCount: set to the number of pairs sharing anything (all of them,
    // not only the `limit` returned).
    QList<PairScore> coupling(Measure measure, int limit = -1, qint64 *pairCount = nullptr) const;
    QList<PairScore> cocitation(Measure measure, int limit = -1, qint64 *pairCount = nullptr) const;
    // PageRank over seeds, foundations and follow-ups with every stored
    // citation among them (damping kDamping); sums to 1. Computed on the
    // first call (of this, citationEdges() or rows WithPageRank), then kept.
    QHash<QString, double> pageRank() const;
    // Citations among the local graph's works, citing → cited, each stored
    // citation once, self-citations left out; in no particular order.
    // Built on first use, as pageRank().
    QList<QPair<QString, QString>> citationEdges() const;
    // Works that are not seeds but resemble the seed set, the way
    // Connected Papers and Inciteful find neighbours. A candidate c scores
    // RankedWork::count = shared references + co-citations:
    // - shared references: c's stored references (distinct IDs, its own ID
    //   left out) that some seed also cites;
    // - co-citations: the follow-ups (works citing a seed, seeds citing
    //   another seed included) that also cite c.
    // Candidates: the works of the local graph with stored references (the
    // follow-ups always have theirs; cached foundations may) and every work
    // a follow-up cites (its references counted when cached with them);
    // never a seed, and only scores above 0. A cached work that neither
    // touches a seed nor is cited by a follow-up is not read: finding it
    // would walk every citer of every foundation at each load. Ranked by
    // count, then cited_by_count, then ID; share = count over the best
    // count. Status cached or new (a work cited only by follow-ups is
    // cached when load() found it in the cache). PageRank: on the local
    // graph (0 for works outside it, or with Columns::Counts). Scored on
    // the first call, then kept; limit >= 0: the best limit. Empty when
    // load() was asked for Reads::ListsOnly.
    QList<RankedWork> similarWorks(int limit = -1, Columns columns = Columns::WithPageRank) const;
    // The evidence of one coupling or co-citation pair: the references both
    // works list (any two works whose references were read: the seeds, the
    // local graph's works with stored references and the cached works
    // follow-ups cite beyond it), the works citing
    // both (seeds only: only their citers are read); self-citations left
    // out, sorted as strings, empty for other IDs. Their sizes are the
    // pair's PairScore::shared in coupling() and cocitation().
    QStringList sharedReferences(const QString &a, const QString &b) const;
    QStringList sharedCiters(const QString &a, const QString &b) const;
    // A work of the local graph, or a cached work a follow-up cites; any
    // other ID: only the ID, status new.
    WorkInfo info(const QString &id) const;
    DataHonesty honesty() const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace peerscope::citations
