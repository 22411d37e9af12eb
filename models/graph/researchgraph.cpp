#include "graph/researchgraph.h"

// STUB (contract only): implemented by the research-graph model work.

namespace peerscope {

Read<TypedGraph> ResearchGraph::context(const Cache &, const ContextOptions &, ContextSummary *)
{
    return TypedGraph(QStringLiteral("context"), QString());
}

QList<int> ResearchGraph::shortestPath(const TypedGraph &, int, int)
{
    return {};
}

Read<QList<EvidenceItem>> ResearchGraph::evidence(const Cache &, const TypedGraph &, const citations::CitationNetwork *, int)
{
    return QList<EvidenceItem>{};
}

} // namespace peerscope
