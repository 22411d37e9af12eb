#include "identity/identity.h"

#include "cache/cache.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcIdentity, "peerscope.identity", QtWarningMsg)

namespace peerscope::identity {

namespace {

QStringList column(QSqlQuery &q)
{
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// id -> display name for a two-column query.
QHash<QString, QString> pairs(QSqlQuery &q)
{
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QHash<QString, QString> institutionsOf(const Cache &cache, const QString &authorId)
{
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral(
        "SELECT DISTINCT i.id, i.display_name FROM institutions i WHERE i.id IN ("
        "  SELECT institution_id FROM author_affiliations WHERE author_id = ? "
        "  UNION SELECT institution_id FROM author_last_institutions WHERE author_id = ?)"));
    q.addBindValue(authorId);
    q.addBindValue(authorId);
    q.exec();
    return pairs(q);
}

QHash<QString, QString> topicsOf(const Cache &cache, const QString &authorId)
{
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("SELECT t.id, t.display_name FROM author_topics a JOIN topics t ON t.id = a.topic_id "
                             "WHERE a.author_id = ?"));
    q.addBindValue(authorId);
    q.exec();
    return pairs(q);
}

QHash<QString, QString> coauthorsOf(const Cache &cache, const QString &authorId)
{
    QHash<QString, QString> out;
    for (const CoauthorStat &c : cache.coauthors(authorId))
        out.insert(c.id, c.name);
    return out;
}

QStringList sharedNames(const QHash<QString, QString> &a, const QHash<QString, QString> &b, const QString &skip = {})
{
    QStringList out;
    for (auto it = a.constBegin(); it != a.constEnd(); ++it)
        if (it.key() != skip && b.contains(it.key()))
            out << it.value();
    out.sort(Qt::CaseInsensitive);
    return out;
}

// Co-author IDs on a set of works, the record itself left out.
QSet<QString> coauthorIdsOnWorks(const Cache &cache, const QString &recordId, const QStringList &workIds)
{
    QSet<QString> out;
    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral("SELECT DISTINCT author_id FROM authorships WHERE work_id = ? AND author_id <> ? AND author_id <> ''"));
    for (const QString &w : workIds) {
        q.addBindValue(w);
        q.addBindValue(recordId);
        if (q.exec())
            while (q.next())
                out.insert(q.value(0).toString());
    }
    return out;
}

} // namespace

QStringList DuplicateCandidate::evidence() const
{
    QStringList lines;
    lines << QCoreApplication::translate("identity", "same name key \"%1\"").arg(nameKey);
    if (!sharedCoauthors.isEmpty())
        lines << QCoreApplication::translate("identity", "%n shared co-author(s): %1", nullptr, int(sharedCoauthors.size())).arg(sharedCoauthors.join(QStringLiteral(", ")));
    if (!sharedInstitutions.isEmpty())
        lines << QCoreApplication::translate("identity", "%n shared institution(s): %1", nullptr, int(sharedInstitutions.size())).arg(sharedInstitutions.join(QStringLiteral(", ")));
    if (!sharedTopics.isEmpty())
        lines << QCoreApplication::translate("identity", "%n shared topic(s): %1", nullptr, int(sharedTopics.size())).arg(sharedTopics.join(QStringLiteral(", ")));
    return lines;
}

QString kindName(ConflationFinding::Kind kind)
{
    switch (kind) {
    case ConflationFinding::Kind::SeveralOrcids: return QStringLiteral("several_orcids");
    case ConflationFinding::Kind::ImplausibleOutput: return QStringLiteral("implausible_output");
    case ConflationFinding::Kind::UnrelatedFields: return QStringLiteral("unrelated_fields");
    case ConflationFinding::Kind::DistantInstitutions: return QStringLiteral("distant_institutions");
    }
    return {};
}

