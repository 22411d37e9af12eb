#pragma once

#include <QString>
#include <QUrl>

namespace peerscope {

class OpenAlexClient;

// How a client talks to OpenAlex. The defaults are the client's own, so a
// default ClientConfig changes nothing but what it names.
struct ClientConfig {
    QUrl apiBase;                 // empty: OpenAlex
    QString apiKey;
    double requestsPerSecond = 10.0;
    // Tests speed the client up; the app leaves these alone.
    int burst = 1;
    int backoffBaseMs = 500;
    int timeoutMs = 30000;
};

// The one place a client is set up (the window's, the command line's). A
// refused address leaves the old one in place and returns false with *error
// set; everything else is applied either way.
bool configureClient(OpenAlexClient &client, const ClientConfig &config, QString *error = nullptr);

} // namespace peerscope
