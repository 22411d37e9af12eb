#include "identity/identity.h"

#include "cache/cache.h"
#include "cache/identityqueries.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcIdentity, "peerscope.identity", QtWarningMsg)

namespace peerscope::identity {

namespace {

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

Read<QList<DuplicateCandidate>> possibleDuplicates(const Cache &cache, const QString &authorIdIn)
{
    using Result = Read<QList<DuplicateCandidate>>;
    const QString authorId = cache.resolveAlias(authorIdIn);
    const IdentityQueries queries(cache);
    QList<DuplicateCandidate> out;

    const auto candidates = queries.sameNameKey(authorId);
    if (!candidates)
        return Result::failureOf(candidates);
    if (candidates->isEmpty())
        return out;

    const QHash<QString, QString> myCoauthors = coauthorsOf(cache, authorId);
    const auto myInstitutions = queries.institutionsOf(authorId);
    if (!myInstitutions)
        return Result::failureOf(myInstitutions);
    const auto myTopics = queries.topicsOf(authorId);
    if (!myTopics)
        return Result::failureOf(myTopics);
    for (const IdentityQueries::NameKeyMatch &m : *candidates) {
        DuplicateCandidate c;
        c.id = m.id;
        c.nameKey = m.nameKey;
        c.name = m.name;
        // Each co-authored the other: that alone proves two people, not one.
        const QHash<QString, QString> theirCoauthors = coauthorsOf(cache, c.id);
        if (theirCoauthors.contains(authorId))
            continue;
        const auto theirInstitutions = queries.institutionsOf(c.id);
        if (!theirInstitutions)
            return Result::failureOf(theirInstitutions);
        const auto theirTopics = queries.topicsOf(c.id);
        if (!theirTopics)
            return Result::failureOf(theirTopics);
        c.sharedCoauthors = sharedNames(myCoauthors, theirCoauthors, c.id);
        c.sharedInstitutions = sharedNames(*myInstitutions, *theirInstitutions);
        c.sharedTopics = sharedNames(*myTopics, *theirTopics);
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

namespace {

using Findings = QList<ConflationFinding>;

// Several ORCIDs on the person's authorships (and its record).
Status severalOrcids(const Cache &cache, const QString &personId, const ConflationThresholds &rules, Findings &out)
{
    const auto orcids = IdentityQueries(cache).authorshipOrcids(personId);
    if (!orcids)
        return Status::failureOf(orcids);
    QStringList evidence;
    QSet<QString> seen;
    for (const IdentityQueries::OrcidWorks &o : *orcids) {
        seen.insert(o.orcid);
        evidence << QCoreApplication::translate("identity", "ORCID %1 on %n work(s)", nullptr, o.works).arg(o.orcid);
    }
    if (const auto summary = cache.authorSummary(personId); summary && !summary->orcid.isEmpty() && !seen.contains(summary->orcid)) {
        seen.insert(summary->orcid);
        evidence << QCoreApplication::translate("identity", "ORCID %1 on the author record, on no cached work").arg(summary->orcid);
    }
    if (seen.size() < rules.distinctOrcids)
        return succeeded();
    QStringList list = seen.values();
    list.sort();
    out << ConflationFinding{ConflationFinding::Kind::SeveralOrcids,
                             QCoreApplication::translate("identity", "Possible conflation: %n different ORCIDs on this record's works (%1)", nullptr, int(seen.size()))
                                 .arg(list.join(QStringLiteral(", "))),
                             evidence, QCoreApplication::translate("identity", "ORCIDs on the cached authorships")};
    return succeeded();
}

// More works in a year than one person writes.
Status implausibleOutput(const Cache &cache, const QString &personId, const ConflationThresholds &rules, Findings &out)
{
    const auto years = IdentityQueries(cache).yearsAbove(personId, rules.worksPerYear);
    if (!years)
        return Status::failureOf(years);
    if (years->isEmpty())
        return succeeded();
    QStringList evidence;
    IdentityQueries::YearWorks busiest;
    for (const IdentityQueries::YearWorks &y : *years) {
        evidence << QCoreApplication::translate("identity", "%1: %n work(s)", nullptr, y.works).arg(y.year);
        if (y.works > busiest.works)
            busiest = y;
    }
    out << ConflationFinding{ConflationFinding::Kind::ImplausibleOutput,
                             QCoreApplication::translate("identity", "Possible conflation: %1 works in %2; more than %3 a year is implausible for one person")
                                 .arg(busiest.works).arg(busiest.year).arg(rules.worksPerYear),
                             evidence, QCoreApplication::translate("identity", "OpenAlex's yearly counts and the cached works")};
    return succeeded();
}

// Bodies of work in different domains whose co-authors never meet.
Status unrelatedFields(const Cache &cache, const QString &personId, const ConflationThresholds &rules, Findings &out)
{
    const IdentityQueries queries(cache);
    const auto byDomain = queries.worksByPrimaryDomain(personId);
    if (!byDomain)
        return Status::failureOf(byDomain);
    qsizetype total = 0;
    for (const QStringList &works : *byDomain)
        total += works.size();
    QStringList domains;
    for (auto it = byDomain->constBegin(); it != byDomain->constEnd(); ++it)
        if (it.value().size() >= rules.fieldMinimumWorks && double(it.value().size()) >= rules.fieldMinimumShare * double(total))
            domains << it.key();
    domains.sort();
    QHash<QString, QSet<QString>> coauthors;
    for (const QString &d : std::as_const(domains)) {
        const auto ids = queries.coauthorIdsOnWorks(personId, byDomain->value(d));
        if (!ids)
            return Status::failureOf(ids);
        coauthors.insert(d, *ids);
    }
    QStringList pairs;
    QStringList evidence;
    for (int i = 0; i < domains.size(); ++i)
        for (int j = i + 1; j < domains.size(); ++j) {
            const QSet<QString> &a = coauthors[domains.at(i)];
            const QSet<QString> &b = coauthors[domains.at(j)];
            if (a.isEmpty() || b.isEmpty() || a.intersects(b))
                continue;
            pairs << QCoreApplication::translate("identity", "%1 and %2").arg(domains.at(i), domains.at(j));
            evidence << QCoreApplication::translate("identity", "%1: %n work(s)", nullptr, int(byDomain->value(domains.at(i)).size())).arg(domains.at(i))
                            + QStringLiteral("; ")
                            + QCoreApplication::translate("identity", "%1: %n work(s)", nullptr, int(byDomain->value(domains.at(j)).size())).arg(domains.at(j))
                            + QStringLiteral("; ") + QCoreApplication::translate("identity", "no co-author in common");
        }
    if (pairs.isEmpty())
        return succeeded();
    out << ConflationFinding{ConflationFinding::Kind::UnrelatedFields,
                             QCoreApplication::translate("identity", "Possible conflation: works in %1 with no co-author in common")
                                 .arg(pairs.join(QStringLiteral("; "))),
                             evidence, QCoreApplication::translate("identity", "primary topics and co-authors of the cached works")};
    return succeeded();
}

// Far-apart institutions in the same year, with separate co-authors, year after year.
Status distantInstitutions(const Cache &cache, const QString &personId, const ConflationThresholds &rules, Findings &out)
{
    const IdentityQueries queries(cache);
    const auto rows = queries.authorshipCountries(personId);
    if (!rows)
        return Status::failureOf(rows);
    // year -> country -> works, and country -> an institution name
    QMap<int, QMap<QString, QStringList>> byYear;
    QHash<QString, QString> institutionIn;
    for (const IdentityQueries::CountryWork &r : *rows) {
        byYear[r.year][r.country] << r.workId;
        if (!institutionIn.contains(r.country))
            institutionIn.insert(r.country, r.institution);
    }
    QStringList evidence;
    int years = 0;
    for (auto y = byYear.cbegin(); y != byYear.cend(); ++y) {
        const QMap<QString, QStringList> &countries = y.value();
        if (countries.size() < 2)
            continue;
        const QStringList codes = countries.keys(); // sorted
        bool flagged = false;
        for (int i = 0; i < codes.size(); ++i)
            for (int j = i + 1; j < codes.size(); ++j) {
                const auto a = queries.coauthorIdsOnWorks(personId, countries.value(codes.at(i)));
                if (!a)
                    return Status::failureOf(a);
                const auto b = queries.coauthorIdsOnWorks(personId, countries.value(codes.at(j)));
                if (!b)
                    return Status::failureOf(b);
                if (a->isEmpty() || b->isEmpty() || a->intersects(*b))
                    continue;
                flagged = true;
                evidence << QCoreApplication::translate("identity", "%1: %2 (%3) and %4 (%5), no shared co-authors")
                                .arg(y.key())
                                .arg(institutionIn.value(codes.at(i)), codes.at(i), institutionIn.value(codes.at(j)), codes.at(j));
            }
        if (flagged)
            ++years;
    }
    if (years < rules.distantInstitutionYears)
        return succeeded();
    out << ConflationFinding{ConflationFinding::Kind::DistantInstitutions,
                             QCoreApplication::translate("identity", "Possible conflation: affiliations in different countries in the same year, "
                                                                     "with separate co-authors, in %n year(s)", nullptr, years),
                             evidence, QCoreApplication::translate("identity", "institutions and co-authors of the cached authorships")};
    return succeeded();
}

} // namespace

Read<QList<ConflationFinding>> possibleConflation(const Cache &cache, const QString &authorIdIn, const ConflationThresholds &rules)
{
    const QString personId = cache.resolveAlias(authorIdIn);
    Findings out;
    for (auto rule : {severalOrcids, implausibleOutput, unrelatedFields, distantInstitutions}) {
        const Status s = rule(cache, personId, rules, out);
        if (!s) {
            qCWarning(lcIdentity) << "conflation checks for" << personId << "failed:" << s.error();
            return Read<Findings>::failureOf(s);
        }
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

Corrections::Result Corrections::merge(const QString &primaryIn, const QStringList &others, const QString &reason)
{
    const QString primary = m_cache.resolveAlias(primaryIn);
    if (!m_cache.authorSummary(primary))
        return fail(QCoreApplication::translate("identity", "%1 is not in the cache; sync it first.").arg(primaryIn));
    if (others.isEmpty())
        return fail(QCoreApplication::translate("identity", "Name at least one record to merge into %1.").arg(primary));
    Cache::Transaction transaction(m_cache);
    if (!transaction.ok())
        return fail(m_cache.lastError());
    const Read<qint64> batch = IdentityQueries(m_cache).nextBatch();
    if (!batch)
        return fail(QCoreApplication::translate("identity", "Cannot record the merge: %1").arg(batch.error()));
    const QString now = Cache::nowUtc();
    IdentityWriter writer(m_cache);
    for (const QString &otherIn : others) {
        const QString other = m_cache.resolveAlias(otherIn);
        if (other == primary)
            return fail(QCoreApplication::translate("identity", "%1 is already part of %2.").arg(otherIn, primary));
        if (text::isPersonId(other))
            return fail(QCoreApplication::translate("identity", "%1 is a person you split off; undo that split instead of merging it back.").arg(other));
        if (!m_cache.authorSummary(other))
            return fail(QCoreApplication::translate("identity", "%1 is not in the cache; sync it first.").arg(otherIn));
        // Records already merged into `other` follow it into the primary.
        Status s = writer.moveMerges(other, primary);
        if (s)
            s = writer.addMerge(primary, other, *batch, reason, now);
        if (!s)
            return fail(QCoreApplication::translate("identity", "Cannot record the merge: %1").arg(s.error()));
    }
    if (const Status s = transaction.commit(); !s)
        return fail(s.error());
    return succeeded(primary, *batch);
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
    auto failed = [](const QString &why) {
        return fail(QCoreApplication::translate("identity", "Cannot record the split: %1").arg(why));
    };
    Cache::Transaction transaction(m_cache);
    if (!transaction.ok())
        return fail(m_cache.lastError());
    const IdentityQueries queries(m_cache);
    const Read<qint64> number = queries.nextPersonNumber();
    if (!number)
        return failed(number.error());
    const Read<qint64> batch = queries.nextBatch();
    if (!batch)
        return failed(batch.error());
    const QString person = QStringLiteral("X%1").arg(*number);
    const QString now = Cache::nowUtc();
    IdentityWriter writer(m_cache);
    if (const Status s = writer.addPerson(person, newName.isEmpty() ? QCoreApplication::translate("identity", "%1 (split)").arg(author->name) : newName,
                                          record, now);
        !s)
        return failed(s.error());
    for (const QString &w : workIds) {
        // The authorship rows to move: the record's own, or those of records
        // merged into it.
        const Read<QStringList> records = queries.recordsOnWork(record, w);
        if (!records)
            return failed(records.error());
        for (const QString &r : *records)
            if (const Status s = writer.addSplit(person, r, w, *batch, reason, now); !s)
                return failed(s.error());
    }
    if (const Status s = transaction.commit(); !s)
        return failed(s.error());
    return succeeded(person, *batch);
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
    auto failed = [](const QString &why) {
        return fail(QCoreApplication::translate("identity", "Cannot record the exclusion: %1").arg(why));
    };
    Cache::Transaction transaction(m_cache);
    if (!transaction.ok())
        return fail(m_cache.lastError());
    const Read<qint64> batch = IdentityQueries(m_cache).nextBatch();
    if (!batch)
        return failed(batch.error());
    IdentityWriter writer(m_cache);
    for (const QString &w : workIds)
        if (const Status s = writer.addExclude(person, w, *batch, reason, Cache::nowUtc()); !s)
            return failed(s.error());
    if (const Status s = transaction.commit(); !s)
        return failed(s.error());
    return succeeded(person, *batch);
}

Corrections::Result Corrections::undo()
{
    Cache::Transaction transaction(m_cache);
    if (!transaction.ok())
        return fail(m_cache.lastError());
    const IdentityQueries queries(m_cache);
    const Read<std::optional<qint64>> last = queries.lastActiveBatch();
    if (!last)
        return fail(QCoreApplication::translate("identity", "Cannot undo: %1").arg(last.error()));
    if (!*last)
        return fail(QCoreApplication::translate("identity", "Nothing to undo."));
    const qint64 batch = **last;
    if (const Status s = IdentityWriter(m_cache).markUndone(batch); !s)
        return fail(QCoreApplication::translate("identity", "Cannot undo: %1").arg(s.error()));
    const Read<QString> person = queries.personOfBatch(batch);
    if (!person)
        return fail(QCoreApplication::translate("identity", "Cannot undo: %1").arg(person.error()));
    if (const Status s = transaction.commit(); !s)
        return fail(QCoreApplication::translate("identity", "Cannot undo: %1").arg(s.error()));
    return succeeded(*person, batch);
}

Corrections::Result Corrections::redo()
{
    Cache::Transaction transaction(m_cache);
    if (!transaction.ok())
        return fail(m_cache.lastError());
    const IdentityQueries queries(m_cache);
    const Read<std::optional<qint64>> last = queries.lastUndoneBatch();
    if (!last)
        return fail(QCoreApplication::translate("identity", "Cannot redo: %1").arg(last.error()));
    if (!*last)
        return fail(QCoreApplication::translate("identity", "Nothing to redo."));
    const qint64 batch = **last;
    if (const Status s = IdentityWriter(m_cache).markRedone(batch); !s)
        return fail(QCoreApplication::translate("identity", "Cannot redo: %1").arg(s.error()));
    const Read<QString> person = queries.personOfBatch(batch);
    if (!person)
        return fail(QCoreApplication::translate("identity", "Cannot redo: %1").arg(person.error()));
    if (const Status s = transaction.commit(); !s)
        return fail(QCoreApplication::translate("identity", "Cannot redo: %1").arg(s.error()));
    return succeeded(*person, batch);
}

Read<QList<Correction>> Corrections::list(bool includeUndone) const
{
    return IdentityQueries(m_cache).corrections(includeUndone);
}

} // namespace peerscope::identity
