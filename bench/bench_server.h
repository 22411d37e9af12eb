#pragma once

#include <QString>

namespace peerscope::bench {

// The `server` group: the 34,000-work author synced from the fake OpenAlex
// server and imported from JSON Lines into a team server (a throw-away
// PostgreSQL cluster with its default durability) and into a file, in the
// same run, then opened in the window from each (BENCHMARKS.md).
bool benchServer(bool quick, const QString &dataDir);

} // namespace peerscope::bench
