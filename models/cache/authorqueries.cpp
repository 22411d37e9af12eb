#include "cache/authorqueries.h"

#include "cache/cache.h"
#include "cache/dialect.h"
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
            "MIN(x.year), MAX(x.year), MAX(CASE WHEN a.id IS NULL THEN 0 ELSE 1 END), MAX(COALESCE(i.display_name, '')) "
            "FROM (SELECT o.work_id, " PEERSCOPE_SHARED_PERSON " AS person, o.author_name, o.orcid, "
            "             w.publication_year AS year " PEERSCOPE_SHARED_AUTHORSHIPS ") x "
            "LEFT JOIN authors a ON a.id = x.person "
            "LEFT JOIN institutions i ON i.id = a.last_institution_id "
            "WHERE x.person <> ? "
            "AND NOT EXISTS (SELECT 1 FROM identity_overrides ex WHERE ex.work_id = x.work_id AND ex.kind = 'exclude' "
            "                AND ex.undone = 0 AND ex.person_id = x.person) "
            // a and i are one row per person at most: MAX() only names them
            // as aggregates, which PostgreSQL asks for (SQLite does not).
            "GROUP BY x.person "
            "ORDER BY shared DESC, MAX(x.year) DESC, MAX(x.author_name), x.person"),
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

Read<QString> AuthorQueries::resolveOpenAlex(const QString &id) const
{
    const Read<QVariant> v =
        Sql::scalar(m_cache, QStringLiteral("SELECT author_id FROM author_aliases WHERE alias_id = ?"), {id});
    if (!v)
        return Read<QString>::failureOf(v);
    return v->isNull() ? id : v->toString();
}

Read<QString> AuthorQueries::resolve(const QString &id) const
{
    const Read<QString> record = resolveOpenAlex(id);
    if (!record)
        return record;
    // A record the user merged into a person is shown as that person.
    const Read<QVariant> person = Sql::scalar(
        m_cache,
        QStringLiteral("SELECT person_id FROM identity_overrides WHERE kind = 'merge' AND undone = 0 AND author_id = ?"),
        {*record});
    if (!person)
        return Read<QString>::failureOf(person);
    return person->isNull() ? *record : person->toString();
}

// The shared head of every author-summary statement; callers append their
// clause as adjacent literals, so each statement stays one compile-time
// literal with bound values.
#define PEERSCOPE_SUMMARY_SELECT                                                                                  \
    "SELECT a.id, a.display_name, a.orcid, COALESCE(i.display_name, ''), a.works_count, a.cited_by_count "       \
    "FROM authors a LEFT JOIN institutions i ON i.id = a.last_institution_id "

Read<QList<AuthorSummary>> AuthorQueries::summaries(const QString &statement, const QVariantList &values) const
{
    Read<QList<AuthorSummary>> found = Sql::list<AuthorSummary>(m_cache, statement, values, [](const SqlRow &row) {
        AuthorSummary s;
        s.id = row.text(0);
        s.name = row.text(1);
        s.orcid = row.text(2);
        s.institution = row.text(3);
        s.worksCount = row.integer(4);
        s.citedByCount = row.integer(5);
        return s;
    });
    if (!found)
        return found;
    // Counted one author at a time: bound, "person_id = ?" reaches the
    // indexes; correlated with the outer row it would scan every authorship.
    // A record no identity correction touches has exactly its own
    // authorships: counted from the covering index, without the view's
    // per-row checks and DISTINCT sort (34,000 works: 3 ms instead of 47,
    // on the UI thread each time a profile opens).
    for (AuthorSummary &summary : *found) {
        const Read<QVariant> count = Sql::scalar(
            m_cache,
            QStringLiteral("SELECT CASE WHEN " PEERSCOPE_PERSON_IS_CORRECTED " "
                           "THEN (SELECT COUNT(DISTINCT work_id) FROM " PEERSCOPE_WORKS_OF_PERSON ") "
                           "ELSE (SELECT COUNT(DISTINCT work_id) FROM " PEERSCOPE_WORKS_OF_RECORD " WHERE ? <> '') END"),
            {summary.id, summary.id, summary.id, summary.id, summary.id});
        if (!count)
            return Read<QList<AuthorSummary>>::failureOf(count);
        summary.cachedWorks = count->toInt();
    }
    return found;
}

