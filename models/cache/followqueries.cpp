#include "cache/followqueries.h"

#include "cache/cache.h"
#include "cache/eventqueries.h"
#include "cache/sql.h"

namespace peerscope {

Read<bool> FollowQueries::follow(const QString &authorId, const QString &at)
{
    // The follow and its event commit together: the role's other windows
    // learn of exactly the follows that exist.
    Cache::Transaction t(m_cache);
    if (!t.ok())
        return Read<bool>::failure(m_cache.lastError());
    const Status s = Sql::exec(m_cache, QStringLiteral("INSERT OR IGNORE INTO follows (owner, author_id, followed_at) VALUES (?, ?, ?)"),
                               {m_cache.actor(), authorId, at});
    if (!s)
        return Read<bool>::failureOf(s);
    const bool added = Sql::changes(m_cache) > 0;
    if (added) {
        const Status recorded = EventQueries(m_cache).record(QStringLiteral("follow"), authorId, QStringLiteral("follow"));
        if (!recorded)
            return Read<bool>::failureOf(recorded);
    }
    const Status committed = t.commit();
    if (!committed)
        return Read<bool>::failureOf(committed);
    return added;
}

Read<bool> FollowQueries::unfollow(const QStringList &authorIds)
{
    Cache::Transaction t(m_cache);
    if (!t.ok())
        return Read<bool>::failure(m_cache.lastError());
    bool removed = false;
    for (const QString &id : authorIds) {
        const Status s = Sql::exec(m_cache, QStringLiteral("DELETE FROM follows WHERE owner = ? AND author_id = ?"),
                                   {m_cache.actor(), id});
        if (!s)
            return Read<bool>::failureOf(s);
        if (Sql::changes(m_cache) == 0)
            continue;
        removed = true;
        const Status recorded = EventQueries(m_cache).record(QStringLiteral("follow"), id, QStringLiteral("unfollow"));
        if (!recorded)
            return Read<bool>::failureOf(recorded);
    }
    const Status committed = t.commit();
    if (!committed)
        return Read<bool>::failureOf(committed);
    return removed;
}

Read<bool> FollowQueries::isFollowed(const QString &authorId) const
{
    const Read<QVariant> v =
        Sql::scalar(m_cache, QStringLiteral("SELECT EXISTS (SELECT 1 FROM follows WHERE owner = ? AND author_id = ?)"),
                    {m_cache.actor(), authorId});
    if (!v)
        return Read<bool>::failureOf(v);
    return v->toBool();
}

Read<QList<FollowedAuthor>> FollowQueries::followed() const
{
    return Sql::list<FollowedAuthor>(
        m_cache,
        QStringLiteral("SELECT f.author_id, f.followed_at, a.display_name, a.fetched_at, i.display_name, "
                       "       (SELECT COUNT(*) FROM change_log c WHERE c.author_id = f.author_id AND c.is_read = 0) "
                       "FROM follows f "
                       "LEFT JOIN authors a ON a.id = f.author_id "
                       "LEFT JOIN institutions i ON i.id = a.last_institution_id "
                       "WHERE f.owner = ? "
                       "ORDER BY f.followed_at, f.author_id"),
        {m_cache.actor()}, [](const SqlRow &row) {
            FollowedAuthor f;
            f.id = row.text(0);
            f.followedAt = row.text(1);
            f.name = row.text(2);
            f.fetchedAt = row.text(3);
            f.institution = row.text(4);
            f.unread = row.integer(5);
            return f;
        });
}

} // namespace peerscope
