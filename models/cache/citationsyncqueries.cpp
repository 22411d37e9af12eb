#include "cache/citationsyncqueries.h"

#include "cache/authorqueries.h"
#include "cache/cache.h"
#include "cache/personworks.h"
#include "cache/sql.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace peerscope {

namespace {

// now minus the retry window, in the format the cache writes (ISO UTC).
QString missingCutoff(const QString &now)
{
    QDateTime t = QDateTime::fromString(now, Qt::ISODate);
    if (!t.isValid())
        t = QDateTime::currentDateTimeUtc();
    return t.toUTC().addDays(-CitationSyncQueries::kMissingRetryDays).toString(Qt::ISODate);
}

CitationSeed seedOf(const SqlRow &row)
{
    CitationSeed s;
    s.id = row.text(0);
    s.cached = !row.isNull(1);
    s.citedByCount = row.integer(1);
    s.citingListedAt = row.text(2);
    s.citingListedCount = row.isNull(3) ? -1 : row.integer(3);
    return s;
}

} // namespace

Read<QList<CitationSeed>> CitationSyncQueries::seedsOfPerson(const QString &personId) const
{
    using Result = Read<QList<CitationSeed>>;
    const Read<QString> person = AuthorQueries(m_cache).resolve(personId);
    if (!person)
        return Result::failureOf(person);
    return Sql::list<CitationSeed>(
        m_cache,
        QStringLiteral("SELECT w.id, w.cited_by_count, c.citing_listed_at, c.citing_listed_count "
                       "FROM works w LEFT JOIN citation_state c ON c.work_id = w.id "
                       "WHERE w.id IN " PEERSCOPE_WORKS_OF_PERSON " ORDER BY w.id"),
        {*person}, seedOf);
}

Read<QList<CitationSeed>> CitationSyncQueries::seeds(const QStringList &workIds) const
{
    using Result = Read<QList<CitationSeed>>;
    QStringList ids;
    QSet<QString> seen;
    for (const QString &id : workIds)
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    QHash<QString, CitationSeed> found;
    for (qsizetype from = 0; from < ids.size(); from += Sql::kInSlice) {
        const QStringList slice = ids.mid(from, Sql::kInSlice);
        const QVariantList values = Sql::valuesOf(slice);
        // Cached works first, then the bookkeeping of works that are not.
        Status s = Sql::each(m_cache,
                             QStringLiteral("SELECT w.id, w.cited_by_count, c.citing_listed_at, c.citing_listed_count "
                                            "FROM works w LEFT JOIN citation_state c ON c.work_id = w.id WHERE w.id IN (%1)")
                                 .arg(Sql::placeholders(slice.size())),
                             values, [&](const SqlRow &row) { found.insert(row.text(0), seedOf(row)); });
        if (!s)
            return Result::failureOf(s);
        s = Sql::each(m_cache,
                      QStringLiteral("SELECT c.work_id, NULL, c.citing_listed_at, c.citing_listed_count "
                                     "FROM citation_state c WHERE c.work_id IN (%1) "
                                     "AND NOT EXISTS (SELECT 1 FROM works w WHERE w.id = c.work_id)")
                          .arg(Sql::placeholders(slice.size())),
                      values, [&](const SqlRow &row) { found.insert(row.text(0), seedOf(row)); });
        if (!s)
            return Result::failureOf(s);
    }
    QList<CitationSeed> out;
    out.reserve(ids.size());
    for (const QString &id : std::as_const(ids)) {
        CitationSeed seed = found.value(id);
        seed.id = id;
        out << seed;
    }
    return out;
}

Read<QSet<QString>> CitationSyncQueries::uncachedReferences(const QStringList &seedIds, const QString &now,
                                                            bool recentlyMissing) const
{
    const QString heldBack = QStringLiteral("EXISTS (SELECT 1 FROM citation_state c WHERE c.work_id = r.cited_id "
                                            "AND c.missing_since IS NOT NULL AND c.missing_since >= ?)");
    const QVariant cutoff = missingCutoff(now);
    QSet<QString> ids;
    for (qsizetype from = 0; from < seedIds.size(); from += Sql::kInSlice) {
        const QStringList slice = seedIds.mid(from, Sql::kInSlice);
        QVariantList values = Sql::valuesOf(slice);
        values << cutoff;
        const Status s = Sql::each(
            m_cache,
            QStringLiteral("SELECT DISTINCT r.cited_id FROM work_references r WHERE r.citing_id IN (%1) "
                           "AND NOT EXISTS (SELECT 1 FROM works w WHERE w.id = r.cited_id) AND %2%3")
                .arg(Sql::placeholders(slice.size()), recentlyMissing ? QString() : QStringLiteral("NOT "), heldBack),
            values, [&](const SqlRow &row) { ids.insert(row.text(0)); });
        if (!s)
            return Read<QSet<QString>>::failureOf(s);
    }
    return ids;
}

