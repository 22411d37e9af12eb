#include "cache/identityqueries.h"

#include "cache/cache.h"
#include "cache/sql.h"

namespace peerscope {

namespace {

// id -> name from a two-column statement.
Read<QHash<QString, QString>> pairs(const Cache &cache, const QString &sql, const QVariantList &values)
{
    QHash<QString, QString> out;
    const Status s = Sql::each(cache, sql, values, [&](const SqlRow &row) { out.insert(row.text(0), row.text(1)); });
    if (!s)
        return Read<QHash<QString, QString>>::failureOf(s);
    return out;
}

Read<std::optional<qint64>> optionalBatch(const Cache &cache, const QString &sql, const QVariantList &values)
{
    const Read<QVariant> v = Sql::scalar(cache, sql, values);
    if (!v)
        return Read<std::optional<qint64>>::failureOf(v);
    if (v->isNull())
        return std::optional<qint64>{};
    return std::optional<qint64>{v->toLongLong()};
}

} // namespace

Read<QList<IdentityQueries::NameKeyMatch>> IdentityQueries::sameNameKey(const QString &authorId) const
{
    return Sql::list<NameKeyMatch>(
        m_cache,
        QStringLiteral("SELECT DISTINCT o.author_id, o.name_key, a.display_name FROM author_name_keys mine "
                       "JOIN author_name_keys o ON o.name_key = mine.name_key AND o.author_id <> mine.author_id "
                       "JOIN authors a ON a.id = o.author_id "
                       "WHERE mine.author_id = ? "
                       "AND NOT EXISTS (SELECT 1 FROM identity_overrides m WHERE m.kind = 'merge' AND m.undone = 0 "
                       "AND m.author_id = o.author_id) ORDER BY o.author_id"),
        {authorId}, [](const SqlRow &r) { return NameKeyMatch{r.text(0), r.text(1), r.text(2)}; });
}

Read<QHash<QString, QString>> IdentityQueries::institutionsOf(const QString &authorId) const
{
    return pairs(m_cache,
                 QStringLiteral("SELECT DISTINCT i.id, i.display_name FROM institutions i WHERE i.id IN ("
                                "  SELECT institution_id FROM author_affiliations WHERE author_id = ? "
                                "  UNION SELECT institution_id FROM author_last_institutions WHERE author_id = ?)"),
                 {authorId, authorId});
}

Read<QHash<QString, QString>> IdentityQueries::topicsOf(const QString &authorId) const
{
    return pairs(m_cache,
                 QStringLiteral("SELECT t.id, t.display_name FROM author_topics a JOIN topics t ON t.id = a.topic_id "
                                "WHERE a.author_id = ?"),
                 {authorId});
}

Read<QList<IdentityQueries::OrcidWorks>> IdentityQueries::authorshipOrcids(const QString &personId) const
{
    return Sql::list<OrcidWorks>(
        m_cache,
        QStringLiteral("SELECT orcid, COUNT(DISTINCT work_id) FROM effective_authorships "
                       "WHERE person_id = ? AND orcid IS NOT NULL AND orcid <> '' GROUP BY orcid ORDER BY 2 DESC, 1"),
        {personId}, [](const SqlRow &r) { return OrcidWorks{r.text(0), r.integer(1)}; });
}

Read<QList<IdentityQueries::YearWorks>> IdentityQueries::yearsAbove(const QString &personId, int above) const
{
    return Sql::list<YearWorks>(
        m_cache,
        QStringLiteral("SELECT year, MAX(n) FROM ("
                       "  SELECT year, works_count AS n FROM author_counts_by_year WHERE author_id = ? "
                       "  UNION ALL SELECT w.publication_year, COUNT(*) FROM works w "
                       "  WHERE w.id IN (SELECT work_id FROM effective_authorships WHERE person_id = ?) "
                       "  AND w.publication_year > 0 GROUP BY w.publication_year"
                       ") GROUP BY year HAVING MAX(n) > ? ORDER BY year"),
        {personId, personId, above}, [](const SqlRow &r) { return YearWorks{r.integer(0), r.integer(1)}; });
}

Read<QHash<QString, QStringList>> IdentityQueries::worksByPrimaryDomain(const QString &personId) const
{
    QHash<QString, QStringList> out;
    const Status s = Sql::each(
        m_cache,
        QStringLiteral("SELECT t.domain, wt.work_id FROM work_topics wt JOIN topics t ON t.id = wt.topic_id "
                       "WHERE wt.position = 0 AND t.domain IS NOT NULL AND t.domain <> '' "
                       "AND wt.work_id IN (SELECT work_id FROM effective_authorships WHERE person_id = ?) ORDER BY wt.work_id"),
        {personId}, [&](const SqlRow &r) { out[r.text(0)] << r.text(1); });
    if (!s)
        return Read<QHash<QString, QStringList>>::failureOf(s);
    return out;
}

Read<QList<IdentityQueries::CountryWork>> IdentityQueries::authorshipCountries(const QString &personId) const
{
    return Sql::list<CountryWork>(
        m_cache,
        QStringLiteral("SELECT w.publication_year, i.country_code, s.work_id, i.display_name FROM effective_authorships s "
                       "JOIN authorship_institutions ai ON ai.work_id = s.work_id AND ai.position = s.position "
                       "JOIN institutions i ON i.id = ai.institution_id JOIN works w ON w.id = s.work_id "
                       "WHERE s.person_id = ? AND i.country_code IS NOT NULL AND i.country_code <> '' AND w.publication_year > 0 "
                       "ORDER BY w.publication_year, i.country_code, i.display_name"),
        {personId}, [](const SqlRow &r) { return CountryWork{r.integer(0), r.text(1), r.text(2), r.text(3)}; });
}

Read<QSet<QString>> IdentityQueries::coauthorIdsOnWorks(const QString &recordId, const QStringList &workIds) const
{
    // A few hundred works a statement: a prolific author's conflation
    // checks ask about tens of thousands, and on a team server each
    // statement is a round trip.
    constexpr qsizetype kChunk = 500;
    QSet<QString> out;
    for (qsizetype from = 0; from < workIds.size(); from += kChunk) {
        const QStringList chunk = workIds.mid(from, kChunk);
        QVariantList values;
        for (const QString &w : chunk)
            values << w;
        values << recordId;
        const Status s = Sql::each(m_cache,
                                   QStringLiteral("SELECT DISTINCT author_id FROM authorships WHERE work_id IN (%1) "
                                                  "AND author_id <> ? AND author_id <> ''")
                                       .arg(Sql::placeholders(chunk.size())),
                                   values, [&](const SqlRow &r) { out.insert(r.text(0)); });
        if (!s)
            return Read<QSet<QString>>::failureOf(s);
    }
    return out;
}

namespace {

constexpr auto kCorrectionColumns =
    "id, kind, person_id, COALESCE(author_id, ''), COALESCE(work_id, ''), batch, COALESCE(reason, ''), created_at, "
    "undone, actor, version, COALESCE(superseded_by, 0)";

IdentityCorrection correctionOf(const SqlRow &r)
{
    IdentityCorrection c;
    c.id = r.integer64(0);
    c.kind = r.text(1);
    c.personId = r.text(2);
    c.authorId = r.text(3);
    c.workId = r.text(4);
    c.batch = r.integer64(5);
    c.reason = r.text(6);
    c.createdAt = r.text(7);
    c.undone = r.integer(8) != 0;
    c.actor = r.text(9);
    c.version = r.integer64(10);
    c.supersededBy = r.integer64(11);
    return c;
}

Read<QList<IdentityCorrection>> correctionsWhere(const Cache &cache, const QString &where, const QVariantList &values)
{
    return Sql::list<IdentityCorrection>(
        cache, QStringLiteral("SELECT %1 FROM identity_overrides WHERE %2 ORDER BY id").arg(QLatin1String(kCorrectionColumns), where),
        values, correctionOf);
}

QVariantList valuesOf(const QStringList &texts)
{
    QVariantList out;
    for (const QString &t : texts)
        out << t;
    return out;
}

} // namespace

Read<QList<IdentityCorrection>> IdentityQueries::corrections(bool includeUndone) const
{
    return correctionsWhere(m_cache, QStringLiteral("undone = 0 OR ? <> 0"), {includeUndone ? 1 : 0});
}

Read<QList<IdentityCorrection>> IdentityQueries::batchRows(qint64 batch) const
{
    return correctionsWhere(m_cache, QStringLiteral("batch = ?"), {batch});
}

Read<QString> IdentityQueries::mergedInto(const QString &recordId) const
{
    const Read<QVariant> v = Sql::scalar(
        m_cache, QStringLiteral("SELECT person_id FROM identity_overrides WHERE kind = 'merge' AND undone = 0 AND author_id = ?"),
        {recordId});
    if (!v)
        return Read<QString>::failureOf(v);
    return v->toString();
}

Read<QStringList> IdentityQueries::mergedRecords(const QString &personId) const
{
    return Sql::list<QString>(m_cache,
                              QStringLiteral("SELECT author_id FROM identity_overrides WHERE kind = 'merge' AND undone = 0 "
                                             "AND person_id = ? ORDER BY author_id"),
                              {personId}, [](const SqlRow &r) { return r.text(0); });
}

Read<QList<IdentityCorrection>> IdentityQueries::activeMergesInto(const QString &personId) const
{
    return correctionsWhere(m_cache, QStringLiteral("kind = 'merge' AND undone = 0 AND person_id = ?"), {personId});
}

Read<QList<IdentityCorrection>> IdentityQueries::activeMergesOf(const QStringList &recordIds) const
{
    if (recordIds.isEmpty())
        return QList<IdentityCorrection>{};
    return correctionsWhere(m_cache,
                            QStringLiteral("kind = 'merge' AND undone = 0 AND author_id IN (%1)").arg(Sql::placeholders(recordIds.size())),
                            valuesOf(recordIds));
}

Read<QList<IdentityCorrection>> IdentityQueries::activeDistinctBetween(const QStringList &a, const QStringList &b) const
{
    if (a.isEmpty() || b.isEmpty())
        return QList<IdentityCorrection>{};
    const QString inA = Sql::placeholders(a.size());
    const QString inB = Sql::placeholders(b.size());
    return correctionsWhere(m_cache,
                            QStringLiteral("kind = 'distinct' AND undone = 0 AND ((person_id IN (%1) AND author_id IN (%2)) "
                                           "OR (person_id IN (%2) AND author_id IN (%1)))")
                                .arg(inA, inB),
                            valuesOf(a) + valuesOf(b) + valuesOf(b) + valuesOf(a));
}

Read<qint64> IdentityQueries::versionOf(const QString &personId) const
{
    const Read<QVariant> v =
        Sql::scalar(m_cache, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM identity_versions WHERE person_id = ?"), {personId});
    if (!v)
        return Read<qint64>::failureOf(v);
    return v->toLongLong();
}

Read<QString> IdentityQueries::personOfBatch(qint64 batch) const
{
    const Read<QVariant> v = Sql::scalar(m_cache, QStringLiteral("SELECT person_id FROM identity_overrides WHERE batch = ? LIMIT 1"), {batch});
    if (!v)
        return Read<QString>::failureOf(v);
    return v->toString();
}

Read<qint64> IdentityQueries::nextBatch() const
{
    const Read<QVariant> v = Sql::scalar(m_cache, QStringLiteral("SELECT COALESCE(MAX(batch), 0) + 1 FROM identity_overrides"), {});
    if (!v)
        return Read<qint64>::failureOf(v);
    return v->toLongLong();
}

Read<qint64> IdentityQueries::nextPersonNumber() const
{
    const Read<QVariant> v = Sql::scalar(m_cache, QStringLiteral("SELECT COALESCE(MAX(CAST(SUBSTR(id, 2) AS INTEGER)), 0) + 1 FROM persons"), {});
    if (!v)
        return Read<qint64>::failureOf(v);
    return v->toLongLong();
}

Read<QStringList> IdentityQueries::recordsOnWork(const QString &personId, const QString &workId) const
{
    return Sql::list<QString>(m_cache,
                              QStringLiteral("SELECT DISTINCT record_id FROM effective_authorships WHERE person_id = ? AND work_id = ? ORDER BY record_id"),
                              {personId, workId}, [](const SqlRow &r) { return r.text(0); });
}

Read<std::optional<qint64>> IdentityQueries::lastActiveBatch(const QString &actor) const
{
    return optionalBatch(m_cache, QStringLiteral("SELECT MAX(batch) FROM identity_overrides WHERE undone = 0 AND actor = ?"), {actor});
}

Read<std::optional<qint64>> IdentityQueries::lastUndoneBatch(const QString &actor) const
{
    return optionalBatch(m_cache,
                         QStringLiteral("SELECT batch FROM identity_overrides WHERE undone = 1 AND superseded_by IS NULL AND actor = ? "
                                        "AND undone_at IS NOT NULL AND batch > COALESCE((SELECT MAX(batch) FROM identity_overrides "
                                        "WHERE undone = 0 AND actor = ?), 0) "
                                        "ORDER BY undone_at DESC LIMIT 1"),
                         {actor, actor});
}

// ---------------------------------------------------------------- writes ---

Status IdentityWriter::moveMerges(const QString &from, const QString &to)
{
    return Sql::exec(m_cache, QStringLiteral("UPDATE identity_overrides SET person_id = ? WHERE kind = 'merge' AND undone = 0 AND person_id = ?"),
                     {to, from});
}

Status IdentityWriter::add(const IdentityCorrection &row)
{
    auto orNull = [](const QString &t) { return t.isEmpty() ? QVariant() : QVariant(t); };
    return Sql::exec(m_cache,
                     QStringLiteral("INSERT INTO identity_overrides (kind, person_id, author_id, work_id, batch, reason, created_at, "
                                    "undone, actor, version, superseded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {row.kind, row.personId, orNull(row.authorId), orNull(row.workId), row.batch, row.reason, row.createdAt,
                      row.undone ? 1 : 0, row.actor, row.version, row.supersededBy > 0 ? QVariant(row.supersededBy) : QVariant()});
}

Read<qint64> IdentityWriter::raiseVersion(const QString &personId, const QString &at, const QString &actor)
{
    const Status s = Sql::exec(m_cache,
                               QStringLiteral("INSERT INTO identity_versions (person_id, version, changed_at, changed_by) VALUES (?, 1, ?, ?) "
                                              "ON CONFLICT (person_id) DO UPDATE SET version = identity_versions.version + 1, "
                                              "changed_at = excluded.changed_at, changed_by = excluded.changed_by"),
                               {personId, at, actor});
    if (!s)
        return Read<qint64>::failureOf(s);
    return IdentityQueries(m_cache).versionOf(personId);
}

Status IdentityWriter::supersede(const QList<qint64> &rowIds, qint64 byBatch)
{
    for (const qint64 id : rowIds)
        if (const Status s = Sql::exec(m_cache, QStringLiteral("UPDATE identity_overrides SET undone = 1, superseded_by = ? WHERE id = ?"),
                                       {byBatch, id});
            !s)
            return s;
    return succeeded();
}

Status IdentityWriter::addPerson(const QString &personId, const QString &name, const QString &splitFrom, const QString &at)
{
    return Sql::exec(m_cache, QStringLiteral("INSERT INTO persons (id, display_name, split_from, created_at) VALUES (?, ?, ?, ?)"),
                     {personId, name, splitFrom, at});
}

Status IdentityWriter::markUndone(qint64 batch)
{
    // undone_at orders undos (the newest is redone first): a sequence
    // number, zero-padded so that text order is number order. Read, then
    // written: the caller's transaction holds both.
    const Read<QVariant> last = Sql::scalar(m_cache, QStringLiteral("SELECT COALESCE(MAX(CAST(undone_at AS INTEGER)), 0) FROM identity_overrides"), {});
    if (!last)
        return Status::failureOf(last);
    const QString sequence = QStringLiteral("%1").arg(last->toLongLong() + 1, 12, 10, QLatin1Char('0'));
    if (const Status s = Sql::exec(m_cache, QStringLiteral("UPDATE identity_overrides SET undone = 1, undone_at = ? WHERE batch = ? AND undone = 0"),
                                   {sequence, batch});
        !s)
        return s;
    // What this action replaced (an older action's rows it superseded)
    // comes back. A row declined in favour of this action is younger than
    // it and stays declined.
    return Sql::exec(m_cache, QStringLiteral("UPDATE identity_overrides SET undone = 0 WHERE superseded_by = ? AND batch < ?"),
                     {batch, batch});
}

Status IdentityWriter::markRedone(qint64 batch)
{
    // First what it replaces goes again (a record is merged once at a time).
    if (const Status s = Sql::exec(m_cache, QStringLiteral("UPDATE identity_overrides SET undone = 1 WHERE superseded_by = ? AND batch < ?"),
                                   {batch, batch});
        !s)
        return s;
    return Sql::exec(m_cache, QStringLiteral("UPDATE identity_overrides SET undone = 0, undone_at = NULL "
                                              "WHERE batch = ? AND superseded_by IS NULL"),
                     {batch});
}

} // namespace peerscope
