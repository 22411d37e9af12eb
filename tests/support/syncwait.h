#pragma once

// One AuthorSync run to its end on the test's event loop (tests link
// peerscope_sync for this header).

#include "sync/authorsync.h"

#include <QObject>
#include <QTest>

namespace peerscope::test {

// Starts a sync of options on cache through client and waits (at most
// timeoutMs) for its result; a default SyncResult, with a warning, if it
// never finished.
inline SyncResult syncAndWait(Cache *cache, OpenAlexClient *client, const SyncOptions &options,
                              int timeoutMs = 120000)
{
    AuthorSync sync(cache, client);
    SyncResult out;
    bool done = false;
    QObject::connect(&sync, &AuthorSync::finished, &sync, [&](const SyncResult &r) {
        out = r;
        done = true;
    });
    sync.start(options);
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("sync did not finish");
    return out;
}

} // namespace peerscope::test
