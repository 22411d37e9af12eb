#include "cache/authorqueries.h"

#include "cache/cache.h"
#include "cache/personworks.h"
#include "cache/sql.h"
#include "core/text.h"
#include "openalex/openalexparser.h"

#include <QHash>

namespace peerscope {

Read<std::optional<Author>> AuthorQueries::author(const QString &id) const
{
    if (text::isPersonId(id)) {
        // A person the user split off a record: a name and their works.
        return Sql::first<Author>(m_cache, QStringLiteral("SELECT display_name FROM persons WHERE id = ?"), {id},
                                  [&](const SqlRow &row) {
                                      Author a;
                                      a.id = id;
                                      a.name = row.text(0);
                                      return a;
                                  });
    }
    return Sql::first<Author>(m_cache, QStringLiteral("SELECT raw_json FROM authors WHERE id = ?"), {id},
                              [](const SqlRow &row) { return openalex::parseAuthor(row.json(0)); });
}

// Every authorship on the works of a person (bound first), the other side
// mapped to people as effective_authorships does, but from the base table:
// joined on work_id, the view would be materialized whole (every
// authorship) first. Callers select from o (the authorship), w (its work)
// and PEERSCOPE_SHARED_PERSON, and may join more onto o.
#define PEERSCOPE_SHARED_PERSON "COALESCE(sp.person_id, mg.person_id, o.author_id)"
#define PEERSCOPE_SHARED_AUTHORSHIPS                                                                              \
    "FROM (SELECT DISTINCT work_id FROM " PEERSCOPE_WORKS_OF_PERSON ") mine "                                   \
    "JOIN authorships o ON o.work_id = mine.work_id AND o.author_id <> '' "                                     \
    "JOIN works w ON w.id = o.work_id "                                                                          \
    "LEFT JOIN identity_overrides sp ON sp.author_id = o.author_id AND sp.kind = 'split' AND sp.undone = 0 "   \
    "                                AND sp.work_id = o.work_id "                                                \
    "LEFT JOIN identity_overrides mg ON mg.author_id = o.author_id AND mg.kind = 'merge' AND mg.undone = 0 "

Read<QList<CoauthorStat>> AuthorQueries::coauthors(const QString &person) const
{
    Read<QList<CoauthorStat>> found = Sql::list<CoauthorStat>(
        m_cache,
        QStringLiteral(
            "SELECT x.person, MAX(x.author_name), MAX(x.orcid), COUNT(DISTINCT x.work_id) AS shared, "
            "MIN(x.year), MAX(x.year), a.id IS NOT NULL, COALESCE(i.display_name, '') "
            "FROM (SELECT o.work_id, " PEERSCOPE_SHARED_PERSON " AS person, o.author_name, o.orcid, "
            "             w.publication_year AS year " PEERSCOPE_SHARED_AUTHORSHIPS ") x "
            "LEFT JOIN authors a ON a.id = x.person "
            "LEFT JOIN institutions i ON i.id = a.last_institution_id "
            "WHERE x.person <> ? "
            "AND NOT EXISTS (SELECT 1 FROM identity_overrides ex WHERE ex.work_id = x.work_id AND ex.kind = 'exclude' "
            "                AND ex.undone = 0 AND ex.person_id = x.person) "
            "GROUP BY x.person "
            "ORDER BY shared DESC, MAX(x.year) DESC, MAX(x.author_name)"),
        {person, person}, [](const SqlRow &row) {
            CoauthorStat c;
            c.id = row.text(0);
            c.name = row.text(1);
            c.orcid = row.text(2);
            c.sharedWorks = row.integer(3);
            c.firstYear = row.integer(4);
            c.lastYear = row.integer(5);
            c.isCached = row.integer(6) != 0;
            c.institution = row.text(7);
            return c;
        });
    if (!found)
        return found;
    QList<CoauthorStat> &out = *found;
    // Uncached co-authors: the institution they gave on their latest shared
    // work, for all of them in one pass over the shared works (one query per
    // co-author took seconds for an author with thousands of them).
    QHash<QString, int> missing;
    for (int i = 0; i < out.size(); ++i)
        if (out.at(i).institution.isEmpty())
            missing.insert(out.at(i).id, i);
    if (missing.isEmpty())
        return found;
    const Status s = Sql::eachWhile(
        m_cache,
        QStringLiteral("SELECT " PEERSCOPE_SHARED_PERSON ", i.display_name " PEERSCOPE_SHARED_AUTHORSHIPS
                       "JOIN authorship_institutions ai ON ai.work_id = o.work_id AND ai.position = o.position "
                       "JOIN institutions i ON i.id = ai.institution_id "
                       "ORDER BY w.publication_year DESC, o.work_id, ai.institution_id"),
        {person}, [&](const SqlRow &row) {
            // Newest first: the first institution seen for a person is theirs.
            const auto it = missing.constFind(row.text(0));
            if (it != missing.constEnd()) {
                out[it.value()].institution = row.text(1);
                missing.erase(it);
            }
            return !missing.isEmpty();
        });
    if (!s)
        return Read<QList<CoauthorStat>>::failureOf(s);
    return found;
}

} // namespace peerscope
