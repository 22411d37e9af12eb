#pragma once

#include "cache/read.h"

namespace peerscope {

class Cache;

// PRAGMA wal_checkpoint: copies the write-ahead log into the main file.
struct WalCheckpoint {
    bool busy = false; // a reader or writer kept some of the WAL from the file
    int frames = 0;    // frames in the WAL before the checkpoint
};
// truncate: also empties the WAL file (nothing may read or write meanwhile).
Read<WalCheckpoint> checkpointWal(const Cache &cache, bool truncate);

} // namespace peerscope