QList<DuplicateCandidate> possibleDuplicates(const Cache &cache, const QString &authorIdIn)
{
    const QString authorId = cache.resolveAlias(authorIdIn);
    QList<DuplicateCandidate> out;

    QSqlQuery q(cache.database());
    q.prepare(QStringLiteral(
        "SELECT DISTINCT o.author_id, o.name_key, a.display_name FROM author_name_keys mine "
        "JOIN author_name_keys o ON o.name_key = mine.name_key AND o.author_id <> mine.author_id "
        "JOIN authors a ON a.id = o.author_id "
        "WHERE mine.author_id = ? "
        "AND NOT EXISTS (SELECT 1 FROM identity_overrides m WHERE m.kind = 'merge' AND m.undone = 0 AND m.author_id = o.author_id)"));
    q.addBindValue(authorId);
    if (!q.exec())
        return out;
    QHash<QString, QPair<QString, QString>> candidates; // id -> (key, name)
    while (q.next())
        candidates.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    if (candidates.isEmpty())
        return out;

    const QHash<QString, QString> myCoauthors = coauthorsOf(cache, authorId);
    const QHash<QString, QString> myInstitutions = institutionsOf(cache, authorId);
    const QHash<QString, QString> myTopics = topicsOf(cache, authorId);
    for (auto it = candidates.constBegin(); it != candidates.constEnd(); ++it) {
        DuplicateCandidate c;
        c.id = it.key();
        c.nameKey = it.value().first;
        c.name = it.value().second;
        // Each co-authored the other: that alone proves two people, not one.
        const QHash<QString, QString> theirCoauthors = coauthorsOf(cache, c.id);
        if (theirCoauthors.contains(authorId))
            continue;
        c.sharedCoauthors = sharedNames(myCoauthors, theirCoauthors, c.id);
        const QHash<QString, QString> theirInstitutions = institutionsOf(cache, c.id);
        c.sharedInstitutions = sharedNames(myInstitutions, theirInstitutions);
        c.sharedTopics = sharedNames(myTopics, topicsOf(cache, c.id));
        c.score = 3 * int(c.sharedCoauthors.size()) + 2 * int(c.sharedInstitutions.size()) + int(c.sharedTopics.size());
        if (c.score == 0)
            continue;
        if (const auto summary = cache.authorSummary(c.id))
            c.institution = summary->institution;
        out << c;
    }
    std::sort(out.begin(), out.end(), [](const DuplicateCandidate &a, const DuplicateCandidate &b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    return out;
}

QList<ConflationFinding> possibleConflation(const Cache &cache, const QString &authorIdIn)
{
    const QString recordId = cache.resolveAlias(authorIdIn);
    QList<ConflationFinding> out;

    // Several ORCIDs on one record's authorships.
    {
        QSqlQuery q(cache.database());
        q.prepare(QStringLiteral("SELECT orcid, COUNT(DISTINCT work_id) FROM effective_authorships "
                                 "WHERE person_id = ? AND orcid IS NOT NULL AND orcid <> '' GROUP BY orcid ORDER BY 2 DESC"));
        q.addBindValue(recordId);
        QStringList evidence;
        if (q.exec())
            while (q.next()) {
                const int works = q.value(1).toInt(); // a variable: lupdate 6.4 hangs on q.value(1) as the count
                evidence << QCoreApplication::translate("identity", "ORCID %1 on %n work(s)", nullptr, works).arg(q.value(0).toString());
            }
        if (evidence.size() > 1)
            out << ConflationFinding{ConflationFinding::Kind::SeveralOrcids,
                                     QCoreApplication::translate("identity", "The works carry %1 different ORCIDs: one record, several people?").arg(evidence.size()),
                                     evidence};
    }

    // Implausible output: OpenAlex's own per-year counts and the cached works.
    {
        QSqlQuery q(cache.database());
        q.prepare(QStringLiteral(
            "SELECT year, MAX(n) FROM ("
            "  SELECT year, works_count AS n FROM author_counts_by_year WHERE author_id = ? "
            "  UNION ALL SELECT w.publication_year, COUNT(*) FROM works w "
            "  WHERE w.id IN (SELECT work_id FROM effective_authorships WHERE person_id = ?) GROUP BY w.publication_year"
            ") GROUP BY year HAVING MAX(n) > ? ORDER BY year"));
        q.addBindValue(recordId);
        q.addBindValue(recordId);
        q.addBindValue(ImplausibleWorksPerYear);
        QStringList evidence;
        if (q.exec())
            while (q.next())
                evidence << QCoreApplication::translate("identity", "%1: %2 works").arg(q.value(0).toInt()).arg(q.value(1).toInt());
        if (!evidence.isEmpty())
            out << ConflationFinding{ConflationFinding::Kind::ImplausibleOutput,
                                     QCoreApplication::translate("identity", "More than %1 works in a year: very prolific, or several people.").arg(ImplausibleWorksPerYear),
                                     evidence};
    }

    // Unrelated fields: bodies of work in different domains whose co-authors
    // never meet.
    {
        QSqlQuery q(cache.database());
        q.prepare(QStringLiteral(
            "SELECT t.domain, wt.work_id FROM work_topics wt JOIN topics t ON t.id = wt.topic_id "
            "WHERE wt.position = 0 AND t.domain IS NOT NULL AND t.domain <> '' "
            "AND wt.work_id IN (SELECT work_id FROM effective_authorships WHERE person_id = ?)"));
        q.addBindValue(recordId);
        QHash<QString, QStringList> byDomain;
        int total = 0;
        if (q.exec())
            while (q.next()) {
                byDomain[q.value(0).toString()] << q.value(1).toString();
                ++total;
            }
        QStringList domains;
        for (auto it = byDomain.constBegin(); it != byDomain.constEnd(); ++it)
            if (it.value().size() >= 3 && it.value().size() * 4 >= total)
                domains << it.key();
        domains.sort();
        for (int i = 0; i < domains.size(); ++i) {
            for (int j = i + 1; j < domains.size(); ++j) {
                const QSet<QString> a = coauthorIdsOnWorks(cache, recordId, byDomain.value(domains.at(i)));
                const QSet<QString> b = coauthorIdsOnWorks(cache, recordId, byDomain.value(domains.at(j)));
                if (a.isEmpty() || b.isEmpty() || a.intersects(b))
                    continue;
                out << ConflationFinding{
                    ConflationFinding::Kind::UnrelatedFields,
                    QCoreApplication::translate("identity", "Works in %1 and in %2 with no co-author in common.").arg(domains.at(i), domains.at(j)),
                    {QCoreApplication::translate("identity", "%1: %n work(s)", nullptr, int(byDomain.value(domains.at(i)).size())).arg(domains.at(i)),
                     QCoreApplication::translate("identity", "%1: %n work(s)", nullptr, int(byDomain.value(domains.at(j)).size())).arg(domains.at(j))}};
            }
        }
    }

    // Far-apart institutions in the same year, with separate co-authors.
    {
        QSqlQuery q(cache.database());
        q.prepare(QStringLiteral(
            "SELECT w.publication_year, i.country_code, s.work_id, i.display_name FROM effective_authorships s "
            "JOIN authorship_institutions ai ON ai.work_id = s.work_id AND ai.position = s.position "
            "JOIN institutions i ON i.id = ai.institution_id JOIN works w ON w.id = s.work_id "
            "WHERE s.person_id = ? AND i.country_code IS NOT NULL AND i.country_code <> '' AND w.publication_year > 0"));
        q.addBindValue(recordId);
        // year -> country -> works, and country -> an institution name
        QHash<int, QHash<QString, QStringList>> byYear;
        QHash<QString, QString> institutionIn;
        if (q.exec())
            while (q.next()) {
                byYear[q.value(0).toInt()][q.value(1).toString()] << q.value(2).toString();
                institutionIn.insert(q.value(1).toString(), q.value(3).toString());
            }
        QStringList evidence;
        QList<int> years = byYear.keys();
        std::sort(years.begin(), years.end());
        for (int year : std::as_const(years)) {
            const QHash<QString, QStringList> &countries = byYear.value(year);
            if (countries.size() < 2)
                continue;
            QStringList codes = countries.keys();
            codes.sort();
            for (int i = 0; i < codes.size(); ++i)
                for (int j = i + 1; j < codes.size(); ++j) {
                    const QSet<QString> a = coauthorIdsOnWorks(cache, recordId, countries.value(codes.at(i)));
                    const QSet<QString> b = coauthorIdsOnWorks(cache, recordId, countries.value(codes.at(j)));
                    if (!a.isEmpty() && !b.isEmpty() && !a.intersects(b))
                        evidence << QCoreApplication::translate("identity", "%1: %2 (%3) and %4 (%5), no shared co-authors")
                                        .arg(year)
                                        .arg(institutionIn.value(codes.at(i)), codes.at(i), institutionIn.value(codes.at(j)), codes.at(j));
                }
        }
        if (!evidence.isEmpty())
            out << ConflationFinding{ConflationFinding::Kind::DistantInstitutions,
                                     QCoreApplication::translate("identity", "Affiliations in different countries in the same year, with separate collaborators."),
                                     evidence};
    }
    return out;
}

// ----------------------------------------------------------- corrections ---

Corrections::Corrections(Cache &cache)
    : m_cache(cache)
{
}

Corrections::Result Corrections::fail(const QString &message)
{
    Result r;
    r.error = message;
    return r;
}

Corrections::Result Corrections::succeeded(const QString &personId, qint64 batch)
{
    Result r;
    r.ok = true;
    r.personId = personId;
    r.batch = batch;
    return r;
}

QString Corrections::checkOwnWorks(const QString &person, const QStringList &workIds) const
{
    const QStringList own = m_cache.authorWorkIds(person);
    for (const QString &w : workIds)
        if (!own.contains(w))
            return QCoreApplication::translate("identity", "%1 is not one of %2's works.").arg(w, person);
    return {};
}

QString Corrections::personOfBatch(qint64 batch) const
{
    QSqlQuery who(m_cache.database());
    who.prepare(QStringLiteral("SELECT person_id FROM identity_overrides WHERE batch = ? LIMIT 1"));
    who.addBindValue(batch);
    return who.exec() && who.next() ? who.value(0).toString() : QString();
}

qint64 Corrections::nextBatch() const
{
    QSqlQuery q(m_cache.database());
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(batch), 0) + 1 FROM identity_overrides")) && q.next())
        return q.value(0).toLongLong();
    return 1;
}

Corrections::Result Corrections::merge(const QString &primaryIn, const QStringList &others, const QString &reason)
{
    const QString primary = m_cache.resolveAlias(primaryIn);
    if (!m_cache.authorSummary(primary))
        return fail(QCoreApplication::translate("identity", "%1 is not in the cache; sync it first.").arg(primaryIn));
    if (others.isEmpty())
        return fail(QCoreApplication::translate("identity", "Name at least one record to merge into %1.").arg(primary));
    if (!m_cache.beginTransaction())
        return fail(m_cache.lastError());
    const qint64 batch = nextBatch();
    const QString now = Cache::nowUtc();
    for (const QString &otherIn : others) {
        const QString other = m_cache.resolveAlias(otherIn);
        if (other == primary) {
            m_cache.rollback();
            return fail(QCoreApplication::translate("identity", "%1 is already part of %2.").arg(otherIn, primary));
        }
        if (Cache::isPersonId(other)) {
            m_cache.rollback();
            return fail(QCoreApplication::translate("identity", "%1 is a person you split off; undo that split instead of merging it back.").arg(other));
        }
        if (!m_cache.authorSummary(other)) {
            m_cache.rollback();
            return fail(QCoreApplication::translate("identity", "%1 is not in the cache; sync it first.").arg(otherIn));
        }
        // Records already merged into `other` follow it into the primary.
        QSqlQuery follow(m_cache.database());
        follow.prepare(QStringLiteral("UPDATE identity_overrides SET person_id = ? WHERE kind = 'merge' AND undone = 0 AND person_id = ?"));
        follow.addBindValue(primary);
        follow.addBindValue(other);
        QSqlQuery q(m_cache.database());
        q.prepare(QStringLiteral("INSERT INTO identity_overrides (kind, person_id, author_id, batch, reason, created_at) "
                                 "VALUES ('merge', ?, ?, ?, ?, ?)"));
        q.addBindValue(primary);
        q.addBindValue(other);
        q.addBindValue(batch);
        q.addBindValue(reason);
        q.addBindValue(now);
        if (!follow.exec() || !q.exec()) {
            const QString why = q.lastError().text().isEmpty() ? follow.lastError().text() : q.lastError().text();
            m_cache.rollback();
            return fail(QCoreApplication::translate("identity", "Cannot record the merge: %1").arg(why));
        }
    }
    if (!m_cache.commit()) {
        m_cache.rollback();
        return fail(m_cache.lastError());
    }
    return succeeded(primary, batch);
}

Corrections::Result Corrections::split(const QString &recordIn, const QStringList &workIds, const QString &newName, const QString &reason)
{
    const QString record = m_cache.resolveAlias(recordIn);
    const std::optional<Author> author = m_cache.author(record);
    if (!author)
        return fail(QCoreApplication::translate("identity", "%1 is not in the cache; sync it first.").arg(recordIn));
    if (workIds.isEmpty())
        return fail(QCoreApplication::translate("identity", "Name the works to split off with --works."));
    if (const QString notOwned = checkOwnWorks(record, workIds); !notOwned.isEmpty())
        return fail(notOwned);
    if (!m_cache.beginTransaction())
        return fail(m_cache.lastError());
    QSqlQuery next(m_cache.database());
    qint64 number = 1;
    if (next.exec(QStringLiteral("SELECT COALESCE(MAX(CAST(SUBSTR(id, 2) AS INTEGER)), 0) + 1 FROM persons")) && next.next())
        number = next.value(0).toLongLong();
    const QString person = QStringLiteral("X%1").arg(number);
    const QString now = Cache::nowUtc();
    const qint64 batch = nextBatch();
    QSqlQuery p(m_cache.database());
    p.prepare(QStringLiteral("INSERT INTO persons (id, display_name, split_from, created_at) VALUES (?, ?, ?, ?)"));
    p.addBindValue(person);
    p.addBindValue(newName.isEmpty() ? QCoreApplication::translate("identity", "%1 (split)").arg(author->name) : newName);
    p.addBindValue(record);
    p.addBindValue(now);
    bool ok = p.exec();
    // The authorship rows to move: the record's own, or those of records
    // merged into it.
    QSqlQuery rows(m_cache.database());
    rows.prepare(QStringLiteral("SELECT DISTINCT record_id FROM effective_authorships WHERE person_id = ? AND work_id = ?"));
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("INSERT INTO identity_overrides (kind, person_id, author_id, work_id, batch, reason, created_at) "
                             "VALUES ('split', ?, ?, ?, ?, ?, ?)"));
    for (const QString &w : workIds) {
        rows.addBindValue(record);
        rows.addBindValue(w);
        ok = ok && rows.exec();
        const QStringList records = column(rows);
        for (const QString &r : records) {
            q.addBindValue(person);
            q.addBindValue(r);
            q.addBindValue(w);
            q.addBindValue(batch);
            q.addBindValue(reason);
            q.addBindValue(now);
            ok = ok && q.exec();
        }
    }
    if (!ok || !m_cache.commit()) {
        const QString why = q.lastError().text();
        m_cache.rollback();
        return fail(QCoreApplication::translate("identity", "Cannot record the split: %1").arg(why));
    }
    return succeeded(person, batch);
}

