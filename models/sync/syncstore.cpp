#include "sync/syncstore.h"

#include "cache/cache.h"
#include "core/domain.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSyncStore, "peerscope.sync.store", QtWarningMsg)

namespace peerscope::syncstore {

namespace {

bool run(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qCWarning(lcSyncStore) << "SQL error:" << q.lastError().text() << q.lastQuery().left(120);
    return false;
}

} // namespace

SyncState loadState(const Cache &cache, const QString &authorId)
{
    SyncState s;
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("SELECT last_synced_at, author_updated_date, works_count, cited_by_count, depth, complete "
                             "FROM sync_state WHERE author_id = ?"));
    q.addBindValue(authorId);
    if (!run(q) || !q.next())
        return s;
    s.exists = true;
    s.lastSyncedAt = q.value(0).toString();
    s.authorUpdatedDate = q.value(1).toString();
    s.worksCount = q.value(2).isNull() ? -1 : q.value(2).toInt();
    s.citedByCount = q.value(3).isNull() ? -1 : q.value(3).toInt();
    s.depth = q.value(4).toInt();
    s.complete = q.value(5).toInt() != 0;
    return s;
}

bool markStarted(Cache &cache, const QString &authorId)
{
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("INSERT INTO sync_state (author_id, complete) VALUES (?, 0) "
                             "ON CONFLICT(author_id) DO UPDATE SET complete = 0"));
    q.addBindValue(authorId);
    return run(q);
}

bool markComplete(Cache &cache, const Author &author, int depth)
{
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral(
        "INSERT INTO sync_state (author_id, last_synced_at, author_updated_date, works_count, cited_by_count, depth, complete) "
        "VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT(author_id) DO UPDATE SET last_synced_at = excluded.last_synced_at, "
        "author_updated_date = excluded.author_updated_date, works_count = excluded.works_count, "
        "cited_by_count = excluded.cited_by_count, depth = excluded.depth, complete = 1"));
    q.addBindValue(author.id);
    q.addBindValue(Cache::nowUtc());
    q.addBindValue(author.updatedDate);
    q.addBindValue(author.worksCount);
    q.addBindValue(author.citedByCount);
    q.addBindValue(depth);
    return run(q);
}

bool touchSynced(Cache &cache, const QString &authorId)
{
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("UPDATE sync_state SET last_synced_at = ? WHERE author_id = ?"));
    q.addBindValue(Cache::nowUtc());
    q.addBindValue(authorId);
    return run(q);
}

CachedWork cachedWork(const Cache &cache, const QString &workId)
{
    CachedWork w;
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("SELECT updated_date, cited_by_count, authors_truncated FROM works WHERE id = ?"));
    q.addBindValue(workId);
    if (!run(q) || !q.next())
        return w;
    w.exists = true;
    w.updatedDate = q.value(0).toString();
    w.citedByCount = q.value(1).toInt();
    w.authorsTruncated = q.value(2).toInt() != 0;
    return w;
}

bool isLinked(const Cache &cache, const QString &workId, const QString &authorId)
{
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("SELECT 1 FROM authorships WHERE work_id = ? AND author_id = ? LIMIT 1"));
    q.addBindValue(workId);
    q.addBindValue(authorId);
    return run(q) && q.next();
}

bool addChange(Cache &cache, const QString &authorId, const QString &kind, const QString &entityId,
               const QString &oldValue, const QString &newValue, const QString &details)
{
    auto nullable = [](const QString &s) { return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s); };
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("INSERT INTO change_log (at, author_id, kind, entity_id, old_value, new_value, details) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Cache::nowUtc());
    q.addBindValue(authorId);
    q.addBindValue(kind);
    q.addBindValue(nullable(entityId));
    q.addBindValue(nullable(oldValue));
    q.addBindValue(nullable(newValue));
    q.addBindValue(nullable(details));
    return run(q);
}

QSet<QString> departedWorks(const Cache &cache, const QString &authorId)
{
    QSet<QString> out;
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("SELECT work_id FROM departed_works WHERE author_id = ?"));
    q.addBindValue(authorId);
    if (run(q))
        while (q.next())
            out.insert(q.value(0).toString());
    return out;
}

bool markDeparted(Cache &cache, const QString &authorId, const QString &workId)
{
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO departed_works (author_id, work_id, departed_at) VALUES (?, ?, ?)"));
    q.addBindValue(authorId);
    q.addBindValue(workId);
    q.addBindValue(Cache::nowUtc());
    return run(q);
}

bool clearDeparted(Cache &cache, const QString &authorId, const QString &workId)
{
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("DELETE FROM departed_works WHERE author_id = ? AND work_id = ?"));
    q.addBindValue(authorId);
    q.addBindValue(workId);
    return run(q);
}

QSet<QString> coauthorIds(const Cache &cache, const QString &authorId)
{
    QSet<QString> out;
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT o.author_id FROM authorships me "
                             "JOIN authorships o ON o.work_id = me.work_id "
                             "WHERE me.author_id = ? AND o.author_id <> ? AND o.author_id <> ''"));
    q.addBindValue(authorId);
    q.addBindValue(authorId);
    if (run(q))
        while (q.next())
            out.insert(q.value(0).toString());
    return out;
}

bool rewriteAuthorId(Cache &cache, const QString &oldId, const QString &newId)
{
    if (oldId.isEmpty() || newId.isEmpty() || oldId == newId)
        return true;
    const QList<QPair<QString, QVariantList>> statements{
        {QStringLiteral("UPDATE authorships SET author_id = ? WHERE author_id = ?"), {newId, oldId}},
        {QStringLiteral("UPDATE OR IGNORE departed_works SET author_id = ? WHERE author_id = ?"), {newId, oldId}},
        {QStringLiteral("DELETE FROM departed_works WHERE author_id = ?"), {oldId}},
        {QStringLiteral("UPDATE change_log SET author_id = ? WHERE author_id = ?"), {newId, oldId}},
        // The survivor's record comes from the server; the retired one goes,
        // its search row with it.
        {QStringLiteral("DELETE FROM authors_fts WHERE rowid = (SELECT rowid FROM authors WHERE id = ?)"), {oldId}},
        {QStringLiteral("DELETE FROM authors WHERE id = ?"), {oldId}},
        {QStringLiteral("INSERT OR IGNORE INTO sync_state (author_id, last_synced_at, author_updated_date, works_count, "
                        "cited_by_count, depth, complete) SELECT ?, last_synced_at, author_updated_date, works_count, "
                        "cited_by_count, depth, 0 FROM sync_state WHERE author_id = ?"), {newId, oldId}},
        {QStringLiteral("DELETE FROM sync_state WHERE author_id = ?"), {oldId}},
        {QStringLiteral("UPDATE author_aliases SET author_id = ? WHERE author_id = ?"), {newId, oldId}},
    };
    for (const auto &s : statements) {
        QSqlQuery q(cache.database());
        q.prepare(s.first);
        for (const QVariant &v : s.second)
            q.addBindValue(v);
        if (!run(q))
            return false;
    }
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
