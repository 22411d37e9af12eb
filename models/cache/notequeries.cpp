#include "cache/notequeries.h"

#include "cache/cache.h"
#include "cache/eventqueries.h"
#include "cache/sql.h"

namespace peerscope {

Read<Note> NoteQueries::note(const QString &entityId) const
{
    Note n;
    n.entityId = entityId;
    const Status s = Sql::each(m_cache, QStringLiteral("SELECT note, version, updated_at, updated_by FROM notes WHERE entity_id = ?"),
                               {entityId}, [&](const SqlRow &row) {
                                   n.text = row.text(0);
                                   n.version = row.integer64(1);
                                   n.updatedAt = row.text(2);
                                   n.updatedBy = row.text(3);
                               });
    if (!s)
        return Read<Note>::failureOf(s);
    return n;
}

Read<NoteQueries::Saved> NoteQueries::save(const QString &entityId, const QString &text, qint64 over)
{
    using Out = Read<Saved>;
    Cache::Transaction t(m_cache);
    if (!t.ok())
        return Out::failure(m_cache.lastError());
    const QString now = Cache::nowUtc();
    // The version check is part of the write itself: on a server a second
    // writer waits for the first's row, then finds the version moved.
    const Status s = over == 0
        ? Sql::exec(m_cache, QStringLiteral("INSERT OR IGNORE INTO notes (entity_id, note, updated_at, version, updated_by) "
                                            "VALUES (?, ?, ?, 1, ?)"),
                    {entityId, text, now, m_cache.actor()})
        : Sql::exec(m_cache, QStringLiteral("UPDATE notes SET note = ?, updated_at = ?, version = version + 1, updated_by = ? "
                                            "WHERE entity_id = ? AND version = ?"),
                    {text, now, m_cache.actor(), entityId, over});
    if (!s)
        return Out::failureOf(s);
    const bool written = Sql::changes(m_cache) > 0;
    if (written)
        if (const Status e = EventQueries(m_cache).record(QStringLiteral("note"), entityId); !e)
            return Out::failureOf(e);
    const Read<Note> now_ = note(entityId);
    if (!now_)
        return Out::failureOf(now_);
    if (const Status c = t.commit(); !c)
        return Out::failureOf(c);
    return Saved{written, *now_};
}

} // namespace peerscope
