#include "cache/citationkeyqueries.h"

#include "cache/cache.h"
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

Status CitationKeyQueries::pin(const QHash<QString, QString> &keys, const QString &at)
{
    if (keys.isEmpty())
        return succeeded();
    Cache::Transaction t(m_cache);
    if (!t.ok())
        return Status::failure(m_cache.lastError());
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
        const Status s = Sql::exec(m_cache,
                                   QStringLiteral("INSERT INTO pinned_citation_keys (work_id, citation_key, pinned_at) "
                                                  "VALUES (?, ?, ?) ON CONFLICT(work_id) DO NOTHING"),
                                   {it.key(), it.value(), at});
        if (!s)
            return s;
    }
    return t.commit();
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
