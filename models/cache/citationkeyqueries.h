#pragma once

#include "cache/read.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace peerscope {

class Cache;

// The pinned_citation_keys table (the user's; sync never writes it).
class CitationKeyQueries final
{
public:
    explicit CitationKeyQueries(Cache &cache) : m_cache(cache) {}

    // work ID -> key for every pinned work.
    Read<QHash<QString, QString>> pinned() const;
    // Pins keys of works that have none yet, in one transaction; a work
    // already pinned keeps its key, and a key another work holds is not
    // given twice. On a team server two people may export at once: the
    // answer is how many keys were not pinned because someone else's pin
    // came first (the caller then renders again with the keys in effect).
    Read<int> pin(const QHash<QString, QString> &keys, const QString &at);
    // Forgets the pinned key of these works, in one transaction.
    Status unpin(const QStringList &workIds);

private:
    Cache &m_cache;
};

} // namespace peerscope
