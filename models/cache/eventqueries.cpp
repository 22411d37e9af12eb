#include "cache/eventqueries.h"

#include "cache/cache.h"
#include "cache/sql.h"

namespace peerscope {

Status EventQueries::record(const QString &kind, const QString &entityId, const QString &details)
{
    return Sql::exec(m_cache,
                     QStringLiteral("INSERT INTO shared_events (at, actor, kind, entity_id, details) VALUES (?, ?, ?, ?, ?)"),
                     {Cache::nowUtc(), m_cache.actor(), kind, entityId.isEmpty() ? QVariant() : QVariant(entityId),
                      details.isEmpty() ? QVariant() : QVariant(details)});
}

Read<QList<SharedEvent>> EventQueries::since(qint64 afterId, int limit) const
{
    return Sql::list<SharedEvent>(
        m_cache,
        QStringLiteral("SELECT id, at, actor, kind, entity_id, details FROM shared_events WHERE id > ? ORDER BY id LIMIT ?"),
        {afterId, limit}, [](const SqlRow &row) {
            SharedEvent e;
            e.id = row.integer64(0);
            e.at = row.text(1);
            e.actor = row.text(2);
            e.kind = row.text(3);
            e.entityId = row.text(4);
            e.details = row.text(5);
            return e;
        });
}

Read<qint64> EventQueries::latestId() const
{
    const Read<QVariant> v = Sql::scalar(m_cache, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM shared_events"), {});
    if (!v)
        return Read<qint64>::failureOf(v);
    return v->toLongLong();
}

} // namespace peerscope
