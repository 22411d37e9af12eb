#include "sync/syncwriter.h"

#include "cache/cache.h"
#include "sync/syncstore.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

namespace peerscope {

namespace {

Q_LOGGING_CATEGORY(lcSyncWriter, "peerscope.sync.writer")

// A list cuts authorships here; a single record with exactly this many may be
// cut as well, so it keeps its mark.
constexpr int kListedAuthorshipCap = 100;

QStringList sortedInstitutionIds(const Author &a)
{
    QStringList out;
    for (const InstitutionRef &r : a.lastKnownInstitutions)
        out << r.id;
    out.sort();
    return out;
}

QStringList institutionNames(const Author &a)
{
    QStringList out;
    for (const InstitutionRef &r : a.lastKnownInstitutions)
        out << (r.name.isEmpty() ? r.id : r.name);
    return out;
}

} // namespace

SyncWriter::SyncWriter(Cache &cache)
    : m_cache(cache)
{
}

void SyncWriter::reset()
{
    m_authorId.clear();
    m_logChanges = false;
    m_oldCoauthors.clear();
    m_pending = {};
    m_changes = 0;
    m_worksWritten = 0;
    m_coauthorsWritten = 0;
}

Status SyncWriter::inTransaction(const std::function<bool()> &write)
{
    // On a team server two clients may write the same rows at once (two
    // syncs of overlapping authors): the server then aborts one of them as
    // a deadlock or a serialization failure, and the page is written again.
    // Every write here is an upsert, so a second run writes the same.
    constexpr int kAttempts = 6;
    Status outcome = succeeded();
    for (int attempt = 1; attempt <= kAttempts; ++attempt) {
        outcome = writeOnce(write);
        if (outcome || !m_cache.lastFailureIsTransient() || attempt == kAttempts)
            break;
        // A little longer each time, and not in step with the other client.
        const int pause = 20 * attempt + int(QRandomGenerator::global()->bounded(30 * attempt));
        qCInfo(lcSyncWriter) << "write collided with another client; again in" << pause << "ms:" << outcome.error();
        QThread::msleep(static_cast<unsigned long>(pause));
    }
    return outcome;
}

Status SyncWriter::writeOnce(const std::function<bool()> &write)
{
    Cache::Transaction transaction(m_cache);
    if (!transaction.ok())
        return Status::failure(m_cache.lastError());
    m_pending = {};
    if (!write())
        return Status::failure(m_cache.lastError()); // the transaction rolls back
    const Status committed = transaction.commit();
    if (committed) {
        m_changes += m_pending.changes;
        m_worksWritten += m_pending.works;
        m_coauthorsWritten += m_pending.coauthors;
    }
    m_pending = {};
    return committed;
}

bool SyncWriter::addChange(const QString &authorId, const QString &kind, const QString &entityId, const QString &oldValue,
                           const QString &newValue, const QString &details)
{
    if (!syncstore::addChange(m_cache, authorId, kind, entityId, oldValue, newValue, details))
        return false;
    ++m_pending.changes;
    return true;
}

Status SyncWriter::recordMerge(const QString &oldId, const QString &newId, bool logged)
{
    return inTransaction([&] {
        return syncstore::rewriteAuthorId(m_cache, oldId, newId)
               && (!logged || addChange(newId, QStringLiteral("merged"), newId, oldId, newId));
    });
}

Status SyncWriter::touchUnchanged(const QString &authorId)
{
    return inTransaction([&] { return m_cache.touchFetched(authorId) && syncstore::touchSynced(m_cache, authorId); });
}

Status SyncWriter::startAuthor(const Author &author, bool logChanges)
{
    m_authorId = author.id;
    m_logChanges = logChanges;
    // What the cache knew before this sync wrote anything: the baseline of
    // the change log.
    const std::optional<Author> before = logChanges ? m_cache.author(author.id) : std::nullopt;
    m_oldCoauthors = logChanges ? syncstore::coauthorIds(m_cache, author.id) : QSet<QString>();
    return inTransaction([&] {
        if (!m_cache.upsertAuthor(author) || !syncstore::markStarted(m_cache, author.id))
            return false;
        if (before && sortedInstitutionIds(*before) != sortedInstitutionIds(author))
            return addChange(author.id, QStringLiteral("affiliation"), author.id,
                             institutionNames(*before).join(QStringLiteral("; ")),
                             institutionNames(author).join(QStringLiteral("; ")));
        return true;
    });
}

Read<QStringList> SyncWriter::writeWorks(const QList<Work> &works, WorkSource source)
{
    QStringList truncated;
    if (works.isEmpty())
        return truncated;
    const bool logChanges = source != WorkSource::CoauthorList && m_logChanges;
    QStringList ids;
    ids.reserve(works.size());
    for (const Work &w : works)
        ids << w.id;
    const Status written = inTransaction([&] {
        truncated.clear(); // a page written again starts over
        // What the cache held of the page's works, read at once (a
        // statement per work was a round trip per work on a server).
        SyncStateQueries queries(m_cache);
        const Read<QHash<QString, CachedWorkState>> before = queries.cachedWorks(ids);
        const Read<QSet<QString>> linked = logChanges ? queries.linkedWorks(ids, m_authorId) : Read<QSet<QString>>(QSet<QString>());
        if (!before || !linked)
            return false;
        PageFollowUps followUps;
        QSet<QString> seen;
        for (const Work &w : works) {
            // The same work twice in one page: the second compares with
            // what the first wrote, as when each was read on its own.
            const bool again = seen.contains(w.id);
            seen.insert(w.id);
            const CachedWorkState state = again ? syncstore::cachedWork(m_cache, w.id) : before->value(w.id);
            const bool wasLinked = logChanges && state.exists
                                   && (again ? syncstore::isLinked(m_cache, w.id, m_authorId) : linked->contains(w.id));
            if (!writeWork(w, source, state, wasLinked, &truncated, &followUps))
                return false;
        }
        if (!followUps.written.isEmpty() && !SyncStateQueries(m_cache).clearDeparted(m_authorId, followUps.written))
            return false;
        for (const PageFollowUps::Change &c : std::as_const(followUps.changes)) {
            if (!addChange(m_authorId, c.kind, c.entityId, c.oldValue, c.newValue, c.details))
                return false;
        }
        return true;
    });
    if (!written)
        return Read<QStringList>::failureOf(written);
    return truncated;
}

bool SyncWriter::writeWork(Work work, WorkSource source, const CachedWorkState &before, bool wasLinked, QStringList *truncated,
                           PageFollowUps *followUps)
{
    const bool root = source != WorkSource::CoauthorList;
    const bool singleton = source == WorkSource::Single;
    const bool logChanges = root && m_logChanges;
    if (singleton) {
        // The single record has every author, unless it says otherwise or
        // stops at exactly the cap: then the mark stays.
        work.authorsTruncated = work.authorsTruncated || work.authorships.size() == kListedAuthorshipCap;
    } else if (work.authorsTruncated) {
        // A list cuts authorships at 100: keep a full record of the same
        // version rather than overwrite it with the cut one.
        if (before.exists && !before.authorsTruncated && before.updatedDate == work.updatedDate)
            return m_cache.touchFetched(work.id);
        if (root)
            *truncated << work.id;
    }
    if (!m_cache.upsertWork(work) || !m_cache.touchFetched(work.id))
        return false;
    ++m_pending.works;
    if (root)
        followUps->written << work.id;
    if (!logChanges || singleton)
        return true;
    if (!wasLinked)
        followUps->changes.append({QStringLiteral("new_work"), work.id, {}, work.title, {}});
    else if (before.citedByCount != work.citedByCount)
        followUps->changes.append({QStringLiteral("citations"), work.id, QString::number(before.citedByCount),
                                   QString::number(work.citedByCount), work.title});
    return true;
}

QStringList SyncWriter::changedWorks(const QHash<QString, QPair<QString, int>> &listed) const
{
    QStringList changed;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        const syncstore::CachedWork c = syncstore::cachedWork(m_cache, it.key());
        if (!c.exists || c.authorsTruncated || c.updatedDate != it.value().first || c.citedByCount != it.value().second
            || !syncstore::isLinked(m_cache, it.key(), m_authorId))
            changed << it.key();
    }
    return changed;
}

