#include "profile/profile.h"

#include "cache/authorqueries.h"
#include "cache/workqueries.h"

#include <QCoreApplication>

namespace peerscope {

Profile loadProfile(const Cache &cache, const QString &authorId, int referenceYear, const QSet<QString> &excludedWorks)
{
    Profile p;
    auto failed = [&](const QString &error) {
        Profile f;
        f.error = QCoreApplication::translate("Profile", "Cannot read the profile of %1 from the cache: %2").arg(authorId, error);
        return f;
    };
    const QString person = cache.resolveAlias(authorId);
    const Read<std::optional<Author>> author = AuthorQueries(cache).author(person);
    if (!author)
        return failed(author.error());
    if (!*author)
        return p;
    p.author = **author;
    if (!p.author.lastKnownInstitutions.isEmpty()) {
        p.institution = p.author.lastKnownInstitutions.first().name;
        p.institutionCountry = p.author.lastKnownInstitutions.first().countryCode;
    }
    p.fetchedAt = cache.fetchedAt(p.author.id);

    const Read<QList<WorkFigures>> works = WorkQueries(cache).figuresOfPerson(p.author.id);
    if (!works)
        return failed(works.error());
    for (const WorkFigures &w : *works) {
        ++p.cachedWorks;
        if (excludedWorks.contains(w.id))
            continue;
        p.papers << metrics::Paper{w.year, w.citations, qMax(1, w.authorCount), w.fwci};
    }
    p.metrics = metrics::compute(p.papers, referenceYear);
    const Read<QList<CoauthorStat>> coauthors = AuthorQueries(cache).coauthors(p.author.id);
    if (!coauthors)
        return failed(coauthors.error());
    p.coauthors = *coauthors;
    return p;
}

} // namespace peerscope
