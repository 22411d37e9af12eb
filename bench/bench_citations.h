#pragma once

#include <QString>

namespace peerscope::bench {

// The "citations" group (BENCHMARKS.md): coupling and co-citation as a
// compressed-row A·Aᵀ against pairwise set intersections, Eigen and SciPy,
// and CitationNetwork::load for a 34,000-work author on a real cache file
// (kept in dataDir between runs).
bool benchCitations(bool quick, const QString &dataDir);
// Only the 34,000-work author's load (the "citationload" group): quick to
// repeat while working on it.
bool benchCitationLoad(bool quick, const QString &dataDir);

// The 34,000-work author with citations (prolificAuthorId()), generated in
// dataDir on first use and kept: its cache file, or empty when it could not
// be made. The research graph group builds its maps on it.
QString citationAuthorCache(const QString &dataDir);

} // namespace peerscope::bench
