#include "cache/citationqueries.h"

#include "cache/cache.h"
#include "cache/personworks.h"
#include "cache/sql.h"



namespace peerscope {

namespace {

// An ID list as one bound value, for json_each(?). Written directly: a big
// author's local graph is 180,000 IDs, and a QJsonArray of them cost a
// tenth of the load. Escapes what JSON requires in a string.
QString jsonList(const QStringList &ids)
{
    qsizetype length = 2;
    for (const QString &id : ids)
        length += id.size() + 3;
    QString out;
    out.reserve(length);
    out += u'[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out += u',';
        out += u'"';
        for (const QChar c : ids.at(i)) {
            if (c == u'"' || c == u'\\') {
                out += u'\\';
                out += c;
            } else if (c.unicode() < 0x20) {
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
        out += u'"';
    }
    out += u']';
    return out;
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

namespace {

// The brief's columns after the first, over works w and citation_state cs:
// one text for both reads of briefs. authors_display, often in overflow
// pages, is read only when the work has no authorships.
#define PEERSCOPE_BRIEF_COLUMNS                                                                                     \
    "COALESCE(w.publication_year, 0), w.cited_by_count, w.fwci, w.reference_count, "                                \
    "cs.citing_listed_at IS NOT NULL, w.title, "                                                                     \
    "COALESCE(NULLIF((SELECT a.author_name FROM authorships a WHERE a.work_id = w.id "                               \
    "ORDER BY a.position LIMIT 1), ''), "                                                                            \
    "substr(w.authors_display, 1, instr(w.authors_display || '; ', '; ') - 1)) "

// Columns 1.. of PEERSCOPE_BRIEF_COLUMNS (column 0 says which work).
void readBrief(const SqlRow &row, CitationWorkBrief &b)
{
    b.year = row.integer(1);
    b.citedByCount = row.integer(2);
    b.fwci = row.isNull(3) ? -1.0 : row.real(3);
    b.referenceCount = row.isNull(4) ? -1 : row.integer(4);
    b.citingListed = row.integer(5) != 0;
    b.title = row.text(6);
    b.firstAuthor = row.text(7);
}

} // namespace

Read<QList<CitationWorkBrief>> CitationQueries::briefs(const QStringList &ids) const
{
    // One walk over the IDs (a big author's local graph is 180,000), each
    // row said by its position in the list (no ID text to read back and look
    // up).
    return Sql::list<CitationWorkBrief>(
        m_cache,
        QStringLiteral("SELECT j.key, " PEERSCOPE_BRIEF_COLUMNS
                       "FROM json_each(?) j JOIN works w ON w.id = j.value "
                       "LEFT JOIN citation_state cs ON cs.work_id = w.id"),
        {jsonList(ids)}, [&ids](const SqlRow &row) {
            CitationWorkBrief b;
            b.index = row.integer64(0);
            b.id = ids.value(b.index);
            readBrief(row, b);
            return b;
        });
}

Read<QList<CitationWorkBrief>> CitationQueries::citedBriefs(const QStringList &citing, const QStringList &except) const
{
    // The cited IDs become one ephemeral set (a work cited twice is one
    // probe), the exceptions another; only cached works come back.
    return Sql::list<CitationWorkBrief>(
        m_cache,
        QStringLiteral("SELECT w.id, " PEERSCOPE_BRIEF_COLUMNS
                       ", (SELECT group_concat(r.cited_id) FROM work_references r WHERE r.citing_id = w.id) "
                       "FROM works w LEFT JOIN citation_state cs ON cs.work_id = w.id "
                       "WHERE w.id IN (SELECT r.cited_id FROM json_each(?) j "
                       "JOIN work_references r ON r.citing_id = j.value) "
                       "AND w.id NOT IN (SELECT value FROM json_each(?))"),
        {jsonList(citing), jsonList(except)}, [](const SqlRow &row) {
            CitationWorkBrief b;
            b.id = row.text(0);
            readBrief(row, b);
            b.references = row.text(8);
            return b;
        });
}

#undef PEERSCOPE_BRIEF_COLUMNS

} // namespace peerscope