Corrections::Result Corrections::exclude(const QString &personIn, const QStringList &workIds, const QString &reason)
{
    const QString person = m_cache.resolveAlias(personIn);
    if (!m_cache.authorSummary(person))
        return fail(QCoreApplication::translate("identity", "%1 is not in the cache.").arg(personIn));
    if (workIds.isEmpty())
        return fail(QCoreApplication::translate("identity", "Name the works to exclude with --works."));
    if (const QString notOwned = checkOwnWorks(person, workIds); !notOwned.isEmpty())
        return fail(notOwned);
    if (!m_cache.beginTransaction())
        return fail(m_cache.lastError());
    const qint64 batch = nextBatch();
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("INSERT INTO identity_overrides (kind, person_id, work_id, batch, reason, created_at) "
                             "VALUES ('exclude', ?, ?, ?, ?, ?)"));
    bool ok = true;
    for (const QString &w : workIds) {
        q.addBindValue(person);
        q.addBindValue(w);
        q.addBindValue(batch);
        q.addBindValue(reason);
        q.addBindValue(Cache::nowUtc());
        ok = ok && q.exec();
    }
    if (!ok || !m_cache.commit()) {
        const QString why = q.lastError().text();
        m_cache.rollback();
        return fail(QCoreApplication::translate("identity", "Cannot record the exclusion: %1").arg(why));
    }
    return succeeded(person, batch);
}

