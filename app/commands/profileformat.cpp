#include "commands/profileformat.h"

#include "core/displaytext.h"
#include "openalex/ids.h"

#include <QJsonArray>
#include <QTextStream>

namespace peerscope::cli {

namespace {

QString withSource(int ours, int theirs)
{
    if (theirs < 0)
        return QString::number(ours);
    return QStringLiteral("%1 (OpenAlex: %2)").arg(ours).arg(theirs);
}

} // namespace

QString profileText(const Profile &p)
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
