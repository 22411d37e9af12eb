#include "profile/authorloader.h"

#include "cache/cache.h"
#include "cache/citationyearqueries.h"

namespace peerscope {

Read<AuthorLoad> AuthorLoader::load(const Cache &cache, const QString &authorId, int referenceYear)
{
    AuthorLoad load;
    load.authorId = cache.resolveAlias(authorId);
    load.profile = loadProfile(cache, load.authorId, referenceYear);
    if (!load.profile.error.isEmpty())
        return Read<AuthorLoad>::failure(tr("The profile of %1 could not be read from the cache (%2). Try again, or "
                                            "check the cache file in Settings.").arg(load.authorId, load.profile.error));
    if (!load.profile.isValid())
        return Read<AuthorLoad>::failure(tr("The profile of %1 could not be read from the cache. Try again, or check "
                                            "the cache file in Settings.").arg(load.authorId));
    Read<QList<PublicationRow>> rows = PublicationTableModel::loadRows(cache, load.authorId);
    if (!rows)
        return Read<AuthorLoad>::failure(tr("The works of %1 could not be read from the cache (%2). Try again, or check "
                                            "the cache file in Settings.").arg(load.authorId, rows.error()));
    load.rows = std::move(*rows);
    load.trust = TrustSnapshot::fromRead(computeTrust(cache, load.authorId, referenceYear));
    Read<QHash<QString, QMap<int, int>>> years = CitationYearQueries(cache).ofPerson(load.authorId);
    if (!years)
        return Read<AuthorLoad>::failure(tr("The citations per year of %1 could not be read from the cache (%2). Try "
                                            "again, or check the cache file in Settings.").arg(load.authorId, years.error()));
    load.citesByYear = std::move(*years);
    return load;
}

Read<QList<PublicationRow>> AuthorLoader::preview(const Cache &cache, const QString &authorId, int rows)
{
    return PublicationTableModel::loadRows(cache, authorId, rows);
}

} // namespace peerscope
