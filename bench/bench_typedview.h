#pragma once

namespace peerscope::bench {

// The "typedview" group (BENCHMARKS.md): frames of the network view drawing
// a typed research map of 5,000 nodes (all five types) and 50,000 links (10%
// directed) at fixed seeded positions: fitted, zoomed in with arrowheads,
// with a path and with a type hidden. Target: p95 frame <= 16 ms.
bool benchTypedView(bool quick);

} // namespace peerscope::bench
