#pragma once

#include <QString>
#include <QStringList>

namespace peerscope::test {

// ../shared/fixtures/openalex, read-only.
QString fixturesDir();
QString fixture(const QString &relativePath);
QByteArray readFixture(const QString &relativePath);

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool crashed = false;
};

// Runs the built peerscope binary with args; no display, no API key, a
// private HOME so the user's real cache is never touched.
ProcessResult runPeerscope(const QStringList &args, const QString &home, int timeoutMs = 120000);

} // namespace peerscope::test
