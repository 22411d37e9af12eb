#pragma once

// Sync settings for GUI tests against the fake server: no rate-limit waits,
// short backoff and timeouts.

#include "fakeopenalexserver.h"
#include "sync/syncconfig.h"

namespace peerscope::test {

inline SyncConfig fastSyncConfig(const FakeOpenAlexServer &server)
{
    SyncConfig c;
    c.apiBase = server.baseUrl();
    c.apiKey = QStringLiteral("test-key");
    c.requestsPerSecond = 500;
    c.burst = 20;
    c.backoffBaseMs = 20;
    c.timeoutMs = 3000;
    return c;
}

} // namespace peerscope::test
