#pragma once

// Citation keys pinned in the cache (table pinned_citation_keys): once a
// work was exported with a key, every later export reuses it, whatever the
// title or authors became. Sync never writes this table. Forwards to
// CitationKeyQueries (models/cache/citationkeyqueries.h).

#include "cache/read.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace peerscope {

class Cache;

// work ID → key for every pinned work, or why they could not be read.
Read<QHash<QString, QString>> pinnedCitationKeys(const Cache &cache);

// Pins keys of works that have none yet; a work already pinned keeps its
// key. One transaction. Answers how many were not pinned because another
// client pinned that work or that key first.
Read<int> pinCitationKeys(Cache &cache, const QHash<QString, QString> &keys);

// Forgets the pinned key of these works (the user wants them regenerated).
Status unpinCitationKeys(Cache &cache, const QStringList &workIds);

} // namespace peerscope
