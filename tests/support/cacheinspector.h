#pragma once

#include "cache/cache.h"

#include <QSqlDatabase>

namespace peerscope {

// The tests' one way to the cache's own connection (Cache::database() is
// not for the program: its SQL lives in the query classes of models/cache/).
// Tests use it to look at rows directly, plant damage, or count statements.
class CacheInspector final
{
public:
    static QSqlDatabase database(const Cache &cache) { return cache.database(); }
};

} // namespace peerscope
