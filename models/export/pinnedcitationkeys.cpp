#include "export/pinnedcitationkeys.h"

#include "cache/cache.h"
#include "cache/citationkeyqueries.h"

namespace peerscope {

Read<QHash<QString, QString>> pinnedCitationKeys(const Cache &cache)
{
    // A read: CitationKeyQueries takes the Cache it may write to, and this
    // call does not write.
    return CitationKeyQueries(const_cast<Cache &>(cache)).pinned();
}

Read<int> pinCitationKeys(Cache &cache, const QHash<QString, QString> &keys)
{
    return CitationKeyQueries(cache).pin(keys, Cache::nowUtc());
}

Status unpinCitationKeys(Cache &cache, const QStringList &workIds)
{
    return CitationKeyQueries(cache).unpin(workIds);
}

} // namespace peerscope
