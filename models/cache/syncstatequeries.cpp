#include "cache/syncstatequeries.h"

#include "cache/cache.h"
#include "cache/sql.h"
#include "core/domain.h"

namespace peerscope {

namespace {

template <typename T>
Read<T> orDefault(const Read<std::optional<T>> &r)
{
    if (!r)
        return Read<T>::failureOf(r);
    return r->value_or(T{});
}

Read<QSet<QString>> idSet(const Cache &cache, const QString &sql, const QVariantList &values)
{
    QSet<QString> out;
    const Status s = Sql::each(cache, sql, values, [&](const SqlRow &row) { out.insert(row.text(0)); });
    if (!s)
        return Read<QSet<QString>>::failureOf(s);
    return out;
}

} // namespace

Read<SyncState> SyncStateQueries::state(const QString &authorId) const
{
    return orDefault(Sql::first<SyncState>(
        m_cache,
        QStringLiteral("SELECT last_synced_at, author_updated_date, works_count, cited_by_count, depth, complete "
                       "FROM sync_state WHERE author_id = ?"),
        {authorId}, [](const SqlRow &row) {
            SyncState s;
            s.exists = true;
            s.lastSyncedAt = row.text(0);
            s.authorUpdatedDate = row.text(1);
            s.worksCount = row.isNull(2) ? -1 : row.integer(2);
            s.citedByCount = row.isNull(3) ? -1 : row.integer(3);
            s.depth = row.integer(4);
            s.complete = row.integer(5) != 0;
            return s;
        }));
}

Status SyncStateQueries::markStarted(const QString &authorId)
{
    return Sql::exec(m_cache,
                     QStringLiteral("INSERT INTO sync_state (author_id, complete) VALUES (?, 0) "
                                    "ON CONFLICT(author_id) DO UPDATE SET complete = 0"),
                     {authorId});
}

Status SyncStateQueries::markComplete(const Author &author, int depth, const QString &at)
{
    return Sql::exec(
        m_cache,
        QStringLiteral("INSERT INTO sync_state (author_id, last_synced_at, author_updated_date, works_count, cited_by_count, "
                       "depth, complete) VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT(author_id) DO UPDATE SET "
                       "last_synced_at = excluded.last_synced_at, author_updated_date = excluded.author_updated_date, "
                       "works_count = excluded.works_count, cited_by_count = excluded.cited_by_count, "
                       "depth = excluded.depth, complete = 1"),
        {author.id, at, author.updatedDate, author.worksCount, author.citedByCount, depth});
}

Status SyncStateQueries::touchSynced(const QString &authorId, const QString &at)
{
    return Sql::exec(m_cache, QStringLiteral("UPDATE sync_state SET last_synced_at = ? WHERE author_id = ?"),
                     {at, authorId});
}

Read<CachedWorkState> SyncStateQueries::cachedWork(const QString &workId) const
{
    // A slim record (a reference or citing work) is not the full work the
    // author sync writes: read as not cached.
    return orDefault(Sql::first<CachedWorkState>(
        m_cache, QStringLiteral("SELECT updated_date, cited_by_count, authors_truncated FROM works WHERE id = ? AND is_slim = 0"),
        {workId}, [](const SqlRow &row) {
            CachedWorkState w;
            w.exists = true;
            w.updatedDate = row.text(0);
            w.citedByCount = row.integer(1);
            w.authorsTruncated = row.integer(2) != 0;
            return w;
        }));
}

Read<bool> SyncStateQueries::isLinked(const QString &workId, const QString &authorId) const
{
    const Read<QVariant> v = Sql::scalar(
        m_cache, QStringLiteral("SELECT EXISTS (SELECT 1 FROM authorships WHERE work_id = ? AND author_id = ?)"),
        {workId, authorId});
    if (!v)
        return Read<bool>::failureOf(v);
    return v->toBool();
}

Read<QHash<QString, CachedWorkState>> SyncStateQueries::cachedWorks(const QStringList &workIds) const
{
    QHash<QString, CachedWorkState> out;
    for (qsizetype at = 0; at < workIds.size(); at += Sql::kInSlice) {
        const QStringList slice = workIds.mid(at, Sql::kInSlice);
        const Status s = Sql::each(
            m_cache,
            QStringLiteral("SELECT id, updated_date, cited_by_count, authors_truncated FROM works WHERE id IN (%1) AND is_slim = 0")
                .arg(Sql::placeholders(slice.size())),
            Sql::valuesOf(slice), [&](const SqlRow &row) {
                CachedWorkState w;
                w.exists = true;
                w.updatedDate = row.text(1);
                w.citedByCount = row.integer(2);
                w.authorsTruncated = row.integer(3) != 0;
                out.insert(row.text(0), w);
            });
        if (!s)
            return Read<QHash<QString, CachedWorkState>>::failureOf(s);
    }
    return out;
}

Read<QSet<QString>> SyncStateQueries::linkedWorks(const QStringList &workIds, const QString &authorId) const
{
    QSet<QString> out;
    for (qsizetype at = 0; at < workIds.size(); at += Sql::kInSlice) {
        const QStringList slice = workIds.mid(at, Sql::kInSlice);
        const Read<QSet<QString>> linked = idSet(
            m_cache,
            QStringLiteral("SELECT DISTINCT work_id FROM authorships WHERE author_id = ? AND work_id IN (%1)")
                .arg(Sql::placeholders(slice.size())),
            QVariantList{authorId} + Sql::valuesOf(slice));
        if (!linked)
            return linked;
        out.unite(*linked);
    }
    return out;
}

Read<QSet<QString>> SyncStateQueries::departedWorks(const QString &authorId) const
{
    return idSet(m_cache, QStringLiteral("SELECT work_id FROM departed_works WHERE author_id = ?"), {authorId});
}

Status SyncStateQueries::markDeparted(const QString &authorId, const QString &workId, const QString &at)
{
    return Sql::exec(m_cache,
                     QStringLiteral("INSERT OR IGNORE INTO departed_works (author_id, work_id, departed_at) VALUES (?, ?, ?)"),
                     {authorId, workId, at});
}

Status SyncStateQueries::clearDeparted(const QString &authorId, const QString &workId)
{
    return Sql::exec(m_cache, QStringLiteral("DELETE FROM departed_works WHERE author_id = ? AND work_id = ?"),
                     {authorId, workId});
}

Status SyncStateQueries::clearDeparted(const QString &authorId, const QStringList &workIds)
{
    for (qsizetype at = 0; at < workIds.size(); at += Sql::kInSlice) {
        const QStringList slice = workIds.mid(at, Sql::kInSlice);
        const Status s = Sql::exec(m_cache,
                                   QStringLiteral("DELETE FROM departed_works WHERE author_id = ? AND work_id IN (%1)")
                                       .arg(Sql::placeholders(slice.size())),
                                   QVariantList{authorId} + Sql::valuesOf(slice));
        if (!s)
            return s;
    }
    return succeeded();
}

Read<QSet<QString>> SyncStateQueries::coauthorIdsOfRecord(const QString &authorId) const
{
    return idSet(m_cache,
                 QStringLiteral("SELECT DISTINCT o.author_id FROM authorships me "
                                "JOIN authorships o ON o.work_id = me.work_id "
                                "WHERE me.author_id = ? AND o.author_id <> ? AND o.author_id <> ''"),
                 {authorId, authorId});
}

Status SyncStateQueries::rewriteAuthorId(const QString &oldId, const QString &newId)
{
    if (oldId.isEmpty() || newId.isEmpty() || oldId == newId)
        return succeeded();
    const QList<QPair<QString, QVariantList>> statements{
        {QStringLiteral("UPDATE authorships SET author_id = ? WHERE author_id = ?"), {newId, oldId}},
        // Copied, then the old rows go: a work departed from both IDs is one row.
        {QStringLiteral("INSERT OR IGNORE INTO departed_works (author_id, work_id, departed_at) "
                        "SELECT ?, work_id, departed_at FROM departed_works WHERE author_id = ?"), {newId, oldId}},
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
        const Status done = Sql::exec(m_cache, s.first, s.second);
        if (!done)
            return done;
    }
    return succeeded();
}

} // namespace peerscope
