#include "sync/syncstore.h"

#include "cache/cache.h"
#include "cache/changelogqueries.h"
#include "cache/syncstatequeries.h"
#include "core/domain.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncStore, "peerscope.sync.store", QtWarningMsg)

namespace peerscope::syncstore {

namespace {

// The query classes take a Cache& for writes; these reads do not write.
SyncStateQueries queries(const Cache &cache) { return SyncStateQueries(const_cast<Cache &>(cache)); }

bool done(const Status &s, const char *what)
{
    if (!s)
        qCWarning(lcSyncStore) << what << "failed:" << s.error();
    return s.ok();
}

template <typename T>
T orEmpty(const Read<T> &r, const char *what)
{
    if (!r) {
        qCWarning(lcSyncStore) << what << "failed:" << r.error();
        return T{};
    }
    return *r;
}

} // namespace

SyncState loadState(const Cache &cache, const QString &authorId)
{
    return orEmpty(queries(cache).state(authorId), "reading the sync state");
}

bool markStarted(Cache &cache, const QString &authorId)
{
    return done(SyncStateQueries(cache).markStarted(authorId), "marking a sync started");
}

bool markComplete(Cache &cache, const Author &author, int depth)
{
    return done(SyncStateQueries(cache).markComplete(author, depth, Cache::nowUtc()), "marking a sync complete");
}

bool touchSynced(Cache &cache, const QString &authorId)
{
    return done(SyncStateQueries(cache).touchSynced(authorId, Cache::nowUtc()), "touching the sync state");
}

CachedWork cachedWork(const Cache &cache, const QString &workId)
{
    return orEmpty(queries(cache).cachedWork(workId), "reading a cached work");
}

bool isLinked(const Cache &cache, const QString &workId, const QString &authorId)
{
    return orEmpty(queries(cache).isLinked(workId, authorId), "reading an authorship");
}

bool addChange(Cache &cache, const QString &authorId, const QString &kind, const QString &entityId,
               const QString &oldValue, const QString &newValue, const QString &details)
{
    return done(ChangeLogQueries(cache).add(Cache::nowUtc(), authorId, kind, entityId, oldValue, newValue, details),
                "logging a change");
}

QSet<QString> departedWorks(const Cache &cache, const QString &authorId)
{
    return orEmpty(queries(cache).departedWorks(authorId), "reading departed works");
}

bool markDeparted(Cache &cache, const QString &authorId, const QString &workId)
{
    return done(SyncStateQueries(cache).markDeparted(authorId, workId, Cache::nowUtc()), "marking a work departed");
}

bool clearDeparted(Cache &cache, const QString &authorId, const QString &workId)
{
    return done(SyncStateQueries(cache).clearDeparted(authorId, workId), "clearing a departed work");
}

QSet<QString> coauthorIds(const Cache &cache, const QString &authorId)
{
    return orEmpty(queries(cache).coauthorIdsOfRecord(authorId), "reading co-authors");
}

bool rewriteAuthorId(Cache &cache, const QString &oldId, const QString &newId)
{
    if (oldId.isEmpty() || newId.isEmpty() || oldId == newId)
        return true;
    if (!done(SyncStateQueries(cache).rewriteAuthorId(oldId, newId), "rewriting a merged author ID"))
        return false;
    return cache.addAuthorAlias(oldId, newId);
}

bool isStaleAt(const QString &fetchedAt, int ttlDays, const QDateTime &now)
{
    if (fetchedAt.isEmpty())
        return true;
    const QDateTime at = QDateTime::fromString(fetchedAt, Qt::ISODate);
    if (!at.isValid())
        return true;
    return at.addDays(ttlDays) < now;
}

bool isStale(const Cache &cache, const QString &id, int ttlDays, const QDateTime &now)
{
    return isStaleAt(cache.fetchedAt(id), ttlDays, now);
}

} // namespace peerscope::syncstore
