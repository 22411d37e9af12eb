#include "cache/citationqueries.h"

#include "cache/cache.h"
#include "cache/personworks.h"
#include "cache/sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace peerscope {

namespace {

// An ID list as one bound value, for json_each(?).
QString jsonList(const QStringList &ids)
{
    QJsonArray array;
    for (const QString &id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString idText(const SqlRow &row)
{
    return row.text(0);
}

} // namespace

Read<QStringList> CitationQueries::worksOfPerson(const QString &personId) const
{
    return Sql::list<QString>(m_cache,
                              QStringLiteral("SELECT DISTINCT work_id FROM " PEERSCOPE_WORKS_OF_PERSON_INDEXED),
                              {personId, personId, personId}, idText);
}

Read<bool> CitationQueries::personKnown(const QString &personId) const
{
    const Read<QVariant> known = Sql::scalar(
        m_cache,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM authors WHERE id = ?) OR EXISTS (SELECT 1 FROM persons WHERE id = ?) "
                       "OR EXISTS (SELECT 1 FROM " PEERSCOPE_WORKS_OF_PERSON_INDEXED ")"),
        {personId, personId, personId, personId, personId});
    if (!known)
        return Read<bool>::failureOf(known);
    return known->toInt() != 0;
}

Read<QStringList> CitationQueries::uncachedWorks(const QStringList &ids) const
{
    return Sql::list<QString>(m_cache,
                              QStringLiteral("SELECT DISTINCT j.value FROM json_each(?) j "
                                             "WHERE NOT EXISTS (SELECT 1 FROM works w WHERE w.id = j.value) ORDER BY j.key"),
                              {jsonList(ids)}, idText);
}

Read<QList<WorkLinks>> CitationQueries::seedLinks(const QStringList &seeds) const
{
    // One row per seed, its citations both ways concatenated: a row per
    // citation cost more in the driver than the whole index walk (a big
    // author's seeds have about a million). Each subquery is one index range.
    return Sql::list<WorkLinks>(
        m_cache,
        QStringLiteral("SELECT j.value, "
                       "(SELECT group_concat(r.cited_id) FROM work_references r WHERE r.citing_id = j.value), "
                       "(SELECT group_concat(r.citing_id) FROM work_references r WHERE r.cited_id = j.value) "
                       "FROM json_each(?) j"),
        {jsonList(seeds)}, [](const SqlRow &row) { return WorkLinks{row.text(0), row.text(1), row.text(2)}; });
}

Read<QList<WorkLinks>> CitationQueries::referencesOf(const QStringList &citing) const
{
    return Sql::list<WorkLinks>(
        m_cache,
        QStringLiteral("SELECT j.value, "
                       "(SELECT group_concat(r.cited_id) FROM work_references r WHERE r.citing_id = j.value) "
                       "FROM json_each(?) j"),
        {jsonList(citing)}, [](const SqlRow &row) { return WorkLinks{row.text(0), row.text(1), {}}; });
}

Read<QList<CitationWorkBrief>> CitationQueries::briefs(const QStringList &ids) const
{
    return Sql::list<CitationWorkBrief>(
        m_cache,
        QStringLiteral("SELECT w.id, w.title, COALESCE(w.publication_year, 0), "
                       "(SELECT a.author_name FROM authorships a WHERE a.work_id = w.id ORDER BY a.position LIMIT 1), "
                       "w.authors_display, w.cited_by_count, w.fwci, w.reference_count, w.is_slim, "
                       "cs.citing_listed_at IS NOT NULL "
                       "FROM json_each(?) j JOIN works w ON w.id = j.value "
                       "LEFT JOIN citation_state cs ON cs.work_id = w.id"),
        {jsonList(ids)}, [](const SqlRow &row) {
            CitationWorkBrief b;
            b.id = row.text(0);
            b.title = row.text(1);
            b.year = row.integer(2);
            b.firstAuthor = row.text(3);
            if (b.firstAuthor.isEmpty())
                b.firstAuthor = row.text(4).section(QStringLiteral("; "), 0, 0);
            b.citedByCount = row.integer(5);
            b.fwci = row.isNull(6) ? -1.0 : row.real(6);
            b.referenceCount = row.isNull(7) ? -1 : row.integer(7);
            b.isSlim = row.integer(8) != 0;
            b.citingListed = row.integer(9) != 0;
            return b;
        });
}

} // namespace peerscope
