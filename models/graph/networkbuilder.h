#pragma once

// The one way a co-author network is built, for the window's network tab and
// for `peerscope graph` alike: centre, hops, counting, year limit, the authors
// expanded to their own co-authors, and a community resolution in; the graph
// with its communities out, or why it could not be read.

#include "cache/read.h"
#include "graph/coauthorgraph.h"

#include <QStringList>

namespace peerscope {

class Cache;

struct NetworkRequest {
    GraphOptions options;      // centre, hops, counting, year limit, huge-paper threshold
    QStringList expanded;      // authors whose own co-authors join the network (one hop each)
    double resolution = 1.0;   // Leiden resolution of the communities
};

class NetworkBuilder final
{
public:
    // An author without cached works or profile gives an empty graph (the
    // caller says "sync first"); a failed read gives its error.
    static Read<CoauthorGraph> build(const Cache &cache, const NetworkRequest &request);

    // Finds the communities of graph at resolution and stores them in it;
    // false (graph unchanged) when detection failed.
    static bool findCommunities(CoauthorGraph &graph, double resolution);

private:
    // The one call into CoauthorGraph's reading.
    static Read<CoauthorGraph> read(const Cache &cache, const GraphOptions &options);
};

} // namespace peerscope
