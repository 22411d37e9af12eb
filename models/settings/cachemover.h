#pragma once

#include <QCoreApplication>
#include <QString>

namespace peerscope {

class Cache;

// Moves the open cache file to another place without risking it: the WAL is
// checkpointed into the main file, the cache is closed and copied, the copy
// is opened and checked (integrity and row counts), and only then does the
// cache switch to it and the old file go. On any failure the cache is open on
// the old file again and the new place holds nothing.
//
// No other connection may write to the file meanwhile (stop syncs first).
class CacheMover final
{
    Q_DECLARE_TR_FUNCTIONS(CacheMover)

public:
    static bool move(Cache &cache, const QString &newPath, QString *error);
};

} // namespace peerscope
