#include "commands/profileformat.h"

#include "core/displaytext.h"
#include "openalex/ids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

#include <algorithm>

namespace peerscope::cli {

namespace {

QString withSource(int ours, int theirs)
{
    if (theirs < 0)
        return QString::number(ours);
    return QStringLiteral("%1 (OpenAlex: %2)").arg(ours).arg(theirs);
}

struct TrustGroup {
    QString key;
    QString name;
    int points = 0;
    int max = 0;
    QList<TrustEvidence> items;
};

// The evidence by group, in the order the formula lists them.
QList<TrustGroup> trustGroups(const TrustSnapshot &trust)
{
    QList<TrustGroup> groups;
    for (const TrustEvidence &e : trust.evidence) {
        auto it = std::find_if(groups.begin(), groups.end(), [&](const TrustGroup &g) { return g.key == e.groupKey; });
        if (it == groups.end()) {
            groups.append(TrustGroup{e.groupKey, e.group, 0, 0, {}});
            it = groups.end() - 1;
        }
        it->points += e.points;
        it->max += e.maxPoints;
        it->items << e;
    }
    return groups;
}

QString profileTextWith(const Profile &p, const TrustSnapshot *trust);

} // namespace

QString profileText(const Profile &p)
{
    return profileTextWith(p, nullptr);
}

QString profileText(const Profile &p, const TrustSnapshot &trust)
{
    return profileTextWith(p, &trust);
}

QString trustText(const TrustSnapshot &trust)
{
    QString text;
    QTextStream s(&text);
    s << QCoreApplication::translate("cli", "Trust %1 · %2").arg(trust.score).arg(trust.bandText()) << '\n';
    s << "  " << QCoreApplication::translate("cli", "Verification %1 · %2").arg(trust.levelText(), trust.claimText()) << '\n';
    const QList<TrustGroup> groups = trustGroups(trust);
    int nameWidth = 0;
    for (const TrustGroup &g : groups)
        for (const TrustEvidence &e : g.items)
            nameWidth = std::max(nameWidth, int(e.item.size()));
    for (const TrustGroup &g : groups) {
        s << "  " << g.name.leftJustified(nameWidth + 2) << QStringLiteral("%1/%2").arg(g.points).arg(g.max).rightJustified(6) << '\n';
        for (const TrustEvidence &e : g.items)
            s << "    " << e.item.leftJustified(nameWidth) << QStringLiteral("%1/%2").arg(e.points).arg(e.maxPoints).rightJustified(6) << "  "
              << e.reason << "  [" << e.source << "]\n";
    }
    if (trust.warnings.isEmpty())
        s << "  " << QCoreApplication::translate("cli", "No conflation or duplicate warnings.") << '\n';
    for (const TrustWarning &w : trust.warnings) {
        s << "  ! " << w.message;
        if (!w.otherAuthorId.isEmpty())
            s << "  (" << QCoreApplication::translate("cli", "compare: peerscope show %1").arg(w.otherAuthorId) << ')';
        s << '\n';
        for (const QString &e : w.evidence)
            s << "      " << e << '\n';
    }
    return text;
}

QJsonObject conflationJson(const identity::ConflationFinding &f)
{
    return QJsonObject{{QStringLiteral("kind"), identity::kindName(f.kind)},
                       {QStringLiteral("summary"), f.summary},
                       {QStringLiteral("evidence"), QJsonArray::fromStringList(f.evidence)},
                       {QStringLiteral("source"), f.source}};
}

QJsonObject trustJson(const TrustSnapshot &trust)
{
    QJsonObject o;
    o.insert(QStringLiteral("level"), trust.level);
    o.insert(QStringLiteral("level_text"), trust.levelText());
    o.insert(QStringLiteral("claim"), trust.claimText());
    o.insert(QStringLiteral("score"), trust.score);
    o.insert(QStringLiteral("band"), TrustSnapshot::bandKey(trust.band));
    o.insert(QStringLiteral("band_text"), trust.bandText());
    QJsonArray groups;
    for (const TrustGroup &g : trustGroups(trust)) {
        QJsonArray items;
        for (const TrustEvidence &e : g.items)
            items << QJsonObject{{QStringLiteral("key"), e.itemKey}, {QStringLiteral("name"), e.item},
                                 {QStringLiteral("points"), e.points}, {QStringLiteral("max"), e.maxPoints},
                                 {QStringLiteral("reason"), e.reason}, {QStringLiteral("source"), e.source}};
        groups << QJsonObject{{QStringLiteral("key"), g.key}, {QStringLiteral("name"), g.name},
                              {QStringLiteral("points"), g.points}, {QStringLiteral("max"), g.max},
                              {QStringLiteral("items"), items}};
    }
    o.insert(QStringLiteral("groups"), groups);
    QJsonArray warnings;
    for (const TrustWarning &w : trust.warnings) {
        QJsonObject j{{QStringLiteral("kind"), TrustWarning::kindName(w.kind)},
                      {QStringLiteral("message"), w.message},
                      {QStringLiteral("source"), w.source}};
        if (w.kind == TrustWarning::Kind::Conflation) {
            j.insert(QStringLiteral("finding"), w.finding);
            j.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(w.evidence));
        }
        if (!w.otherAuthorId.isEmpty())
            j.insert(QStringLiteral("other_author"), w.otherAuthorId);
        warnings << j;
    }
    o.insert(QStringLiteral("warnings"), warnings);
    return o;
}

