#pragma once

#include "cache/syncstatequeries.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

namespace peerscope {

class Cache;
struct Author;

// The sync's own bookkeeping over the cache: sync_state, departed_works,
// change_log, merges and freshness. Thin forwards to SyncStateQueries and
// ChangeLogQueries (models/cache/), kept with their old signatures while
// AuthorSync moves to those classes: a failed write returns false (and is
// logged); a failed read logs and answers as for nothing cached. New code
// uses the query classes, whose reads say when they failed. The caller owns
// the transaction.
namespace syncstore {

using SyncState = peerscope::SyncState;
using CachedWork = peerscope::CachedWorkState;

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
