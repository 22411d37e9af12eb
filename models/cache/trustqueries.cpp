#include "cache/trustqueries.h"

#include "cache/cache.h"
#include "cache/sql.h"

namespace peerscope {

Read<QList<TrustQueries::YearWorks>> TrustQueries::worksByYear(const QString &personId) const
{
    return Sql::list<YearWorks>(
        m_cache,
        QStringLiteral("SELECT COALESCE(publication_year, 0), COUNT(*), COALESCE(SUM(cited_by_count), 0) FROM works "
                       "WHERE id IN (SELECT work_id FROM effective_authorships WHERE person_id = ?) "
                       "GROUP BY COALESCE(publication_year, 0) ORDER BY 1"),
        {personId}, [](const SqlRow &r) { return YearWorks{r.integer(0), r.integer(1), r.integer64(2)}; });
}

Read<TrustQueries::Authorships> TrustQueries::authorships(const QString &personId) const
{
    Authorships out;
    const Status s = Sql::each(m_cache,
                               QStringLiteral("SELECT COALESCE(orcid, ''), COUNT(*) FROM effective_authorships WHERE person_id = ? "
                                              "GROUP BY COALESCE(orcid, '')"),
                               {personId}, [&](const SqlRow &r) {
                                   out.total += r.integer(1);
                                   if (!r.text(0).isEmpty())
                                       out.byOrcid.insert(r.text(0), r.integer(1));
                               });
    if (!s)
        return Read<Authorships>::failureOf(s);
    return out;
}

} // namespace peerscope
