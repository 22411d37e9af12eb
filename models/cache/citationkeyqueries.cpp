#include "cache/citationkeyqueries.h"

#include "cache/cache.h"
#include "cache/eventqueries.h"
#include "cache/sql.h"

namespace peerscope {

Read<QHash<QString, QString>> CitationKeyQueries::pinned() const
{
    QHash<QString, QString> keys;
    const Status s = Sql::each(m_cache, QStringLiteral("SELECT work_id, citation_key FROM pinned_citation_keys"), {},
                               [&](const SqlRow &row) { keys.insert(row.text(0), row.text(1)); });
    if (!s)
        return Read<QHash<QString, QString>>::failureOf(s);
    return keys;
}

Read<int> CitationKeyQueries::pin(const QHash<QString, QString> &keys, const QString &at)
{
    if (keys.isEmpty())
        return 0;
    Cache::Transaction t(m_cache);
    if (!t.ok())
        return Read<int>::failure(m_cache.lastError());
    int taken = 0;
    bool any = false;
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
        // Either unique key (the work, the key) already held: left alone.
        const Status s = Sql::exec(m_cache,
                                   QStringLiteral("INSERT OR IGNORE INTO pinned_citation_keys (work_id, citation_key, pinned_at, pinned_by) "
                                                  "VALUES (?, ?, ?, ?)"),
                                   {it.key(), it.value(), at, m_cache.actor()});
        if (!s)
            return Read<int>::failureOf(s);
        if (Sql::changes(m_cache) == 0)
            ++taken;
        else
            any = true;
    }
    if (any)
        if (const Status e = EventQueries(m_cache).record(QStringLiteral("pin"), QString(), QString::number(keys.size() - taken)); !e)
            return Read<int>::failureOf(e);
    if (const Status c = t.commit(); !c)
        return Read<int>::failureOf(c);
    return taken;
}

Status CitationKeyQueries::unpin(const QStringList &workIds)
{
    if (workIds.isEmpty())
        return succeeded();
    Cache::Transaction t(m_cache);
    if (!t.ok())
        return Status::failure(m_cache.lastError());
    for (const QString &id : workIds) {
        const Status s = Sql::exec(m_cache, QStringLiteral("DELETE FROM pinned_citation_keys WHERE work_id = ?"), {id});
        if (!s)
            return s;
    }
    return t.commit();
}

} // namespace peerscope
