#include "trust/trustsnapshot.h"

#include "cache/cache.h"
#include "cache/trustqueries.h"
#include "core/text.h"
#include "identity/identity.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTrust, "peerscope.trust", QtWarningMsg)

namespace peerscope {

namespace {

// Points for the first threshold that value reaches, scanning from the top.
int stepPoints(qint64 value, const QList<QPair<qint64, int>> &steps)
{
    int points = 0;
    for (const auto &[threshold, p] : steps)
        if (value >= threshold)
            points = p;
    return points;
}

} // namespace

QString TrustSnapshot::levelText() const
{
    return QStringLiteral("L%1").arg(level);
}

QString TrustSnapshot::claimText() const
{
    switch (level) {
    case 0: return QCoreApplication::translate("peerscope::TrustSnapshot", "No stable record");
    case 1: return QCoreApplication::translate("peerscope::TrustSnapshot", "Unclaimed");
    case 2: return QCoreApplication::translate("peerscope::TrustSnapshot", "Claimed (ORCID)");
    default: return QCoreApplication::translate("peerscope::TrustSnapshot", "Claimed and corroborated");
    }
}

QString TrustSnapshot::bandName(Band band)
{
    switch (band) {
    case Band::Emerging: return QCoreApplication::translate("peerscope::TrustSnapshot", "Emerging");
    case Band::Developing: return QCoreApplication::translate("peerscope::TrustSnapshot", "Developing");
    case Band::Established: return QCoreApplication::translate("peerscope::TrustSnapshot", "Established");
    case Band::Strong: return QCoreApplication::translate("peerscope::TrustSnapshot", "Strong");
    }
    return {};
}

QString TrustSnapshot::bandText() const
{
    return bandName(band);
}

QString TrustSnapshot::bandKey(Band band)
{
    switch (band) {
    case Band::Emerging: return QStringLiteral("emerging");
    case Band::Developing: return QStringLiteral("developing");
    case Band::Established: return QStringLiteral("established");
    case Band::Strong: return QStringLiteral("strong");
    }
    return {};
}

TrustSnapshot TrustSnapshot::fromRead(const Read<TrustSnapshot> &read)
{
    if (read)
        return *read;
    TrustSnapshot s;
    s.warnings << TrustWarning{TrustWarning::Kind::Unreadable,
                               QCoreApplication::translate("peerscope::TrustSnapshot", "The trust evidence could not be read from the cache: %1").arg(read.error()),
                               QCoreApplication::translate("peerscope::TrustSnapshot", "the cache"), {}, {}, {}};
    return s;
}

QString TrustWarning::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Conflation: return QStringLiteral("conflation");
    case Kind::Duplicate: return QStringLiteral("duplicate");
    case Kind::Unreadable: return QStringLiteral("unreadable");
    }
    return {};
}

bool isDeletedAuthor(const Author &author)
{
    return author.name.compare(QLatin1String("Deleted Author"), Qt::CaseInsensitive) == 0 && author.worksCount == 0;
}

Read<TrustInputs> gatherTrustInputs(const Cache &cache, const QString &authorId, int referenceYear)
{
    TrustInputs in;
    in.referenceYear = referenceYear;
    // A record merged into a person is read as that person, as the window shows it.
    const std::optional<Author> author = cache.author(cache.resolveAlias(authorId));
    if (!author)
        return in;
    const QString id = author->id;
    in.recordExists = true;
    in.deleted = isDeletedAuthor(*author);
    in.name = author->name;
    in.orcid = author->orcid;
    in.scopus = author->scopus;
    in.sourceWorksCount = author->worksCount;
    in.lastKnown = author->lastKnownInstitutions;
    QSet<int> years;
    for (const Affiliation &a : author->affiliations)
        for (int y : a.years)
            years.insert(y);
    in.affiliationYears = int(years.size());

    const TrustQueries queries(cache);
    const auto byYear = queries.worksByYear(id);
    if (!byYear)
        return Read<TrustInputs>::failureOf(byYear);
    for (const TrustQueries::YearWorks &y : *byYear) {
        in.worksPerYear[y.year] += y.works;
        in.cachedWorks += y.works;
        in.citations += y.citations;
    }
    const auto authorships = queries.authorships(id);
    if (!authorships)
        return Read<TrustInputs>::failureOf(authorships);
    in.authorships = authorships->total;
    in.authorshipOrcids = authorships->byOrcid;

    // Conflation: the identity module's findings, nothing of our own.
    auto conflation = identity::possibleConflation(cache, id);
    if (!conflation)
        return Read<TrustInputs>::failureOf(conflation);
    in.conflation = std::move(*conflation);

    const QList<CoauthorStat> coauthors = cache.coauthors(id);
    for (const CoauthorStat &c : coauthors) {
        if (c.isCached)
            ++in.cachedCoauthors;
        if (c.sharedWorks >= 2)
            ++in.repeatCoauthors;
    }
    in.coauthors = int(coauthors.size());

    // Possible duplicates: found by the identity module, counted here.
    const auto duplicates = identity::possibleDuplicates(cache, id);
    if (!duplicates)
        return Read<TrustInputs>::failureOf(duplicates);
    for (const identity::DuplicateCandidate &c : *duplicates) {
        DuplicateCandidate d;
        d.id = c.id;
        d.name = c.name;
        d.sharedCoauthors = int(c.sharedCoauthors.size());
        d.sharedInstitutions = int(c.sharedInstitutions.size());
        d.sharedTopics = int(c.sharedTopics.size());
        in.duplicates << d;
    }
    qCDebug(lcTrust) << "trust inputs for" << id << in.cachedWorks << "works," << in.conflation.size() << "conflation findings,"
                     << in.duplicates.size() << "duplicates";
    return in;
}

