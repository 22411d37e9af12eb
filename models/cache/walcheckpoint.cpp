#include "cache/walcheckpoint.h"

#include "cache/cache.h"
#include "cache/sql.h"

namespace peerscope {

Read<WalCheckpoint> checkpointWal(const Cache &cache, bool truncate)
{
    WalCheckpoint c;
    // A server has no WAL file of ours to fold in: nothing to do, nothing busy.
    if (cache.isServer())
        return c;
    const Status s = Sql::each(cache, truncate ? QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") : QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"),
                               {}, [&](const SqlRow &row) {
                                   c.busy = row.integer(0) != 0;
                                   c.frames = row.integer(1);
                               });
    if (!s)
        return Read<WalCheckpoint>::failureOf(s);
    return c;
}

} // namespace peerscope
