#pragma once

#include "graph/coauthorgraph.h"

#include <QList>

namespace peerscope {

struct CommunityResult {
    QList<int> membership;   // one community index per node, 0-based, largest community first
    int count = 0;
    double modularity = 0.0;
    bool ok = false;
};

// Leiden community detection (igraph) on the modularity objective, weighted
// by the graph's counting. resolution > 1 gives more, smaller communities.
// The same graph, resolution and seed always give the same partition.
class Communities final
{
public:
    static CommunityResult detect(const CoauthorGraph &graph, double resolution = 1.0, quint64 seed = 1);
};

} // namespace peerscope