namespace {

QString profileTextWith(const Profile &p, const TrustSnapshot *trust)
{
    QString text;
    QTextStream s(&text);
    const Author &a = p.author;
    s << a.name << '\n';
    if (!a.alternatives.isEmpty())
        s << "  Also known as: " << a.alternatives.join(QStringLiteral("; ")) << '\n';
    s << "  OpenAlex:    " << a.id << "  " << ids::openAlexUrl(a.id) << '\n';
    s << "  ORCID:       " << (a.orcid.isEmpty() ? QStringLiteral("none (unclaimed)") : a.orcid + QStringLiteral("  ") + ids::orcidUrl(a.orcid)) << '\n';
    if (!a.scopus.isEmpty())
        s << "  Scopus:      " << a.scopus << '\n';
    if (!p.institution.isEmpty())
        s << "  Institution: " << p.institution << (p.institutionCountry.isEmpty() ? QString() : QStringLiteral(" (") + p.institutionCountry + u')') << '\n';
    for (const Affiliation &af : a.affiliations) {
        QStringList years;
        for (int y : af.years)
            years << QString::number(y);
        s << "    " << af.institution.name << ": " << years.join(QStringLiteral(", ")) << '\n';
    }
    s << "  Works:       " << withSource(p.cachedWorks, a.worksCount) << '\n';
    s << "  Citations:   " << withSource(p.metrics.citations, a.citedByCount) << '\n';
    s << "  h-index:     " << withSource(p.metrics.h, a.hIndex) << '\n';
    s << "  i10-index:   " << withSource(p.metrics.i10, a.i10Index) << '\n';
    s << "  g-index:     " << p.metrics.g << '\n';
    s << "  Mean FWCI:   " << metrics::formatMetric(p.metrics, QStringLiteral("meanFwci"));
    if (p.metrics.fwciPapers > 0)
        s << " (over " << p.metrics.fwciPapers << " works with an FWCI)";
    s << '\n';
    if (p.author.name == QLatin1String("Deleted Author") && p.author.worksCount == 0)
        s << "  Note:        OpenAlex lists this record as deleted.\n";
    if (trust)
        s << '\n' << trustText(*trust);

    s << "\nTopics (" << a.topics.size() << "):\n";
    int totalTopicWorks = 0;
    for (const TopicShare &t : a.topics)
        totalTopicWorks += t.count;
    for (const TopicShare &t : a.topics) {
        const int share = totalTopicWorks > 0 ? qRound(100.0 * t.count / totalTopicWorks) : 0;
        s << "  " << QString::number(t.count).rightJustified(4) << "  " << QString::number(share).rightJustified(3) << "%  " << t.name;
        if (!t.field.isEmpty())
            s << " (" << t.field << ')';
        s << '\n';
    }
    if (a.topics.isEmpty())
        s << "  none recorded\n";

    s << "\nCo-authors (" << p.coauthors.size() << "), by shared works:\n";
    for (const CoauthorStat &c : p.coauthors) {
        s << "  " << QString::number(c.sharedWorks).rightJustified(4) << "  " << c.id.leftJustified(12) << ' ' << c.name;
        if (!c.institution.isEmpty())
            s << " — " << c.institution;
        if (c.lastYear > 0)
            s << " (last " << c.lastYear << ')';
        s << '\n';
    }
    if (p.coauthors.isEmpty())
        s << "  none in the cache\n";
    return text;
}

} // namespace

QJsonObject profileJson(const Profile &p, const TrustSnapshot &trust)
{
    QJsonObject o = profileJson(p);
    o.insert(QStringLiteral("trust"), trustJson(trust));
    return o;
}

