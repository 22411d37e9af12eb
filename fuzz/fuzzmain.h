#pragma once

// Shared start-up for the libFuzzer targets: a QCoreApplication (the SQLite
// driver is a plugin) and a hard stop when an output invariant breaks.

#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace peerscope::fuzz {

inline void startQt(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    // The parser and the cache warn about odd input; that is not a finding.
    qputenv("QT_LOGGING_RULES", "*.warning=false");
}

inline void requireOk(const QString &problem)
{
    if (problem.isEmpty())
        return;
    std::fprintf(stderr, "invariant broken: %s\n", qPrintable(problem));
    std::abort();
}

} // namespace peerscope::fuzz
