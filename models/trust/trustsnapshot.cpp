#include "trust/trustsnapshot.h"

#include "cache/cache.h"
#include "identity/identity.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTrust, "peerscope.trust", QtWarningMsg)

namespace peerscope {

namespace {

constexpr int kImplausibleWorksPerYear = 100;
constexpr double kDomainShare = 0.20;
constexpr int kDomainMinimumWorks = 5;

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

QString nameKey(const QString &name)
{
    return Cache::nameKey(name);
}

bool isDeletedAuthor(const Author &author)
{
    return author.name.compare(QLatin1String("Deleted Author"), Qt::CaseInsensitive) == 0 && author.worksCount == 0;
}

TrustInputs gatherTrustInputs(const Cache &cache, const QString &authorId, int referenceYear)
{
    TrustInputs in;
    in.referenceYear = referenceYear;
    const std::optional<Author> author = cache.author(authorId);
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

    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COALESCE(publication_year, 0), COUNT(*), SUM(cited_by_count) FROM works "
                             "WHERE id IN (SELECT work_id FROM effective_authorships WHERE person_id = ?) "
                             "GROUP BY COALESCE(publication_year, 0)"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            in.worksPerYear[q.value(0).toInt()] += q.value(1).toInt();
            in.cachedWorks += q.value(1).toInt();
            in.citations += q.value(2).toLongLong();
        }
    }

    q.prepare(QStringLiteral("SELECT COALESCE(orcid, ''), COUNT(*) FROM effective_authorships WHERE person_id = ? "
                             "GROUP BY COALESCE(orcid, '')"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            in.authorships += q.value(1).toInt();
            if (!q.value(0).toString().isEmpty())
                in.authorshipOrcids.insert(q.value(0).toString(), q.value(1).toInt());
        }
    }

    for (const TopicShare &t : author->topics)
        if (!t.domain.isEmpty())
            in.domainCounts[t.domain] += std::max(1, t.count);
    if (in.domainCounts.isEmpty()) {
        // No topic summary on the record: the primary topics of the cached works.
        q.prepare(QStringLiteral("SELECT t.domain, COUNT(*) FROM work_topics wt JOIN topics t ON t.id = wt.topic_id "
                                 "WHERE wt.position = 0 AND t.domain <> '' AND wt.work_id IN "
                                 "(SELECT work_id FROM effective_authorships WHERE person_id = ?) GROUP BY t.domain"));
        q.addBindValue(id);
        if (q.exec())
            while (q.next())
                in.domainCounts.insert(q.value(0).toString(), q.value(1).toInt());
    }

    const QList<CoauthorStat> coauthors = cache.coauthors(id);
    QSet<QString> myCoauthors;
    for (const CoauthorStat &c : coauthors) {
        myCoauthors.insert(c.id);
        if (c.isCached)
            ++in.cachedCoauthors;
        if (c.sharedWorks >= 2)
            ++in.repeatCoauthors;
    }
    in.coauthors = int(coauthors.size());

    // Possible duplicates: found by the identity module, counted here.
    for (const identity::DuplicateCandidate &c : identity::possibleDuplicates(cache, id)) {
        DuplicateCandidate d;
        d.id = c.id;
        d.name = c.name;
        d.sharedCoauthors = int(c.sharedCoauthors.size());
        d.sharedInstitutions = int(c.sharedInstitutions.size());
        d.sharedTopics = int(c.sharedTopics.size());
        in.duplicates << d;
    }
    qCDebug(lcTrust) << "trust inputs for" << id << in.cachedWorks << "works," << in.duplicates.size() << "duplicates";
    return in;
}

