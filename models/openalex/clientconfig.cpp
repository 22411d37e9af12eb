#include "openalex/clientconfig.h"

#include "openalex/openalexclient.h"

namespace peerscope {

bool configureClient(OpenAlexClient &client, const ClientConfig &config, QString *error)
{
    bool ok = true;
    if (!config.apiBase.isEmpty())
        ok = client.setBaseUrl(config.apiBase, error);
    client.setApiKey(config.apiKey);
    client.setRequestsPerSecond(config.requestsPerSecond);
    client.setBurst(config.burst);
    client.setBackoffBase(config.backoffBaseMs);
    client.setTimeout(config.timeoutMs);
    return ok;
}

} // namespace peerscope
