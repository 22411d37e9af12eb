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

Status ChangeLogQueries::markRead(qint64 changeId)
{
    return Sql::exec(m_cache, QStringLiteral("UPDATE change_log SET is_read = 1 WHERE id = ?"), {changeId});
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
    return Sql::exec(m_cache,
                     QStringLiteral("INSERT INTO change_log (at, author_id, kind, entity_id, old_value, new_value, details) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {at, authorId, kind, nullable(entityId), nullable(oldValue), nullable(newValue), nullable(details)});
}

} // namespace peerscope
