#pragma once

#include <QString>

namespace peerscope::bench {

// The "researchgraph" group (BENCHMARKS.md): the Research graph tab builds
// its context, citations and coupling maps for the 34,000-work author with
// citations (bench_citations' cache), each through the panel as the window
// does; the longest UI-thread stall while it builds must stay under 50 ms.
bool benchResearchGraph(bool quick, const QString &dataDir);

} // namespace peerscope::bench
