#pragma once

#include "cache/read.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace peerscope {

class Cache;
struct Author;

// A sync's record of one author (sync_state).
struct SyncState {
    bool exists = false;
    QString lastSyncedAt;          // empty: never completed
    QString authorUpdatedDate;
    int worksCount = -1;
    int citedByCount = -1;
    int depth = 0;
    bool complete = false;
};

// What a sync compares of a work already cached.
struct CachedWorkState {
    bool exists = false;
    QString updatedDate;
    int citedByCount = 0;
    bool authorsTruncated = false;
};

// The sync's own bookkeeping: sync_state, departed_works, merges of author
// records, and the record-level reads a sync compares against. The caller
// owns the transaction.
class SyncStateQueries final
{
public:
    explicit SyncStateQueries(Cache &cache) : m_cache(cache) {}

    Read<SyncState> state(const QString &authorId) const;
    // complete = false marks a sync in progress; the next sync redoes the lists.
    Status markStarted(const QString &authorId);
    Status markComplete(const Author &author, int depth, const QString &at);
    Status touchSynced(const QString &authorId, const QString &at);

    Read<CachedWorkState> cachedWork(const QString &workId) const;
    Read<bool> isLinked(const QString &workId, const QString &authorId) const;
    // The same for a page of works at once (a statement per 500 IDs, not
    // one per work: on a team server each is a round trip). Works the
    // cache does not hold as full records are absent from the hash.
    Read<QHash<QString, CachedWorkState>> cachedWorks(const QStringList &workIds) const;
    Read<QSet<QString>> linkedWorks(const QStringList &workIds, const QString &authorId) const;

    Read<QSet<QString>> departedWorks(const QString &authorId) const;
    Status markDeparted(const QString &authorId, const QString &workId, const QString &at);
    Status clearDeparted(const QString &authorId, const QString &workId);
    Status clearDeparted(const QString &authorId, const QStringList &workIds);

    // Distinct other author records on the works of this record (no
    // identity corrections: what OpenAlex lists).
    Read<QSet<QString>> coauthorIdsOfRecord(const QString &authorId) const;

    // An OpenAlex merge: every local reference to oldId now names newId
    // (authorships, departures, change log, sync state, aliases); the
    // retired author row goes. The caller adds the alias.
    Status rewriteAuthorId(const QString &oldId, const QString &newId);

private:
    Cache &m_cache;
};

} // namespace peerscope
