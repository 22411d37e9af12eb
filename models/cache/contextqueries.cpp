#include "cache/contextqueries.h"

#include "cache/personworks.h"
#include "cache/sql.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <functional>

namespace peerscope {

namespace {

// IDs as one bound JSON array, read back with json_each: one statement for
// any number of works, no statement text built at run time.
QString jsonList(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

// ID, works, name.
// One statement's rows: kind 0, an entity (ID, works, name, then up to three
// attributes); kind 1, a link (work, entity) of one of the drawn entities.
struct PartReader {
    ContextPart part;
    std::function<void(ContextEntity &, const SqlRow &)> attributes;

    void operator()(const SqlRow &row)
    {
        if (row.integer(0) == 1) {
            part.links << ContextLink{row.text(1), row.text(3)};
            return;
        }
        ContextEntity e;
        e.id = row.text(1);
        e.works = row.integer(2);
        e.name = row.text(3);
        if (attributes)
            attributes(e, row);
        part.entities << e;
    }

    // Most frequent first, then by ID (the order the statement drew by);
    // links by work, then entity: the same cache gives the same graph.
    ContextPart sorted()
    {
        std::sort(part.entities.begin(), part.entities.end(), [](const ContextEntity &a, const ContextEntity &b) {
            return a.works != b.works ? a.works > b.works : a.id < b.id;
        });
        std::sort(part.links.begin(), part.links.end(), [](const ContextLink &a, const ContextLink &b) {
            return a.workId != b.workId ? a.workId < b.workId : a.entityId < b.entityId;
        });
        return std::move(part);
    }
};

// SQLite's LIMIT -1: no limit.
int limitOf(int cap)
{
    return cap > 0 ? cap : -1;
}

} // namespace

// The works, bound as a JSON array.
#define PEERSCOPE_CONTEXT_WORKS "pw(work_id) AS MATERIALIZED (SELECT value FROM json_each(?))"

// The authorships of the works as people: a split authorship belongs to the
// split-off person, a merged record to its person (split first, as in
// effective_authorships); one excluded from its person is left out.
#define PEERSCOPE_CONTEXT_PEOPLE                                                                                  \
    "WITH " PEERSCOPE_CONTEXT_WORKS ", "                                                                        \
    "ea(work_id, person) AS (SELECT o.work_id, COALESCE(sp.person_id, mg.person_id, o.author_id) "              \
    "FROM pw JOIN authorships o ON o.work_id = pw.work_id AND o.author_id <> '' "                               \
    "LEFT JOIN identity_overrides sp ON sp.author_id = o.author_id AND sp.kind = 'split' "                      \
    "AND sp.undone = 0 AND sp.work_id = o.work_id "                                                             \
    "LEFT JOIN identity_overrides mg ON mg.author_id = o.author_id AND mg.kind = 'merge' AND mg.undone = 0 "    \
    "WHERE NOT EXISTS (SELECT 1 FROM identity_overrides ex WHERE ex.work_id = o.work_id "                       \
    "AND ex.kind = 'exclude' AND ex.undone = 0 "                                                                \
    "AND ex.person_id = COALESCE(sp.person_id, mg.person_id, o.author_id)))"

// The same, as OpenAlex lists them.
#define PEERSCOPE_CONTEXT_RECORDS                                                                                 \
    "WITH " PEERSCOPE_CONTEXT_WORKS ", "                                                                        \
    "ea(work_id, person) AS (SELECT o.work_id, o.author_id "                                                    \
    "FROM pw JOIN authorships o ON o.work_id = pw.work_id AND o.author_id <> '')"

// From pairs(work_id, entity_id) and counts(entity_id, n): every entity
// with its count, then the links of the `?` most frequent. A link's entity
// is in the name's column (text on both backends; the count's is a number).
#define PEERSCOPE_CONTEXT_LINKS_OF_DRAWN                                                                          \
    "UNION ALL SELECT 1, pairs.work_id, NULL, pairs.entity_id, NULL, NULL, NULL FROM pairs "                    \
    "WHERE pairs.entity_id IN (SELECT entity_id FROM counts ORDER BY n DESC, entity_id LIMIT ?)"

#define PEERSCOPE_CONTEXT_COAUTHORS_SELECT                                                                        \
    ", pairs(work_id, entity_id) AS MATERIALIZED (SELECT DISTINCT work_id, person FROM ea WHERE person <> ?), " \
    "counts(entity_id, n) AS MATERIALIZED (SELECT entity_id, COUNT(*) FROM pairs GROUP BY entity_id) "          \
    "SELECT 0, c.entity_id, c.n, COALESCE(p.display_name, a.display_name, "                                     \
    "(SELECT o.author_name FROM authorships o WHERE o.author_id = c.entity_id LIMIT 1), ''), NULL, NULL, NULL " \
    "FROM counts c LEFT JOIN persons p ON p.id = c.entity_id LEFT JOIN authors a ON a.id = c.entity_id "        \
    PEERSCOPE_CONTEXT_LINKS_OF_DRAWN

// The works' institutions (wi: read twice, cheaper than sorting them once
// more) and each one's top (tops): the ancestor in its lineage (itself left
// out) with the shortest lineage of its own, an uncached one counting as a
// root, known before unknown, then the last listed; itself when its lineage
// is unknown or lists only itself. pairs: each work with its tops.
#define PEERSCOPE_CONTEXT_INSTITUTIONS                                                                            \
    "WITH " PEERSCOPE_CONTEXT_WORKS ", "                                                                        \
    "wi(work_id, institution_id) AS NOT MATERIALIZED (SELECT ai.work_id, ai.institution_id "                    \
    "FROM pw JOIN authorship_institutions ai ON ai.work_id = pw.work_id), "                                     \
    "tops(id, top_id) AS MATERIALIZED (SELECT d.id, COALESCE((SELECT l.value FROM institutions i, "            \
    "json_each(i.lineage) l LEFT JOIN institutions up ON up.id = l.value "                                      \
    "WHERE i.id = d.id AND l.type = 'text' AND l.value <> d.id "                                               \
    "ORDER BY CASE WHEN up.lineage IS NULL THEN 1 ELSE json_array_length(up.lineage) END, "                    \
    "up.lineage IS NULL, l.key DESC LIMIT 1), d.id) "                                                           \
    "FROM (SELECT DISTINCT institution_id AS id FROM wi) d), "                                                  \
    "pairs(work_id, entity_id) AS MATERIALIZED (SELECT DISTINCT wi.work_id, t.top_id FROM wi "                  \
    "JOIN tops t ON t.id = wi.institution_id), "                                                                \
    "counts(entity_id, n) AS MATERIALIZED (SELECT entity_id, COUNT(*) FROM pairs GROUP BY entity_id) "

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

Read<bool> ContextQueries::anyCorrection() const
{
    if (!m_anyCorrection) {
        const Read<QVariant> v = Sql::scalar(m_cache, QStringLiteral("SELECT EXISTS (SELECT 1 FROM identity_overrides WHERE undone = 0)"), {});
        if (!v)
            return Read<bool>::failureOf(v);
        m_anyCorrection = v->toBool();
    }
    return *m_anyCorrection;
}

Read<ContextPart> ContextQueries::coauthors(const QStringList &workIds, const QString &personId, bool honourOverrides,
                                            int cap) const
{
    const Read<bool> corrected = anyCorrection();
    if (!corrected)
        return Read<ContextPart>::failureOf(corrected);
    PartReader reader;
    const QVariantList values{jsonList(workIds), personId, limitOf(cap)};
    const Status s = honourOverrides && *corrected
                         ? Sql::each(m_cache, QStringLiteral(PEERSCOPE_CONTEXT_PEOPLE PEERSCOPE_CONTEXT_COAUTHORS_SELECT), values,
                                     std::ref(reader))
                         : Sql::each(m_cache, QStringLiteral(PEERSCOPE_CONTEXT_RECORDS PEERSCOPE_CONTEXT_COAUTHORS_SELECT), values,
                                     std::ref(reader));
    if (!s)
        return Read<ContextPart>::failureOf(s);
    return reader.sorted();
}

Read<ContextPart> ContextQueries::institutions(const QStringList &workIds, int cap) const
{
    PartReader reader;
    reader.attributes = [](ContextEntity &e, const SqlRow &row) {
        e.countryCode = row.text(4);
        e.ror = row.text(5);
    };
    const Status s = Sql::each(
        m_cache,
        QStringLiteral(PEERSCOPE_CONTEXT_INSTITUTIONS
                       "SELECT 0, c.entity_id, c.n, COALESCE(i.display_name, ''), COALESCE(i.country_code, ''), "
                       "COALESCE(i.ror, ''), NULL FROM counts c LEFT JOIN institutions i ON i.id = c.entity_id "
                       PEERSCOPE_CONTEXT_LINKS_OF_DRAWN),
        {jsonList(workIds), limitOf(cap)}, std::ref(reader));
    if (!s)
        return Read<ContextPart>::failureOf(s);
    return reader.sorted();
}

Read<ContextPart> ContextQueries::topics(const QStringList &workIds, int cap) const
{
    PartReader reader;
    reader.attributes = [](ContextEntity &e, const SqlRow &row) {
        e.subfield = row.text(4);
        e.field = row.text(5);
        e.domain = row.text(6);
    };
    const Status s = Sql::each(
        m_cache,
        QStringLiteral("WITH " PEERSCOPE_CONTEXT_WORKS ", "
                       "pairs(work_id, entity_id) AS MATERIALIZED (SELECT DISTINCT wt.work_id, wt.topic_id FROM pw "
                       "JOIN work_topics wt ON wt.work_id = pw.work_id WHERE wt.topic_id <> ''), "
                       "counts(entity_id, n) AS MATERIALIZED (SELECT entity_id, COUNT(*) FROM pairs GROUP BY entity_id) "
                       "SELECT 0, c.entity_id, c.n, COALESCE(t.display_name, ''), COALESCE(t.subfield, ''), "
                       "COALESCE(t.field, ''), COALESCE(t.domain, '') FROM counts c LEFT JOIN topics t ON t.id = c.entity_id "
                       PEERSCOPE_CONTEXT_LINKS_OF_DRAWN),
        {jsonList(workIds), limitOf(cap)}, std::ref(reader));
    if (!s)
        return Read<ContextPart>::failureOf(s);
    return reader.sorted();
}

Read<QList<ContextEntity>> ContextQueries::sources(const QStringList &workIds) const
{
    PartReader reader;
    reader.attributes = [](ContextEntity &e, const SqlRow &row) { e.issnL = row.text(4); };
    const Status s = Sql::each(
        m_cache,
        QStringLiteral("WITH " PEERSCOPE_CONTEXT_WORKS " "
                       "SELECT 0, w.source_id, COUNT(*), COALESCE(MAX(s.display_name), ''), COALESCE(MAX(s.issn_l), '') "
                       "FROM pw JOIN works w ON w.id = pw.work_id LEFT JOIN sources s ON s.id = w.source_id "
                       "WHERE COALESCE(w.source_id, '') <> '' GROUP BY w.source_id"),
        {jsonList(workIds)}, std::ref(reader));
    if (!s)
        return Read<QList<ContextEntity>>::failureOf(s);
    return reader.sorted().entities;
}

} // namespace peerscope
