#include "profile/profile.h"

#include <QSqlQuery>

namespace peerscope {

Profile loadProfile(const Cache &cache, const QString &authorId, int referenceYear, const QSet<QString> &excludedWorks)
{
    Profile p;
    const std::optional<Author> author = cache.author(authorId);
    if (!author)
        return p;
    p.author = *author;
    if (!p.author.lastKnownInstitutions.isEmpty()) {
        p.institution = p.author.lastKnownInstitutions.first().name;
        p.institutionCountry = p.author.lastKnownInstitutions.first().countryCode;
    }
    p.fetchedAt = cache.fetchedAt(p.author.id);

    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, publication_year, cited_by_count, author_count, fwci FROM works "
                             "WHERE id IN (SELECT work_id FROM effective_authorships WHERE person_id = ?)"));
    q.addBindValue(p.author.id);
    if (q.exec()) {
        while (q.next()) {
            ++p.cachedWorks;
            if (excludedWorks.contains(q.value(0).toString()))
                continue;
            metrics::Paper paper;
            paper.year = q.value(1).toInt();
            paper.citations = q.value(2).toInt();
            paper.authorCount = qMax(1, q.value(3).toInt());
            paper.fwci = q.value(4).isNull() ? -1.0 : q.value(4).toDouble();
            p.papers << paper;
        }
    }
    p.metrics = metrics::compute(p.papers, referenceYear);
    p.coauthors = cache.coauthors(p.author.id);
    return p;
}

} // namespace peerscope