Read<int> SyncWriter::recordDepartures(const QSet<QString> &listed)
{
    const QStringList cached = m_cache.recordWorkIds(m_authorId);
    const QSet<QString> already = syncstore::departedWorks(m_cache, m_authorId);
    QStringList gone;
    for (const QString &id : cached)
        if (!listed.contains(id) && !already.contains(id))
            gone << id;
    if (gone.isEmpty())
        return 0;
    const Status written = inTransaction([&] {
        for (const QString &id : std::as_const(gone)) {
            if (!syncstore::markDeparted(m_cache, m_authorId, id))
                return false;
            if (m_logChanges) {
                const std::optional<Work> w = m_cache.work(id);
                if (!addChange(m_authorId, QStringLiteral("departed_work"), id, {}, {}, w ? w->title : QString()))
                    return false;
            }
        }
        return true;
    });
    if (!written)
        return Read<int>::failureOf(written);
    return int(gone.size());
}

Status SyncWriter::recordMergedWork(const QString &workId)
{
    return inTransaction([&] { return syncstore::markDeparted(m_cache, m_authorId, workId); });
}

Status SyncWriter::writeCoauthors(const QList<Author> &authors)
{
    return inTransaction([&] {
        for (const Author &a : authors) {
            if (!m_cache.upsertAuthor(a) || !m_cache.touchFetched(a.id))
                return false;
            ++m_pending.coauthors;
        }
        return true;
    });
}

Status SyncWriter::finish(const Author &author, int depth)
{
    return inTransaction([&] {
        if (m_logChanges) {
            const QSet<QString> now = syncstore::coauthorIds(m_cache, author.id);
            QStringList added;
            for (const QString &id : now)
                if (!m_oldCoauthors.contains(id))
                    added << id;
            added.sort();
            for (const QString &id : std::as_const(added)) {
                const std::optional<AuthorSummary> s = m_cache.authorSummary(id);
                if (!addChange(author.id, QStringLiteral("new_coauthor"), id, {}, s ? s->name : QString()))
                    return false;
            }
        }
        return syncstore::markComplete(m_cache, author, depth) && m_cache.touchFetched(author.id);
    });
}

} // namespace peerscope