TrustSnapshot scoreTrust(const TrustInputs &in)
{
    TrustSnapshot s;
    const QString srcRecord = QCoreApplication::translate("peerscope::TrustSnapshot", "OpenAlex author record");
    const QString srcWorks = QCoreApplication::translate("peerscope::TrustSnapshot", "cached works (%n)", nullptr, in.cachedWorks);
    const QString srcAuthorships = QCoreApplication::translate("peerscope::TrustSnapshot", "cached authorships (%1)").arg(in.authorships);
    const QString srcNetwork = QCoreApplication::translate("peerscope::TrustSnapshot", "co-authors in cached works");

    auto add = [&s](const char *groupKey, const char *itemKey, const QString &group, const QString &item, int points, int max,
                    const QString &reason, const QString &source) {
        s.evidence << TrustEvidence{group, item, points, max, reason, source, QLatin1String(groupKey), QLatin1String(itemKey)};
        s.score += points;
    };

    if (!in.recordExists || in.deleted) {
        add("identity", "stable_record", QCoreApplication::translate("peerscope::TrustSnapshot", "Identity"), QCoreApplication::translate("peerscope::TrustSnapshot", "Stable record"), 0, 5,
            in.recordExists ? QCoreApplication::translate("peerscope::TrustSnapshot", "OpenAlex marks this record as deleted") : QCoreApplication::translate("peerscope::TrustSnapshot", "No OpenAlex record in the cache"), srcRecord);
        s.level = 0;
        s.score = 0;
        s.band = TrustSnapshot::Band::Emerging;
        return s;
    }

    // --- warnings first: conflation lowers the consistency points -----------
    // One warning per finding of the identity module, worded as it words it.
    const int conflations = int(in.conflation.size());
    for (const identity::ConflationFinding &f : in.conflation)
        s.warnings << TrustWarning{TrustWarning::Kind::Conflation, f.summary, f.source, {}, f.evidence, identity::kindName(f.kind)};
    for (const DuplicateCandidate &d : in.duplicates) {
        QStringList shared;
        if (d.sharedCoauthors > 0)
            shared << QCoreApplication::translate("peerscope::TrustSnapshot", "%n shared co-author(s)", nullptr, d.sharedCoauthors);
        if (d.sharedInstitutions > 0)
            shared << QCoreApplication::translate("peerscope::TrustSnapshot", "%n shared institution(s)", nullptr, d.sharedInstitutions);
        if (d.sharedTopics > 0)
            shared << QCoreApplication::translate("peerscope::TrustSnapshot", "%n shared topic(s)", nullptr, d.sharedTopics);
        s.warnings << TrustWarning{TrustWarning::Kind::Duplicate,
                                   QCoreApplication::translate("peerscope::TrustSnapshot", "Possible duplicate: %1 (%2) has the same name key and %3")
                                       .arg(d.name, d.id, shared.join(QStringLiteral(", "))),
                                   QCoreApplication::translate("peerscope::TrustSnapshot", "other cached author records"), d.id, {}, {}};
    }

    // --- identity ------------------------------------------------------------
    const QString group1 = QCoreApplication::translate("peerscope::TrustSnapshot", "Identity");
    add("identity", "stable_record", group1, QCoreApplication::translate("peerscope::TrustSnapshot", "Stable record"), 5, 5, QCoreApplication::translate("peerscope::TrustSnapshot", "A live OpenAlex author record (%1)").arg(in.name), srcRecord);
    const bool hasOrcid = !in.orcid.isEmpty();
    add("identity", "orcid", group1, QCoreApplication::translate("peerscope::TrustSnapshot", "ORCID"), hasOrcid ? 15 : 0, 15,
        hasOrcid ? QCoreApplication::translate("peerscope::TrustSnapshot", "Linked to ORCID %1").arg(in.orcid) : QCoreApplication::translate("peerscope::TrustSnapshot", "No ORCID on the record (unclaimed)"), srcRecord);
    const int carrying = hasOrcid ? in.authorshipOrcids.value(in.orcid) : 0;
    const bool corroborated = hasOrcid && in.authorships > 0 && carrying * 2 > in.authorships;
    add("identity", "orcid_corroborated", group1, QCoreApplication::translate("peerscope::TrustSnapshot", "ORCID corroborated"), corroborated ? 5 : 0, 5,
        hasOrcid ? QCoreApplication::translate("peerscope::TrustSnapshot", "%1 of %2 cached authorships carry the ORCID").arg(carrying).arg(in.authorships)
                 : QCoreApplication::translate("peerscope::TrustSnapshot", "No ORCID to corroborate"),
        srcAuthorships);
    add("identity", "scopus", group1, QCoreApplication::translate("peerscope::TrustSnapshot", "Scopus ID"), in.scopus.isEmpty() ? 0 : 5, 5,
        in.scopus.isEmpty() ? QCoreApplication::translate("peerscope::TrustSnapshot", "No Scopus author ID") : QCoreApplication::translate("peerscope::TrustSnapshot", "Scopus author ID %1").arg(in.scopus), srcRecord);

    // --- affiliation ---------------------------------------------------------
    const QString group2 = QCoreApplication::translate("peerscope::TrustSnapshot", "Affiliation");
    const bool hasInstitution = !in.lastKnown.isEmpty();
    bool hasRor = false;
    for (const InstitutionRef &i : in.lastKnown)
        hasRor = hasRor || !i.ror.isEmpty();
    add("affiliation", "current_institution", group2, QCoreApplication::translate("peerscope::TrustSnapshot", "Current institution"), hasInstitution ? 5 : 0, 5,
        hasInstitution ? QCoreApplication::translate("peerscope::TrustSnapshot", "Last known: %1").arg(in.lastKnown.first().name) : QCoreApplication::translate("peerscope::TrustSnapshot", "No last-known institution"), srcRecord);
    add("affiliation", "ror", group2, QCoreApplication::translate("peerscope::TrustSnapshot", "Institution has ROR"), hasRor ? 5 : 0, 5,
        hasRor ? QCoreApplication::translate("peerscope::TrustSnapshot", "Registered in ROR") : QCoreApplication::translate("peerscope::TrustSnapshot", "No ROR ID for a current institution"), srcRecord);
    add("affiliation", "history", group2, QCoreApplication::translate("peerscope::TrustSnapshot", "Affiliation history"), in.affiliationYears >= 3 ? 5 : 0, 5,
        QCoreApplication::translate("peerscope::TrustSnapshot", "Affiliations recorded in %n distinct year(s); 3 or more count", nullptr, in.affiliationYears), srcRecord);

    // --- consistency ---------------------------------------------------------
    const QString group3 = QCoreApplication::translate("peerscope::TrustSnapshot", "Consistency");
    add("consistency", "no_conflation", group3, QCoreApplication::translate("peerscope::TrustSnapshot", "No conflation signs"), conflations == 0 ? 10 : conflations == 1 ? 5 : 0, 10,
        conflations == 0 ? QCoreApplication::translate("peerscope::TrustSnapshot", "No conflation warning") : QCoreApplication::translate("peerscope::TrustSnapshot", "%n conflation warning(s), see below", nullptr, conflations),
        QCoreApplication::translate("peerscope::TrustSnapshot", "checks on the record and its works"));
    const double coverage = in.sourceWorksCount > 0 ? double(in.cachedWorks) / in.sourceWorksCount : (in.cachedWorks > 0 ? 1.0 : 0.0);
    add("consistency", "works_cached", group3, QCoreApplication::translate("peerscope::TrustSnapshot", "Works cached"), coverage >= 0.8 ? 5 : coverage >= 0.5 ? 2 : 0, 5,
        QCoreApplication::translate("peerscope::TrustSnapshot", "%1 of %2 works OpenAlex counts are cached").arg(in.cachedWorks).arg(in.sourceWorksCount), srcWorks);

    // --- footprint -----------------------------------------------------------
    const QString group4 = QCoreApplication::translate("peerscope::TrustSnapshot", "Footprint");
    add("footprint", "works", group4, QCoreApplication::translate("peerscope::TrustSnapshot", "Works"), stepPoints(in.cachedWorks, {{1, 2}, {5, 4}, {20, 7}, {50, 10}}), 10,
        QCoreApplication::translate("peerscope::TrustSnapshot", "%n cached work(s); 1/5/20/50 give 2/4/7/10", nullptr, in.cachedWorks), srcWorks);
    add("footprint", "citations", group4, QCoreApplication::translate("peerscope::TrustSnapshot", "Citations"), stepPoints(in.citations, {{1, 2}, {10, 4}, {100, 7}, {1000, 10}}), 10,
        QCoreApplication::translate("peerscope::TrustSnapshot", "%1 citations; 1/10/100/1000 give 2/4/7/10").arg(in.citations), srcWorks);

    // --- recency -------------------------------------------------------------
    int latest = 0;
    for (auto it = in.worksPerYear.cbegin(); it != in.worksPerYear.cend(); ++it)
        latest = std::max(latest, it.key());
    const int gap = latest > 0 ? in.referenceYear - latest : 1000;
    add("recency", "latest_work", QCoreApplication::translate("peerscope::TrustSnapshot", "Recency"), QCoreApplication::translate("peerscope::TrustSnapshot", "Latest work"), gap <= 2 ? 10 : gap <= 5 ? 6 : gap <= 10 ? 3 : 0, 10,
        latest > 0 ? QCoreApplication::translate("peerscope::TrustSnapshot", "Latest cached work in %1").arg(latest) : QCoreApplication::translate("peerscope::TrustSnapshot", "No dated work in the cache"), srcWorks);

    // --- network -------------------------------------------------------------
    const QString group6 = QCoreApplication::translate("peerscope::TrustSnapshot", "Network");
    add("network", "coauthors", group6, QCoreApplication::translate("peerscope::TrustSnapshot", "Co-authors"), stepPoints(in.coauthors, {{1, 2}, {5, 4}, {15, 6}}), 6,
        QCoreApplication::translate("peerscope::TrustSnapshot", "%n distinct co-author(s); 1/5/15 give 2/4/6", nullptr, in.coauthors), srcNetwork);
    add("network", "repeat_collaboration", group6, QCoreApplication::translate("peerscope::TrustSnapshot", "Repeat collaboration"), in.repeatCoauthors > 0 ? 2 : 0, 2,
        QCoreApplication::translate("peerscope::TrustSnapshot", "%n co-author(s) with 2 or more shared works", nullptr, in.repeatCoauthors), srcNetwork);
    add("network", "known_coauthors", group6, QCoreApplication::translate("peerscope::TrustSnapshot", "Known co-authors"), in.cachedCoauthors >= 3 ? 2 : 0, 2,
        QCoreApplication::translate("peerscope::TrustSnapshot", "%n co-author(s) with a cached profile; 3 or more count", nullptr, in.cachedCoauthors), srcNetwork);

    s.score = std::clamp(s.score, 0, 100);
    s.level = !hasOrcid ? 1 : (corroborated && hasRor ? 3 : 2);
    s.band = s.score >= 80 ? TrustSnapshot::Band::Strong
             : s.score >= 55 ? TrustSnapshot::Band::Established
             : s.score >= 30 ? TrustSnapshot::Band::Developing
                             : TrustSnapshot::Band::Emerging;
    return s;
}

Read<TrustSnapshot> computeTrust(const Cache &cache, const QString &authorId, int referenceYear)
{
    const Read<TrustInputs> in = gatherTrustInputs(cache, authorId, referenceYear);
    if (!in)
        return Read<TrustSnapshot>::failureOf(in);
    return scoreTrust(*in);
}

} // namespace peerscope
