#pragma once

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

namespace peerscope {

class Cache;
struct Author;

// The sync's own bookkeeping over the cache: sync_state, departed_works,
// change_log, merges and freshness. Free functions on Cache::database(); the
// caller owns the transaction.
namespace syncstore {

struct SyncState {
    bool exists = false;
    QString lastSyncedAt;          // empty: never completed
    QString authorUpdatedDate;
    int worksCount = -1;
    int citedByCount = -1;
    int depth = 0;
    bool complete = false;
};

struct CachedWork {
    bool exists = false;
    QString updatedDate;
    int citedByCount = 0;
    bool authorsTruncated = false;
};

SyncState loadState(const Cache &cache, const QString &authorId);
// complete = false marks a sync in progress; the next sync redoes the lists.
bool markStarted(Cache &cache, const QString &authorId);
bool markComplete(Cache &cache, const Author &author, int depth);
bool touchSynced(Cache &cache, const QString &authorId);

CachedWork cachedWork(const Cache &cache, const QString &workId);
bool isLinked(const Cache &cache, const QString &workId, const QString &authorId);

// kind: new_work, citations, new_coauthor, affiliation, departed_work, merged.
bool addChange(Cache &cache, const QString &authorId, const QString &kind, const QString &entityId,
               const QString &oldValue = {}, const QString &newValue = {}, const QString &details = {});

QSet<QString> departedWorks(const Cache &cache, const QString &authorId);
bool markDeparted(Cache &cache, const QString &authorId, const QString &workId);
bool clearDeparted(Cache &cache, const QString &authorId, const QString &workId);

// Distinct other authors on the cached works of authorId.
QSet<QString> coauthorIds(const Cache &cache, const QString &authorId);

// An OpenAlex merge: every local reference to oldId now names newId, and
// oldId stays findable as an alias.
bool rewriteAuthorId(Cache &cache, const QString &oldId, const QString &newId);

// Freshness: an entity fetched more than ttlDays ago (or never) is stale.
constexpr int kDefaultTtlDays = 7;
bool isStale(const Cache &cache, const QString &id, int ttlDays = kDefaultTtlDays,
             const QDateTime &now = QDateTime::currentDateTimeUtc());
bool isStaleAt(const QString &fetchedAt, int ttlDays = kDefaultTtlDays,
               const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace syncstore

} // namespace peerscope
