#include "cache/graphqueries.h"

#include "cache/cache.h"
#include "cache/personworks.h"
#include "cache/sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace peerscope {

Read<QStringList> GraphQueries::workIdsOfPerson(const QString &personId, bool honourOverrides) const
{
    auto id = [](const SqlRow &row) { return row.text(0); };
    if (honourOverrides)
        return Sql::list<QString>(m_cache, QStringLiteral("SELECT DISTINCT work_id FROM " PEERSCOPE_WORKS_OF_PERSON_INDEXED),
                                  {personId, personId, personId}, id);
    return Sql::list<QString>(m_cache, QStringLiteral("SELECT DISTINCT work_id FROM authorships WHERE author_id = ?"),
                              {personId}, id);
}

Read<QList<WorkAuthorRow>> GraphQueries::authorsOfWorks(const QStringList &workIds, bool honourOverrides) const
{
    QJsonArray ids;
    for (const QString &id : workIds)
        ids.append(id);
    const QString list = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    auto make = [](const SqlRow &row) {
        return WorkAuthorRow{row.text(0), row.text(1), row.text(2), row.integer(3), row.integer(4)};
    };
    if (!honourOverrides)
        return Sql::list<WorkAuthorRow>(
            m_cache,
            QStringLiteral("SELECT o.work_id, o.author_id, o.author_name, COALESCE(w.publication_year, 0), "
                           "w.author_count FROM json_each(?) j JOIN works w ON w.id = j.value "
                           "JOIN authorships o ON o.work_id = w.id AND o.author_id <> '' "
                           "ORDER BY o.work_id, o.position"),
            {list}, make);
    // A split authorship belongs to the split-off person, a merged record
    // to its person (split first, as in effective_authorships).
    return Sql::list<WorkAuthorRow>(
        m_cache,
        QStringLiteral("SELECT o.work_id, COALESCE(sp.person_id, mg.person_id, o.author_id) AS person, "
                       "o.author_name, COALESCE(w.publication_year, 0), w.author_count "
                       "FROM json_each(?) j JOIN works w ON w.id = j.value "
                       "JOIN authorships o ON o.work_id = w.id AND o.author_id <> '' "
                       "LEFT JOIN identity_overrides sp ON sp.author_id = o.author_id AND sp.kind = 'split' "
                       "AND sp.undone = 0 AND sp.work_id = o.work_id "
                       "LEFT JOIN identity_overrides mg ON mg.author_id = o.author_id AND mg.kind = 'merge' "
                       "AND mg.undone = 0 "
                       "WHERE NOT EXISTS (SELECT 1 FROM identity_overrides ex WHERE ex.work_id = o.work_id "
                       "AND ex.kind = 'exclude' AND ex.undone = 0 "
                       "AND ex.person_id = COALESCE(sp.person_id, mg.person_id, o.author_id)) "
                       "ORDER BY o.work_id, o.position"),
        {list}, make);
}

Read<std::optional<GraphNodeProfile>> GraphQueries::profile(const QString &authorId) const
{
    return Sql::first<GraphNodeProfile>(
        m_cache,
        QStringLiteral("SELECT a.display_name, a.works_count, COALESCE(i.display_name, ''), COALESCE(i.country_code, '') "
                       "FROM authors a LEFT JOIN institutions i ON i.id = a.last_institution_id WHERE a.id = ?"),
        {authorId}, [](const SqlRow &row) {
            return GraphNodeProfile{row.text(0), row.integer(1), row.text(2), row.text(3)};
        });
}

Read<std::optional<InstitutionPlace>> GraphQueries::latestInstitution(const QString &authorId) const
{
    return Sql::first<InstitutionPlace>(
        m_cache,
        QStringLiteral("SELECT i.display_name, COALESCE(i.country_code, '') FROM authorships s "
                       "JOIN authorship_institutions ai ON ai.work_id = s.work_id AND ai.position = s.position "
                       "JOIN institutions i ON i.id = ai.institution_id JOIN works w ON w.id = s.work_id "
                       "WHERE s.author_id = ? ORDER BY w.publication_year DESC, i.country_code IS NULL LIMIT 1"),
        {authorId}, [](const SqlRow &row) { return InstitutionPlace{row.text(0), row.text(1)}; });
}

} // namespace peerscope
