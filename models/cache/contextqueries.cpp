#include "cache/contextqueries.h"

#include "cache/personworks.h"
#include "cache/sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace peerscope {

namespace {

// IDs as one bound JSON array, read back with json_each: one statement for
// any number of works, no statement text built at run time.
QString jsonList(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

ContextEntity entity(const SqlRow &row)
{
    ContextEntity e;
    e.id = row.text(0);
    e.works = row.integer(1);
    e.firstYear = row.integer(2);
    e.name = row.text(3);
    return e;
}

ContextLink link(const SqlRow &row)
{
    return ContextLink{row.text(0), row.text(1)};
}

} // namespace

// The works, bound as a JSON array.
#define PEERSCOPE_CONTEXT_WORKS "pw(work_id) AS MATERIALIZED (SELECT value FROM json_each(?))"

// The authorships of the works as people: a split authorship belongs to the
// split-off person, a merged record to its person (split first, as in
// effective_authorships); one excluded from its person is left out.
#define PEERSCOPE_CONTEXT_PEOPLE                                                                                  \
    "WITH " PEERSCOPE_CONTEXT_WORKS ", "                                                                        \
    "ea(work_id, person, name) AS (SELECT o.work_id, COALESCE(sp.person_id, mg.person_id, o.author_id), "       \
    "o.author_name FROM pw JOIN authorships o ON o.work_id = pw.work_id AND o.author_id <> '' "                 \
    "LEFT JOIN identity_overrides sp ON sp.author_id = o.author_id AND sp.kind = 'split' "                      \
    "AND sp.undone = 0 AND sp.work_id = o.work_id "                                                             \
    "LEFT JOIN identity_overrides mg ON mg.author_id = o.author_id AND mg.kind = 'merge' AND mg.undone = 0 "    \
    "WHERE NOT EXISTS (SELECT 1 FROM identity_overrides ex WHERE ex.work_id = o.work_id "                       \
    "AND ex.kind = 'exclude' AND ex.undone = 0 "                                                                \
    "AND ex.person_id = COALESCE(sp.person_id, mg.person_id, o.author_id))) "

// The same, as OpenAlex lists them.
#define PEERSCOPE_CONTEXT_RECORDS                                                                                 \
    "WITH " PEERSCOPE_CONTEXT_WORKS ", "                                                                        \
    "ea(work_id, person, name) AS (SELECT o.work_id, o.author_id, o.author_name "                               \
    "FROM pw JOIN authorships o ON o.work_id = pw.work_id AND o.author_id <> '') "

#define PEERSCOPE_CONTEXT_COAUTHORS_SELECT                                                                        \
    "SELECT ea.person, COUNT(DISTINCT ea.work_id), COALESCE(MIN(NULLIF(w.publication_year, 0)), 0), "          \
    "COALESCE(MAX(p.display_name), MAX(a.display_name), MAX(ea.name), '') "                                    \
    "FROM ea JOIN works w ON w.id = ea.work_id LEFT JOIN persons p ON p.id = ea.person "                        \
    "LEFT JOIN authors a ON a.id = ea.person WHERE ea.person <> ? GROUP BY ea.person ORDER BY 2 DESC, 1"

#define PEERSCOPE_CONTEXT_COAUTHOR_LINKS_SELECT                                                                   \
    "SELECT DISTINCT ea.work_id, ea.person FROM ea WHERE ea.person IN (SELECT value FROM json_each(?)) "        \
    "ORDER BY 1, 2"

// The works' institutions (wi) and each one's top (tops): the ancestor in
// its lineage (itself left out) with the shortest lineage of its own, an
// uncached one counting as a root, then the last listed; itself when its
// lineage is unknown or lists only itself.
#define PEERSCOPE_CONTEXT_INSTITUTIONS                                                                            \
    "WITH " PEERSCOPE_CONTEXT_WORKS ", "                                                                        \
    "wi(work_id, institution_id) AS MATERIALIZED (SELECT DISTINCT ai.work_id, ai.institution_id "              \
    "FROM pw JOIN authorship_institutions ai ON ai.work_id = pw.work_id), "                                     \
    "tops(id, top_id) AS MATERIALIZED (SELECT d.id, COALESCE((SELECT l.value FROM institutions i, "            \
    "json_each(i.lineage) l LEFT JOIN institutions up ON up.id = l.value "                                      \
    "WHERE i.id = d.id AND l.type = 'text' AND l.value <> d.id "                                               \
    "ORDER BY CASE WHEN up.lineage IS NULL THEN 1 ELSE json_array_length(up.lineage) END, "                    \
    "up.lineage IS NULL, l.key DESC LIMIT 1), d.id) "                                                           \
    "FROM (SELECT DISTINCT institution_id AS id FROM wi) d) "

Read<QString> ContextQueries::personName(const QString &personId) const
{
    const Read<QVariant> v = Sql::scalar(m_cache,
                                         QStringLiteral("SELECT COALESCE((SELECT display_name FROM persons WHERE id = ?), "
                                                        "(SELECT display_name FROM authors WHERE id = ?), '')"),
                                         {personId, personId});
    if (!v)
        return Read<QString>::failureOf(v);
    return v->toString();
}

Read<QList<ContextWork>> ContextQueries::works(const QString &personId, bool honourOverrides) const
{
    auto make = [](const SqlRow &row) {
        return ContextWork{row.text(0), row.text(1), row.integer(2), row.integer(3), row.text(4), row.text(5)};
    };
    // The first author is one index lookup per work, in the same statement.
    if (honourOverrides)
        return Sql::list<ContextWork>(
            m_cache,
            QStringLiteral("SELECT w.id, w.title, COALESCE(w.publication_year, 0), w.cited_by_count, "
                           "COALESCE((SELECT f.author_name FROM authorships f WHERE f.work_id = w.id ORDER BY f.position LIMIT 1), ''), "
                           "COALESCE(w.source_id, '') FROM works w WHERE w.id IN " PEERSCOPE_WORKS_OF_PERSON_INDEXED
                           " ORDER BY w.cited_by_count DESC, w.id"),
            {personId, personId, personId}, make);
    return Sql::list<ContextWork>(
        m_cache,
        QStringLiteral("SELECT w.id, w.title, COALESCE(w.publication_year, 0), w.cited_by_count, "
                       "COALESCE((SELECT f.author_name FROM authorships f WHERE f.work_id = w.id ORDER BY f.position LIMIT 1), ''), "
                       "COALESCE(w.source_id, '') FROM works w WHERE w.id IN " PEERSCOPE_WORKS_OF_RECORD
                       " ORDER BY w.cited_by_count DESC, w.id"),
        {personId}, make);
}

Read<QList<ContextEntity>> ContextQueries::coauthors(const QStringList &workIds, const QString &personId,
                                                     bool honourOverrides) const
{
    if (honourOverrides)
        return Sql::list<ContextEntity>(m_cache,
                                        QStringLiteral(PEERSCOPE_CONTEXT_PEOPLE PEERSCOPE_CONTEXT_COAUTHORS_SELECT),
                                        {jsonList(workIds), personId}, entity);
    return Sql::list<ContextEntity>(m_cache, QStringLiteral(PEERSCOPE_CONTEXT_RECORDS PEERSCOPE_CONTEXT_COAUTHORS_SELECT),
                                    {jsonList(workIds), personId}, entity);
}

Read<QList<ContextLink>> ContextQueries::coauthorLinks(const QStringList &workIds, bool honourOverrides,
                                                       const QStringList &drawn) const
{
    if (honourOverrides)
        return Sql::list<ContextLink>(m_cache,
                                      QStringLiteral(PEERSCOPE_CONTEXT_PEOPLE PEERSCOPE_CONTEXT_COAUTHOR_LINKS_SELECT),
                                      {jsonList(workIds), jsonList(drawn)}, link);
    return Sql::list<ContextLink>(m_cache, QStringLiteral(PEERSCOPE_CONTEXT_RECORDS PEERSCOPE_CONTEXT_COAUTHOR_LINKS_SELECT),
                                  {jsonList(workIds), jsonList(drawn)}, link);
}

Read<QList<ContextEntity>> ContextQueries::institutions(const QStringList &workIds) const
{
    return Sql::list<ContextEntity>(
        m_cache,
        QStringLiteral(PEERSCOPE_CONTEXT_INSTITUTIONS
                       "SELECT t.top_id, COUNT(DISTINCT wi.work_id), COALESCE(MIN(NULLIF(w.publication_year, 0)), 0), "
                       "COALESCE(i.display_name, ''), COALESCE(i.country_code, ''), COALESCE(i.ror, '') "
                       "FROM wi JOIN tops t ON t.id = wi.institution_id JOIN works w ON w.id = wi.work_id "
                       "LEFT JOIN institutions i ON i.id = t.top_id GROUP BY t.top_id ORDER BY 2 DESC, 1"),
        {jsonList(workIds)}, [](const SqlRow &row) {
            ContextEntity e = entity(row);
            e.countryCode = row.text(4);
            e.ror = row.text(5);
            return e;
        });
}

Read<QList<ContextLink>> ContextQueries::institutionLinks(const QStringList &workIds, const QStringList &drawn) const
{
    return Sql::list<ContextLink>(
        m_cache,
        QStringLiteral(PEERSCOPE_CONTEXT_INSTITUTIONS
                       "SELECT DISTINCT wi.work_id, t.top_id FROM wi JOIN tops t ON t.id = wi.institution_id "
                       "WHERE t.top_id IN (SELECT value FROM json_each(?)) ORDER BY 1, 2"),
        {jsonList(workIds), jsonList(drawn)}, link);
}

Read<QList<ContextEntity>> ContextQueries::topics(const QStringList &workIds) const
{
    return Sql::list<ContextEntity>(
        m_cache,
        QStringLiteral("WITH " PEERSCOPE_CONTEXT_WORKS " "
                       "SELECT wt.topic_id, COUNT(DISTINCT wt.work_id), COALESCE(MIN(NULLIF(w.publication_year, 0)), 0), "
                       "COALESCE(t.display_name, ''), COALESCE(t.subfield, ''), COALESCE(t.field, ''), COALESCE(t.domain, '') "
                       "FROM pw JOIN work_topics wt ON wt.work_id = pw.work_id JOIN works w ON w.id = pw.work_id "
                       "LEFT JOIN topics t ON t.id = wt.topic_id WHERE wt.topic_id <> '' "
                       "GROUP BY wt.topic_id ORDER BY 2 DESC, 1"),
        {jsonList(workIds)}, [](const SqlRow &row) {
            ContextEntity e = entity(row);
            e.subfield = row.text(4);
            e.field = row.text(5);
            e.domain = row.text(6);
            return e;
        });
}

Read<QList<ContextLink>> ContextQueries::topicLinks(const QStringList &workIds, const QStringList &drawn) const
{
    return Sql::list<ContextLink>(
        m_cache,
        QStringLiteral("WITH " PEERSCOPE_CONTEXT_WORKS " "
                       "SELECT DISTINCT wt.work_id, wt.topic_id FROM pw JOIN work_topics wt ON wt.work_id = pw.work_id "
                       "WHERE wt.topic_id IN (SELECT value FROM json_each(?)) ORDER BY 1, 2"),
        {jsonList(workIds), jsonList(drawn)}, link);
}

Read<QList<ContextEntity>> ContextQueries::sources(const QStringList &workIds) const
{
    return Sql::list<ContextEntity>(
        m_cache,
        QStringLiteral("WITH " PEERSCOPE_CONTEXT_WORKS " "
                       "SELECT w.source_id, COUNT(*), COALESCE(MIN(NULLIF(w.publication_year, 0)), 0), "
                       "COALESCE(s.display_name, ''), COALESCE(s.issn_l, '') "
                       "FROM pw JOIN works w ON w.id = pw.work_id LEFT JOIN sources s ON s.id = w.source_id "
                       "WHERE COALESCE(w.source_id, '') <> '' GROUP BY w.source_id ORDER BY 2 DESC, 1"),
        {jsonList(workIds)}, [](const SqlRow &row) {
            ContextEntity e = entity(row);
            e.issnL = row.text(4);
            return e;
        });
}

} // namespace peerscope
