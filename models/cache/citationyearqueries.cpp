#include "cache/citationyearqueries.h"

#include "cache/sql.h"

namespace peerscope {

Read<QHash<QString, QMap<int, int>>> CitationYearQueries::ofPerson(const QString &personId) const
{
    QHash<QString, QMap<int, int>> out;
    const Status s = Sql::each(m_cache,
                               QStringLiteral("SELECT work_id, year, cited_by_count FROM work_counts_by_year "
                                              "WHERE work_id IN (SELECT work_id FROM effective_authorships WHERE person_id = ?)"),
                               {personId}, [&out](const SqlRow &row) { out[row.text(0)].insert(row.integer(1), row.integer(2)); });
    if (!s)
        return Read<QHash<QString, QMap<int, int>>>::failureOf(s);
    return out;
}

} // namespace peerscope
