#pragma once

#include "cache/read.h"
#include "core/domain.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QSet>
#include <QStringList>

namespace peerscope {

class Cache;

// A seed of the citation sync: one of a person's works (or a work the user
// named) with what the cache knows of the works citing it.
struct CitationSeed {
    QString id;
    bool cached = false;          // a works row exists (else its count is unknown)
    int citedByCount = 0;         // OpenAlex's count, as cached
    QString citingListedAt;       // when the works citing it were last listed; empty: never
    int citingListedCount = -1;   // its cited_by_count then (-1: never listed)

    bool listed() const { return !citingListedAt.isEmpty(); }
    // Its citing works must be listed (again): never listed, or its count
    // moved since; a seed nobody cites never needs a call. An uncached seed's
    // count is unknown, so it is listed until it has been once.
    bool needsListing() const
    {
        if (!cached)
            return !listed();
        return citedByCount > 0 && (!listed() || citingListedCount != citedByCount);
    }
};

// What the citation sync (models/sync/citationsync.h) reads and writes: the
// seeds, the references not yet cached, how many citing works are known per
// seed, slim records, and the bookkeeping in citation_state.
class CitationSyncQueries final
{
public:
    explicit CitationSyncQueries(Cache &cache) : m_cache(cache) {}

    // How long an ID OpenAlex had no record for is not asked for again.
    static constexpr int kMissingRetryDays = 30;

    // The person's effective works (identity corrections applied: a merged
    // person's works are one seed set), by ID. personId may be any record of
    // the person (it is resolved first).
    Read<QList<CitationSeed>> seedsOfPerson(const QString &personId) const;
    // The named works, in the given order (duplicates dropped); a work that is
    // not cached is a seed with cached = false.
    Read<QList<CitationSeed>> seeds(const QStringList &workIds) const;

    // Distinct IDs the seeds reference that have no works row and were not
    // found missing within kMissingRetryDays of now (ISO UTC), sorted.
    Read<QStringList> referencesToFetch(const QStringList &seedIds, const QString &now) const;
    // Of those, how many are held back because they were found missing recently.
    Read<int> recentlyMissingReferences(const QStringList &seedIds, const QString &now) const;
    // Per seed: distinct cached works known to cite it (work_references rows
    // whose cited_id is the seed). Seeds nobody is known to cite are absent.
    Read<QHash<QString, int>> knownCitingCounts(const QStringList &seedIds) const;
    // Per seed: the cached works known to cite it.
    Read<QHash<QString, QStringList>> knownCiters(const QStringList &seedIds) const;
    // The works among ids that have a works row (slim or full).
    Read<QStringList> cachedAmong(const QStringList &ids) const;

    // Writes: each call is one transaction.
    Status writeSlimWorks(const QList<Work> &works, const QString &fetchedAt);
    // OpenAlex returned no record for these IDs when asked at `at`.
    Status markMissing(const QStringList &ids, const QString &at);
    // The works citing each seed (id -> its cited_by_count then) were listed at `at`.
    Status markCitingListed(const QHash<QString, int> &counts, const QString &at);

private:
    // The distinct IDs the seeds cite that are not cached, either those not
    // held back as missing (recentlyMissing false) or only those held back.
    Read<QSet<QString>> uncachedReferences(const QStringList &seedIds, const QString &now, bool recentlyMissing) const;

    Cache &m_cache;
};

} // namespace peerscope