Corrections::Result Corrections::undo()
{
    QSqlQuery last(m_cache.database());
    if (!last.exec(QStringLiteral("SELECT MAX(batch) FROM identity_overrides WHERE undone = 0")) || !last.next() || last.value(0).isNull())
        return fail(QCoreApplication::translate("identity", "Nothing to undo."));
    const qint64 batch = last.value(0).toLongLong();
    QSqlQuery q(m_cache.database());
    // undone_at is an undo counter, so redo can take the latest undo back.
    q.prepare(QStringLiteral("UPDATE identity_overrides SET undone = 1, undone_at = printf('%012d', "
                             "COALESCE((SELECT MAX(CAST(undone_at AS INTEGER)) FROM identity_overrides), 0) + 1) "
                             "WHERE batch = ?"));
    q.addBindValue(batch);
    if (!q.exec())
        return fail(q.lastError().text());
    return succeeded(personOfBatch(batch), batch);
}

Corrections::Result Corrections::redo()
{
    QSqlQuery last(m_cache.database());
    if (!last.exec(QStringLiteral("SELECT batch FROM identity_overrides WHERE undone = 1 "
                                  "AND batch > COALESCE((SELECT MAX(batch) FROM identity_overrides WHERE undone = 0), 0) "
                                  "ORDER BY undone_at DESC LIMIT 1"))
        || !last.next())
        return fail(QCoreApplication::translate("identity", "Nothing to redo."));
    const qint64 batch = last.value(0).toLongLong();
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("UPDATE identity_overrides SET undone = 0, undone_at = NULL WHERE batch = ?"));
    q.addBindValue(batch);
    if (!q.exec())
        return fail(QCoreApplication::translate("identity", "Cannot redo: %1").arg(q.lastError().text()));
    return succeeded(personOfBatch(batch), batch);
}

QList<Correction> Corrections::list(bool includeUndone) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("SELECT id, kind, person_id, COALESCE(author_id, ''), COALESCE(work_id, ''), batch, "
                             "COALESCE(reason, ''), created_at, undone FROM identity_overrides "
                             "WHERE undone = 0 OR ? ORDER BY id"));
    q.addBindValue(includeUndone ? 1 : 0);
    QList<Correction> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Correction c;
        c.id = q.value(0).toLongLong();
        c.kind = q.value(1).toString();
        c.personId = q.value(2).toString();
        c.authorId = q.value(3).toString();
        c.workId = q.value(4).toString();
        c.batch = q.value(5).toLongLong();
        c.reason = q.value(6).toString();
        c.createdAt = q.value(7).toString();
        c.undone = q.value(8).toBool();
        out << c;
    }
    return out;
}

} // namespace peerscope::identity
