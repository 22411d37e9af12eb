#include "cache/citationqueries.h"

#include "cache/cache.h"
#include "cache/personworks.h"
#include "cache/sql.h"
#include "core/text.h"

#include <algorithm>
#include <vector>

namespace peerscope {

namespace {

// One JSON string, escaped as JSON requires.
void appendJsonString(QString &out, const QString &id)
{
    out += u'"';
    const bool plain = std::all_of(id.cbegin(), id.cend(),
                                   [](QChar c) { return c != u'"' && c != u'\\' && c.unicode() >= 0x20; });
    if (plain) { // every OpenAlex ID: copied whole
        out += id;
        out += u'"';
        return;
    }
    for (const QChar c : id) {
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

// An ID list as one bound value, for json_each(?), the IDs at positions
// at(0), at(1), ... Written directly: a big author's local graph is
// 180,000 IDs, and a QJsonArray of them cost a tenth of the load.
template <typename At>
QString jsonList(const QStringList &ids, qsizetype count, At at)
{
    qsizetype length = 2;
    for (const QString &id : ids)
        length += id.size() + 3;
    QString out;
    out.reserve(length);
    out += u'[';
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            out += u',';
        appendJsonString(out, ids.at(at(i)));
    }
    out += u']';
    return out;
}

QString jsonList(const QStringList &ids)
{
    return jsonList(ids, ids.size(), [](qsizetype i) { return i; });
}

// Lists are probed in ID order: SQLite finds each row of a json_each list
// by a B-tree probe, and probing in key order walks the index and the table
// leaf after leaf instead of jumping across the file (a big author's
// 180,000 citation briefs: 0.65 s instead of 1 s). order: positions in ids,
// from text::ascendingPositions().
QString jsonListInOrder(const QStringList &ids, const std::vector<qsizetype> &order)
{
    return jsonList(ids, qsizetype(order.size()), [&order](qsizetype i) { return order[size_t(i)]; });
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
                              QStringLiteral("SELECT j.value FROM json_each(?) j "
                                             "WHERE NOT EXISTS (SELECT 1 FROM works w WHERE w.id = j.value) "
                                             "GROUP BY j.value ORDER BY MIN(j.key)"),
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
        {jsonListInOrder(citing, text::ascendingPositions(citing))},
        [](const SqlRow &row) { return WorkLinks{row.text(0), row.text(1), {}}; });
}

namespace {

// The brief's columns after the first, over works w (read through the
// index works_brief, which holds all of them: see schema v6) and
// citation_state cs: one text for both reads of briefs. authors_display,
// in the table row (often in its overflow pages), is read only when the
// work has no authorships.
#define PEERSCOPE_BRIEF_COLUMNS                                                                                     \
    "COALESCE(w.publication_year, 0), w.cited_by_count, w.fwci, w.reference_count, "                                \
    "cs.citing_listed_at IS NOT NULL, w.title, "                                                                     \
    "COALESCE(NULLIF((SELECT a.author_name FROM authorships a WHERE a.work_id = w.id "                               \
    "ORDER BY a.position LIMIT 1), ''), "                                                                            \
    "(SELECT substr(t.authors_display, 1, instr(t.authors_display || '; ', '; ') - 1) "                             \
    "FROM works t WHERE t.rowid = w.rowid)) "
// SQLite's planner prefers the ID's unique index, which leaves every
// column to the table row: the brief index is named.
#define PEERSCOPE_BRIEF_WORKS "works w INDEXED BY works_brief"

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
    // One walk over the IDs (a big author's local graph is 180,000) in key
    // order, each row said by its position in that order (no ID text to
    // read back and look up), turned back into its position in ids.
    // Room for every ID up front: growing a list of 100,000 briefs moved
    // them over and over.
    const std::vector<qsizetype> order = text::ascendingPositions(ids);
    QList<CitationWorkBrief> out;
    out.reserve(ids.size());
    const Status read = Sql::each(
        m_cache,
        QStringLiteral("SELECT j.key, " PEERSCOPE_BRIEF_COLUMNS
                       "FROM json_each(?) j JOIN " PEERSCOPE_BRIEF_WORKS " ON w.id = j.value "
                       "LEFT JOIN citation_state cs ON cs.work_id = w.id"),
        {jsonListInOrder(ids, order)}, [&](const SqlRow &row) {
            CitationWorkBrief &b = out.emplace_back();
            const qsizetype sorted = row.integer64(0);
            b.index = sorted >= 0 && size_t(sorted) < order.size() ? order[size_t(sorted)] : -1;
            b.id = ids.value(b.index);
            readBrief(row, b);
        });
    if (!read)
        return Read<QList<CitationWorkBrief>>::failureOf(read);
    return out;
}

Read<QList<CitationWorkBrief>> CitationQueries::citedBriefs(const QStringList &citing, const QStringList &except) const
{
    // The cited IDs become one ephemeral set (a work cited twice is one
    // probe), the exceptions another; only cached works come back.
    return Sql::list<CitationWorkBrief>(
        m_cache,
        QStringLiteral("SELECT w.id, " PEERSCOPE_BRIEF_COLUMNS
                       ", (SELECT group_concat(r.cited_id) FROM work_references r WHERE r.citing_id = w.id) "
                       "FROM " PEERSCOPE_BRIEF_WORKS " LEFT JOIN citation_state cs ON cs.work_id = w.id "
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
#undef PEERSCOPE_BRIEF_WORKS

} // namespace peerscope
