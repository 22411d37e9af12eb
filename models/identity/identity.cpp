#include "identity/identity.h"

#include "cache/authorqueries.h"
#include "cache/cache.h"
#include "cache/eventqueries.h"
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
    // Records a user said are someone else are not suggested again.
    QStringList candidateIds;
    for (const IdentityQueries::NameKeyMatch &m : *candidates)
        candidateIds << m.id;
    const auto keptApart = queries.activeDistinctBetween({authorId}, candidateIds);
    if (!keptApart)
        return Result::failureOf(keptApart);
    QSet<QString> apart;
    for (const Correction &d : *keptApart)
        apart.insert(d.personId == authorId ? d.authorId : d.personId);
    for (const IdentityQueries::NameKeyMatch &m : *candidates) {
        if (apart.contains(m.id))
            continue;
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

// One user action: a transaction that took the log's turn (raising the
// log's version first makes actions on a server wait for each other, as
// BEGIN IMMEDIATE does in a file, so each one's checks see every action
// committed before it), its batch number and clock, and the versions of the
// people it touches.
class Corrections::Action
{
public:
    explicit Action(Cache &cache) : m_cache(cache), m_transaction(cache) {}

    // Takes the log's turn and numbers the action. False: error() says why.
    bool begin()
    {
        if (!m_transaction.ok())
            return failed(m_cache.lastError());
        at = Cache::nowUtc();
        actor = m_cache.actor();
        if (const Read<qint64> log = IdentityWriter(m_cache).raiseVersion(QString(), at, actor); !log)
            return failed(log.error());
        const Read<qint64> next = IdentityQueries(m_cache).nextBatch();
        if (!next)
            return failed(next.error());
        batch = *next;
        return true;
    }
    bool begin(const QStringList &touched) { return begin() && touch(touched); }
    // Raises the versions of the people the action touches (in ID order).
    bool touch(QStringList touched)
    {
        touched.removeAll(QString());
        touched.sort();
        touched.removeDuplicates();
        IdentityWriter writer(m_cache);
        for (const QString &person : std::as_const(touched)) {
            const Read<qint64> v = writer.raiseVersion(person, at, actor);
            if (!v)
                return failed(v.error());
            m_versions.insert(person, *v);
        }
        return true;
    }
    Status add(const QString &kind, const QString &person, const QString &record, const QString &work, const QString &reason,
               qint64 supersededBy = 0)
    {
        Correction row;
        row.kind = kind;
        row.personId = person;
        row.authorId = record;
        row.workId = work;
        row.batch = batch;
        row.reason = reason;
        row.createdAt = at;
        row.actor = actor;
        row.version = m_versions.value(person);
        row.undone = supersededBy > 0;
        row.supersededBy = supersededBy;
        return IdentityWriter(m_cache).add(row);
    }
    // The event the other clients' windows refresh by, then the commit.
    Status commit(const QString &person, const QString &what)
    {
        if (const Status s = EventQueries(m_cache).record(QStringLiteral("identity"), person, what); !s)
            return s;
        return m_transaction.commit();
    }
    QString error() const { return m_error; }

    qint64 batch = 0;
    QString at;
    QString actor;

private:
    bool failed(const QString &why)
    {
        m_error = why;
        return false;
    }
    Cache &m_cache;
    Cache::Transaction m_transaction;
    QHash<QString, qint64> m_versions;
    QString m_error;
};

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

QString Corrections::describe(const Correction &c)
{
    const QString who = c.actor.isEmpty() ? QCoreApplication::translate("identity", "you") : c.actor;
    QString what;
    if (c.kind == QLatin1String("merge"))
        what = QCoreApplication::translate("identity", "%1 merged %2 into %3").arg(who, c.authorId, c.personId);
    else if (c.kind == QLatin1String("distinct"))
        what = QCoreApplication::translate("identity", "%1 said %2 and %3 are two people").arg(who, c.personId, c.authorId);
    else if (c.kind == QLatin1String("split"))
        what = QCoreApplication::translate("identity", "%1 split %2 off %3 as %4").arg(who, c.workId, c.authorId, c.personId);
    else
        what = QCoreApplication::translate("identity", "%1 excluded %2 from %3").arg(who, c.workId, c.personId);
    what += QCoreApplication::translate("identity", " on %1 (action %2)").arg(c.createdAt.left(16).replace(u'T', u' ')).arg(c.batch);
    if (!c.reason.isEmpty())
        what += QCoreApplication::translate("identity", ": \"%1\"").arg(c.reason);
    return what;
}

QString Corrections::checkOwnWorks(const QString &person, const QStringList &workIds) const
{
    const QStringList own = m_cache.authorWorkIds(person);
    for (const QString &w : workIds)
        if (!own.contains(w))
            return QCoreApplication::translate("identity", "%1 is not one of %2's works.").arg(w, person);
    return {};
}

Read<QList<Correction>> Corrections::contradicting(const QString &kind, const QString &person, const QString &record) const
{
    using Out = Read<QList<Correction>>;
    const IdentityQueries queries(m_cache);
    // The person a record counts as now, and everyone counted as them.
    auto topOf = [&](const QString &id) -> Read<QString> {
        const Read<QString> into = queries.mergedInto(id);
        if (!into)
            return into;
        return into->isEmpty() ? id : *into;
    };
    const Read<QString> topPerson = topOf(person);
    if (!topPerson)
        return Out::failureOf(topPerson);
    const Read<QString> topRecord = topOf(record);
    if (!topRecord)
        return Out::failureOf(topRecord);
    QList<Correction> out;
    if (kind == QLatin1String("distinct")) {
        if (*topPerson != *topRecord)
            return out;
        // The merges that made them one.
        const auto merges = queries.activeMergesOf({person, record});
        if (!merges)
            return merges;
        for (const Correction &m : *merges)
            if (m.personId == *topPerson)
                out << m;
        return out;
    }
    // merge: the record is already someone else's, or someone said the two
    // groups are different people.
    if (*topRecord != record && *topRecord != *topPerson) {
        const auto merges = queries.activeMergesOf({record});
        if (!merges)
            return merges;
        out << *merges;
    }
    auto groupOf = [&](const QString &top) -> Read<QStringList> {
        const Read<QStringList> merged = queries.mergedRecords(top);
        if (!merged)
            return merged;
        return QStringList{top} + *merged;
    };
    const Read<QStringList> a = groupOf(*topPerson);
    if (!a)
        return Out::failureOf(a);
    const Read<QStringList> b = groupOf(*topRecord == *topPerson ? record : *topRecord);
    if (!b)
        return Out::failureOf(b);
    const auto apart = queries.activeDistinctBetween(*a, *b);
    if (!apart)
        return apart;
    out << *apart;
    return out;
}


Corrections::Result Corrections::merge(const QString &primaryIn, const QStringList &othersIn, const QString &reason)
{
    const QString primary = m_cache.resolveAlias(primaryIn);
    if (!m_cache.authorSummary(primary))
        return fail(QCoreApplication::translate("identity", "%1 is not in the cache; sync it first.").arg(primaryIn));
    if (othersIn.isEmpty())
        return fail(QCoreApplication::translate("identity", "Name at least one record to merge into %1.").arg(primary));
    return claim(QStringLiteral("merge"), primary, othersIn, reason);
}

Corrections::Result Corrections::distinct(const QString &personIn, const QStringList &othersIn, const QString &reason)
{
    const QString person = AuthorQueries(m_cache).resolveOpenAlex(personIn).valueOr(personIn);
    if (!m_cache.authorSummary(person))
        return fail(QCoreApplication::translate("identity", "%1 is not in the cache; sync it first.").arg(personIn));
    if (othersIn.isEmpty())
        return fail(QCoreApplication::translate("identity", "Name at least one record that is someone other than %1.").arg(person));
    return claim(QStringLiteral("distinct"), person, othersIn, reason);
}

Corrections::Result Corrections::claim(const QString &kind, const QString &person, const QStringList &othersIn, const QString &reason)
{
    const bool merging = kind == QLatin1String("merge");
    auto failed = [&](const QString &why) {
        return fail(merging ? QCoreApplication::translate("identity", "Cannot record the merge: %1").arg(why)
                            : QCoreApplication::translate("identity", "Cannot record that they are two people: %1").arg(why));
    };
    QStringList others;
    for (const QString &otherIn : othersIn) {
        // The record itself, not the person it counts as now: "B is A"
        // said of a B someone merged into C is a conflict to show, not a
        // merge of C's whole group.
        const QString other = AuthorQueries(m_cache).resolveOpenAlex(otherIn).valueOr(otherIn);
        if (other == person)
            return fail(merging ? QCoreApplication::translate("identity", "%1 is already part of %2.").arg(otherIn, person)
                                : QCoreApplication::translate("identity", "%1 and %2 are the same record.").arg(otherIn, person));
        if (merging && text::isPersonId(other))
            return fail(QCoreApplication::translate("identity", "%1 is a person you split off; undo that split instead of merging it back.").arg(other));
        if (!m_cache.authorSummary(other))
            return fail(QCoreApplication::translate("identity", "%1 is not in the cache; sync it first.").arg(otherIn));
        others << other;
    }
    Action action(m_cache);
    if (!action.begin(QStringList{person} + others))
        return failed(action.error());
    const IdentityQueries queries(m_cache);
    IdentityWriter writer(m_cache);

    // Checked inside the action's turn: every action committed before it is seen.
    QList<Correction> theirs;
    QHash<QString, qint64> standing; // record -> the action it contradicts
    for (const QString &other : std::as_const(others)) {
        if (merging) {
            const Read<QString> into = queries.mergedInto(other);
            if (!into)
                return failed(into.error());
            if (*into == person)
                return fail(QCoreApplication::translate("identity", "%1 is already part of %2.").arg(other, person));
        }
        const auto against = contradicting(kind, person, other);
        if (!against)
            return failed(against.error());
        if (!against->isEmpty()) {
            theirs << *against;
            standing.insert(other, against->constFirst().batch);
        }
    }
    if (!theirs.isEmpty()) {
        if (m_onConflict == OnConflict::Ask) {
            Result r = fail(QCoreApplication::translate("identity", "This contradicts %n correction(s) in effect.", nullptr,
                                                        int(theirs.size())));
            QStringList records = standing.keys();
            records.sort();
            r.conflict = Conflict{merging ? QCoreApplication::translate("identity", "merge %1 into %2").arg(records.join(QStringLiteral(", ")), person)
                                          : QCoreApplication::translate("identity", "say %1 and %2 are two people").arg(person, records.join(QStringLiteral(", "))),
                                  reason, theirs};
            return r; // the action's transaction rolls back: nothing written
        }
        if (m_onConflict == OnConflict::KeepMine) {
            QList<qint64> ids;
            for (const Correction &c : std::as_const(theirs))
                ids << c.id;
            if (const Status s = writer.supersede(ids, action.batch); !s)
                return failed(s.error());
        }
    }
    int applied = 0;
    for (const QString &other : std::as_const(others)) {
        if (m_onConflict == OnConflict::KeepTheirs && standing.contains(other)) {
            // Declined: kept with its reason, never in effect.
            if (const Status s = action.add(kind, person, other, {}, reason, standing.value(other)); !s)
                return failed(s.error());
            continue;
        }
        if (merging) {
            // Records already merged into `other` follow it into the person:
            // their merges are superseded by this action and made again.
            const Read<QList<Correction>> followers = queries.activeMergesInto(other);
            if (!followers)
                return failed(followers.error());
            QList<qint64> ids;
            for (const Correction &f : *followers)
                ids << f.id;
            if (const Status s = writer.supersede(ids, action.batch); !s)
                return failed(s.error());
            for (const Correction &f : *followers)
                if (const Status s = action.add(kind, person, f.authorId, {}, f.reason); !s)
                    return failed(s.error());
        }
        if (const Status s = action.add(kind, person, other, {}, reason); !s)
            return failed(s.error());
        ++applied;
    }
    if (const Status s = action.commit(person, kind); !s)
        return failed(s.error());
    Result r = succeeded(person, action.batch);
    r.declined = applied == 0;
    r.superseded = m_onConflict == OnConflict::KeepMine ? int(theirs.size()) : 0;
    return r;
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
    Action action(m_cache);
    if (!action.begin({record}))
        return failed(action.error());
    const IdentityQueries queries(m_cache);
    const Read<qint64> number = queries.nextPersonNumber();
    if (!number)
        return failed(number.error());
    const QString person = QStringLiteral("X%1").arg(*number);
    IdentityWriter writer(m_cache);
    if (const Status s = writer.addPerson(person, newName.isEmpty() ? QCoreApplication::translate("identity", "%1 (split)").arg(author->name) : newName,
                                          record, action.at);
        !s)
        return failed(s.error());
    int moved = 0;
    for (const QString &w : workIds) {
        // The authorship rows to move: the record's own, or those of records
        // merged into it. A work someone split off meanwhile is no longer
        // among them, and stays where they put it.
        const Read<QStringList> records = queries.recordsOnWork(record, w);
        if (!records)
            return failed(records.error());
        for (const QString &r : *records) {
            if (const Status s = action.add(QStringLiteral("split"), person, r, w, reason); !s)
                return failed(s.error());
            ++moved;
        }
    }
    if (moved == 0)
        return fail(QCoreApplication::translate("identity", "None of these works is %1's any more: someone split or excluded them meanwhile.")
                        .arg(record));
    if (const Status s = action.commit(person, QStringLiteral("split")); !s)
        return failed(s.error());
    return succeeded(person, action.batch);
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
    Action action(m_cache);
    if (!action.begin({person}))
        return failed(action.error());
    for (const QString &w : workIds)
        if (const Status s = action.add(QStringLiteral("exclude"), person, {}, w, reason); !s)
            return failed(s.error());
    if (const Status s = action.commit(person, QStringLiteral("exclude")); !s)
        return failed(s.error());
    return succeeded(person, action.batch);
}

Corrections::Result Corrections::undo()
{
    Action action(m_cache);
    if (!action.begin())
        return fail(action.error());
    const Read<std::optional<qint64>> last = IdentityQueries(m_cache).lastActiveBatch(action.actor);
    if (!last)
        return fail(QCoreApplication::translate("identity", "Cannot undo: %1").arg(last.error()));
    if (!*last)
        return fail(QCoreApplication::translate("identity", "Nothing to undo."));
    return takeBack(**last, true, action);
}

Corrections::Result Corrections::redo()
{
    Action action(m_cache);
    if (!action.begin())
        return fail(action.error());
    const Read<std::optional<qint64>> last = IdentityQueries(m_cache).lastUndoneBatch(action.actor);
    if (!last)
        return fail(QCoreApplication::translate("identity", "Cannot redo: %1").arg(last.error()));
    if (!*last)
        return fail(QCoreApplication::translate("identity", "Nothing to redo."));
    return takeBack(**last, false, action);
}

// Undo (or redo) of one action, in the turn `action` took; its own batch
// number is not used: the rows keep theirs.
Corrections::Result Corrections::takeBack(qint64 batch, bool undoing, Action &action)
{
    auto failed = [undoing](const QString &why) {
        return fail(undoing ? QCoreApplication::translate("identity", "Cannot undo: %1").arg(why)
                            : QCoreApplication::translate("identity", "Cannot redo: %1").arg(why));
    };
    const IdentityQueries queries(m_cache);
    const Read<QList<Correction>> rows = queries.batchRows(batch);
    if (!rows)
        return failed(rows.error());
    QStringList touched;
    for (const Correction &c : *rows)
        touched << c.personId << c.authorId;
    if (!action.touch(touched))
        return failed(action.error());
    if (!undoing) {
        // What someone else said since the undo may stand against a redo.
        QList<Correction> theirs;
        for (const Correction &c : *rows) {
            if (c.supersededBy > 0 || (c.kind != QLatin1String("merge") && c.kind != QLatin1String("distinct")))
                continue;
            const auto against = contradicting(c.kind, c.personId, c.authorId);
            if (!against)
                return failed(against.error());
            // What this action itself superseded goes again with the redo.
            for (const Correction &t : *against)
                if (t.supersededBy != batch)
                    theirs << t;
        }
        if (!theirs.isEmpty()) {
            Result r = fail(QCoreApplication::translate("identity", "Cannot redo: it contradicts %n correction(s) made since.", nullptr,
                                                        int(theirs.size())));
            r.conflict = Conflict{QCoreApplication::translate("identity", "redo action %1").arg(batch), rows->constFirst().reason, theirs};
            return r;
        }
    }
    IdentityWriter writer(m_cache);
    const Status s = undoing ? writer.markUndone(batch) : writer.markRedone(batch);
    if (!s)
        return failed(s.error());
    const Read<QString> person = queries.personOfBatch(batch);
    if (!person)
        return failed(person.error());
    if (const Status c = action.commit(*person, undoing ? QStringLiteral("undo") : QStringLiteral("redo")); !c)
        return failed(c.error());
    return succeeded(*person, batch);
}

Read<QList<Correction>> Corrections::list(bool includeUndone) const
{
    return IdentityQueries(m_cache).corrections(includeUndone);
}

Read<qint64> Corrections::version(const QString &personId) const
{
    return IdentityQueries(m_cache).versionOf(m_cache.resolveAlias(personId));
}

} // namespace peerscope::identity
