#include "cache/workqueries.h"

#include "cache/cache.h"
#include "cache/dialect.h"
#include "cache/personworks.h"
#include "cache/sql.h"
#include "core/text.h"
#include "openalex/openalexparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace peerscope {

namespace {

QString jsonList(const QStringList &ids)
{
    QJsonArray array;
    for (const QString &id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

PublicationRow publicationRow(const SqlRow &row)
{
    PublicationRow r;
    r.id = row.text(0);
    r.year = row.integer(1);
    r.title = row.text(2);
    r.venue = row.text(3);
    r.type = row.text(4);
    r.citations = row.integer(5);
    r.authors = row.text(6);
    r.authorCount = row.integer(7);
    r.isOa = row.integer(8) != 0;
    r.oaStatus = row.text(9);
    r.doi = row.text(10);
    // NULL (unknown) reads as -1, not as a zero impact.
    r.fwci = row.isNull(11) ? -1.0 : row.real(11);
    r.percentile = row.isNull(12) ? -1.0 : row.real(12);
    return r;
}

QString idText(const SqlRow &row) { return row.text(0); }

#define PEERSCOPE_PUBLICATION_COLUMNS                                                                            \
    "SELECT id, publication_year, title, venue, type, cited_by_count, authors_display, author_count, is_oa, "  \
    "oa_status, doi, fwci, citation_percentile FROM works "

} // namespace

Read<std::optional<Work>> WorkQueries::work(const QString &id) const
{
    return Sql::first<Work>(m_cache, QStringLiteral("SELECT raw_json FROM works WHERE id = ?"), {id},
                            [](const SqlRow &row) { return openalex::parseWork(row.json(0)); });
}

Read<QList<Work>> WorkQueries::works(const QStringList &ids) const
{
    // In batches, each one statement over a JSON list (no IN list built at
    // run time); LEFT JOIN so a work missing from the cache shows as NULL.
    constexpr qsizetype kBatch = 500;
    QList<Work> out;
    out.reserve(ids.size());
    QStringList missing;
    for (qsizetype i = 0; i < ids.size(); i += kBatch) {
        const QStringList batch = ids.mid(i, kBatch);
        const Status s = Sql::each(
            m_cache,
            QStringLiteral("SELECT j.value, w.raw_json FROM json_each(?) j LEFT JOIN works w ON w.id = j.value "
                           "ORDER BY j.key"),
            {jsonList(batch)}, [&](const SqlRow &row) {
                if (row.isNull(1))
                    missing << row.text(0);
                else
                    out << openalex::parseWork(row.json(1));
            });
        if (s)
            continue;
        // Which work: read the batch one by one (only on this rare path), so
        // the error names it rather than a range.
        for (const QString &id : batch) {
            const Read<std::optional<Work>> one = work(id);
            if (!one)
                return Read<QList<Work>>::failure(
                    QCoreApplication::translate("WorkQueries", "cannot read work %1 from the cache: %2").arg(id, one.error()));
        }
        return Read<QList<Work>>::failure(
            QCoreApplication::translate("WorkQueries", "cannot read works %1 to %2 of %3 from the cache: %4")
                .arg(i + 1).arg(i + batch.size()).arg(ids.size()).arg(s.error()));
    }
    if (!missing.isEmpty()) {
        const QStringList shown = missing.mid(0, 10);
        return Read<QList<Work>>::failure(
            QCoreApplication::translate("WorkQueries", "%n work(s) no longer in the cache: %1", nullptr, int(missing.size()))
                .arg(shown.join(QStringLiteral(", ")) + (missing.size() > shown.size() ? QStringLiteral(", …") : QString())));
    }
    return out;
}

Read<QStringList> WorkQueries::idsOfPerson(const QString &personId) const
{
    return Sql::list<QString>(m_cache,
                              QStringLiteral("SELECT DISTINCT work_id FROM " PEERSCOPE_WORKS_OF_PERSON),
                              {personId}, idText);
}

Read<QStringList> WorkQueries::idsOfPersonNewestFirst(const QString &personId) const
{
    return Sql::list<QString>(m_cache,
                              QStringLiteral("SELECT w.id FROM works w WHERE w.id IN " PEERSCOPE_WORKS_OF_PERSON
                                             " ORDER BY w.publication_year DESC, w.title, w.id"),
                              {personId}, idText);
}

Read<QList<Work>> WorkQueries::ofPerson(const QString &personId) const
{
    return Sql::list<Work>(m_cache,
                           QStringLiteral("SELECT w.raw_json FROM works w WHERE w.id IN " PEERSCOPE_WORKS_OF_PERSON
                                          " ORDER BY w.publication_year DESC, w.title, w.id"),
                           {personId}, [](const SqlRow &row) { return openalex::parseWork(row.json(0)); });
}

Read<QList<WorkFigures>> WorkQueries::figuresOfPerson(const QString &personId) const
{
    return Sql::list<WorkFigures>(
        m_cache,
        QStringLiteral("SELECT id, publication_year, cited_by_count, author_count, fwci FROM works "
                       "WHERE id IN " PEERSCOPE_WORKS_OF_PERSON),
        {personId}, [](const SqlRow &row) {
            WorkFigures f;
            f.id = row.text(0);
            f.year = row.integer(1);
            f.citations = row.integer(2);
            f.authorCount = row.integer(3);
            f.fwci = row.isNull(4) ? -1.0 : row.real(4);
            return f;
        });
}

Read<QList<PublicationRow>> WorkQueries::publicationRows(const QString &personId, int limit) const
{
    // Ties (same year and citations) in ID order: the same rows, in the
    // same order, on either backend and either side of the first screen.
    // Does any identity correction (merge, split, exclusion) touch this
    // person? Usually not, and then their works are the authorships of the
    // record itself: one index range, without the effective_authorships
    // view's per-row checks (half the time for 34,000 works).
    const Read<QVariant> corrected =
        Sql::scalar(m_cache, QStringLiteral("SELECT " PEERSCOPE_PERSON_IS_CORRECTED), {personId, personId});
    if (!corrected)
        return Read<QList<PublicationRow>>::failureOf(corrected);
    const bool plain = !corrected->toBool();
    if (plain && limit >= 0 && m_cache.isServer()) {
        // PostgreSQL plans the statement below (no index is in this order)
        // as "sort every work, then probe the authorships", with a parallel
        // worker: 27 ms for 34,000 works. The person's works computed first
        // (a merge of two index-only scans) and ranked apart take about half.
        return Sql::list<PublicationRow>(
            m_cache,
            QStringLiteral("WITH mine AS MATERIALIZED (SELECT k.id, k.publication_year, k.cited_by_count FROM works k "
                           "WHERE k.id IN " PEERSCOPE_WORKS_OF_RECORD ") "
                           PEERSCOPE_PUBLICATION_COLUMNS
                           "WHERE id IN (SELECT id FROM mine ORDER BY publication_year DESC, cited_by_count DESC, id LIMIT ?) "
                           "ORDER BY publication_year DESC, cited_by_count DESC, id"),
            {personId, limit}, publicationRow);
    }
    if (plain && limit >= 0) {
        // A first screen: rank the works on the covering index, then read
        // only the rows that make it (half the time for 34,000 works). A
        // cache made before the index existed takes the statement below.
        const Read<QList<PublicationRow>> first = Sql::list<PublicationRow>(
            m_cache,
            QStringLiteral(PEERSCOPE_PUBLICATION_COLUMNS
                           "WHERE id IN (SELECT k.id FROM works k INDEXED BY works_table_order "
                           "WHERE k.id IN " PEERSCOPE_WORKS_OF_RECORD " "
                           "ORDER BY k.publication_year DESC, k.cited_by_count DESC, k.id LIMIT ?) "
                           "ORDER BY publication_year DESC, cited_by_count DESC, id"),
            {personId, limit}, publicationRow);
        if (first || !first.error().contains(QLatin1String("works_table_order")))
            return first;
    }
    if (plain)
        return Sql::list<PublicationRow>(m_cache,
                                         QStringLiteral(PEERSCOPE_PUBLICATION_COLUMNS
                                                        "WHERE id IN " PEERSCOPE_WORKS_OF_RECORD " "
                                                        "ORDER BY publication_year DESC, cited_by_count DESC, id LIMIT ?"),
                                         {personId, limit}, publicationRow);
    return Sql::list<PublicationRow>(m_cache,
                                     QStringLiteral(PEERSCOPE_PUBLICATION_COLUMNS
                                                    "WHERE id IN " PEERSCOPE_WORKS_OF_PERSON_INDEXED " "
                                                    "ORDER BY publication_year DESC, cited_by_count DESC, id LIMIT ?"),
                                     {personId, personId, personId, limit}, publicationRow);
}

Read<QStringList> WorkQueries::ofPersonMatching(const QString &personId, const QString &text) const
{
    const QString match = dialect::prefixQuery(m_cache.backend(), text);
    if (match.isEmpty())
        return QStringList();
    return Sql::list<QString>(m_cache,
                              QStringLiteral("SELECT w.id FROM works w WHERE w.rowid IN "
                                             "(SELECT f.rowid FROM works_fts f WHERE %1) "
                                             "AND w.id IN " PEERSCOPE_WORKS_OF_PERSON)
                                  .arg(dialect::textMatch(m_cache.backend(), QStringLiteral("works_fts"), QStringLiteral("f"))),
                              {match, personId}, idText);
}

Read<QStringList> WorkQueries::idsOfRecord(const QString &authorId) const
{
    return Sql::list<QString>(m_cache, QStringLiteral("SELECT DISTINCT work_id FROM authorships WHERE author_id = ?"),
                              {authorId}, idText);
}

} // namespace peerscope
