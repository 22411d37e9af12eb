#include "graph/networkbuilder.h"

#include "graph/communities.h"


namespace peerscope {

Read<CoauthorGraph> NetworkBuilder::read(const Cache &cache, const GraphOptions &options)
{
    // CoauthorGraph::build carries a failed read as error(): made a Read
    // here, and only here.
    CoauthorGraph graph = CoauthorGraph::build(cache, options);
    if (!graph.error().isEmpty())
        return Read<CoauthorGraph>::failure(graph.error());
    return graph;
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
