#include "graph/networkbuilder.h"

#include "graph/communities.h"

#include <type_traits>

namespace peerscope {

Read<CoauthorGraph> NetworkBuilder::read(const Cache &cache, const GraphOptions &options)
{
    // CoauthorGraph::build returns the graph, or a Read of it once its reads
    // report their errors: both are taken here, and only here.
    using Built = decltype(CoauthorGraph::build(cache, options));
    if constexpr (std::is_same_v<Built, CoauthorGraph>)
        return Read<CoauthorGraph>(CoauthorGraph::build(cache, options));
    else
        return CoauthorGraph::build(cache, options);
}

Read<CoauthorGraph> NetworkBuilder::build(const Cache &cache, const NetworkRequest &request)
{
    Read<CoauthorGraph> graph = read(cache, request.options);
    if (!graph)
        return graph;
    for (const QString &id : request.expanded) {
        GraphOptions more = request.options;
        more.centerId = id;
        more.hops = 1;
        const Read<CoauthorGraph> around = read(cache, more);
        if (!around)
            return around;
        graph->merge(*around);
    }
    findCommunities(*graph, request.resolution);
    return graph;
}

bool NetworkBuilder::findCommunities(CoauthorGraph &graph, double resolution)
{
    const CommunityResult r = Communities::detect(graph, resolution);
    if (r.ok)
        graph.setCommunities(r.membership);
    return r.ok;
}

} // namespace peerscope
