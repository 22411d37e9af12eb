#include "cache/eventqueries.h"

#include "cache/cache.h"
#include "cache/sql.h"

#include <QMutex>
#include <QSet>

namespace peerscope {

namespace {

// The events this process wrote. Keyed by more than the id: SQLite hands a
// rolled-back event's id to the next insert, perhaps another process's.
QString keyOf(const QString &cachePath, qint64 id, const QString &at, const QString &kind, const QString &entityId)
{
    return QStringList{cachePath, QString::number(id), at, kind, entityId}.join(QChar(0x1f));
}

QMutex s_recordedLock;
QSet<QString> s_recorded; // one entry per change made here: small

} // namespace

Status EventQueries::record(const QString &kind, const QString &entityId, const QString &details)
{
    const QString at = Cache::nowUtc();
    const Read<QVariant> id = Sql::scalar(
        m_cache, QStringLiteral("INSERT INTO shared_events (at, actor, kind, entity_id, details) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {at, m_cache.actor(), kind, entityId.isEmpty() ? QVariant() : QVariant(entityId), details.isEmpty() ? QVariant() : QVariant(details)});
    if (!id)
        return Status::failureOf(id);
    const QMutexLocker lock(&s_recordedLock);
    s_recorded.insert(keyOf(m_cache.path(), id->toLongLong(), at, kind, entityId));
    return succeeded();
}

bool EventQueries::recordedHere(const QString &cachePath, const SharedEvent &event)
{
    const QMutexLocker lock(&s_recordedLock);
    return s_recorded.contains(keyOf(cachePath, event.id, event.at, event.kind, event.entityId));
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
