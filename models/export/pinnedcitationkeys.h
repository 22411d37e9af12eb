#pragma once

// Citation keys pinned in the cache (table pinned_citation_keys): once a
// work was exported with a key, every later export reuses it, whatever the
// title or authors became. Sync never writes this table.

#include <QHash>
#include <QString>
#include <QStringList>

namespace peerscope {

class Cache;

// work ID → key for every pinned work.
QHash<QString, QString> pinnedCitationKeys(const Cache &cache);

// Pins keys of works that have none yet; a work already pinned keeps its
// key. One transaction; returns false (and says why) on a database error.
bool pinCitationKeys(Cache &cache, const QHash<QString, QString> &keys, QString *error = nullptr);

// Forgets the pinned key of these works (the user wants them regenerated).
bool unpinCitationKeys(Cache &cache, const QStringList &workIds, QString *error = nullptr);

} // namespace peerscope