QJsonObject profileJson(const Profile &p)
{
    const Author &a = p.author;
    QJsonObject o;
    o.insert(QStringLiteral("id"), a.id);
    o.insert(QStringLiteral("name"), a.name);
    o.insert(QStringLiteral("alternative_names"), QJsonArray::fromStringList(a.alternatives));
    QJsonObject idsObj;
    idsObj.insert(QStringLiteral("openalex"), a.id);
    idsObj.insert(QStringLiteral("orcid"), a.orcid.isEmpty() ? QJsonValue() : QJsonValue(a.orcid));
    idsObj.insert(QStringLiteral("scopus"), a.scopus.isEmpty() ? QJsonValue() : QJsonValue(a.scopus));
    o.insert(QStringLiteral("ids"), idsObj);
    o.insert(QStringLiteral("institution"), p.institution);
    QJsonArray affiliations;
    for (const Affiliation &af : a.affiliations) {
        QJsonArray years;
        for (int y : af.years)
            years << y;
        affiliations << QJsonObject{{QStringLiteral("id"), af.institution.id},
                                    {QStringLiteral("name"), af.institution.name},
                                    {QStringLiteral("country"), af.institution.countryCode},
                                    {QStringLiteral("years"), years}};
    }
    o.insert(QStringLiteral("affiliations"), affiliations);
    QJsonObject metrics;
    metrics.insert(QStringLiteral("works"), p.cachedWorks);
    metrics.insert(QStringLiteral("citations"), p.metrics.citations);
    metrics.insert(QStringLiteral("h_index"), p.metrics.h);
    metrics.insert(QStringLiteral("i10_index"), p.metrics.i10);
    metrics.insert(QStringLiteral("g_index"), p.metrics.g);
    // null, not 0, when no counted work has an FWCI: unknown is not low.
    metrics.insert(QStringLiteral("mean_fwci"), p.metrics.fwciPapers > 0 ? QJsonValue(p.metrics.meanFwci) : QJsonValue());
    metrics.insert(QStringLiteral("fwci_works"), p.metrics.fwciPapers);
    o.insert(QStringLiteral("metrics"), metrics);
    QJsonObject source;
    source.insert(QStringLiteral("works"), a.worksCount);
    source.insert(QStringLiteral("citations"), a.citedByCount);
    source.insert(QStringLiteral("h_index"), a.hIndex);
    source.insert(QStringLiteral("i10_index"), a.i10Index);
    o.insert(QStringLiteral("openalex_metrics"), source);
    QJsonArray topics;
    for (const TopicShare &t : a.topics)
        topics << QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name},
                              {QStringLiteral("works"), t.count}, {QStringLiteral("field"), t.field}};
    o.insert(QStringLiteral("topics"), topics);
    QJsonArray coauthors;
    for (const CoauthorStat &c : p.coauthors)
        coauthors << QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("name"), c.name},
                                 {QStringLiteral("shared_works"), c.sharedWorks},
                                 {QStringLiteral("first_year"), c.firstYear},
                                 {QStringLiteral("last_year"), c.lastYear},
                                 {QStringLiteral("institution"), c.institution},
                                 {QStringLiteral("cached"), c.isCached}};
    o.insert(QStringLiteral("coauthors"), coauthors);
    o.insert(QStringLiteral("fetched_at"), p.fetchedAt);
    return o;
}

QJsonObject workJson(const Work &w)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), w.id);
    o.insert(QStringLiteral("title"), displayTitle(w));
    o.insert(QStringLiteral("year"), w.publicationYear > 0 ? QJsonValue(w.publicationYear) : QJsonValue());
    o.insert(QStringLiteral("date"), w.publicationDate);
    o.insert(QStringLiteral("type"), w.type);
    o.insert(QStringLiteral("venue"), w.sourceName);
    o.insert(QStringLiteral("doi"), w.doi.isEmpty() ? QJsonValue() : QJsonValue(w.doi));
    o.insert(QStringLiteral("cited_by_count"), w.citedByCount);
    o.insert(QStringLiteral("fwci"), w.fwci >= 0 ? QJsonValue(w.fwci) : QJsonValue());
    o.insert(QStringLiteral("citation_percentile"), w.citationPercentile >= 0 ? QJsonValue(w.citationPercentile) : QJsonValue());
    o.insert(QStringLiteral("is_oa"), w.isOa);
    QJsonArray authors;
    for (const Authorship &s : w.authorships)
        authors << QJsonObject{{QStringLiteral("id"), s.authorId}, {QStringLiteral("name"), s.authorName},
                               {QStringLiteral("orcid"), s.orcid.isEmpty() ? QJsonValue() : QJsonValue(s.orcid)}};
    o.insert(QStringLiteral("authors"), authors);
    o.insert(QStringLiteral("authors_truncated"), w.authorsTruncated);
    return o;
}

} // namespace peerscope::cli