Read<QStringList> CitationSyncQueries::referencesToFetch(const QStringList &seedIds, const QString &now) const
{
    const Read<QSet<QString>> ids = uncachedReferences(seedIds, now, false);
    if (!ids)
        return Read<QStringList>::failureOf(ids);
    QStringList out(ids->cbegin(), ids->cend());
    std::sort(out.begin(), out.end());
    return out;
}

Read<int> CitationSyncQueries::recentlyMissingReferences(const QStringList &seedIds, const QString &now) const
{
    const Read<QSet<QString>> ids = uncachedReferences(seedIds, now, true);
    if (!ids)
        return Read<int>::failureOf(ids);
    return int(ids->size());
}

Read<QHash<QString, int>> CitationSyncQueries::knownCitingCounts(const QStringList &seedIds) const
{
    QHash<QString, int> out;
    for (qsizetype from = 0; from < seedIds.size(); from += Sql::kInSlice) {
        const QStringList slice = seedIds.mid(from, Sql::kInSlice);
        const Status s = Sql::each(m_cache,
                                   QStringLiteral("SELECT cited_id, COUNT(*) FROM work_references WHERE cited_id IN (%1) "
                                                  "GROUP BY cited_id")
                                       .arg(Sql::placeholders(slice.size())),
                                   Sql::valuesOf(slice), [&](const SqlRow &row) { out.insert(row.text(0), row.integer(1)); });
        if (!s)
            return Read<QHash<QString, int>>::failureOf(s);
    }
    return out;
}

Read<QHash<QString, QStringList>> CitationSyncQueries::knownCiters(const QStringList &seedIds) const
{
    QHash<QString, QStringList> out;
    for (qsizetype from = 0; from < seedIds.size(); from += Sql::kInSlice) {
        const QStringList slice = seedIds.mid(from, Sql::kInSlice);
        const Status s = Sql::each(m_cache,
                                   QStringLiteral("SELECT cited_id, citing_id FROM work_references WHERE cited_id IN (%1)")
                                       .arg(Sql::placeholders(slice.size())),
                                   Sql::valuesOf(slice), [&](const SqlRow &row) { out[row.text(0)] << row.text(1); });
        if (!s)
            return Read<QHash<QString, QStringList>>::failureOf(s);
    }
    return out;
}

Read<QStringList> CitationSyncQueries::cachedAmong(const QStringList &ids) const
{
    QStringList out;
    for (qsizetype from = 0; from < ids.size(); from += Sql::kInSlice) {
        const QStringList slice = ids.mid(from, Sql::kInSlice);
        const Status s = Sql::each(m_cache,
                                   QStringLiteral("SELECT id FROM works WHERE id IN (%1)").arg(Sql::placeholders(slice.size())),
                                   Sql::valuesOf(slice), [&](const SqlRow &row) { out << row.text(0); });
        if (!s)
            return Read<QStringList>::failureOf(s);
    }
    return out;
}

Status CitationSyncQueries::writeSlimWorks(const QList<Work> &works, const QString &fetchedAt)
{
    if (works.isEmpty())
        return succeeded();
    Cache::Transaction t(m_cache);
    if (!t.ok())
        return Status::failure(m_cache.lastError());
    for (const Work &w : works)
        if (!m_cache.upsertSlimWork(w, fetchedAt))
            return Status::failure(m_cache.lastError());
    return t.commit();
}

Status CitationSyncQueries::markMissing(const QStringList &ids, const QString &at)
{
    if (ids.isEmpty())
        return succeeded();
    Cache::Transaction t(m_cache);
    if (!t.ok())
        return Status::failure(m_cache.lastError());
    for (const QString &id : ids) {
        const Status s = Sql::exec(m_cache,
                                   QStringLiteral("INSERT INTO citation_state (work_id, missing_since) VALUES (?, ?) "
                                                  "ON CONFLICT(work_id) DO UPDATE SET missing_since = excluded.missing_since"),
                                   {id, at});
        if (!s)
            return s;
    }
    return t.commit();
}

Status CitationSyncQueries::markCitingListed(const QHash<QString, int> &counts, const QString &at)
{
    if (counts.isEmpty())
        return succeeded();
    Cache::Transaction t(m_cache);
    if (!t.ok())
        return Status::failure(m_cache.lastError());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const Status s = Sql::exec(m_cache,
                                   QStringLiteral("INSERT INTO citation_state (work_id, citing_listed_at, citing_listed_count) "
                                                  "VALUES (?, ?, ?) ON CONFLICT(work_id) DO UPDATE SET "
                                                  "citing_listed_at = excluded.citing_listed_at, "
                                                  "citing_listed_count = excluded.citing_listed_count"),
                                   {it.key(), at, it.value()});
        if (!s)
            return s;
    }
    return t.commit();
}

} // namespace peerscope
