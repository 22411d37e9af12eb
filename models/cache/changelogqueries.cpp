#include "cache/changelogqueries.h"

#include "cache/cache.h"
#include "cache/sql.h"

namespace peerscope {

Read<QList<ChangeEntry>> ChangeLogQueries::entries(const QString &authorId, bool unreadOnly, int limit) const
{
    return Sql::list<ChangeEntry>(
        m_cache,
        QStringLiteral("SELECT c.id, c.at, c.author_id, a.display_name, c.kind, c.entity_id, c.old_value, c.new_value, "
                       "       c.details, c.is_read "
                       "FROM change_log c LEFT JOIN authors a ON a.id = c.author_id "
                       "WHERE (COALESCE(?, '') = '' OR c.author_id = ?) AND (? = 0 OR c.is_read = 0) "
                       "ORDER BY c.at DESC, c.id DESC LIMIT ?"),
        {authorId, authorId, unreadOnly ? 1 : 0, limit}, [](const SqlRow &row) {
            ChangeEntry e;
            e.id = row.integer64(0);
            e.at = row.text(1);
            e.authorId = row.text(2);
            e.authorName = row.text(3);
            e.kind = row.text(4);
            e.entityId = row.text(5);
            e.oldValue = row.text(6);
            e.newValue = row.text(7);
            e.details = row.text(8);
            e.read = row.integer(9) != 0;
            return e;
        });
}

Read<int> ChangeLogQueries::unreadCount(const QString &authorId) const
{
    const Read<QVariant> v = Sql::scalar(
        m_cache,
        QStringLiteral("SELECT COUNT(*) FROM change_log WHERE is_read = 0 AND (COALESCE(?, '') = '' OR author_id = ?)"),
        {authorId, authorId});
    if (!v)
        return Read<int>::failureOf(v);
    return v->toInt();
}

Status ChangeLogQueries::markRead(const QString &authorId, qint64 changeId)
{
    // The whole key: on a distributed server, a write to one shard.
    return Sql::exec(m_cache, QStringLiteral("UPDATE change_log SET is_read = 1 WHERE author_id = ? AND id = ?"), {authorId, changeId});
}

Status ChangeLogQueries::markAllRead(const QString &authorId)
{
    return Sql::exec(m_cache,
                     QStringLiteral("UPDATE change_log SET is_read = 1 WHERE is_read = 0 "
                                    "AND (COALESCE(?, '') = '' OR author_id = ?)"),
                     {authorId, authorId});
}

Status ChangeLogQueries::add(const QString &at, const QString &authorId, const QString &kind, const QString &entityId,
                             const QString &oldValue, const QString &newValue, const QString &details)
{
    auto nullable = [](const QString &s) { return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s); };
    const QVariantList values{at, authorId, kind, nullable(entityId), nullable(oldValue), nullable(newValue), nullable(details)};
    // The key is (author_id, id) (schema 7); id stays unique over the whole
    // feed. A server's identity column numbers it, safe between clients; a
    // file has one writer at a time (its write lock), which numbers it here.
    if (m_cache.isServer())
        return Sql::exec(m_cache,
                         QStringLiteral("INSERT INTO change_log (at, author_id, kind, entity_id, old_value, new_value, details) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         values);
    return Sql::exec(m_cache,
                     QStringLiteral("INSERT INTO change_log (id, at, author_id, kind, entity_id, old_value, new_value, details) "
                                    "VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM change_log), ?, ?, ?, ?, ?, ?, ?)"),
                     values);
}

} // namespace peerscope
