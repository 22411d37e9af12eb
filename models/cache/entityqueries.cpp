#include "cache/entityqueries.h"

#include "cache/sql.h"

#include <QVariantList>

namespace peerscope {

namespace {

void keepMin(QString &current, const QString &candidate)
{
    if (!candidate.isEmpty() && (current.isEmpty() || candidate < current))
        current = candidate;
}

void keepMax(QString &current, const QString &candidate)
{
    if (!candidate.isEmpty() && candidate > current)
        current = candidate;
}

} // namespace

Read<QStringList> EntityQueries::institutionFamily(const QString &institutionId) const
{
    return QStringList{institutionId};
}

Read<EntityListing> EntityQueries::under(const QString &entityId, int limit) const
{
    EntityListing out;
    out.id = entityId;
    const QString kind = entityId.left(1).toUpper();
    QString table;
    QString worksSql; // the IDs of the works under it, with the bound values in `values`
    QVariantList values;
    if (kind == u'T') {
        table = QStringLiteral("topics");
        worksSql = QStringLiteral("SELECT DISTINCT work_id FROM work_topics WHERE topic_id = ?");
        values << entityId;
    } else if (kind == u'S') {
        table = QStringLiteral("sources");
        worksSql = QStringLiteral("SELECT id FROM works WHERE source_id = ?");
        values << entityId;
    } else if (kind == u'I') {
        table = QStringLiteral("institutions");
        const Read<QStringList> family = institutionFamily(entityId);
        if (!family)
            return Read<EntityListing>::failureOf(family);
        worksSql = QStringLiteral("SELECT DISTINCT work_id FROM authorship_institutions WHERE institution_id IN (%1)")
                       .arg(Sql::placeholders(family->size()));
        values = Sql::valuesOf(*family);
    } else {
        return out;
    }

    const Read<QVariant> name = Sql::scalar(m_cache, QStringLiteral("SELECT display_name FROM %1 WHERE id = ?").arg(table), {entityId});
    if (!name)
        return Read<EntityListing>::failureOf(name);
    out.name = name->toString();

    const Read<QVariant> total = Sql::scalar(m_cache, QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(worksSql), values);
    if (!total)
        return Read<EntityListing>::failureOf(total);
    out.worksTotal = total->toInt();

    QVariantList limited = values;
    limited << limit;
    Status s = Sql::each(m_cache,
                         QStringLiteral("SELECT w.id, w.title, COALESCE(w.publication_year, 0) FROM works w "
                                        "WHERE w.id IN (%1) ORDER BY w.publication_year DESC, w.id LIMIT ?")
                             .arg(worksSql),
                         limited, [&out](const SqlRow &row) { out.works << EntityWork{row.text(0), row.text(1), row.integer(2)}; });
    if (!s)
        return Read<EntityListing>::failureOf(s);

    // Researchers: people with a cached profile who wrote works under it
    // (for an institution: while affiliated with it).
    const QString peopleSql =
        kind == u'I'
            ? QStringLiteral("SELECT s.author_id AS author_id, s.work_id AS work_id FROM authorships s "
                             "JOIN authorship_institutions ai ON ai.work_id = s.work_id AND ai.position = s.position "
                             "WHERE ai.institution_id IN (%1)").arg(Sql::placeholders(values.size()))
            : QStringLiteral("SELECT s.author_id AS author_id, s.work_id AS work_id FROM authorships s "
                             "WHERE s.work_id IN (%1)").arg(worksSql);
    const Read<QVariant> people = Sql::scalar(
        m_cache, QStringLiteral("SELECT COUNT(DISTINCT p.author_id) FROM (%1) p JOIN authors a ON a.id = p.author_id").arg(peopleSql),
        values);
    if (!people)
        return Read<EntityListing>::failureOf(people);
    out.researchersTotal = people->toInt();
    s = Sql::each(m_cache,
                  QStringLiteral("SELECT a.id, a.display_name, COUNT(DISTINCT p.work_id) AS n FROM (%1) p "
                                 "JOIN authors a ON a.id = p.author_id GROUP BY a.id ORDER BY n DESC, a.id LIMIT ?")
                      .arg(peopleSql),
                  limited, [&out](const SqlRow &row) { out.researchers << EntityPerson{row.text(0), row.text(1), row.integer(2)}; });
    if (!s)
        return Read<EntityListing>::failureOf(s);
    return out;
}

Read<QHash<QString, QPair<QString, QString>>> EntityQueries::primaryTopics(const QStringList &workIds) const
{
    QHash<QString, QPair<QString, QString>> out;
    for (qsizetype from = 0; from < workIds.size(); from += Sql::kInSlice) {
        const QStringList slice = workIds.mid(from, Sql::kInSlice);
        const Status s = Sql::each(
            m_cache,
            QStringLiteral("SELECT wt.work_id, wt.topic_id, COALESCE(t.display_name, '') FROM work_topics wt "
                           "LEFT JOIN topics t ON t.id = wt.topic_id WHERE wt.position = 0 AND wt.work_id IN (%1)")
                .arg(Sql::placeholders(slice.size())),
            Sql::valuesOf(slice), [&out](const SqlRow &row) { out.insert(row.text(0), {row.text(1), row.text(2)}); });
        if (!s)
            return Read<QHash<QString, QPair<QString, QString>>>::failureOf(s);
    }
    return out;
}

Read<LayerTimes> EntityQueries::layerTimes(const QStringList &workIds) const
{
    LayerTimes out;
    for (qsizetype from = 0; from < workIds.size(); from += Sql::kInSlice) {
        const QStringList slice = workIds.mid(from, Sql::kInSlice);
        const QVariantList values = Sql::valuesOf(slice);
        Status s = Sql::each(m_cache,
                             QStringLiteral("SELECT MIN(fetched_at), MAX(fetched_at) FROM works WHERE id IN (%1)")
                                 .arg(Sql::placeholders(slice.size())),
                             values, [&out](const SqlRow &row) {
                                 keepMin(out.worksFetchedFirst, row.text(0));
                                 keepMax(out.worksFetchedLast, row.text(1));
                             });
        if (!s)
            return Read<LayerTimes>::failureOf(s);
        s = Sql::each(m_cache,
                      QStringLiteral("SELECT MIN(citing_listed_at), MAX(citing_listed_at), COUNT(citing_listed_at) "
                                     "FROM citation_state WHERE work_id IN (%1)")
                          .arg(Sql::placeholders(slice.size())),
                      values, [&out](const SqlRow &row) {
                          keepMin(out.citingListedFirst, row.text(0));
                          keepMax(out.citingListedLast, row.text(1));
                          out.seedsListed += row.integer(2);
                      });
        if (!s)
            return Read<LayerTimes>::failureOf(s);
    }
    return out;
}

} // namespace peerscope