Read<std::optional<AuthorSummary>> AuthorQueries::summary(const QString &id) const
{
    using Result = Read<std::optional<AuthorSummary>>;
    const Read<QString> resolved = resolve(id);
    if (!resolved)
        return Result::failureOf(resolved);
    if (text::isPersonId(*resolved)) {
        const Read<std::optional<Author>> person = author(*resolved);
        if (!person)
            return Result::failureOf(person);
        if (!*person)
            return std::optional<AuthorSummary>();
        const Read<QList<QString>> works = Sql::list<QString>(
            m_cache, QStringLiteral("SELECT DISTINCT work_id FROM " PEERSCOPE_WORKS_OF_PERSON), {*resolved},
            [](const SqlRow &row) { return row.text(0); });
        if (!works)
            return Result::failureOf(works);
        AuthorSummary s;
        s.id = (*person)->id;
        s.name = (*person)->name;
        s.cachedWorks = int(works->size());
        s.worksCount = s.cachedWorks;
        return std::optional<AuthorSummary>(s);
    }
    const Read<QList<AuthorSummary>> found =
        summaries(QStringLiteral(PEERSCOPE_SUMMARY_SELECT "WHERE a.id = ? LIMIT 1"), {*resolved});
    if (!found)
        return Result::failureOf(found);
    if (found->isEmpty())
        return std::optional<AuthorSummary>();
    return std::optional<AuthorSummary>(found->first());
}

Read<QList<AuthorSummary>> AuthorQueries::search(const QString &userText, int limit) const
{
    const Backend backend = m_cache.backend();
    const QString match = dialect::prefixQuery(backend, userText);
    if (match.isEmpty())
        return QList<AuthorSummary>();
    const QString authors = QStringLiteral("authors_fts");
    const QString sql = QStringLiteral(PEERSCOPE_SUMMARY_SELECT "JOIN authors_fts f ON f.rowid = a.rowid WHERE %1 "
                                       "ORDER BY %2, a.cited_by_count DESC, a.id LIMIT ?")
                            .arg(dialect::textMatch(backend, authors, QStringLiteral("f")),
                                 dialect::textRank(backend, authors, QStringLiteral("f"), QStringLiteral("5.0, 1.0")));
    // The rank names the query again on PostgreSQL.
    return summaries(sql, backend == Backend::Sqlite ? QVariantList{match, limit} : QVariantList{match, match, limit});
}

Read<QList<AuthorSummary>> AuthorQueries::named(const QString &userText) const
{
    const QString wanted = text::foldName(userText);
    if (wanted.isEmpty())
        return QList<AuthorSummary>();
    const Read<QList<AuthorSummary>> candidates = search(userText, 500);
    if (!candidates)
        return candidates;
    QList<AuthorSummary> out;
    for (const AuthorSummary &candidate : *candidates) {
        bool match = text::foldName(candidate.name) == wanted;
        if (!match) {
            const Status s = Sql::eachWhile(
                m_cache, QStringLiteral("SELECT name FROM author_alternative_names WHERE author_id = ?"), {candidate.id},
                [&](const SqlRow &row) {
                    match = text::foldName(row.text(0)) == wanted;
                    return !match;
                });
            if (!s)
                return Read<QList<AuthorSummary>>::failureOf(s);
        }
        if (match)
            out << candidate;
    }
    return out;
}

Read<QString> AuthorQueries::idForOrcid(const QString &orcid) const
{
    const Read<QVariant> v = Sql::scalar(
        m_cache, QStringLiteral("SELECT id FROM authors WHERE orcid = ? ORDER BY works_count DESC LIMIT 1"), {orcid});
    if (!v)
        return Read<QString>::failureOf(v);
    return v->toString();
}

Read<bool> AuthorQueries::any() const
{
    const Read<QVariant> v = Sql::scalar(m_cache, QStringLiteral("SELECT EXISTS (SELECT 1 FROM authors)"), {});
    if (!v)
        return Read<bool>::failureOf(v);
    return v->toBool();
}

} // namespace peerscope