TrustSnapshot scoreTrust(const TrustInputs &in)
{
    TrustSnapshot s;
    const QString srcRecord = QCoreApplication::translate("peerscope::TrustSnapshot", "OpenAlex author record");
    const QString srcWorks = QCoreApplication::translate("peerscope::TrustSnapshot", "cached works (%n)", nullptr, in.cachedWorks);
    const QString srcAuthorships = QCoreApplication::translate("peerscope::TrustSnapshot", "cached authorships (%1)").arg(in.authorships);
    const QString srcNetwork = QCoreApplication::translate("peerscope::TrustSnapshot", "co-authors in cached works");

    auto add = [&s](const QString &group, const QString &item, int points, int max, const QString &reason, const QString &source) {
        s.evidence << TrustEvidence{group, item, points, max, reason, source};
        s.score += points;
    };

    if (!in.recordExists || in.deleted) {
        add(QCoreApplication::translate("peerscope::TrustSnapshot", "Identity"), QCoreApplication::translate("peerscope::TrustSnapshot", "Stable record"), 0, 5,
            in.recordExists ? QCoreApplication::translate("peerscope::TrustSnapshot", "OpenAlex marks this record as deleted") : QCoreApplication::translate("peerscope::TrustSnapshot", "No OpenAlex record in the cache"), srcRecord);
        s.level = 0;
        s.score = 0;
        s.band = TrustSnapshot::Band::Emerging;
        return s;
    }

    // --- warnings first: conflation lowers the consistency points -----------
    int conflations = 0;
    QSet<QString> orcids(in.authorshipOrcids.keyBegin(), in.authorshipOrcids.keyEnd());
    if (!in.orcid.isEmpty())
        orcids.insert(in.orcid);
    if (orcids.size() > 1) {
        QStringList list = orcids.values();
        list.sort();
        s.warnings << TrustWarning{TrustWarning::Kind::Conflation,
                                   QCoreApplication::translate("peerscope::TrustSnapshot", "Possible conflation: %n different ORCIDs appear in this record's authorships (%1)", nullptr,
                                      int(orcids.size())).arg(list.join(QStringLiteral(", "))),
                                   srcAuthorships, {}};
        ++conflations;
    }
    int busiestYear = 0;
    int busiest = 0;
    for (auto it = in.worksPerYear.cbegin(); it != in.worksPerYear.cend(); ++it)
        if (it.key() > 0 && it.value() > busiest) {
            busiest = it.value();
            busiestYear = it.key();
        }
    if (busiest > kImplausibleWorksPerYear) {
        s.warnings << TrustWarning{TrustWarning::Kind::Conflation,
                                   QCoreApplication::translate("peerscope::TrustSnapshot", "Possible conflation: %1 works in %2, more than %3 a year is implausible for one person")
                                       .arg(busiest).arg(busiestYear).arg(kImplausibleWorksPerYear),
                                   srcWorks, {}};
        ++conflations;
    }
    int topicWorks = 0;
    for (int n : in.domainCounts)
        topicWorks += n;
    QStringList bigDomains;
    if (topicWorks >= kDomainMinimumWorks)
        for (auto it = in.domainCounts.cbegin(); it != in.domainCounts.cend(); ++it)
            if (double(it.value()) / topicWorks >= kDomainShare)
                bigDomains << it.key();
    if (bigDomains.size() >= 3) {
        bigDomains.sort();
        s.warnings << TrustWarning{TrustWarning::Kind::Conflation,
                                   QCoreApplication::translate("peerscope::TrustSnapshot", "Possible conflation: substantial work in unrelated fields at once (%1)")
                                       .arg(bigDomains.join(QStringLiteral(", "))),
                                   QCoreApplication::translate("peerscope::TrustSnapshot", "topics of the record and its works"), {}};
        ++conflations;
    }
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
                                   QCoreApplication::translate("peerscope::TrustSnapshot", "other cached author records"), d.id};
    }

    // --- identity ------------------------------------------------------------
    const QString group1 = QCoreApplication::translate("peerscope::TrustSnapshot", "Identity");
    add(group1, QCoreApplication::translate("peerscope::TrustSnapshot", "Stable record"), 5, 5, QCoreApplication::translate("peerscope::TrustSnapshot", "A live OpenAlex author record (%1)").arg(in.name), srcRecord);
    const bool hasOrcid = !in.orcid.isEmpty();
    add(group1, QCoreApplication::translate("peerscope::TrustSnapshot", "ORCID"), hasOrcid ? 15 : 0, 15,
        hasOrcid ? QCoreApplication::translate("peerscope::TrustSnapshot", "Linked to ORCID %1").arg(in.orcid) : QCoreApplication::translate("peerscope::TrustSnapshot", "No ORCID on the record (unclaimed)"), srcRecord);
    const int carrying = hasOrcid ? in.authorshipOrcids.value(in.orcid) : 0;
    const bool corroborated = hasOrcid && in.authorships > 0 && carrying * 2 > in.authorships;
    add(group1, QCoreApplication::translate("peerscope::TrustSnapshot", "ORCID corroborated"), corroborated ? 5 : 0, 5,
        hasOrcid ? QCoreApplication::translate("peerscope::TrustSnapshot", "%1 of %2 cached authorships carry the ORCID").arg(carrying).arg(in.authorships)
                 : QCoreApplication::translate("peerscope::TrustSnapshot", "No ORCID to corroborate"),
        srcAuthorships);
    add(group1, QCoreApplication::translate("peerscope::TrustSnapshot", "Scopus ID"), in.scopus.isEmpty() ? 0 : 5, 5,
        in.scopus.isEmpty() ? QCoreApplication::translate("peerscope::TrustSnapshot", "No Scopus author ID") : QCoreApplication::translate("peerscope::TrustSnapshot", "Scopus author ID %1").arg(in.scopus), srcRecord);

    // --- affiliation ---------------------------------------------------------
    const QString group2 = QCoreApplication::translate("peerscope::TrustSnapshot", "Affiliation");
    const bool hasInstitution = !in.lastKnown.isEmpty();
    bool hasRor = false;
    for (const InstitutionRef &i : in.lastKnown)
        hasRor = hasRor || !i.ror.isEmpty();
    add(group2, QCoreApplication::translate("peerscope::TrustSnapshot", "Current institution"), hasInstitution ? 5 : 0, 5,
        hasInstitution ? QCoreApplication::translate("peerscope::TrustSnapshot", "Last known: %1").arg(in.lastKnown.first().name) : QCoreApplication::translate("peerscope::TrustSnapshot", "No last-known institution"), srcRecord);
    add(group2, QCoreApplication::translate("peerscope::TrustSnapshot", "Institution has ROR"), hasRor ? 5 : 0, 5,
        hasRor ? QCoreApplication::translate("peerscope::TrustSnapshot", "Registered in ROR") : QCoreApplication::translate("peerscope::TrustSnapshot", "No ROR ID for a current institution"), srcRecord);
    add(group2, QCoreApplication::translate("peerscope::TrustSnapshot", "Affiliation history"), in.affiliationYears >= 3 ? 5 : 0, 5,
        QCoreApplication::translate("peerscope::TrustSnapshot", "Affiliations recorded in %n distinct year(s); 3 or more count", nullptr, in.affiliationYears), srcRecord);

    // --- consistency ---------------------------------------------------------
    const QString group3 = QCoreApplication::translate("peerscope::TrustSnapshot", "Consistency");
    add(group3, QCoreApplication::translate("peerscope::TrustSnapshot", "No conflation signs"), conflations == 0 ? 10 : conflations == 1 ? 5 : 0, 10,
        conflations == 0 ? QCoreApplication::translate("peerscope::TrustSnapshot", "No conflation warning") : QCoreApplication::translate("peerscope::TrustSnapshot", "%n conflation warning(s), see below", nullptr, conflations),
        QCoreApplication::translate("peerscope::TrustSnapshot", "checks on the record and its works"));
    const double coverage = in.sourceWorksCount > 0 ? double(in.cachedWorks) / in.sourceWorksCount : (in.cachedWorks > 0 ? 1.0 : 0.0);
    add(group3, QCoreApplication::translate("peerscope::TrustSnapshot", "Works cached"), coverage >= 0.8 ? 5 : coverage >= 0.5 ? 2 : 0, 5,
        QCoreApplication::translate("peerscope::TrustSnapshot", "%1 of %2 works OpenAlex counts are cached").arg(in.cachedWorks).arg(in.sourceWorksCount), srcWorks);

    // --- footprint -----------------------------------------------------------
    const QString group4 = QCoreApplication::translate("peerscope::TrustSnapshot", "Footprint");
    add(group4, QCoreApplication::translate("peerscope::TrustSnapshot", "Works"), stepPoints(in.cachedWorks, {{1, 2}, {5, 4}, {20, 7}, {50, 10}}), 10,
        QCoreApplication::translate("peerscope::TrustSnapshot", "%n cached work(s); 1/5/20/50 give 2/4/7/10", nullptr, in.cachedWorks), srcWorks);
    add(group4, QCoreApplication::translate("peerscope::TrustSnapshot", "Citations"), stepPoints(in.citations, {{1, 2}, {10, 4}, {100, 7}, {1000, 10}}), 10,
        QCoreApplication::translate("peerscope::TrustSnapshot", "%1 citations; 1/10/100/1000 give 2/4/7/10").arg(in.citations), srcWorks);

    // --- recency -------------------------------------------------------------
    int latest = 0;
    for (auto it = in.worksPerYear.cbegin(); it != in.worksPerYear.cend(); ++it)
        latest = std::max(latest, it.key());
    const int gap = latest > 0 ? in.referenceYear - latest : 1000;
    add(QCoreApplication::translate("peerscope::TrustSnapshot", "Recency"), QCoreApplication::translate("peerscope::TrustSnapshot", "Latest work"), gap <= 2 ? 10 : gap <= 5 ? 6 : gap <= 10 ? 3 : 0, 10,
        latest > 0 ? QCoreApplication::translate("peerscope::TrustSnapshot", "Latest cached work in %1").arg(latest) : QCoreApplication::translate("peerscope::TrustSnapshot", "No dated work in the cache"), srcWorks);

    // --- network -------------------------------------------------------------
    const QString group6 = QCoreApplication::translate("peerscope::TrustSnapshot", "Network");
    add(group6, QCoreApplication::translate("peerscope::TrustSnapshot", "Co-authors"), stepPoints(in.coauthors, {{1, 2}, {5, 4}, {15, 6}}), 6,
        QCoreApplication::translate("peerscope::TrustSnapshot", "%n distinct co-author(s); 1/5/15 give 2/4/6", nullptr, in.coauthors), srcNetwork);
    add(group6, QCoreApplication::translate("peerscope::TrustSnapshot", "Repeat collaboration"), in.repeatCoauthors > 0 ? 2 : 0, 2,
        QCoreApplication::translate("peerscope::TrustSnapshot", "%n co-author(s) with 2 or more shared works", nullptr, in.repeatCoauthors), srcNetwork);
    add(group6, QCoreApplication::translate("peerscope::TrustSnapshot", "Known co-authors"), in.cachedCoauthors >= 3 ? 2 : 0, 2,
        QCoreApplication::translate("peerscope::TrustSnapshot", "%n co-author(s) with a cached profile; 3 or more count", nullptr, in.cachedCoauthors), srcNetwork);

    s.score = std::clamp(s.score, 0, 100);
    s.level = !hasOrcid ? 1 : (corroborated && hasRor ? 3 : 2);
    s.band = s.score >= 80 ? TrustSnapshot::Band::Strong
             : s.score >= 55 ? TrustSnapshot::Band::Established
             : s.score >= 30 ? TrustSnapshot::Band::Developing
                             : TrustSnapshot::Band::Emerging;
    return s;
}

TrustSnapshot computeTrust(const Cache &cache, const QString &authorId, int referenceYear)
{
    return scoreTrust(gatherTrustInputs(cache, authorId, referenceYear));
}

} // namespace peerscope
